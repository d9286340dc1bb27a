/**
 * Uploads that cannot be used to exhaust the server, and attachments that show only with the
 * versions a caller may read: tried over real HTTP, on raw sockets where a browser would hide
 * what happens (a body held open, a Content-Length that never arrives).
 */
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestServer, testEngine, type GraphQLClient } from '../../test-support/test-app.js';
import { MAX_ATTACHMENT_BYTES, UPLOAD_HEADER } from './attachments.js';

const PDF_HEAD = Buffer.from('%PDF-1.7\n');
const pdfOf = (text: string) => Buffer.from(`%PDF-1.7\n${text}\n%%EOF\n`);

/** An HTTP request written by hand: headers and the first bytes of a body, then held open. */
class RawUpload {
  readonly socket: net.Socket;
  private received = '';
  /** Resolves with the final response's status and headers once they have arrived. */
  readonly response: Promise<{ status: number; head: string }>;
  /** With `Expect: 100-continue`: resolves when the server asks for the body. */
  readonly continued: Promise<void>;
  /** Resolves when the server has closed the connection. */
  readonly closed: Promise<void>;

  constructor(
    url: string,
    docId: string,
    headers: Record<string, string>,
    length: number,
    { expectContinue = false, head = PDF_HEAD }: { expectContinue?: boolean; head?: Buffer } = {},
  ) {
    const { hostname, port } = new URL(url);
    this.socket = net.connect(Number(port), hostname);
    this.socket.on('error', () => {});
    let onContinue: () => void;
    this.continued = new Promise((resolve) => (onContinue = resolve));
    this.response = new Promise((resolve) => {
      this.socket.on('data', (chunk) => {
        this.received += chunk.toString('latin1');
        // Interim answers (100 Continue) first, then the response.
        for (;;) {
          const end = this.received.indexOf('\r\n\r\n');
          if (end < 0) return;
          const head = this.received.slice(0, end);
          const status = Number(head.split(' ')[1]);
          if (status !== 100) return resolve({ status, head });
          this.received = this.received.slice(end + 4);
          onContinue();
        }
      });
    });
    this.closed = new Promise((resolve) => this.socket.on('close', () => resolve()));
    const lines = [
      `POST /api/library/documents/${docId}/attachments HTTP/1.1`,
      `Host: ${hostname}:${port}`,
      `Content-Length: ${length}`,
      'Content-Type: application/pdf',
      `${UPLOAD_HEADER}: 1`,
      'X-Filename: held.pdf',
      ...(expectContinue ? ['Expect: 100-continue'] : []),
      ...Object.entries(headers).map(([k, v]) => `${k}: ${v}`),
    ];
    this.socket.write(`${lines.join('\r\n')}\r\n\r\n`);
    if (expectContinue) void this.continued.then(() => this.socket.write(head));
    else this.socket.write(head);
  }

  /** Sends the rest of the body (padding up to the announced length). */
  finish(length: number) {
    this.socket.write(Buffer.alloc(length - PDF_HEAD.length, 0x20));
  }

  header(name: string, head: string): string | undefined {
    const line = head.split('\r\n').find((l) => l.toLowerCase().startsWith(`${name}:`));
    return line?.slice(name.length + 1).trim();
  }
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function docIdOf(client: GraphQLClient, slug: string): Promise<string> {
  const res = await client.graphql<{ libraryDocument: { id: string } }>(
    'query($slug: String) { libraryDocument(slug: $slug) { id } }',
    { slug },
  );
  return res.data!.libraryDocument.id;
}

function upload(server: TestServer, client: GraphQLClient, docId: string, body: Buffer) {
  return fetch(`${server.app.url}/api/library/documents/${docId}/attachments`, {
    method: 'POST',
    headers: { [UPLOAD_HEADER]: '1', 'x-filename': 'file.pdf', ...client.headers },
    body: new Uint8Array(body),
  });
}

describe(`uploads are checked before their body is read (${testEngine})`, () => {
  let server: TestServer;
  let manager: GraphQLClient;
  let admin: GraphQLClient;
  let staff: GraphQLClient;
  let docId: string;

  beforeAll(async () => {
    server = await TestServer.start({ uploadsPerUser: 2, uploadsMax: 3 });
    admin = await server.admin();
    manager = await server.userWithRoles(['MANAGER']);
    staff = await server.userWithRoles(['STAFF']);
    docId = await docIdOf(manager, 'support-request-form');
  });
  afterAll(async () => server?.stop());

  /** Temporary files of uploads under way in the attachments directory. */
  const incoming = () => {
    const dir = path.join(server.app.config.dataDir, 'attachments');
    return fs.existsSync(dir) ? fs.readdirSync(dir).filter((f) => f.endsWith('.part')) : [];
  };

  it('answers an anonymous upload (huge Content-Length, a few bytes sent) with 401 at once, and closes the connection', async () => {
    const attempts = Array.from(
      { length: 30 },
      () => new RawUpload(server.app.url, docId, {}, MAX_ATTACHMENT_BYTES - 1),
    );
    for (const attempt of attempts) {
      const { status, head } = await attempt.response;
      expect(status).toBe(401);
      expect(head).toMatch(/\r\nconnection: close/i);
      await attempt.closed;
    }
    // A staff user (no library role) likewise: 403 before the body.
    const byStaff = new RawUpload(server.app.url, docId, staff.headers, MAX_ATTACHMENT_BYTES - 1);
    expect((await byStaff.response).status).toBe(403);
    await byStaff.closed;
    // A client that waits for `100 Continue` is refused without being asked for its body.
    const waiting = new RawUpload(server.app.url, docId, {}, MAX_ATTACHMENT_BYTES - 1, {
      expectContinue: true,
    });
    let askedForBody = false;
    void waiting.continued.then(() => (askedForBody = true));
    expect((await waiting.response).status).toBe(401);
    expect(askedForBody).toBe(false);
    await waiting.closed;
    // A refused bearer token too.
    const badToken = new RawUpload(
      server.app.url,
      docId,
      { authorization: 'Bearer msr_not-a-token' },
      MAX_ATTACHMENT_BYTES - 1,
    );
    expect((await badToken.response).status).toBe(401);
    await badToken.closed;
  });

  it('caps uploads under way per user (429) and for the server (503), with Retry-After; a finished one frees its slot', async () => {
    const length = 4096;
    // Held open: accepted (the server asked for the body), a few bytes sent, the rest not yet.
    const hold = async (client: GraphQLClient) => {
      const upload = new RawUpload(server.app.url, docId, client.headers, length, {
        expectContinue: true,
      });
      await upload.continued;
      return upload;
    };
    const held = [await hold(manager), await hold(manager)];
    const third = new RawUpload(server.app.url, docId, manager.headers, length);
    const refused = await third.response;
    expect(refused.status).toBe(429);
    expect(third.header('retry-after', refused.head)).toMatch(/^\d+$/);
    await third.closed;

    const byAdmin = await hold(admin);
    // Three under way: the server's cap. Anyone else waits.
    const busy = new RawUpload(server.app.url, docId, admin.headers, length);
    const full = await busy.response;
    expect(full.status).toBe(503);
    expect(busy.header('retry-after', full.head)).toMatch(/^\d+$/);

    // The held uploads complete normally once their bytes arrive, and free their slots.
    for (const h of [...held, byAdmin]) h.finish(length);
    for (const h of [...held, byAdmin]) expect((await h.response).status).toBe(201);
    for (const h of [...held, byAdmin]) h.socket.destroy();
    const after = await upload(server, manager, docId, pdfOf('after'));
    expect(after.status).toBe(201);
  });

  it('frees the slot of an upload whose client goes away', async () => {
    const gone = [
      new RawUpload(server.app.url, docId, manager.headers, 4096, { expectContinue: true }),
      new RawUpload(server.app.url, docId, manager.headers, 4096, { expectContinue: true }),
    ];
    for (const g of gone) await g.continued;
    for (const g of gone) g.socket.destroy();
    await sleep(200);
    const res = await upload(server, manager, docId, pdfOf('again'));
    expect(res.status).toBe(201);
    // Their partial files are gone too.
    expect(incoming()).toEqual([]);
  });

  it('streams the body to disk and refuses a file that is not PDF, PNG or JPEG at its first bytes', async () => {
    // Announces 5 MB, sends an executable's first bytes and waits: refused at once.
    const bad = new RawUpload(server.app.url, docId, manager.headers, 5_000_000, {
      expectContinue: true,
      head: Buffer.concat([Buffer.from('MZ'), Buffer.alloc(30, 0x90)]),
    });
    const refused = await bad.response;
    expect(refused.status).toBe(415);
    await bad.closed;
    expect(incoming()).toEqual([]);
  });
});

describe(`uploads count against the rate limit (${testEngine})`, () => {
  let server: TestServer;

  beforeAll(async () => {
    server = await TestServer.start({ rateLimitPerMinute: 3 });
  });
  afterAll(async () => server?.stop());

  it('refuses uploads past the caller’s limit with 429 and Retry-After, before reading the body', async () => {
    const manager = await server.userWithRoles(['MANAGER']);
    const docId = await docIdOf(manager, 'support-request-form'); // 1 operation
    expect((await upload(server, manager, docId, pdfOf('one'))).status).toBe(201);
    expect((await upload(server, manager, docId, pdfOf('two'))).status).toBe(201);
    const over = new RawUpload(server.app.url, docId, manager.headers, MAX_ATTACHMENT_BYTES - 1);
    const answer = await over.response;
    expect(answer.status).toBe(429);
    expect(over.header('retry-after', answer.head)).toMatch(/^\d+$/);
    await over.closed;
  });
});

const CREATE = `mutation($input: DocumentCreateInput!) { documentCreate(input: $input) { document { id } version { id } errors { code } } }`;
const SAVE = `mutation($input: DocumentVersionSaveInput!) { documentVersionSave(input: $input) { version { id number status } errors { code } } }`;
const ATTACHMENTS = `query($slug: String) { libraryDocument(slug: $slug) { attachments { id filename versionNumber } } }`;

describe(`a draft's attachments show only to those who may read the draft (${testEngine})`, () => {
  let server: TestServer;
  let manager: GraphQLClient;
  let owner: GraphQLClient;
  let staff: GraphQLClient;
  let docId: string;
  let publishedFile: string;
  let draftFile: string;

  const listed = async (client: GraphQLClient) =>
    (
      await client.graphql<{ libraryDocument: { attachments: { filename: string }[] } | null }>(
        ATTACHMENTS,
        { slug: 'draft-files' },
      )
    ).data!.libraryDocument!.attachments.map((a) => a.filename);
  const download = (client: GraphQLClient, id: string) =>
    fetch(`${server.app.url}/api/library/attachments/${id}`, { headers: client.headers });

  beforeAll(async () => {
    server = await TestServer.start();
    manager = await server.userWithRoles(['MANAGER']);
    owner = await server.userWithRoles(['STAFF']);
    staff = await server.userWithRoles(['STAFF']);
    const ownerId = (await owner.graphql<{ me: { id: string } }>('{ me { id } }')).data!.me.id;
    const created = await manager.graphql<{ documentCreate: { document: { id: string } } }>(
      CREATE,
      {
        input: {
          slug: 'draft-files',
          kind: 'FORM',
          titleAr: 'نموذج',
          titleEn: 'Form',
          tags: [],
          bodyAr: 'نص',
          bodyEn: 'Text',
          ownerId,
          publish: true,
        },
      },
    );
    docId = created.data!.documentCreate.document.id;
    const first = await upload(server, manager, docId, pdfOf('published'));
    publishedFile = ((await first.json()) as { attachment: { id: string } }).attachment.id;
    // A new draft (version 2), and a file added while it is the latest version.
    const draft = await manager.graphql<{ documentVersionSave: { version: { number: number } } }>(
      SAVE,
      { input: { documentId: docId, bodyAr: 'مسودة', bodyEn: 'Draft' } },
    );
    expect(draft.data!.documentVersionSave.version.number).toBe(2);
    const second = await upload(server, manager, docId, pdfOf('draft'));
    expect(second.status).toBe(201);
    draftFile = ((await second.json()) as { attachment: { id: string } }).attachment.id;
  });
  afterAll(async () => server?.stop());

  it('a staff reader lists and downloads only the published version’s file', async () => {
    expect(await listed(staff)).toEqual(['file.pdf']);
    expect((await download(staff, publishedFile)).status).toBe(200);
    const hidden = await download(staff, draftFile);
    expect(hidden.status).toBe(404);
    expect(((await hidden.json()) as { errors: { code: string }[] }).errors[0]!.code).toBe(
      'NOT_FOUND',
    );
  });

  it('the document’s owner and a manager see and download the draft’s file too', async () => {
    for (const reader of [owner, manager]) {
      expect(await listed(reader)).toHaveLength(2);
      const res = await download(reader, draftFile);
      expect(res.status).toBe(200);
      expect(Buffer.from(await res.arrayBuffer()).equals(pdfOf('draft'))).toBe(true);
    }
  });

  it('once the draft is published, every reader gets its file', async () => {
    const published = await manager.graphql<{ documentVersionSave: { errors: unknown[] } }>(SAVE, {
      input: { documentId: docId, bodyAr: 'معتمد', bodyEn: 'Approved', publish: true },
    });
    expect(published.data!.documentVersionSave.errors).toEqual([]);
    expect(await listed(staff)).toHaveLength(2);
    expect((await download(staff, draftFile)).status).toBe(200);
  });
});
