import { describe, expect, it } from 'vitest';
import {
  canMoveStep,
  draftFromVersion,
  draftToInput,
  newChannel,
  pinErrorPath,
  sectionOfPath,
  suggestKey,
} from './policy-draft';
import { versionTwo } from '../testing/version-fixtures';

describe('draft editor model', () => {
  it('sends back exactly what it loaded (no __typename, tool keys, conditions only where conditional)', () => {
    const input = draftToInput(draftFromVersion(versionTwo()));
    expect(JSON.stringify(input)).not.toContain('__typename');
    expect(input.channels.map((c) => c.key).at(-1)).toBe('WHATSAPP');
    const referral = input.steps.find((s) => s.key === 'REFERRAL')!;
    expect(referral.conditional).toBe(true);
    expect(referral.condition?.ar).toBeTruthy();
    expect(input.steps.find((s) => s.key === 'RECEPTION')!.condition).toBeNull();
    expect(input.steps.find((s) => s.key === 'COMMITTEE')!.windowDays).toBe(10);
    expect(input.steps[0]!.toolKeys.length).toBeGreaterThan(0);
  });

  it('pins the server’s error paths to the items they name', () => {
    const draft = draftFromVersion(versionTwo());
    draft.channels.push(newChannel());
    const ninth = draft.channels[8]!.uid;
    const referral = draft.steps[2]!.uid;
    expect(pinErrorPath(draft, 'channels.8.key')).toBe(`channels.${ninth}.key`);
    expect(pinErrorPath(draft, 'channels.8.name.ar')).toBe(`channels.${ninth}.name.ar`);
    expect(pinErrorPath(draft, 'steps.2.conditional')).toBe(`steps.${referral}.conditional`);
    const item = draft.steps[1]!.checklist[0]!.uid;
    expect(pinErrorPath(draft, 'steps.1.checklist.0.text.en')).toBe(
      `steps.${draft.steps[1]!.uid}.checklist.${item}.text.en`,
    );
    const child = draft.objectives[5]!.children[1]!.uid;
    expect(pinErrorPath(draft, 'objectives.5.children.1.ar')).toBe(
      `objectives.${draft.objectives[5]!.uid}.children.${child}.ar`,
    );
    // Tool keys are plain strings: the error is the field's.
    expect(pinErrorPath(draft, 'steps.0.toolKeys.0')).toBe(`steps.${draft.steps[0]!.uid}.toolKeys`);
    expect(pinErrorPath(draft, 'title.ar')).toBe('title.ar');
    expect(pinErrorPath(draft, 'steps')).toBe('steps');
    expect(sectionOfPath('channels.8.key')).toBe('channels');
    expect(sectionOfPath('generalObjective.en')).toBe('texts');
  });

  it('suggests UPPER_SNAKE keys from English names', () => {
    expect(suggestKey('WhatsApp')).toBe('WHATSAPP');
    expect(suggestKey('  Home visits (field) ')).toBe('HOME_VISITS_FIELD');
    expect(suggestKey('Café 24/7')).toBe('CAFE_24_7');
    expect(suggestKey('1st contact')).toBe('K_1ST_CONTACT');
    expect(suggestKey('')).toBe('');
  });

  it('keeps reception first and delivery last', () => {
    const steps = draftFromVersion(versionTwo()).steps;
    expect(canMoveStep(steps, 0, 1)).toBe(false);
    expect(canMoveStep(steps, 1, -1)).toBe(false);
    expect(canMoveStep(steps, 1, 1)).toBe(true);
    expect(canMoveStep(steps, 5, 1)).toBe(false);
    expect(canMoveStep(steps, 6, -1)).toBe(false);
  });
});
