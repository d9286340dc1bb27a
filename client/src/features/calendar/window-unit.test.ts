import { describe, expect, it } from 'vitest';
import {
  draftFromVersion,
  draftToInput,
  newStep,
} from '@/features/policy/composables/policy-draft';
import { versionOne } from '@/features/policy/testing/version-fixtures';

describe('the draft editor keeps what a step’s window counts', () => {
  it('sends WORKING for a step counting working days, nothing (calendar days) for the others', () => {
    const v = versionOne();
    v.steps = v.steps.map((s) =>
      s.key === 'COMMITTEE'
        ? { ...s, windowDays: 10, windowUnit: 'WORKING' }
        : { ...s, windowUnit: 'CALENDAR' },
    );
    const draft = draftFromVersion(v);
    expect(draft.steps.find((s) => s.key === 'COMMITTEE')!.windowUnit).toBe('WORKING');
    const input = draftToInput(draft);
    expect(input.steps.find((s) => s.key === 'COMMITTEE')).toMatchObject({
      windowDays: 10,
      windowUnit: 'WORKING',
    });
    expect(input.steps.filter((s) => s.windowUnit != null).map((s) => s.key)).toEqual([
      'COMMITTEE',
    ]);
  });

  it('counts calendar days in a new step', () => {
    expect(newStep().windowUnit).toBe('CALENDAR');
  });
});
