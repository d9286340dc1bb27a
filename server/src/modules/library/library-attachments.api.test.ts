import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestServer, testEngine, type GraphQLClient } from '../../test-support/test-app.js';
import { MAX_ATTACHMENT_BYTES, UPLOAD_HEADER } from './attachments.js';
import { count as countRows, read, tableCounts as countTables } from './library-api.fixtures.js';

describe(`library documents' attachments over HTTP (${testEngine})`, () => {
  let server: TestServer;
  let manager: GraphQLClient;
  let admin: GraphQLClient;
  let staff: GraphQLClient;
  let analyst: GraphQLClient;

  const count = (sql: string) => countRows(server, sql);
  const tableCounts = () => countTables(server);

  beforeAll(async () => {
    server = await TestServer.start();
    manager = await server.userWithRoles(['MANAGER'], 'lib-manager');
    admin = await server.admin();
    staff = await server.userWithRoles(['STAFF'], 'lib-staff');
    analyst = await server.userWithRoles(['ANALYST'], 'lib-analyst');
  });
  afterAll(async () => server?.stop());

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
});
