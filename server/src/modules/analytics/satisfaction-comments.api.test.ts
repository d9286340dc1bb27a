import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestServer, testEngine, type GraphQLClient } from '../../test-support/test-app.js';
import { withCheckDigit } from '../beneficiaries/saudi-identity.js';
import { redactStoredComments } from '../satisfaction/redact-store.js';
import { foldArabic } from '../common/arabic.js';
import { likeSafe } from '../common/input.js';

/**
 * The comment search is no oracle: an analyst searches the de-identified text (what they may
 * read), so guessing a masked national ID digit by digit, or confirming a masked name, finds
 * nothing; a manager, who reads the full text, searches the full text.
 */
describe(`comment search runs over what the caller may read (${testEngine})`, () => {
  let server: TestServer;
  let officer: GraphQLClient;
  let manager: GraphQLClient;
  let analyst: GraphQLClient;
  const nationalId = withCheckDigit('108765432');
  const COMMENT =
    `هويتي ${nationalId} وجوالي 059.830.7655، راجع أخي محمد المطيري بدلاً عني. ` +
    'Sultan Almutairi — the wait was 3 days';

  const search = async (client: GraphQLClient, s: string | null) => {
    const res = await client.graphql<{
      satisfactionComments: { totalCount: number; edges: { node: { comment: string } }[] };
    }>(
      `query($s: String) { satisfactionComments(search: $s) { totalCount edges { node { comment } } } }`,
      { s },
    );
    expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
    return res.data!.satisfactionComments;
  };

  let beneficiaryId = '';
  /** A support inquiry of the beneficiary, closed, its survey answered with this comment. */
  const answerWith = async (comment: string) => {
    const opened = await officer.graphql<{
      transactionOpen: { transaction: { id: string; version: number } };
    }>(
      'mutation($i: TransactionOpenInput!) { transactionOpen(input: $i) { transaction { id version } } }',
      { i: { beneficiaryId, channelKey: 'PHONE', type: 'INQUIRY', subject: 'استفسار' } },
    );
    const t = opened.data!.transactionOpen.transaction;
    const closed = await officer.graphql<{
      transactionCloseInquiry: { surveyInvitation: { token: string } };
    }>(
      'mutation($i: TransactionCloseInquiryInput!) { transactionCloseInquiry(input: $i) { surveyInvitation { token } } }',
      { i: { id: t.id, expectedVersion: t.version } },
    );
    expect(closed.errors, JSON.stringify(closed.errors)).toBeUndefined();
    const token = closed.data!.transactionCloseInquiry.surveyInvitation.token;
    const answered = await server
      .client()
      .graphql<{ surveySubmit: { recorded: boolean } }>(
        'mutation($i: SurveySubmitInput!) { surveySubmit(input: $i) { recorded errors { code message } } }',
        {
          i: {
            token,
            answers: {
              overall: 4,
              courtesy: 4,
              clarity: 4,
              speed: 3,
              recommend: 8,
              comment,
            },
          },
        },
      );
    expect(answered.data!.surveySubmit, JSON.stringify(answered)).toMatchObject({ recorded: true });
  };
  beforeAll(async () => {
    server = await TestServer.start();
    officer = await server.userWithRoles(['STAFF'], 'search-officer');
    manager = await server.userWithRoles(['MANAGER'], 'search-manager');
    analyst = await server.userWithRoles(['ANALYST'], 'search-analyst');
    const b = await officer.graphql<{ beneficiaryCreate: { beneficiary: { id: string } } }>(
      'mutation($i: BeneficiaryCreateInput!) { beneficiaryCreate(input: $i) { beneficiary { id } } }',
      {
        i: {
          fullName: 'سلطان فهد المطيري',
          nationalId,
          mobile: '0598307655',
          city: 'الرياض',
          gender: 'MALE',
        },
      },
    );
    beneficiaryId = b.data!.beneficiaryCreate.beneficiary.id;
    await answerWith(COMMENT);
  });
  afterAll(async () => server?.stop());

  /**
   * What an attacker does: a Saudi national ID begins with 1; guess each next digit and keep
   * the one that matches (at most 10 searches a digit). Returns what could be confirmed.
   */
  const rebuildId = async (client: GraphQLClient): Promise<string> => {
    if ((await search(client, '1')).totalCount === 0) return '';
    let known = '1';
    for (let position = 1; position < 10; position++) {
      let next: string | null = null;
      for (let d = 0; d <= 9 && next === null; d++) {
        if ((await search(client, `${known}${d}`)).totalCount > 0) next = String(d);
      }
      if (next === null) break;
      known += next;
    }
    return known;
  };

  it('an analyst cannot rebuild the national ID digit by digit, nor find the mobile', async () => {
    expect(await rebuildId(analyst)).toBe('');
    for (const s of [nationalId, nationalId.slice(0, 4), '0598307655', '059.830.7655', '7655']) {
      expect((await search(analyst, s)).totalCount, s).toBe(0);
    }
  });

  it('an analyst cannot confirm a masked name, Arabic or Latin, nor a family member', async () => {
    for (const s of ['سلطان', 'المطيري', 'مطيري', 'محمد', 'Sultan', 'almutairi', 'محمد المطيري']) {
      expect((await search(analyst, s)).totalCount, s).toBe(0);
    }
    // Nor by leaving the de-identified column in SQLite's index query (FTS5 syntax is only text).
    for (const s of [
      'عني" OR comment_folded : "المطيري',
      'عني") OR {comment_folded} : ("المطيري',
      '{comment_folded} : المطيري',
      'comment_folded:المطيري',
    ]) {
      expect((await search(analyst, s)).totalCount, s).toBe(0);
    }
  });

  it('an analyst still finds the comment by what they can read, and reads it masked', async () => {
    const found = await search(analyst, 'بدلاً عني');
    expect(found.totalCount).toBe(1);
    const text = found.edges[0]!.node.comment;
    expect(text).toContain('راجع أخي […] […] بدلاً عني');
    expect(text).toContain('the wait was 3 days');
    for (const secret of [nationalId, '7655', 'سلطان', 'المطيري', 'محمد', 'Sultan', 'Almutairi']) {
      expect(text).not.toContain(secret);
    }
    // The masked text itself is what is searched: the mask marks are there to find.
    expect((await search(analyst, '[…]')).totalCount).toBe(1);
  });

  it('a manager reads and searches the full comment', async () => {
    expect(await rebuildId(manager)).toBe(nationalId);
    for (const s of ['المطيري', 'محمد', 'Sultan', '059.830.7655']) {
      const found = await search(manager, s);
      expect(found.totalCount, s).toBe(1);
      expect(found.edges[0]!.node.comment).toBe(COMMENT);
    }
  });

  it('comments stored before this search column are de-identified again by the migration’s backfill', async () => {
    const conn = server.app.orm.em.getConnection();
    // As an earlier version stored it: weaker masking, no de-identified search column.
    await conn.execute(
      `update survey_response set comment_redacted = ?, comment_redacted_folded = null where comment is not null`,
      [COMMENT.replace(nationalId, '[…]')],
    );
    expect((await search(analyst, 'المطيري')).totalCount).toBe(0);
    const done = await redactStoredComments((sql, params) => conn.execute(sql, params), 1);
    expect(done).toBe(1);
    const found = await search(analyst, 'بدلاً');
    expect(found.totalCount).toBe(1);
    expect(found.edges[0]!.node.comment).not.toMatch(/7655|المطيري|Sultan/);
    expect((await search(analyst, '7655')).totalCount).toBe(0);
  });

  it('Migration20261206140100 adds the search column to a database that has comments and fills it', async () => {
    const conn = server.app.orm.em.getConnection();
    // The database as the previous version left it: weaker masking, no search column.
    await conn.execute(
      `update survey_response set comment_redacted = ? where comment is not null`,
      [COMMENT.replace(nationalId, '[…]')],
    );
    // SQLite's comment index (a later migration) reads the column: it goes too, and comes back.
    const later = testEngine === 'sqlite' ? ['Migration20261207_comment_index'] : [];
    if (later.length) {
      for (const trigger of ['insert', 'delete', 'update'])
        await conn.execute(`drop trigger survey_comment_search_${trigger}`);
      await conn.execute('drop table survey_comment_search');
    }
    await conn.execute('alter table survey_response drop column comment_redacted_folded');
    for (const name of ['Migration20261206140100', ...later])
      await conn.execute('delete from mikro_orm_migrations where name like ?', [`${name}%`]);
    const ran = await server.app.orm.getMigrator().up();
    expect(ran.map((m) => m.name)).toEqual(['Migration20261206140100', ...later]);
    const [row] = await conn.execute<
      { comment_redacted: string; comment_redacted_folded: string }[]
    >(
      'select comment_redacted, comment_redacted_folded from survey_response where comment is not null',
    );
    expect(row!.comment_redacted).toContain('راجع أخي […] […] بدلاً عني');
    expect(row!.comment_redacted_folded).toContain('راجع اخي […] […] بدلا عني');
    for (const s of ['7655', 'المطيري', 'sultan']) {
      expect((await search(analyst, s)).totalCount, s).toBe(0);
    }
    expect((await search(analyst, 'بدلاً')).totalCount).toBe(1);
  });
  it('finds through SQLite’s index what LIKE finds: letter forms, short words, several words', async () => {
    for (const comment of [
      'الانتظار كان طويلاً جداً في الفرع',
      'إنتظرت ساعة كاملة، والموظفة لطيفة',
      'لا انتظار، خدمة سريعة',
      'The waiting room was full; waited 2 hours',
    ]) {
      await answerWith(comment);
    }
    const conn = server.app.orm.em.getConnection();
    /** Today's rule, as raw SQL: every folded word somewhere in the folded text. */
    const expected = async (s: string, column: string) => {
      const words = likeSafe(foldArabic(s)).split(' ').filter(Boolean).slice(0, 6);
      const [row] = await conn.execute<{ n: number | string }[]>(
        `select count(*) as n from survey_response r join survey_invitation i on i.id = r.invitation_id
         where i.revoked_at is null and r.comment is not null${words.map(() => ` and r.${column} like ?`).join('')}`,
        words.map((w) => `%${w}%`),
      );
      return Number(row!.n);
    };
    const cases = [
      'انتظار',
      'الإنتظار',
      'انتظار طويل',
      'ساعه',
      'في',
      'ع',
      'wait',
      'WAIT ed',
      '[…]',
      'غير موجود',
    ];
    let nonEmpty = 0;
    for (const s of cases) {
      server.resetQueries();
      const got = (await search(manager, s)).totalCount;
      expect(got, s).toBe(await expected(s, 'comment_folded'));
      expect((await search(analyst, s)).totalCount, s).toBe(
        await expected(s, 'comment_redacted_folded'),
      );
      if (got > 0) nonEmpty++;
    }
    expect(nonEmpty).toBeGreaterThan(5);
    server.resetQueries();
    await search(manager, 'انتظار');
    const counted = server.queries.find((q) => /count\(r\.id\)/.test(q))!;
    if (testEngine === 'sqlite') {
      expect(counted).toContain('survey_comment_search match');
      expect(counted).not.toContain('comment_folded like');
    } else {
      expect(counted).toContain('comment_folded like');
    }
  });
});
