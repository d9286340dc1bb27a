import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestServer, testEngine, type GraphQLClient } from '../../test-support/test-app.js';
import {
  readVersion,
  saveDraft,
  type DraftContent,
  type DraftStep,
} from '../policy/policy-draft-test-kit.js';

/** A policy draft says what each step's window counts, as it sets the window's days. */

describe(`policy drafts edit what a step's window counts (${testEngine})`, () => {
  let server: TestServer;
  let manager: GraphQLClient;

  const version = (n: number) => readVersion(manager, n);
  const save = (c: DraftContent, steps: (s: DraftStep) => DraftStep) =>
    saveDraft(manager, 2, c, steps);

  beforeAll(async () => {
    server = await TestServer.start();
    manager = await server.userWithRoles(['MANAGER'], 'unit-manager');
  });
  afterAll(async () => server?.stop());

  it('every step of the seeded policy counts calendar days; a draft makes the committee’s ten working days', async () => {
    const v1 = await version(1);
    expect(new Set(v1.steps.map((s) => s.windowUnit))).toEqual(new Set(['CALENDAR']));
    await manager.graphql('mutation { policyDraftCreate { errors { code } } }');
    const draft = await version(2);
    const committee = (s: DraftStep) =>
      s.key === 'COMMITTEE' ? { ...s, windowDays: 10, windowUnit: 'WORKING' } : s;
    expect(await save(draft, committee)).toEqual([]);
    const saved = await version(2);
    expect(saved.steps.find((s) => s.key === 'COMMITTEE')).toMatchObject({
      windowDays: 10,
      windowUnit: 'WORKING',
    });
    const diff = await manager.graphql<{
      policyVersionDiff: { changes: { section: string; key: string; fields: string[] }[] };
    }>('{ policyVersionDiff(from: 1, to: 2) { changes { section key fields } } }');
    expect(diff.data!.policyVersionDiff.changes).toEqual([
      { section: 'STEP', key: 'COMMITTEE', fields: ['windowDays', 'windowUnit'] },
    ]);
  });

  it('refuses working days without a time limit, naming the field; nothing saved', async () => {
    const draft = await version(2);
    const errors = await save(draft, (s) =>
      s.key === 'RECEPTION' ? { ...s, windowDays: null, windowUnit: 'WORKING' } : s,
    );
    expect(errors).toEqual([{ code: 'REQUIRED', field: 'steps.0.windowDays' }]);
    expect((await version(2)).steps[0]!.windowUnit).toBe('CALENDAR');
  });
});
