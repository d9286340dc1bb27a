/**
 * What `pnpm soak` (soak.ts) sends: the client's own GraphQL documents (read from
 * client/src/features/∗/graphql, fragments included, so the load is what browsers send), a few
 * API-only reads, and the people sending them — officers taking support requests through every
 * step with the committee, managers on the dashboard and lists, analysts on statistics, anonymous
 * readers of the policy and survey links, and someone guessing passwords.
 */
import fs from 'node:fs';
import path from 'node:path';
import { Kind, parse, print, visit, type DefinitionNode } from 'graphql';
import { DEMO_PASSWORD } from '../db/demo/demo-users.js';

/** The outcome of one request: `ok`, or the reason it was refused (HTTP status or error code). */
export type Outcome = 'ok' | `http ${number}` | `error ${string}` | `refused ${string}` | 'network';
export type Recorder = (operation: string, ms: number, outcome: Outcome) => void;

/** The client's operations by name, each with the fragments it uses, ready to send. */
export function loadClientOperations(clientSrc: string): Map<string, string> {
  const definitions: DefinitionNode[] = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith('.graphql'))
        definitions.push(...parse(fs.readFileSync(full, 'utf8')).definitions);
    }
  };
  walk(clientSrc);
  const fragments = new Map<string, DefinitionNode>();
  for (const d of definitions)
    if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
  const spreads = (node: DefinitionNode) => {
    const names: string[] = [];
    visit(node, { FragmentSpread: (s) => void names.push(s.name.value) });
    return names;
  };
  const operations = new Map<string, string>();
  for (const d of definitions) {
    if (d.kind !== Kind.OPERATION_DEFINITION || !d.name) continue;
    const used = new Set<string>();
    const queue = spreads(d);
    while (queue.length) {
      const name = queue.pop()!;
      if (used.has(name) || !fragments.has(name)) continue;
      used.add(name);
      queue.push(...spreads(fragments.get(name)!));
    }
    operations.set(
      d.name.value,
      [d, ...[...used].map((n) => fragments.get(n)!)].map((n) => print(n)).join('\n'),
    );
  }
  return operations;
}

/** Reads the API offers beyond the client's pages (statistics for analysts' own tools). */
const API_ONLY: { [name: string]: string } = {
  TransactionStats: `query TransactionStats($groupBy: [TransactionStatsDimension!]!, $filter: TransactionStatsFilter) {
    transactionStats(groupBy: $groupBy, filter: $filter) {
      key { day week month channel status step type }
      measures { count closed medianDaysToClose committeeCompliance } } }`,
  HandlingStepChecklists: `query HandlingStepChecklists { handlingSteps { key checklist { key required } } }`,
  SatisfactionStats: `query SatisfactionStats($groupBy: [SatisfactionDimension!]!) {
    satisfactionStats(groupBy: $groupBy) { key { channel month handlingTime } figures { invitations responses responseRate csat nps } } }`,
};

export class Session {
  cookie = '';
  constructor(
    readonly url: string,
    readonly operations: Map<string, string>,
    readonly record: Recorder,
  ) {}

  /** Sends an operation by name; its data, or null when it was refused (and recorded as such). */
  async send<T = { [field: string]: unknown }>(
    name: string,
    variables: object = {},
  ): Promise<T | null> {
    const query = this.operations.get(name) ?? API_ONLY[name];
    if (!query) throw new Error(`no GraphQL operation named ${name}`);
    const started = performance.now();
    let outcome: Outcome = 'ok';
    let data: T | null = null;
    try {
      const res = await fetch(`${this.url}/graphql`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...(this.cookie ? { cookie: this.cookie } : {}),
        },
        body: JSON.stringify({ operationName: name, query, variables }),
      });
      const text = await res.text();
      const cookie = res.headers.get('set-cookie');
      if (cookie) this.cookie = cookie.split(';')[0]!;
      if (res.status !== 200) outcome = `http ${res.status}`;
      else {
        const body = JSON.parse(text) as {
          data?: T;
          errors?: { extensions?: { code?: string } }[];
        };
        const code = body.errors?.[0]?.extensions?.code;
        if (body.errors?.length) outcome = `error ${code ?? 'UNKNOWN'}`;
        else {
          data = body.data ?? null;
          // A payload's user errors (`{ field: { errors: [{ code }] } }`) are refusals too.
          const payload = Object.values(data ?? {})[0] as { errors?: { code: string }[] } | null;
          const refused = payload?.errors?.[0]?.code;
          if (refused) outcome = `refused ${refused}`;
        }
      }
    } catch {
      outcome = 'network';
    }
    this.record(name, performance.now() - started, outcome);
    return outcome === 'ok' ? data : null;
  }

  async signIn(login: string, password = DEMO_PASSWORD): Promise<boolean> {
    const data = await this.send<{ signIn: { user: { id: string } | null } }>('SignIn', {
      input: { login, password },
    });
    return !!data?.signIn.user;
  }
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
/** A pause of about `ms` (±50 %), so the people do not march in step. */
const think = (ms: number) => sleep(ms * (0.5 + Math.random()));
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(Math.random() * xs.length)]!;
const iso = (d: Date) => d.toISOString();
const day = (d: Date) => d.toISOString().slice(0, 10);

interface Tx {
  id: string;
  reference: string;
  version: number;
}
type Payload = { transaction: Tx | null };

export interface Workload {
  url: string;
  operations: Map<string, string>;
  record: Recorder;
  running: () => boolean;
  /** Mean pause between one person's actions, in ms. */
  pauseMs: number;
}

/** Signs a demo user in, retrying while the server refuses (a rate limit, a slow start). */
export async function signedIn(w: Workload, login: string): Promise<Session> {
  const session = new Session(w.url, w.operations, w.record);
  while (!(await session.signIn(login))) {
    if (!w.running()) break;
    await sleep(2000);
  }
  return session;
}

/** An officer taking support requests from the first contact to the delivery. */
export async function officer(w: Workload, me: Session, committee: Session) {
  const steps = await me.send<{
    handlingSteps: { key: string; checklist: { key: string; required: boolean }[] }[];
  }>('HandlingStepChecklists');
  await me.send('TransactionOptions');
  const required = (key: string) =>
    steps?.handlingSteps
      .find((s) => s.key === key)
      ?.checklist.filter((i) => i.required)
      .map((i) => i.key) ?? [];
  const people = await me.send<{ beneficiaries: { edges: { node: { id: string } }[] } }>(
    'Beneficiaries',
    { first: 20 },
  );
  const beneficiaries = people?.beneficiaries.edges.map((e) => e.node.id) ?? [];
  if (!beneficiaries.length) throw new Error('an officer sees no beneficiary');
  let n = 0;
  while (w.running()) {
    await me.send('Transactions', { first: 20, filter: { assignedToMe: true } });
    await think(w.pauseMs);
    const opened = await me.send<{ transactionOpen: Payload }>('TransactionOpen', {
      input: {
        beneficiaryId: pick(beneficiaries),
        channelKey: pick(['IN_PERSON', 'PHONE']),
        type: 'SUPPORT_REQUEST',
        subject: `طلب دعم رقم ${++n}`,
      },
    });
    let t = opened?.transactionOpen.transaction ?? null;
    const act = async (s: Session, name: string, input: object) => {
      if (!t || !w.running()) return;
      await think(w.pauseMs);
      const field = `${name[0]!.toLowerCase()}${name.slice(1)}`;
      const data = await s.send<{ [k: string]: Payload }>(name, {
        input: { id: t.id, expectedVersion: t.version, ...input },
      });
      t = data?.[field]?.transaction ?? null;
    };
    await act(me, 'TransactionCompleteStep', { checkedItems: required('RECEPTION') });
    await act(me, 'TransactionCompleteStep', { checkedItems: required('VERIFICATION') });
    await act(me, 'TransactionAttest', {
      attestationText: 'أقر بصحة البيانات المقدمة وأنني مسؤول عنها مسؤولية مباشرة.',
      applicantConfirmed: true,
    });
    await act(me, 'TransactionSubmitToCommittee', {});
    if (t && w.running()) await committee.send('CommitteeQueue', { first: 20 });
    await act(committee, 'TransactionDecide', {
      decision: 'APPROVE',
      reason: 'مستوفٍ للشروط',
      checkedItems: required('COMMITTEE'),
    });
    if (t && w.running()) await me.send('Transaction', { reference: t.reference });
    await act(me, 'TransactionCompleteStep', { checkedItems: required('REGISTRATION') });
    await act(me, 'TransactionDeliver', {
      serviceDelivered: 'سلة غذائية',
      checkedItems: required('DELIVERY'),
    });
  }
}

/** A manager on the dashboard (this month, then the year) and the lists. */
export async function manager(w: Workload, me: Session) {
  const year = new Date().getUTCFullYear();
  while (w.running()) {
    const now = new Date();
    const from = pick([
      new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1)),
      new Date(Date.UTC(year - 1, now.getUTCMonth(), 1)),
    ]);
    await me.send('Dashboard', { period: { from: iso(from), to: iso(now) } });
    await think(w.pauseMs * 3);
    await me.send('Transactions', { first: 20, filter: { status: [pick(['OPEN', 'CLOSED'])] } });
    await think(w.pauseMs * 3);
    await me.send('CommitteeQueue', { first: 20 });
    await think(w.pauseMs * 3);
    await me.send('FeedbackItems', { first: 20 });
    await think(w.pauseMs * 3);
  }
}

/** An analyst reading statistics: the satisfaction page and grouped transaction figures. */
export async function analyst(w: Workload, me: Session) {
  while (w.running()) {
    const to = new Date();
    const from = new Date(to.getTime() - pick([30, 90, 365]) * 86_400_000);
    const filter = { from: day(from), to: day(to) };
    const previousFilter = {
      from: day(new Date(2 * from.getTime() - to.getTime())),
      to: day(from),
    };
    await me.send('SatisfactionOverview', { filter, previousFilter, withOfficers: false });
    await think(w.pauseMs * 4);
    await me.send('TransactionStats', {
      groupBy: [pick(['MONTH', 'WEEK', 'DAY']), pick(['CHANNEL', 'STATUS', 'STEP', 'TYPE'])],
      filter,
    });
    await think(w.pauseMs * 4);
    await me.send('SatisfactionStats', { groupBy: [pick(['CHANNEL', 'MONTH', 'HANDLING_TIME'])] });
    await think(w.pauseMs * 4);
  }
}

/** Someone reading the public policy page, without signing in. */
export async function reader(w: Workload) {
  const me = new Session(w.url, w.operations, w.record);
  while (w.running()) {
    await me.send('ActivePolicy');
    await think(w.pauseMs * 2);
  }
}

/** Wrong passwords: for demo users that the soak does not use, and for names nobody has. */
export async function guesser(w: Workload) {
  while (w.running()) {
    const session = new Session(w.url, w.operations, w.record);
    const login = pick(['researcher2', 'committee3', `nobody${Math.floor(Math.random() * 1e6)}`]);
    await session.signIn(login, `wrong-${Math.random().toString(36).slice(2)}`);
    await think(w.pauseMs * 15);
  }
}
