import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestServer, testEngine } from '../../test-support/test-app.js';

const ACTIVE_POLICY = /* GraphQL */ `
  query ActivePolicy {
    activePolicy {
      id
      number
      status
      title {
        ar
        en
      }
      preface {
        ar
        en
      }
      generalObjective {
        ar
        en
      }
      organization {
        id
        key
        name {
          ar
          en
        }
      }
      objectives {
        id
        position
        text {
          ar
          en
        }
        children {
          id
          position
          text {
            ar
            en
          }
        }
      }
      channels {
        id
        key
        position
        name {
          ar
          en
        }
        description {
          ar
          en
        }
      }
      tools {
        id
        key
        kind
        position
        name {
          ar
          en
        }
      }
      steps {
        id
        key
        position
        performerRole
        conditional
        windowDays
        title {
          ar
          en
        }
        text {
          ar
          en
        }
        condition {
          ar
          en
        }
        tools {
          id
          key
        }
        checklist {
          id
          key
          required
          text {
            ar
            en
          }
        }
      }
      approval {
        id
        body {
          ar
          en
        }
        boardTerm {
          ar
          en
        }
        approvedOnGregorian
        approvedOnHijri
        note {
          ar
          en
        }
      }
    }
  }
`;

type Text = { ar: string; en: string };
interface ActivePolicy {
  activePolicy: {
    number: number;
    status: string;
    title: Text;
    preface: Text;
    organization: { key: string; name: Text };
    objectives: { position: number; text: Text; children: { text: Text }[] }[];
    channels: { key: string; position: number; name: Text; description: Text }[];
    tools: { key: string; kind: string; name: Text }[];
    steps: {
      key: string;
      position: number;
      performerRole: string;
      conditional: boolean;
      windowDays: number | null;
      text: Text;
      condition: Text | null;
      tools: { key: string }[];
      checklist: { key: string; required: boolean }[];
    }[];
    approval: {
      body: Text;
      boardTerm: Text;
      approvedOnGregorian: string;
      approvedOnHijri: string;
      note: Text;
    } | null;
  } | null;
}

/** The seed's corrections: words broken by PDF extraction joined, spacing around punctuation tidied. */
function normalizeSeedText(s: string): string {
  return s
    .replace(/مختل ف/g, 'مختلف')
    .replace(/طال ب/g, 'طالب')
    .replace(/\s+,\s*/g, '، ')
    .replace(/\s+([.:،])/g, '$1')
    .replace(/\s+/g, ' ')
    .trim();
}

const seedFile = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../../../../shared/seed/000_0306b2c3e6b74caa.txt',
);

describe(`policy as data over GraphQL (${testEngine})`, () => {
  let server: TestServer;
  let policy: NonNullable<ActivePolicy['activePolicy']>;

  beforeAll(async () => {
    server = await TestServer.start();
    const res = await server.graphql<ActivePolicy>(ACTIVE_POLICY);
    expect(res.errors).toBeUndefined();
    policy = res.data!.activePolicy!;
  });
  afterAll(async () => server?.stop());

  it('loads version 1 of the policy as the active version', () => {
    expect(policy.number).toBe(1);
    expect(policy.status).toBe('ACTIVE');
    expect(policy.organization.key).toBe('al-athar');
    expect(policy.organization.name.ar).toBe('جمعية الآثار');
    expect(policy.preface.ar.split('\n\n')).toHaveLength(2);
  });

  it('has the 8 channels, 4 tools and 7 steps in the seed order', () => {
    expect(policy.channels.map((c) => c.key)).toEqual([
      'IN_PERSON',
      'PHONE',
      'SOCIAL_MEDIA',
      'LETTERS',
      'HELP_REQUEST_SERVICES',
      'VOLUNTEERING',
      'WEBSITE',
      'BRANCH_REPRESENTATIVES',
    ]);
    expect(policy.channels.map((c) => c.position)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(policy.tools.map((t) => t.key)).toEqual([
      'BYLAWS',
      'SOCIAL_RESEARCH_GUIDE',
      'SUPPORT_POLICY_GUIDE',
      'SUPPORT_REQUEST_FORM',
    ]);
    expect(policy.tools.map((t) => t.name.ar)).toEqual([
      'اللائحة الأساسية للجمعية',
      'دليل خدمات البحث الاجتماعي',
      'دليل سياسة الدعم للمستفيدين',
      'طلب دعم مستفيد',
    ]);
    expect(policy.steps.map((s) => s.key)).toEqual([
      'RECEPTION',
      'VERIFICATION',
      'REFERRAL',
      'ATTESTATION',
      'COMMITTEE',
      'REGISTRATION',
      'DELIVERY',
    ]);
    expect(policy.steps.map((s) => s.position)).toEqual([1, 2, 3, 4, 5, 6, 7]);
  });

  it('marks step 3 conditional, gives step 5 a 14-day committee window, and names who performs each', () => {
    expect(policy.steps.filter((s) => s.conditional).map((s) => s.position)).toEqual([3]);
    expect(policy.steps[2]!.condition?.ar).toBeTruthy();
    expect(policy.steps[2]!.performerRole).toBe('RESEARCHER');
    expect(policy.steps[4]!.performerRole).toBe('COMMITTEE');
    expect(policy.steps[4]!.windowDays).toBe(14);
    expect(policy.steps.filter((s) => s.windowDays != null)).toHaveLength(1);
    for (const step of policy.steps) {
      expect(step.tools.length, `step ${step.key} uses at least one tool`).toBeGreaterThan(0);
      expect(step.checklist.length, `step ${step.key} has a checklist`).toBeGreaterThan(0);
    }
  });

  it('has six detailed objectives, the sixth with five sub-items', () => {
    expect(policy.objectives).toHaveLength(6);
    expect(policy.objectives.map((o) => o.children.length)).toEqual([0, 0, 0, 0, 0, 5]);
  });

  it('records the board approval with both dates, the board term and the supersedes note', () => {
    expect(policy.approval).not.toBeNull();
    expect(policy.approval!.approvedOnGregorian).toBe('2024-08-15');
    expect(policy.approval!.approvedOnHijri).toBe('1446-02-11');
    expect(policy.approval!.boardTerm.ar).toBe('الدورة الأولى');
    expect(policy.approval!.note.ar).toContain('تحل هذه السياسة محل');
  });

  it('has an English translation for every text', () => {
    const texts: Text[] = [
      policy.title,
      policy.preface,
      ...policy.channels.flatMap((c) => [c.name, c.description]),
      ...policy.tools.map((t) => t.name),
      ...policy.steps.map((s) => s.text),
      ...policy.objectives.flatMap((o) => [o.text, ...o.children.map((c) => c.text)]),
    ];
    for (const t of texts) {
      expect(t.en, `English for «${t.ar}»`).toMatch(/[A-Za-z]/);
      expect(t.en).not.toMatch(/[\u0600-\u06FF]/);
    }
  });

  it.runIf(fs.existsSync(seedFile))(
    'keeps the seed’s Arabic wording, with PDF-extraction breaks corrected',
    () => {
      const lines = fs
        .readFileSync(seedFile, 'utf8')
        .split('\n')
        .map((l) => l.trim());
      const bullets = lines.filter((l) => l.startsWith('- ')).map((l) => l.slice(2));
      const channelLines = bullets
        .filter((b) => /^\d+\s*-/.test(b))
        .map((b) => b.replace(/^\d+\s*-\s*/, '').replace(/\.$/, ''));
      expect(policy.channels.map((c) => c.name.ar)).toEqual(channelLines.map(normalizeSeedText));

      const stepsStart = lines.findIndex((l) => l.startsWith('ويتم التعامل مع المستفيد'));
      const stepLines = lines
        .slice(stepsStart + 1)
        .filter((l) => l.startsWith('- '))
        .slice(0, 7)
        .map((l) => l.slice(2));
      expect(stepLines).toHaveLength(7);
      expect(policy.steps.map((s) => s.text.ar)).toEqual(stepLines.map(normalizeSeedText));
      for (const s of policy.steps) {
        expect(s.text.ar).not.toMatch(/مختل ف|طال ب/);
      }

      const objectivesStart = lines.findIndex((l) => l.startsWith('الأهداف التفصيلية'));
      const channelsStart = lines.findIndex((l) =>
        l.startsWith('القنوات المستخدمة للتواصل مع المستفيدين'),
      );
      const objectiveLines = lines
        .slice(objectivesStart + 1, channelsStart)
        .filter((l) => l.startsWith('- '))
        .map((l) => normalizeSeedText(l.slice(2)));
      const flattened = policy.objectives.flatMap((o) => [
        o.text.ar,
        ...o.children.map((c) => c.text.ar),
      ]);
      expect(flattened).toEqual(objectiveLines);
    },
  );

  it('reads a version by number (signed in) and returns null for an unknown number', async () => {
    const staff = await server.userWithRoles(['STAFF']);
    const res = await staff.graphql<{ v1: { number: number } | null; v99: unknown }>(
      '{ v1: policyVersion(number: 1) { id number } v99: policyVersion(number: 99) { id } }',
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.v1!.number).toBe(1);
    expect(res.data!.v99).toBeNull();
  });

  it('serves channels, tools and handling steps as root lists of the active version', async () => {
    const res = await server.graphql<{
      channels: unknown[];
      tools: unknown[];
      handlingSteps: { key: string }[];
    }>('{ channels { id key } tools { id key } handlingSteps { id key } }');
    expect(res.errors).toBeUndefined();
    expect(res.data!.channels).toHaveLength(8);
    expect(res.data!.tools).toHaveLength(4);
    expect(res.data!.handlingSteps.map((s) => s.key)[2]).toBe('REFERRAL');
  });

  it('keeps its data across a restart and adds no duplicates', async () => {
    const counts = async () => {
      const conn = server.app.orm.em.getConnection();
      const rows: Record<string, number> = {};
      for (const table of [
        'organization',
        'policy_version',
        'policy_objective',
        'channel',
        'tool',
        'handling_step',
        'checklist_item',
        'board_approval',
        'handling_step_tool',
      ]) {
        const [row] = await conn.execute<{ n: number | string }[]>(
          `select count(*) as n from ${table}`,
        );
        rows[table] = Number(row!.n);
      }
      return rows;
    };
    const before = await counts();
    expect(before.channel).toBe(8);
    await server.restart();
    expect(await counts()).toEqual(before);
    const res = await server.graphql<ActivePolicy>(ACTIVE_POLICY);
    expect(res.data!.activePolicy!.channels).toHaveLength(8);
  });

  it('batches relations: one statement per relation however many steps (no N+1)', async () => {
    server.resetQueries();
    const res = await server.graphql<ActivePolicy>(ACTIVE_POLICY);
    expect(res.errors).toBeUndefined();
    const selects = server.queries.filter((q) => /select /i.test(q));
    const from = (table: string) =>
      selects.filter((q) => new RegExp(`from [\`"]${table}[\`"]`).test(q)).length;
    expect(from('checklist_item')).toBe(1);
    expect(from('handling_step_tool') + from('tool')).toBeLessThanOrEqual(3);
    expect(selects.length).toBeLessThanOrEqual(12);
  });

  it('keeps non-active versions from anonymous callers: only the active policy is public', async () => {
    const byNumber = await server.graphql('{ policyVersion(number: 1) { id } }');
    expect(byNumber.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const listByNumber = await server.graphql('{ channels(policyVersion: 1) { id } }');
    expect(listByNumber.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('rejects an ill-typed argument with a typed error', async () => {
    const res = await server.graphql('{ channels(policyVersion: "one") { id } }');
    expect(res.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });
});
