import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestServer, testEngine, type GraphQLClient } from '../../test-support/test-app.js';
import {
  CREATE,
  DOC,
  newDoc,
  PUBLISH,
  read,
  SAVE,
  tableCounts as countTables,
  UPDATE,
  type Doc,
  type Payload,
} from './library-api.fixtures.js';

describe(`library documents over GraphQL (${testEngine})`, () => {
  let server: TestServer;
  let manager: GraphQLClient;
  let admin: GraphQLClient;
  let staff: GraphQLClient;
  let owner: GraphQLClient;
  let analyst: GraphQLClient;
  let ownerId: string;

  const tableCounts = () => countTables(server);

  beforeAll(async () => {
    server = await TestServer.start();
    manager = await server.userWithRoles(['MANAGER'], 'lib-manager');
    admin = await server.admin();
    staff = await server.userWithRoles(['STAFF'], 'lib-staff');
    owner = await server.userWithRoles(['STAFF'], 'lib-owner');
    analyst = await server.userWithRoles(['ANALYST'], 'lib-analyst');
    ownerId = (await owner.graphql<{ me: { id: string } }>('{ me { id } }')).data!.me.id;
  });
  afterAll(async () => server?.stop());

  it('seeds the four policy tools as published documents with a table of contents and the steps that use them', async () => {
    const res = await staff.graphql<{
      libraryDocuments: { totalCount: number; edges: { node: Doc }[] };
    }>(`{ libraryDocuments(first: 10) { totalCount edges { node { ${DOC} } } } }`);
    expect(res.errors).toBeUndefined();
    const docs = res.data!.libraryDocuments.edges.map((e) => e.node);
    expect(docs.map((d) => d.toolKey)).toEqual([
      'BYLAWS',
      'SOCIAL_RESEARCH_GUIDE',
      'SUPPORT_POLICY_GUIDE',
      'SUPPORT_REQUEST_FORM',
    ]);
    for (const d of docs) {
      expect(d.published).toBe(true);
      expect(d.currentVersion!.number).toBe(1);
      expect(d.currentVersion!.toc.length).toBeGreaterThanOrEqual(5);
      for (const h of d.currentVersion!.toc) {
        expect(d.currentVersion!.html.ar).toContain(`id="${h.anchor}"`);
      }
      expect(d.canEdit).toBe(false);
      expect(d.reviewOverdue).toBe(false);
    }
    const form = docs.find((d) => d.toolKey === 'SUPPORT_REQUEST_FORM')!;
    expect(form.steps.map((s) => s.position)).toEqual([2, 4, 6]);
    // The form lists the fields a support request needs.
    for (const field of ['رقم الهوية الوطنية', 'رقم الجوال', 'الآيبان', 'الإقرار والتوقيع']) {
      expect(form.currentVersion!.html.ar).toContain(field);
    }
    expect(form.currentVersion!.html.en).toContain('IBAN');
    const bylaws = docs.find((d) => d.toolKey === 'BYLAWS')!;
    expect(bylaws.steps.map((s) => s.key)).toEqual(['RECEPTION']);
  });

  it('links each policy tool to its document for signed-in users only', async () => {
    const signed = await staff.graphql<{
      tools: { key: string; document: { slug: string } | null }[];
    }>('{ tools { key document { slug } } }');
    expect(signed.data!.tools.map((t) => t.document?.slug)).toEqual([
      'bylaws',
      'social-research-guide',
      'support-policy-guide',
      'support-request-form',
    ]);
    const anonymous = await server.graphql<{ tools: { document: unknown }[] }>(
      '{ tools { key document { slug } } }',
    );
    expect(anonymous.data!.tools.every((t) => t.document === null)).toBe(true);
    const byTool = await analyst.graphql<{ libraryDocument: { slug: string } }>(
      '{ libraryDocument(toolKey: "SOCIAL_RESEARCH_GUIDE") { slug } }',
    );
    expect(byTool.data!.libraryDocument.slug).toBe('social-research-guide');
  });

  it('lets a manager create a draft that only editors and its owner see, then publish it', async () => {
    const created = await manager.graphql<{ documentCreate: Payload }>(CREATE, {
      input: newDoc({ ownerId, reviewBy: '2030-01-31', changeNote: 'أول مسودة' }),
    });
    expect(created.errors).toBeUndefined();
    const payload = created.data!.documentCreate;
    expect(payload.errors).toEqual([]);
    expect(payload.document).toMatchObject({
      slug: 'volunteer-guide',
      published: false,
      ownerName: 'lib-owner',
      currentVersion: null,
      draftVersion: { number: 1 },
      tags: ['تطوع', 'volunteering'],
    });
    expect(await read(staff, 'volunteer-guide')).toBeNull();
    expect(await read(analyst, 'volunteer-guide')).toBeNull();
    expect((await read(owner, 'volunteer-guide'))!.draftVersion!.number).toBe(1);
    const list = await staff.graphql<{ libraryDocuments: { totalCount: number } }>(
      '{ libraryDocuments { totalCount } }',
    );
    expect(list.data!.libraryDocuments.totalCount).toBe(4);
    const drafts = await owner.graphql<{ libraryDocuments: { totalCount: number } }>(
      '{ libraryDocuments(filter: { published: false }) { totalCount } }',
    );
    expect(drafts.data!.libraryDocuments.totalCount).toBe(1);

    const published = await admin.graphql<{ documentVersionPublish: Payload }>(PUBLISH, {
      input: { id: payload.version!.id },
    });
    expect(published.data!.documentVersionPublish.errors).toEqual([]);
    const doc = (await read(analyst, 'volunteer-guide'))!;
    expect(doc.published).toBe(true);
    expect(doc.currentVersion!.toc.map((h) => h.text)).toEqual(['التسجيل', 'المهام']);
    const again = await admin.graphql<{ documentVersionPublish: Payload }>(PUBLISH, {
      input: { id: payload.version!.id },
    });
    expect(again.data!.documentVersionPublish.errors[0]!.code).toBe('ALREADY_PUBLISHED');
  });

  it('keeps a version history: a draft after the published text, then version 2 published', async () => {
    const doc = (await read(manager, 'volunteer-guide'))!;
    const draft = await manager.graphql<{ documentVersionSave: Payload }>(SAVE, {
      input: { documentId: doc.id, bodyAr: '## جديد\n\nمسودة', bodyEn: '## New\n\ndraft' },
    });
    expect(draft.data!.documentVersionSave.version).toMatchObject({ number: 2, status: 'DRAFT' });
    // Readers still see version 1, and no draft.
    const readerView = (await read(staff, 'volunteer-guide'))!;
    expect(readerView.currentVersion!.number).toBe(1);
    expect(readerView.draftVersion).toBeNull();
    expect(readerView.versions.map((v) => v.number)).toEqual([1]);
    // Saving again rewrites the same draft; publishing makes it current.
    const published = await manager.graphql<{ documentVersionSave: Payload }>(SAVE, {
      input: {
        documentId: doc.id,
        bodyAr: '## جديد\n\nالنص المعتمد',
        bodyEn: '## New\n\napproved text',
        changeNote: 'تحديث',
        publish: true,
      },
    });
    expect(published.data!.documentVersionSave.version).toMatchObject({
      number: 2,
      status: 'PUBLISHED',
    });
    const after = (await read(staff, 'volunteer-guide'))!;
    expect(after.currentVersion!.number).toBe(2);
    expect(after.versions.map((v) => [v.number, v.status])).toEqual([
      [2, 'PUBLISHED'],
      [1, 'PUBLISHED'],
    ]);
  });

  it('renders Markdown sanitised: no script, event handler or javascript: link reaches the page', async () => {
    const res = await manager.graphql<{ documentCreate: Payload }>(CREATE, {
      input: newDoc({
        slug: 'unsafe-text',
        titleAr: 'نص تجريبي',
        bodyAr:
          '## عنوان\n\n<script>alert(1)</script>\n\n<img src=x onerror="alert(1)">\n\n[رابط](javascript:alert(1)) [آمن](https://example.org)',
        publish: true,
      }),
    });
    const html = res.data!.documentCreate.document!.currentVersion!.html.ar;
    expect(html).not.toMatch(/<script|<img|<a[^>]*javascript:|<[a-z][^>]*\son\w+=/i);
    expect(html).toContain(
      '<a href="https://example.org" rel="noopener noreferrer" target="_blank">آمن</a>',
    );
  });

  it("renders the editor's preview through the same sanitiser, for editors only", async () => {
    const res = await manager.graphql<{ documentPreview: string }>(
      'query($m: String!) { documentPreview(markdown: $m) }',
      { m: '## معاينة\n\n<script>x()</script> [x](javascript:x())' },
    );
    expect(res.data!.documentPreview).toContain('<h2 id="sec-معاينه">معاينة</h2>');
    expect(res.data!.documentPreview).not.toMatch(/<script|<a[^>]*javascript:/i);
    const staffTries = await staff.graphql('{ documentPreview(markdown: "x") }');
    expect(staffTries.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('refuses bad input with a typed error and changes nothing', async () => {
    const before = await tableCounts();
    const taken = await manager.graphql<{ documentCreate: Payload }>(CREATE, {
      input: newDoc({ slug: 'bylaws' }),
    });
    expect(taken.data!.documentCreate.errors).toEqual([{ code: 'SLUG_TAKEN', field: 'slug' }]);
    const tool = await manager.graphql<{ documentCreate: Payload }>(CREATE, {
      input: newDoc({ slug: 'other-bylaws', toolKey: 'BYLAWS' }),
    });
    expect(tool.data!.documentCreate.errors[0]!.code).toBe('TOOL_TAKEN');
    const date = await manager.graphql<{ documentCreate: Payload }>(CREATE, {
      input: newDoc({ slug: 'bad-date', reviewBy: '2030-02-30' }),
    });
    expect(date.data!.documentCreate.errors[0]!.code).toBe('INVALID_DATE');
    const noOwner = await manager.graphql<{ documentCreate: Payload }>(CREATE, {
      input: newDoc({ slug: 'no-owner', ownerId: '999999' }),
    });
    expect(noOwner.data!.documentCreate.errors[0]!.code).toBe('OWNER_NOT_FOUND');
    for (const input of [
      newDoc({ slug: 'Bad Slug' }),
      newDoc({ slug: 'ok-slug', titleAr: '' }),
      newDoc({ slug: 'ok-slug', bodyAr: 'x'.repeat(100_001) }),
      newDoc({ slug: 'ok-slug', tags: Array.from({ length: 13 }, (_, i) => `t${i}`) }),
    ]) {
      const res = await manager.graphql(CREATE, { input });
      expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    }
    const missing = await manager.graphql<{ documentVersionSave: Payload }>(SAVE, {
      input: { documentId: '999999', bodyAr: 'x', bodyEn: 'x' },
    });
    expect(missing.data!.documentVersionSave.errors[0]!.code).toBe('NOT_FOUND');
    expect(await tableCounts()).toEqual(before);
  });

  it('refuses writing to every role but manager and admin', async () => {
    for (const client of [staff, analyst, owner]) {
      const res = await client.graphql(CREATE, { input: newDoc({ slug: 'not-allowed' }) });
      expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
    const anonymous = await server.graphql('{ libraryDocuments { totalCount } }');
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('audits every change in the same transaction: one row per create, draft, publish and update', async () => {
    const rows: { action: string; actor_name: string }[] = await server.app.orm.em
      .getConnection()
      .execute(
        "select action, actor_name from audit_entry where target_type = 'LibraryDocument' order by id",
      );
    const actions = rows.map((r) => `${r.actor_name}:${r.action}`);
    expect(actions.filter((a) => a.startsWith('seed:'))).toHaveLength(4);
    expect(actions.filter((a) => !a.startsWith('seed:'))).toEqual([
      'lib-manager:libraryDocument.create',
      'admin:libraryDocument.publish',
      'lib-manager:libraryDocument.saveDraft',
      'lib-manager:libraryDocument.publish',
      'lib-manager:libraryDocument.create',
    ]);
    const update = await manager.graphql<{ documentUpdate: Payload }>(UPDATE, {
      input: {
        id: (await read(manager, 'volunteer-guide'))!.id,
        tags: ['متطوعون'],
        titleEn: 'Volunteer guide',
      },
    });
    expect(update.data!.documentUpdate.document).toMatchObject({
      tags: ['متطوعون'],
      title: { en: 'Volunteer guide' },
    });
    const [last] = await server.app.orm.em
      .getConnection()
      .execute<{ action: string; before: string; after: string }[]>(
        "select action, before, after from audit_entry where target_type = 'LibraryDocument' order by id desc limit 1",
      );
    expect(last!.action).toBe('libraryDocument.update');
    expect(JSON.parse(last!.before).tags).toEqual(['تطوع', 'volunteering']);
    expect(JSON.parse(last!.after).tags).toEqual(['متطوعون']);
  });

  it('lists documents past their review date for their owner and for managers, not for others', async () => {
    const doc = (await read(manager, 'volunteer-guide'))!;
    await manager.graphql(UPDATE, { input: { id: doc.id, reviewBy: '2020-01-01' } });
    const due = async (client: GraphQLClient) =>
      (
        await client.graphql<{
          libraryDocumentsDueForReview: {
            edges: { node: { slug: string; reviewOverdue: boolean } }[];
          };
        }>('{ libraryDocumentsDueForReview { edges { node { slug reviewOverdue } } } }')
      ).data!.libraryDocumentsDueForReview.edges.map((e) => e.node);
    expect(await due(manager)).toEqual([{ slug: 'volunteer-guide', reviewOverdue: true }]);
    expect(await due(owner)).toEqual([{ slug: 'volunteer-guide', reviewOverdue: true }]);
    expect(await due(staff)).toEqual([]);
  });

  it('keeps its data across a restart and adds no duplicates (seeding is idempotent)', async () => {
    const before = await tableCounts();
    await server.restart();
    expect(await tableCounts()).toEqual(before);
  });
});
