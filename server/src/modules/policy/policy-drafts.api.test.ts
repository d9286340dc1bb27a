import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestServer, testEngine, type GraphQLClient } from '../../test-support/test-app.js';
import { withCheckDigit } from '../beneficiaries/saudi-identity.js';

type Text = { ar: string; en: string };
interface Content {
  title: Text;
  preface: Text;
  generalObjective: Text;
  objectives: { text: Text; children: { text: Text }[] }[];
  channels: { key: string; name: Text; description: Text }[];
  tools: { key: string; kind: string; name: Text; description: Text }[];
  steps: {
    key: string;
    title: Text;
    text: Text;
    performerRole: string;
    conditional: boolean;
    condition: Text | null;
    windowDays: number | null;
    tools: { key: string }[];
    checklist: { key: string; text: Text; required: boolean }[];
  }[];
}
interface Change {
  section: string;
  key: string;
  kind: string;
  fields: string[];
}

const T = '{ ar en }';
const CONTENT = `number status activatedAt supersededAt title ${T} preface ${T} generalObjective ${T}
  objectives { text ${T} children { text ${T} } }
  channels { key name ${T} description ${T} }
  tools { key kind name ${T} description ${T} }
  steps { key title ${T} text ${T} performerRole conditional condition ${T} windowDays tools { key }
    checklist { key text ${T} required } }`;

/** The input that saves `c` unchanged. */
function inputOf(number: number, c: Content) {
  return {
    number,
    title: c.title,
    preface: c.preface,
    generalObjective: c.generalObjective,
    objectives: c.objectives.map((o) => ({
      text: o.text,
      children: o.children.map((x) => x.text),
    })),
    channels: c.channels,
    tools: c.tools,
    steps: c.steps.map(({ tools, ...s }) => ({ ...s, toolKeys: tools.map((t) => t.key) })),
  };
}
type DraftInput = ReturnType<typeof inputOf>;

const APPROVAL = {
  body: { ar: 'مجلس الإدارة', en: 'Board of directors' },
  boardTerm: { ar: 'الدورة الخامسة', en: 'Fifth term' },
  approvedOnGregorian: '2025-06-26',
  approvedOnHijri: '1447-01-01',
};

describe(`policy versions: drafts, comparison and the board's approval (${testEngine})`, () => {
  let server: TestServer;
  let manager: GraphQLClient;
  let officer: GraphQLClient;
  let beneficiaryId: string;

  const version = async (number: number) =>
    (
      await officer.graphql<{
        policyVersion: Content & { number: number; status: string; supersededAt: string | null };
      }>(`query($n: Int!) { policyVersion(number: $n) { ${CONTENT} } }`, { n: number })
    ).data!.policyVersion;
  const save = async (input: DraftInput) => {
    const res = await manager.graphql<{
      policyDraftSave: {
        policyVersion: { number: number } | null;
        errors: { code: string; field: string }[];
      };
    }>(
      'mutation($i: PolicyDraftSaveInput!) { policyDraftSave(input: $i) { policyVersion { number } errors { code field } } }',
      { i: input },
    );
    expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
    return res.data!.policyDraftSave;
  };
  const diff = async (from: number, to: number) =>
    (
      await officer.graphql<{ policyVersionDiff: { changes: Change[] } }>(
        `query($a: Int!, $b: Int!) { policyVersionDiff(from: $a, to: $b) { changes { section key kind fields } } }`,
        { a: from, b: to },
      )
    ).data!.policyVersionDiff.changes;
  const approve = (input: Record<string, unknown>, client = manager) =>
    client.graphql<{
      policyApprove: {
        policyVersion: { number: number; status: string } | null;
        errors: { code: string; field: string }[];
      };
    }>(
      'mutation($i: PolicyApproveInput!) { policyApprove(input: $i) { policyVersion { number status } errors { code field } } }',
      { i: input },
    );
  const count = async (sql: string) => {
    const [row] = await server.app.orm.em.getConnection().execute<{ n: number }[]>(sql);
    return Number(row!.n);
  };
  const openTransaction = async (channelKey: string) => {
    const res = await officer.graphql<{
      transactionOpen: {
        transaction: { id: string; version: number; policyVersionNumber: number } | null;
        errors: { code: string }[];
      };
    }>(
      'mutation($i: TransactionOpenInput!) { transactionOpen(input: $i) { transaction { id version policyVersionNumber } errors { code } } }',
      { i: { beneficiaryId, channelKey, type: 'SUPPORT_REQUEST', subject: 'طلب دعم' } },
    );
    return res.data!.transactionOpen;
  };

  beforeAll(async () => {
    server = await TestServer.start();
    manager = await server.userWithRoles(['MANAGER'], 'policy-manager');
    officer = await server.userWithRoles(['STAFF'], 'policy-officer');
    const b = await officer.graphql<{ beneficiaryCreate: { beneficiary: { id: string } } }>(
      'mutation($i: BeneficiaryCreateInput!) { beneficiaryCreate(input: $i) { beneficiary { id } } }',
      {
        i: {
          fullName: 'خالد محمد الشهري',
          nationalId: withCheckDigit('106677889'),
          mobile: '0544445555',
          city: 'الباحة',
          gender: 'MALE',
        },
      },
    );
    beneficiaryId = b.data!.beneficiaryCreate.beneficiary.id;
  });
  afterAll(async () => server?.stop());

  let underV1: { id: string; version: number };

  it('starts a draft as a copy of the version in force; only one draft at a time', async () => {
    underV1 = (await openTransaction('IN_PERSON')).transaction!;
    const created = await manager.graphql<{
      policyDraftCreate: {
        policyVersion: { number: number; status: string } | null;
        errors: { code: string }[];
      };
    }>('mutation { policyDraftCreate { policyVersion { number status } errors { code } } }');
    expect(created.data!.policyDraftCreate).toEqual({
      policyVersion: { number: 2, status: 'DRAFT' },
      errors: [],
    });
    const again = await manager.graphql<{ policyDraftCreate: { errors: { code: string }[] } }>(
      'mutation { policyDraftCreate { errors { code } } }',
    );
    expect(again.data!.policyDraftCreate.errors.map((e) => e.code)).toEqual(['DRAFT_EXISTS']);
    const list = await officer.graphql<{ policyVersions: { number: number; status: string }[] }>(
      '{ policyVersions { number status } }',
    );
    expect(list.data!.policyVersions).toEqual([
      { number: 2, status: 'DRAFT' },
      { number: 1, status: 'ACTIVE' },
    ]);
    const [v1, v2] = [await version(1), await version(2)];
    expect(inputOf(2, v2)).toEqual(inputOf(2, v1));
    expect(await diff(1, 2)).toEqual([]);
  });

  it('refuses an invalid draft as a whole, naming each field, and keeps the draft as it was', async () => {
    const good = inputOf(2, await version(2));
    const bad: DraftInput = structuredClone(good);
    bad.channels.push({ ...bad.channels[0]! }); // duplicate key
    bad.channels.push({
      key: 'bad key',
      name: { ar: 'قناة', en: 'Channel' },
      description: { ar: 'و', en: 'd' },
    });
    bad.title = { ar: '  ', en: 'Title' };
    bad.steps = bad.steps.filter((s) => s.key !== 'COMMITTEE');
    bad.steps[0]!.toolKeys = ['NO_SUCH_TOOL'];
    bad.steps.find((s) => s.key === 'REFERRAL')!.conditional = false;
    const r = await save(bad);
    expect(r.policyVersion).toBeNull();
    expect(r.errors).toEqual(
      expect.arrayContaining([
        { code: 'REQUIRED', field: 'title.ar' },
        { code: 'DUPLICATE_KEY', field: 'channels.8.key' },
        { code: 'INVALID_KEY', field: 'channels.9.key' },
        { code: 'WORKFLOW_STEP_MISSING', field: 'steps' },
        { code: 'UNKNOWN_TOOL', field: 'steps.0.toolKeys.0' },
        { code: 'CONDITIONAL_STEP', field: 'steps.2.conditional' },
      ]),
    );
    const order: DraftInput = structuredClone(good);
    order.steps.reverse();
    expect((await save(order)).errors.map((e) => e.code)).toEqual(['STEP_ORDER', 'STEP_ORDER']);
    expect(inputOf(2, await version(2))).toEqual(good);
  });

  it('saves a ninth channel, a shorter committee window and a new checklist item, and compares the versions', async () => {
    const input = inputOf(2, await version(2));
    input.channels.push({
      key: 'WHATSAPP',
      name: { ar: 'واتساب', en: 'WhatsApp' },
      description: {
        ar: 'رقم واتساب الجمعية للاستفسارات',
        en: 'The association’s WhatsApp number for inquiries',
      },
    });
    input.channels = input.channels.filter((c) => c.key !== 'LETTERS');
    input.steps.find((s) => s.key === 'COMMITTEE')!.windowDays = 10;
    input.steps
      .find((s) => s.key === 'VERIFICATION')!
      .checklist.push({
        key: 'FAMILY_CARD',
        text: { ar: 'صورة سجل الأسرة', en: 'Copy of the family card' },
        required: false,
      });
    input.objectives[0]!.text = {
      ar: `${input.objectives[0]!.text.ar} (محدث)`,
      en: `${input.objectives[0]!.text.en} (updated)`,
    };
    const r = await save(input);
    expect(r.errors).toEqual([]);
    const v2 = await version(2);
    expect(v2.channels).toHaveLength(8);
    expect(v2.channels.at(-1)!.key).toBe('WHATSAPP');
    const changes = await diff(1, 2);
    const brief = changes.map((c) =>
      `${c.section} ${c.key} ${c.kind} ${c.fields.join(',')}`.trim(),
    );
    expect(brief).toEqual(
      expect.arrayContaining([
        'OBJECTIVE 1 CHANGED text',
        'CHANNEL WHATSAPP ADDED',
        'CHANNEL LETTERS REMOVED',
        'STEP COMMITTEE CHANGED windowDays',
        'CHECKLIST_ITEM VERIFICATION/FAMILY_CARD ADDED',
      ]),
    );
    // Channels after LETTERS moved up one place: reported as moves, not as new channels.
    expect(brief).toContain('CHANNEL HELP_REQUEST_SERVICES CHANGED position');
    expect(changes.filter((c) => c.kind === 'ADDED')).toHaveLength(2);
  });

  it('refuses an approval whose Hijri and Gregorian dates are not the same day, changing nothing', async () => {
    const audits = await count('select count(*) as n from audit_entry');
    const approvals = await count('select count(*) as n from board_approval');
    for (const [patch, code, field] of [
      [{ approvedOnHijri: '1447-01-02' }, 'DATES_DISAGREE', 'approvedOnHijri'],
      [{ approvedOnGregorian: '2025-02-29' }, 'INVALID_DATE', 'approvedOnGregorian'],
      [
        { approvedOnGregorian: '2099-01-01', approvedOnHijri: '1520-09-29' },
        'DATE_IN_FUTURE',
        'approvedOnGregorian',
      ],
      [
        { approvedOnGregorian: '2024-08-14', approvedOnHijri: '1446-02-10' },
        'DATE_BEFORE_CURRENT',
        'approvedOnGregorian',
      ],
      [{ body: { ar: '', en: 'Board' } }, 'REQUIRED', 'body.ar'],
    ] as const) {
      const res = await approve({ number: 2, ...APPROVAL, ...patch });
      expect(res.data!.policyApprove.errors).toEqual([{ code, field }]);
    }
    expect((await version(2)).status).toBe('DRAFT');
    expect((await version(1)).status).toBe('ACTIVE');
    expect(await count('select count(*) as n from audit_entry')).toBe(audits);
    expect(await count('select count(*) as n from board_approval')).toBe(approvals);
  });

  it('activates the draft on approval and supersedes version 1, which stays readable; transactions keep their version', async () => {
    const res = await approve({ number: 2, ...APPROVAL });
    expect(res.data!.policyApprove).toEqual({
      policyVersion: { number: 2, status: 'ACTIVE' },
      errors: [],
    });
    const v1 = await version(1);
    expect(v1.status).toBe('SUPERSEDED');
    expect(v1.supersededAt).not.toBeNull();
    expect(v1.channels.map((c) => c.key)).toContain('LETTERS');
    const active = await officer.graphql<{
      activePolicy: { number: number; approval: { approvedOnHijri: string } };
    }>('{ activePolicy { number approval { approvedOnHijri } } }');
    expect(active.data!.activePolicy).toEqual({
      number: 2,
      approval: { approvedOnHijri: '1447-01-01' },
    });
    expect(await count("select count(*) as n from policy_version where status = 'ACTIVE'")).toBe(1);

    // The transaction opened under version 1 keeps it: its steps and checklists are version 1's.
    const old = await officer.graphql<{
      transaction: {
        policyVersionNumber: number;
        currentStep: { key: string; checklist: { key: string }[] };
      };
    }>(
      `{ transaction(id: "${underV1.id}") { policyVersionNumber currentStep { key checklist { key } } } }`,
    );
    expect(old.data!.transaction.policyVersionNumber).toBe(1);
    // New ones are opened under version 2: WhatsApp is a channel, letters no longer are.
    const fresh = await openTransaction('WHATSAPP');
    expect(fresh.errors).toEqual([]);
    expect(fresh.transaction!.policyVersionNumber).toBe(2);
    expect((await openTransaction('LETTERS')).errors.map((e) => e.code)).toEqual([
      'UNKNOWN_CHANNEL',
    ]);

    const late = await save(inputOf(2, await version(2)));
    expect(late.errors.map((e) => e.code)).toEqual(['NOT_A_DRAFT']);
  });

  it('discards a draft; of two approvals of the same draft at once exactly one wins', async () => {
    const create = () =>
      manager.graphql<{ policyDraftCreate: { policyVersion: { number: number } } }>(
        'mutation { policyDraftCreate { policyVersion { number } errors { code } } }',
      );
    expect((await create()).data!.policyDraftCreate.policyVersion.number).toBe(3);
    const discarded = await manager.graphql<{ policyDraftDiscard: { discardedNumber: number } }>(
      'mutation { policyDraftDiscard(input: { number: 3 }) { discardedNumber errors { code } } }',
    );
    expect(discarded.data!.policyDraftDiscard.discardedNumber).toBe(3);
    expect(await version(3)).toBeNull();
    expect(
      await count(
        'select count(*) as n from channel where version_id not in (select id from policy_version)',
      ),
    ).toBe(0);

    expect((await create()).data!.policyDraftCreate.policyVersion.number).toBe(3);
    const other = await server.userWithRoles(['MANAGER'], 'policy-manager2');
    const both = await Promise.all([
      approve({ number: 3, ...APPROVAL }),
      approve({ number: 3, ...APPROVAL }, other),
    ]);
    const outcomes = both
      .map((r) => r.errors?.[0]?.extensions?.code ?? r.data!.policyApprove.errors[0]?.code ?? 'OK')
      .sort();
    // The loser finds the draft already approved, or loses the race on the conditional update.
    expect(outcomes.filter((o) => o === 'OK')).toHaveLength(1);
    expect(['CONFLICT', 'NOT_A_DRAFT']).toContain(outcomes.find((o) => o !== 'OK'));
    expect(await count("select count(*) as n from policy_version where status = 'ACTIVE'")).toBe(1);
    expect(await count('select count(*) as n from board_approval')).toBe(3);
  });
});
