import { beforeAll, describe, expect, it } from 'vitest';
import { testEngine, type GraphQLClient } from '../../test-support/test-app.js';
import { run, transactionKit } from './transaction-test-kit.js';

const ADD = `mutation($input: TransactionNoteAddInput!) { transactionNoteAdd(input: $input) {
  note { id body authorName authorDisplayName at }
  transaction { id version }
  errors { code field } } }`;
const NOTES = `query($id: ID!) { transaction(id: $id) { version notes { body authorName } timeline { kind } } }`;

interface Added {
  note: {
    id: string;
    body: string;
    authorName: string;
    authorDisplayName: string;
    at: string;
  } | null;
  transaction: { id: string; version: number } | null;
  errors: { code: string; field: string | null }[];
}

describe(`internal notes on a transaction (${testEngine})`, () => {
  const { k, open, at, ok } = transactionKit();
  let manager: GraphQLClient;
  let analyst: GraphQLClient;

  const add = async (c: GraphQLClient, transactionId: string, body: string) => {
    const res = await c.graphql<{ transactionNoteAdd: Added }>(ADD, {
      input: { transactionId, body },
    });
    return {
      payload: res.data?.transactionNoteAdd ?? null,
      codes: (res.errors ?? []).map((e) => e.extensions?.code),
    };
  };
  const notes = async (c: GraphQLClient, id: string) =>
    (
      await c.graphql<{
        transaction: {
          version: number;
          notes: { body: string; authorName: string }[];
          timeline: { kind: string }[];
        };
      }>(NOTES, { id })
    ).data!.transaction;

  beforeAll(async () => {
    manager = await k.server.userWithRoles(['MANAGER'], 'manager1');
    analyst = await k.server.userWithRoles(['ANALYST'], 'analyst1');
  });

  it('officers, researchers, committee members and managers add and read notes, oldest first, apart from the timeline', async () => {
    const t = await open('SUPPORT_REQUEST');
    const first = await add(k.officer, t.id, '  اتصلت بالمستفيد ولم يرد.\r\nسأعاود غداً.  ');
    expect(first.codes).toEqual([]);
    expect(first.payload!.errors).toEqual([]);
    expect(first.payload!.note).toMatchObject({
      body: 'اتصلت بالمستفيد ولم يرد.\nسأعاود غداً.',
      authorName: 'officer1',
      authorDisplayName: 'officer1',
    });
    // A note is no action: the version others hold stays good.
    expect(first.payload!.transaction).toEqual({ id: t.id, version: t.version });
    for (const c of [k.researcher, k.committee, manager]) {
      expect((await add(c, t.id, 'ملاحظة <b>داخلية</b> **ليست** تنسيقاً')).payload!.errors).toEqual(
        [],
      );
    }
    for (const reader of [k.officer2, k.researcher, k.committee, manager]) {
      const read = await notes(reader, t.id);
      expect(read.notes.map((n) => n.authorName)).toEqual([
        'officer1',
        'researcher1',
        'committee1',
        'manager1',
      ]);
      // Kept as typed: the page shows it as text, never as markup.
      expect(read.notes[1]!.body).toBe('ملاحظة <b>داخلية</b> **ليست** تنسيقاً');
      expect(read.timeline.map((e) => e.kind)).toEqual(['OPENED']);
      expect(read.version).toBe(t.version);
    }
    // On a closed one too: a follow-up worth recording.
    const closed = ok(await run(k.officer, 'transactionCloseInquiry', at(await open('INQUIRY'))));
    expect((await add(k.officer, closed.id, 'اتصل لاحقاً يشكر')).payload!.errors).toEqual([]);
  });

  it('an analyst can neither add nor read them, nor can anyone signed out', async () => {
    const t = await open('INQUIRY');
    await add(k.officer, t.id, 'سري');
    expect((await add(analyst, t.id, 'محاولة')).codes).toEqual(['FORBIDDEN']);
    const read = await analyst.graphql(NOTES, { id: t.id });
    expect(read.errors?.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN']);
    expect(read.data?.transaction ?? null).toBeNull();
    const anonymous = k.server.client();
    expect((await add(anonymous, t.id, 'x')).codes).toEqual(['UNAUTHENTICATED']);
    expect((await notes(k.officer, t.id)).notes).toHaveLength(1);
  });

  it('validates the text with typed errors and saves nothing when refused', async () => {
    const t = await open('INQUIRY');
    const empty = await add(k.officer, t.id, ' \n\t ');
    expect(empty.payload).toMatchObject({
      note: null,
      errors: [{ code: 'NOTE_REQUIRED', field: 'body' }],
    });
    const long = await add(k.officer, t.id, 'ن'.repeat(4001));
    expect(long.payload!.errors).toEqual([{ code: 'NOTE_TOO_LONG', field: 'body' }]);
    expect((await add(k.officer, t.id, 'ن'.repeat(4000))).payload!.errors).toEqual([]);
    const control = await add(k.officer, t.id, 'bell\u0007');
    expect(control.payload!.errors).toEqual([{ code: 'NOTE_INVALID', field: 'body' }]);
    expect((await add(k.officer, t.id, 'x'.repeat(8001))).codes).toEqual(['BAD_USER_INPUT']);
    expect((await add(k.officer, '999999', 'لا توجد')).codes).toEqual(['NOT_FOUND']);
    expect((await add(k.officer, 'abc', 'لا توجد')).codes).toEqual(['BAD_USER_INPUT']);
    expect((await notes(k.officer, t.id)).notes).toHaveLength(1);
  });

  it('audits that a note was written, never what it says', async () => {
    const t = await open('INQUIRY');
    const r = await add(k.officer, t.id, 'رقم هويته 1098765432');
    const admin = await k.server.admin();
    const audit = await admin.graphql<{
      auditEntries: { edges: { node: { actorName: string; after: string } }[] };
    }>(
      `query($t: String!) { auditEntries(first: 5, filter: { action: "transaction.note", targetId: $t }) {
        edges { node { actorName after } } } }`,
      { t: t.id },
    );
    const entry = audit.data!.auditEntries.edges[0]!.node;
    expect(entry.actorName).toBe('officer1');
    expect(JSON.parse(entry.after)).toEqual({
      noteId: Number(r.payload!.note!.id),
      note: '[text]',
    });
  });
});
