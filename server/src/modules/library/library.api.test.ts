import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestServer, testEngine, type GraphQLClient } from '../../test-support/test-app.js';
import { MAX_ATTACHMENT_BYTES, UPLOAD_HEADER } from './attachments.js';

const DOC = `id slug kind title { ar en } tags toolKey published reviewBy reviewOverdue ownerName canEdit
  currentVersion { id number status html { ar en } toc(language: AR) { anchor level text } }
  draftVersion { id number }
  versions { number status changeNote }
  attachments { id filename contentType size sha256 downloadUrl }
  steps { key position }`;

interface Doc {
  id: string;
  slug: string;
  kind: string;
  title: { ar: string; en: string };
  tags: string[];
  toolKey: string | null;
  published: boolean;
  reviewBy: string | null;
  reviewOverdue: boolean;
  ownerName: string | null;
  canEdit: boolean;
  currentVersion: {
    id: string;
    number: number;
    status: string;
    html: { ar: string; en: string };
    toc: { anchor: string; level: number; text: string }[];
  } | null;
  draftVersion: { id: string; number: number } | null;
  versions: { number: number; status: string; changeNote: string | null }[];
  attachments: {
    id: string;
    filename: string;
    contentType: string;
    size: number;
    sha256: string;
    downloadUrl: string;
  }[];
  steps: { key: string; position: number }[];
}
interface Payload {
  document: Doc | null;
  version: { id: string; number: number; status: string } | null;
  errors: { code: string; field: string | null }[];
}

const CREATE = `mutation($input: DocumentCreateInput!) { documentCreate(input: $input) { document { ${DOC} } version { id number status } errors { code field } } }`;
const SAVE = `mutation($input: DocumentVersionSaveInput!) { documentVersionSave(input: $input) { document { ${DOC} } version { id number status } errors { code field } } }`;
const PUBLISH = `mutation($input: DocumentVersionPublishInput!) { documentVersionPublish(input: $input) { document { ${DOC} } version { id number status } errors { code field } } }`;
const UPDATE = `mutation($input: DocumentUpdateInput!) { documentUpdate(input: $input) { document { ${DOC} } errors { code field } } }`;

const newDoc = (over: Record<string, unknown> = {}) => ({
  slug: 'volunteer-guide',
  kind: 'GUIDE',
  titleAr: 'دليل المتطوعين',
  titleEn: 'Volunteers guide',
  tags: ['تطوع', 'volunteering'],
  bodyAr: '# دليل المتطوعين\n\n## التسجيل\n\nيسجل المتطوع في الموقع.\n\n## المهام\n\nنص.',
  bodyEn: '# Volunteers guide\n\n## Registration\n\nText.',
  ...over,
});

describe(`library documents over GraphQL (${testEngine})`, () => {
  let server: TestServer;
  let manager: GraphQLClient;
  let admin: GraphQLClient;
  let staff: GraphQLClient;
  let owner: GraphQLClient;
  let analyst: GraphQLClient;
  let ownerId: string;

  const count = async (sql: string) => {
    const [row] = await server.app.orm.em.getConnection().execute<{ n: number | string }[]>(sql);
    return Number(row!.n);
  };
  const tableCounts = async () => {
    const counts: Record<string, number> = {};
    for (const table of [
      'library_document',
      'library_document_version',
      'library_attachment',
      'library_search',
      'audit_entry',
    ]) {
      counts[table] = await count(`select count(*) as n from ${table}`);
    }
    return counts;
  };
  const read = async (client: GraphQLClient, slug: string) =>
    (
      await client.graphql<{ libraryDocument: Doc | null }>(
        `query($slug: String) { libraryDocument(slug: $slug) { ${DOC} } }`,
        { slug },
      )
    ).data?.libraryDocument ?? null;

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

  describe('attachments', () => {
    const pdf = Buffer.concat([
      Buffer.from('%PDF-1.7\n'),
      Buffer.alloc(2000, 0x20),
      Buffer.from('\n%%EOF\n'),
    ]);
    const png = Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex');
    const exe = Buffer.concat([Buffer.from('MZ'), Buffer.alloc(500, 0x90)]);
    let docId: string;

    const upload = (
      cookie: Record<string, string>,
      body: Buffer,
      name: string,
      extra: Record<string, string> = { [UPLOAD_HEADER]: '1' },
      id = docId,
    ) =>
      fetch(`${server.app.url}/api/library/documents/${id}/attachments`, {
        method: 'POST',
        headers: {
          'content-type': 'application/pdf',
          'x-filename': encodeURIComponent(name),
          ...cookie,
          ...extra,
        },
        body: new Uint8Array(body),
      });
    const files = () => {
      const dir = path.join(server.app.config.dataDir, 'attachments');
      return fs.existsSync(dir) ? fs.readdirSync(dir).length : 0;
    };

    beforeAll(async () => {
      docId = (await read(manager, 'support-request-form'))!.id;
    });

    it('stores a PDF with its SHA-256, and lets any signed-in user download it', async () => {
      const res = await upload(manager.headers, pdf, 'نموذج طلب الدعم.pdf');
      expect(res.status).toBe(201);
      const body = (await res.json()) as {
        attachment: {
          id: string;
          sha256: string;
          size: number;
          contentType: string;
          filename: string;
        };
      };
      expect(body.attachment).toMatchObject({
        contentType: 'application/pdf',
        size: pdf.length,
        filename: 'نموذج طلب الدعم.pdf',
      });
      const { createHash } = await import('node:crypto');
      expect(body.attachment.sha256).toBe(createHash('sha256').update(pdf).digest('hex'));
      const download = await fetch(
        `${server.app.url}/api/library/attachments/${body.attachment.id}`,
        {
          headers: analyst.headers,
        },
      );
      expect(download.status).toBe(200);
      expect(download.headers.get('content-type')).toBe('application/pdf');
      expect(download.headers.get('content-disposition')).toContain("filename*=UTF-8''");
      expect(Buffer.from(await download.arrayBuffer()).equals(pdf)).toBe(true);
      const anonymous = await fetch(
        `${server.app.url}/api/library/attachments/${body.attachment.id}`,
      );
      expect(anonymous.status).toBe(401);
      const doc = (await read(staff, 'support-request-form'))!;
      expect(doc.attachments).toHaveLength(1);
      expect(doc.attachments[0]!.downloadUrl).toBe(
        `/api/library/attachments/${body.attachment.id}`,
      );
    });

    it('reads the type from the content: a PNG named .pdf is stored as a PNG; an .exe renamed .pdf is refused', async () => {
      const asPng = await upload(admin.headers, png, 'scan.pdf');
      expect(asPng.status).toBe(201);
      expect(
        ((await asPng.json()) as { attachment: { contentType: string; filename: string } })
          .attachment,
      ).toMatchObject({
        contentType: 'image/png',
        filename: 'scan.png',
      });
      const before = await tableCounts();
      const filesBefore = files();
      const refused = await upload(manager.headers, exe, 'form.pdf');
      expect(refused.status).toBe(415);
      expect(((await refused.json()) as { errors: { code: string }[] }).errors[0]!.code).toBe(
        'UNSUPPORTED_TYPE',
      );
      expect(await tableCounts()).toEqual(before);
      expect(files()).toBe(filesBefore);
    });

    it('refuses a file over the size limit, an upload without the CSRF header, and writers without the role', async () => {
      const before = await tableCounts();
      const big = Buffer.concat([
        Buffer.from('%PDF-1.4\n'),
        Buffer.alloc(MAX_ATTACHMENT_BYTES, 0x20),
      ]);
      const tooBig = await upload(manager.headers, big, 'big.pdf');
      expect(tooBig.status).toBe(413);
      const noHeader = await upload(manager.headers, pdf, 'x.pdf', {});
      expect(noHeader.status).toBe(403);
      expect(((await noHeader.json()) as { errors: { code: string }[] }).errors[0]!.code).toBe(
        'CSRF_HEADER_MISSING',
      );
      const byStaff = await upload(staff.headers, pdf, 'x.pdf');
      expect(byStaff.status).toBe(403);
      const anonymous = await upload({}, pdf, 'x.pdf');
      expect(anonymous.status).toBe(401);
      const unknownDoc = await upload(
        manager.headers,
        pdf,
        'x.pdf',
        { [UPLOAD_HEADER]: '1' },
        '999999',
      );
      expect(unknownDoc.status).toBe(404);
      const empty = await upload(manager.headers, Buffer.alloc(0), 'x.pdf');
      expect(empty.status).toBe(400);
      expect(await tableCounts()).toEqual(before);
    });

    it('audits every attachment', async () => {
      expect(
        await count(
          "select count(*) as n from audit_entry where action = 'libraryDocument.attach'",
        ),
      ).toBe(2);
    });
  });

  it('keeps its data across a restart and adds no duplicates (seeding is idempotent)', async () => {
    const before = await tableCounts();
    await server.restart();
    expect(await tableCounts()).toEqual(before);
  });
});
