import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { QBFilterQuery, SqlEntityManager } from '@mikro-orm/postgresql';
import { TestServer, testEngine, type GraphQLClient } from '../../test-support/test-app.js';
import { FAMILY_NAMES, FEMALE_NAMES, MALE_NAMES } from '../../db/demo/demo-data.js';
import { foldArabic } from '../common/arabic.js';
import { Transaction } from '../transactions/transaction.entity.js';
import { listOrder, transactionWhere } from '../transactions/transaction.repository.js';
import type { TransactionFilter } from '../transactions/transaction.inputs.js';
import type { User } from '../accounts/user.entity.js';
import { Beneficiary } from './beneficiary.entity.js';
import { withCheckDigit } from './saudi-identity.js';
import { NAME_INDEX_TABLE } from './name-index.js';

/**
 * The name search through its index (issue 17 item 4) gives what today's folding rules give: the
 * reference below is the raw query the lists ran before the index (every folded word somewhere in
 * the folded name; for the transactions list, or a part of the reference), run on the same data.
 */

/** A small seeded generator, so a failure can be replayed. */
function rng(seed: number) {
  let s = seed >>> 0;
  const next = () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number) => Math.floor(next() * n);
  return { next, int, pick: <T>(xs: readonly T[]): T => xs[int(xs.length)]! };
}
const rnd = rng(17_4);

interface Connection {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: { node: { id: string } }[];
}

/** The name written as people type it: any alef form, ى for a final ي, ة/ه, diacritics, tatweel. */
function variant(text: string): string {
  return [...text]
    .map((c, i, all) => {
      const last = i === all.length - 1 || all[i + 1] === ' ';
      if (c === 'ا' && rnd.next() < 0.4) return rnd.pick(['أ', 'إ', 'آ', 'ٱ']);
      if (c === 'ي' && last && rnd.next() < 0.5) return 'ى';
      if (c === 'ه' && last && rnd.next() < 0.5) return 'ة';
      if (c === 'و' && rnd.next() < 0.2) return 'ؤ';
      if (/[\u0621-\u064A]/.test(c) && rnd.next() < 0.15)
        return c + rnd.pick(['\u064E', '\u0650', '\u0651', '\u0640']);
      return c;
    })
    .join('');
}

/** Today's rule, as raw SQL: the reference implementation. */
function referenceWords(q: string) {
  return foldArabic(q.trim().slice(0, 80))
    .replace(/[%_\\]/g, '')
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 6);
}

const CASES = [
  'احمد ابراهيم', // alef forms unified
  'أَحْمَد', // diacritics
  'الهاشمى', // alef maqsura / yaa
  'فاطمه', // taa marbuta / haa
  'عبـــدالله', // tatweel
  'مؤمن', // hamza on waw
  'هيئة', // hamza on yaa and taa marbuta
  'آمنة',
  'ٱلله',
  'مصطفى',
  'غامد', // a part of a word
  'امد', // three letters inside words
  'لي', // two letters: no trigram, every name checked
  'ع', // one letter
  'ال غامدي', // a short word beside a long one
  'الغامدي احمد', // any order
  'هاشمي  ابراهيم   احمد', // spacing
  'ALI', // Latin, case folded: may be a reference's part
  'ali hassan', // two Latin words: no reference has a space
  'hassan.', // nor a full stop
  'zz%_', // LIKE's wildcards are letters here
  'احمد" OR "فاطمه', // FTS5 syntax is only text
  'NEAR(احمد', // likewise
  'احمد*',
  '-احمد',
  'غير موجود',
];

describe(`the name search through its index (${testEngine})`, () => {
  let server: TestServer;
  let staff: GraphQLClient;
  const names: string[] = [];

  const sql = <T>(query: string, params: unknown[] = []) =>
    server.app.orm.em.getConnection().execute(query, params) as Promise<T[]>;
  const ids = (rows: { id: number | string }[]) => rows.map((r) => String(r.id)).sort();

  /** The beneficiaries today's rule finds: every word in the folded name. */
  const expectedBeneficiaries = async (q: string) => {
    const words = referenceWords(q);
    if (!words.length) return [];
    return ids(
      await sql<{ id: number }>(
        `select id from beneficiary where ${words.map(() => 'name_folded like ?').join(' and ')}`,
        words.map((w) => `%${w}%`),
      ),
    );
  };
  /** The transactions today's list found: a part of the reference, or the beneficiary's name. */
  const expectedTransactions = async (q: string) => {
    const words = referenceWords(q);
    const name = words.length ? words.map(() => 'b.name_folded like ?').join(' and ') : '1 = 0';
    return ids(
      await sql<{ id: number }>(
        `select t.id from beneficiary_transaction t join beneficiary b on b.id = t.beneficiary_id where t.reference like ? or (${name})`,
        [
          `%${q
            .trim()
            .toUpperCase()
            .replace(/[%_\\]/g, '')}%`,
          ...words.map((w) => `%${w}%`),
        ],
      ),
    );
  };

  /** Every row of a list, walking its pages with the cursors; the count must agree. */
  const walk = async (field: string, query: string, variables: Record<string, unknown>) => {
    const found: string[] = [];
    let after: string | null = null;
    let total = -1;
    for (let guard = 0; guard < 200; guard++) {
      const res: { data?: Record<string, Connection> | null; errors?: unknown } =
        await staff.graphql<Record<string, Connection>>(query, { ...variables, a: after });
      expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
      const page: Connection = res.data![field]!;
      total = page.totalCount;
      found.push(...page.edges.map((e) => e.node.id));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(total, JSON.stringify(variables)).toBe(found.length);
    expect(new Set(found).size).toBe(found.length);
    return found;
  };
  const beneficiaries = async (q: string) =>
    (
      await walk(
        'beneficiaries',
        'query($q: String, $a: String) { beneficiaries(search: $q, first: 50, after: $a) { totalCount pageInfo { hasNextPage endCursor } edges { node { id } } } }',
        { q },
      )
    ).sort();
  /** The list's rows in its order, walked in pages of `first`. */
  const listed = (q: string, first: number, sort?: { field: string; direction: string }) =>
    walk(
      'transactions',
      'query($f: TransactionFilter, $s: TransactionSort, $n: Int!, $a: String) { transactions(filter: $f, sort: $s, first: $n, after: $a) { totalCount pageInfo { hasNextPage endCursor } edges { node { id } } } }',
      { f: { search: q }, s: sort ?? null, n: first },
    );
  const transactions = async (q: string, first = 50) => (await listed(q, first)).sort();
  const register = async (fullName: string, n: number) => {
    const res = await staff.graphql<{
      beneficiaryCreate: { beneficiary: { id: string } | null; errors: unknown[] };
    }>(
      'mutation($i: BeneficiaryCreateInput!) { beneficiaryCreate(input: $i) { beneficiary { id } errors { code } } }',
      {
        i: {
          fullName,
          nationalId: withCheckDigit(`1${String(20_000_000 + n * 7_919).padStart(8, '0')}`),
          mobile: `05${String(50_000_000 + n).padStart(8, '0')}`,
          city: 'جدة',
          gender: 'FEMALE',
        },
      },
    );
    expect(res.data!.beneficiaryCreate.errors).toEqual([]);
    return res.data!.beneficiaryCreate.beneficiary!.id;
  };
  const open = (beneficiaryId: string) =>
    staff.graphql(
      'mutation($i: TransactionOpenInput!) { transactionOpen(input: $i) { errors { code } } }',
      {
        i: { beneficiaryId, channelKey: 'PHONE', type: 'INQUIRY', subject: 'استفسار' },
      },
    );

  beforeAll(async () => {
    server = await TestServer.start();
    staff = await server.userWithRoles(['STAFF'], 'name-search-officer');
    const fixed = [
      'أحمد إبراهيم الهاشمي',
      'فاطمة بنت عبدالله الأحمد',
      'مؤمن علي الغامدي',
      'آمنة مصطفى الهيئة',
      'Ali Hassan',
      'zz%_ شريف',
    ];
    const random = Array.from(
      { length: 30 },
      () =>
        `${rnd.pick([...MALE_NAMES, ...FEMALE_NAMES])} ${rnd.pick(MALE_NAMES)} ${rnd.pick(FAMILY_NAMES)}`,
    );
    for (const [i, name] of [...fixed, ...random].entries()) {
      const written = i < fixed.length ? name : variant(name);
      names.push(written);
      const id = await register(written, i);
      // One to three transactions each.
      for (let k = 0; k <= i % 3; k++) await open(id);
    }
  }, 120_000);
  afterAll(async () => server?.stop());

  it('finds what the folding rules find: the Arabic letter forms, parts of words, short words', async () => {
    for (const q of CASES) {
      expect(await beneficiaries(q), q).toEqual(await expectedBeneficiaries(q));
      expect(await transactions(q), q).toEqual(await expectedTransactions(q));
    }
    // The cases do find something where they should.
    expect((await beneficiaries('أَحْمَد')).length).toBeGreaterThan(0);
    expect((await transactions('هيئة')).length).toBeGreaterThan(0);
    expect((await beneficiaries('غير موجود')).length).toBe(0);
  });

  it('gives the same rows as the raw folding query for random searches over random names', async () => {
    for (let i = 0; i < 40; i++) {
      const words = foldArabic(rnd.pick(names)).split(' ');
      const word = rnd.pick(words);
      const start = rnd.int(word.length);
      const part = word.slice(start, start + 1 + rnd.int(6));
      const q = variant(
        rnd.next() < 0.4 ? `${part} ${rnd.pick(foldArabic(rnd.pick(names)).split(' '))}` : part,
      );
      expect(await beneficiaries(q), q).toEqual(await expectedBeneficiaries(q));
      expect(await transactions(q, 3 + rnd.int(7)), q).toEqual(await expectedTransactions(q));
    }
  }, 120_000);

  it('keeps every order and its cursors whichever way a page is read', async () => {
    // Pages of 3 of a search most rows match are read along the order's index on SQLite (the
    // count squared is over 4 × the rows); one page of 100, from the matches sorted.
    for (const [field, direction] of [
      ['OPENED_AT', 'DESC'],
      ['OPENED_AT', 'ASC'],
      ['COMMITTEE_DUE_AT', 'DESC'],
      ['REFERENCE', 'ASC'],
      ['REFERENCE', 'DESC'],
    ] as const) {
      const sort = { field, direction };
      const whole = await listed('ا', 100, sort);
      expect(whole.length).toBeGreaterThan(20);
      expect(await listed('ا', 3, sort), `${field} ${direction}`).toEqual(whole);
    }
  }, 60_000);

  it('finds a renamed beneficiary by the new name only', async () => {
    const id = await register('سلمى ناصر البقمي', 900);
    await open(id);
    expect(await beneficiaries('البقمى')).toContain(id);
    const res = await staff.graphql<{ beneficiaryUpdate: { errors: unknown[] } }>(
      'mutation($i: BeneficiaryUpdateInput!) { beneficiaryUpdate(input: $i) { errors { code } } }',
      { i: { id, fullName: 'سلمى ناصر الثُّبيتي' } },
    );
    expect(res.data!.beneficiaryUpdate.errors).toEqual([]);
    expect(await beneficiaries('البقمي')).not.toContain(id);
    expect(await beneficiaries('الثبيتى')).toContain(id);
    expect(await transactions('بقمي')).toEqual(await expectedTransactions('بقمي'));
    expect(await transactions('ثبيتي')).toEqual(await expectedTransactions('ثبيتي'));
    expect((await transactions('ثبيتي')).length).toBeGreaterThan(0);
  });

  it('never finds a beneficiary whose registration was rolled back', async () => {
    const name = 'جواهر سعود الفيفي';
    await expect(
      server.app.orm.em.fork().transactional(async (tx) => {
        tx.create(Beneficiary, {
          fullName: name,
          nameFolded: foldArabic(name),
          nationalId: withCheckDigit('198765430'),
          mobile: '+966555000111',
          city: 'أبها',
          gender: 'FEMALE',
        });
        await tx.flush();
        // Inside the transaction the index has the name (kept in the writer's transaction)…
        const inside =
          testEngine === 'sqlite'
            ? `select rowid as id from ${NAME_INDEX_TABLE} where ${NAME_INDEX_TABLE} match '"الفيفي"'`
            : `select id from beneficiary where name_folded like '%الفيفي%'`;
        const rows = await tx
          .getConnection()
          .execute(inside, [], 'all', tx.getTransactionContext());
        expect(rows.length).toBeGreaterThan(0);
        throw new Error('rolled back');
      }),
    ).rejects.toThrow('rolled back');
    // …and after the rollback neither it nor the index has it.
    expect(await beneficiaries('الفيفي')).toEqual(await expectedBeneficiaries('الفيفي'));
    expect(await beneficiaries('جواهر سعود الفيفي')).toEqual([]);
    if (testEngine === 'sqlite') {
      await sql(`insert into ${NAME_INDEX_TABLE} (${NAME_INDEX_TABLE}) values ('integrity-check')`);
    }
  });

  it('counts and pages a name search from the matching beneficiaries, not from every transaction', async () => {
    const em = server.app.orm.em.fork() as SqlEntityManager;
    const where = transactionWhere(
      { search: 'الغامدى' } as TransactionFilter,
      { id: 0 } as User,
      testEngine,
    ) as QBFilterQuery<Transaction>;
    const count = em.createQueryBuilder(Transaction).count('id', true).where(where);
    const text = count.getFormattedQuery();
    expect(text).not.toMatch(/join/i);
    if (testEngine === 'sqlite') {
      // The index's rows are the matches: no name is read again.
      expect(text).toMatch(
        new RegExp(`beneficiary_id\`? in \\(select rowid from ${NAME_INDEX_TABLE} where`),
      );
      expect(text).not.toContain('name_folded like');
      const plan = await sql<{ detail: string }>(`explain query plan ${text}`);
      // Every table is searched by an index; only the FTS5 table is "scanned" (its MATCH).
      const scans = plan.map((p) => p.detail).filter((d) => /^SCAN /.test(d));
      expect(
        scans.every((d) => d.startsWith(`SCAN ${NAME_INDEX_TABLE} VIRTUAL TABLE`)),
        JSON.stringify(plan),
      ).toBe(true);
      // A name many carry: the page walks the order's index, checking each row's beneficiary.
      const inOrder = transactionWhere(
        { search: 'الغامدى' } as TransactionFilter,
        { id: 0 } as User,
        testEngine,
        { inOrder: true },
      ) as QBFilterQuery<Transaction>;
      const page = em
        .createQueryBuilder(Transaction)
        .select('id')
        .where(inOrder)
        .orderBy(listOrder(null).orderBy)
        .limit(21)
        .getFormattedQuery();
      const pagePlan = (await sql<{ detail: string }>(`explain query plan ${page}`)).map(
        (p) => p.detail,
      );
      expect(pagePlan[0], JSON.stringify(pagePlan)).toMatch(
        /^SCAN t0 USING INDEX beneficiary_transaction_opened_at_index/,
      );
      expect(pagePlan.join('\n')).not.toContain('TEMP B-TREE');
    } else {
      expect(text).toMatch(
        /beneficiary_id" in \(select b\.id from beneficiary b where b\.name_folded like/,
      );
      const [index] = await sql<{ indexdef: string }>(
        "select indexdef from pg_indexes where indexname = 'beneficiary_name_folded_index'",
      );
      expect(index!.indexdef).toMatch(/using gin \(name_folded gin_trgm_ops\)/i);
      // The matches' transactions are read by beneficiary_id's own index.
      const [byBeneficiary] = await sql<{ indexdef: string }>(
        "select indexdef from pg_indexes where indexname = 'beneficiary_transaction_beneficiary_id_index'",
      );
      expect(byBeneficiary!.indexdef).toMatch(/\(beneficiary_id\)/);
    }
  });

  it('counts a name search’s transactions from each matching name’s count, not their rows', async () => {
    const countOf = async () => {
      server.resetQueries();
      const res = await staff.graphql<{ transactions: { totalCount: number } }>(
        '{ transactions(filter: { search: "الغامدى" }, first: 1) { totalCount } }',
      );
      expect(res.errors).toBeUndefined();
      return res.data!.transactions.totalCount;
    };
    const expected = (await expectedTransactions('الغامدى')).length;
    expect(expected).toBeGreaterThan(1);
    expect(await countOf()).toBe(expected);
    const counts = server.queries.filter((q) => /count|sum\(/i.test(q));
    expect(counts.some((q) => /from [`"]?rollup_beneficiary/.test(q))).toBe(true);
    expect(counts.some((q) => /from [`"]?beneficiary_transaction/.test(q))).toBe(false);
    // A transaction deleted by hand (no app path does): the count follows (the triggers).
    const [gone] = await sql<{ id: number }>(
      `select t.id from beneficiary_transaction t join beneficiary b on b.id = t.beneficiary_id
       where b.name_folded like ? order by t.id desc limit 1`,
      ['%الغامدي%'],
    );
    for (const table of ['transaction_event', 'transaction_note'])
      await sql(`delete from ${table} where transaction_id = ?`, [gone!.id]);
    await sql('delete from beneficiary_transaction where id = ?', [gone!.id]);
    expect(await countOf()).toBe(expected - 1);
  });

  it('keeps names from an analyst: both searches refused', async () => {
    const analyst = await server.userWithRoles(['ANALYST']);
    for (const query of [
      '{ beneficiaries(search: "احمد") { totalCount edges { node { fullName } } } }',
      '{ transactions(filter: { search: "احمد" }) { totalCount } }',
    ]) {
      const res = await analyst.graphql(query);
      expect(res.errors?.[0]?.extensions?.code, query).toBe('FORBIDDEN');
      expect(res.data ?? null).toBeNull();
    }
  });
});
