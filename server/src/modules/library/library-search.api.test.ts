import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestServer, testEngine, type GraphQLClient } from '../../test-support/test-app.js';

const SEARCH = `query($q: String!, $first: Int, $after: String) {
  librarySearch(query: $q, first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { cursor node { id kind language title titleHtml snippetHtml score itemKey document { slug toolKey } } }
  }
}`;

interface Hit {
  id: string;
  kind: string;
  language: string;
  title: string;
  titleHtml: string;
  snippetHtml: string;
  score: number;
  itemKey: string | null;
  document: { slug: string; toolKey: string | null } | null;
}
interface SearchResult {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: { cursor: string; node: Hit }[];
}

const BYLAWS = 'bylaws';
const RESEARCH = 'social-research-guide';
const SUPPORT = 'support-policy-guide';
const FORM = 'support-request-form';

/**
 * The relevance table: each query must bring the expected document first, on SQLite and on
 * PostgreSQL alike. Arabic queries cover diacritics, hamza and alef forms, ta marbuta, the
 * article and the prefixes و ف ب ك ل, and suffixes.
 */
const RELEVANCE: [query: string, expected: string, what: string][] = [
  ['اللائحة الاساسية', BYLAWS, 'no hamza on the alef'],
  ['اللَّائِحَةُ الأَسَاسِيَّةُ', BYLAWS, 'full diacritics'],
  ['لائحه', BYLAWS, 'ta marbuta typed as ha, no article'],
  ['العضويه', BYLAWS, 'ta marbuta as ha, with article'],
  ['شروط عضوية', BYLAWS, 'without the article'],
  ['الجمعيه العموميه', BYLAWS, 'ta marbuta folded'],
  ['بالجمعية العمومية', BYLAWS, 'prefix ب with the article'],
  ['دليل خدمات البحث الاجتماعي', RESEARCH, 'the tool name'],
  ['بحث اجتماعي', RESEARCH, 'without the article'],
  ['البَحْثِ الاجْتِمَاعِيِّ', RESEARCH, 'with diacritics'],
  ['الزياره الميدانيه', RESEARCH, 'ta marbuta as ha'],
  ['زيارة ميدانية', RESEARCH, 'without the article'],
  ['وللزيارة', RESEARCH, 'prefixes و and لل'],
  ['دراسه الحاله', RESEARCH, 'case study, ta marbuta as ha'],
  ['سياسة الدعم', SUPPORT, 'the tool name, short'],
  ['دليل سياسه الدعم', SUPPORT, 'ta marbuta as ha'],
  ['شروط الاستحقاق', SUPPORT, 'eligibility'],
  ['استحقاق', SUPPORT, 'eligibility without the article'],
  ['كالسلال الغذائية', SUPPORT, 'prefix ك with the article'],
  ['والأرامل', SUPPORT, 'prefix و with the article, hamza'],
  ['فالاعانات الماليه', SUPPORT, 'prefix ف, no hamza, ta marbuta'],
  ['التظلم', SUPPORT, 'appeal'],
  ['١٤ يوما', SUPPORT, 'Arabic-Indic digits'],
  ['طلب دعم مستفيد', FORM, 'the tool name'],
  ['نموذج طلب الدعم', FORM, 'form of the support request'],
  ['صك الاعالة', FORM, 'no hamza under the alef'],
  ['الآيبان باسم مقدم الطلب', FORM, 'alef madda'],
  ['الايبان باسم مقدم الطلب', FORM, 'plain alef'],
  ['بالمرفقات المطلوبة', FORM, 'prefix ب with the article, plural suffix'],
  ['الحالة الاجتماعية وتاريخ الميلاد', FORM, 'prefix و'],
];

const RELEVANCE_EN: [query: string, expected: string][] = [
  ['bylaws', BYLAWS],
  ['general assembly membership', BYLAWS],
  ['home visits', RESEARCH],
  ['eligibility criteria', SUPPORT],
  ['support request form', FORM],
  ['IBAN attachments', FORM],
];

describe(`library search (${testEngine})`, () => {
  let server: TestServer;
  let staff: GraphQLClient;

  const search = async (q: string, first = 10, after?: string) => {
    const res = await staff.graphql<{ librarySearch: SearchResult }>(SEARCH, { q, first, after });
    expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
    return res.data!.librarySearch;
  };
  const firstSlug = async (q: string) => {
    const r = await search(q, 5);
    return r.edges[0]?.node.document?.slug ?? r.edges[0]?.node.id ?? 'nothing';
  };

  beforeAll(async () => {
    server = await TestServer.start();
    staff = await server.userWithRoles(['STAFF'], 'search-staff');
  });
  afterAll(async () => server?.stop());

  it(`brings the expected document first for ${RELEVANCE.length} Arabic queries`, async () => {
    const wrong: string[] = [];
    for (const [query, expected, what] of RELEVANCE) {
      const got = await firstSlug(query);
      if (got !== expected) wrong.push(`${query} (${what}): expected ${expected}, got ${got}`);
    }
    expect(wrong).toEqual([]);
  });

  it(`brings the expected document first for ${RELEVANCE_EN.length} English queries`, async () => {
    const wrong: string[] = [];
    for (const [query, expected] of RELEVANCE_EN) {
      const got = await firstSlug(query);
      if (got !== expected) wrong.push(`${query}: expected ${expected}, got ${got}`);
    }
    expect(wrong).toEqual([]);
  });

  it('finds each of the four tools by an Arabic query typed without diacritics or hamza', async () => {
    const queries: [string, string][] = [
      ['اللائحه الاساسيه للجمعيه', 'BYLAWS'],
      ['دليل خدمات البحث الاجتماعي', 'SOCIAL_RESEARCH_GUIDE'],
      ['دليل سياسه الدعم للمستفيدين', 'SUPPORT_POLICY_GUIDE'],
      ['طلب دعم مستفيد', 'SUPPORT_REQUEST_FORM'],
    ];
    for (const [query, toolKey] of queries) {
      const r = await search(query, 3);
      expect(r.edges[0]!.node, query).toMatchObject({ kind: 'DOCUMENT', document: { toolKey } });
    }
  });

  it('highlights the matching words, whatever their written form, in safe HTML', async () => {
    const r = await search('الاعانات', 5);
    const hit = r.edges[0]!.node;
    expect(hit.language).toBe('AR');
    expect(hit.snippetHtml).toMatch(/<mark>[^<]*إعان[^<]*<\/mark>/);
    expect(hit.snippetHtml.replace(/<\/?mark>/g, '')).not.toMatch(/[<>]/);
    const title = await search('دليل', 3);
    expect(title.edges[0]!.node.titleHtml).toContain('<mark>دليل</mark>');
  });

  it('searches the active policy too: channels, steps and objectives', async () => {
    const channel = await search('وسائل التواصل الاجتماعي', 5);
    expect(channel.edges[0]!.node).toMatchObject({ kind: 'CHANNEL', itemKey: 'SOCIAL_MEDIA' });
    const step = await search('استقبال المستفيد بلباقة', 5);
    expect(step.edges[0]!.node).toMatchObject({ kind: 'STEP', itemKey: 'RECEPTION' });
    const objective = await search('قياس رضا المستفيد', 5);
    expect(objective.edges.map((e) => e.node.kind)).toContain('OBJECTIVE');
  });

  it('treats query syntax as words, pages with cursors and finds nothing for nonsense', async () => {
    for (const q of [
      '"دعم',
      'دعم OR *',
      'NEAR(دعم طلب)',
      "دعم'; drop table library_search; --",
      '   ',
      '!!!',
    ]) {
      const res = await staff.graphql<{ librarySearch: SearchResult }>(SEARCH, { q, first: 5 });
      expect(res.errors, q).toBeUndefined();
    }
    expect((await search('زقزقة')).totalCount).toBe(0);
    const all = await search('الدعم', 100);
    expect(all.totalCount).toBeGreaterThan(3);
    const page1 = await search('الدعم', 2);
    const page2 = await search('الدعم', 2, page1.pageInfo.endCursor!);
    expect(page1.pageInfo.hasNextPage).toBe(true);
    expect([...page1.edges, ...page2.edges].map((e) => e.node.id)).toEqual(
      all.edges.slice(0, 4).map((e) => e.node.id),
    );
    const tooLong = await staff.graphql(SEARCH, { q: 'د'.repeat(201) });
    expect(tooLong.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('finds a newly published document, and not a draft', async () => {
    const manager = await server.userWithRoles(['MANAGER'], 'search-manager');
    const create = (slug: string, publish: boolean) =>
      manager.graphql(
        `mutation($input: DocumentCreateInput!) { documentCreate(input: $input) { errors { code } } }`,
        {
          input: {
            slug,
            kind: 'GUIDE',
            titleAr: publish ? 'دليل المتطوعين' : 'مسودة دليل الكشافة',
            titleEn: publish ? 'Volunteers guide' : 'Scouts guide draft',
            tags: [],
            bodyAr: publish ? '## التطوع\n\nيسجل المتطوعون في برنامج التطوع.' : 'برنامج الكشافة',
            bodyEn: 'Volunteering',
            publish,
          },
        },
      );
    await create('volunteers', true);
    await create('in-kind-draft', false);
    expect(await firstSlug('المتطوعين')).toBe('volunteers');
    expect((await search('الكشافة')).totalCount).toBe(0);
  });
});
