/**
 * Attachments of library documents over plain HTTP (GraphQL has no file upload here):
 *
 *   POST /api/library/documents/:id/attachments   body: the file's bytes
 *        headers: X-Masar-Upload: 1 (a custom header, which a cross-site form cannot send),
 *                 X-Filename: the URI-encoded file name; the session cookie or a bearer token
 *   GET  /api/library/attachments/:id             the file, as a download
 *
 * The type is read from the file's first bytes (PDF, PNG, JPEG), never from its name or the
 * Content-Type the browser sent; the size is limited; the SHA-256 is stored and names the file
 * under MASAR_DATA_DIR/attachments.
 */
import fs from 'node:fs';
import path from 'node:path';
import { createHash, randomBytes } from 'node:crypto';
import express from 'express';
import type { EntityManager, MikroORM } from '@mikro-orm/core';
import {
  authenticate,
  requestCredentials,
  type SessionSettings,
} from '../accounts/auth.service.js';
import type { User } from '../accounts/user.entity.js';
import { recordAudit, type Actor } from '../audit/audit.service.js';
import { DocumentAttachment, DocumentVersion, LibraryDocument } from './library.entity.js';
import { canRead, isEditor } from './library.service.js';

/** Largest attachment accepted. */
export const MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024;

/** The header every upload must carry (CSRF: a cross-site form or image cannot set it). */
export const UPLOAD_HEADER = 'x-masar-upload';

const SIGNATURES: { type: string; extension: string; magic: number[] }[] = [
  { type: 'application/pdf', extension: 'pdf', magic: [0x25, 0x50, 0x44, 0x46, 0x2d] },
  {
    type: 'image/png',
    extension: 'png',
    magic: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a],
  },
  { type: 'image/jpeg', extension: 'jpg', magic: [0xff, 0xd8, 0xff] },
];

/** The type of a file from its first bytes, or null when it is none of PDF, PNG, JPEG. */
export function detectType(bytes: Uint8Array): { type: string; extension: string } | null {
  const found = SIGNATURES.find((s) => s.magic.every((b, i) => bytes[i] === b));
  return found ? { type: found.type, extension: found.extension } : null;
}

/** A file name safe to store and to send back: no path, no control or quote characters. */
export function cleanFilename(raw: string, extension: string): string {
  const base = path
    .basename(raw.replace(/\\/g, '/'))
    // Control characters (C0, DEL, C1) and characters file systems or headers reject.
    .replace(/[\p{Cc}"<>|:*?]/gu, '')
    .trim()
    .slice(0, 150);
  const stem = base.replace(/\.[^.]*$/, '') || 'attachment';
  return `${stem}.${extension}`;
}

export const attachmentsDir = (dataDir: string) => path.join(dataDir, 'attachments');

type Problem = { status: number; code: string; message: string };
const problem = (status: number, code: string, message: string): Problem => ({
  status,
  code,
  message,
});

/** Stores an uploaded file for a document; refuses anything else and then changes nothing. */
export async function addAttachment(
  em: EntityManager,
  dataDir: string,
  actor: Actor,
  user: User,
  documentId: number,
  rawName: string,
  bytes: Buffer,
): Promise<DocumentAttachment | Problem> {
  if (!isEditor(user)) return problem(403, 'FORBIDDEN', 'Your roles do not allow this.');
  if (bytes.length === 0) return problem(400, 'EMPTY_FILE', 'The file is empty.');
  if (bytes.length > MAX_ATTACHMENT_BYTES) {
    return problem(413, 'FILE_TOO_LARGE', `Files are limited to ${MAX_ATTACHMENT_BYTES} bytes.`);
  }
  const type = detectType(bytes);
  if (!type) {
    return problem(415, 'UNSUPPORTED_TYPE', 'Only PDF, PNG and JPEG files are accepted.');
  }
  const doc = await em.findOne(LibraryDocument, { id: documentId });
  if (!doc) return problem(404, 'NOT_FOUND', 'No document has this id.');
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const dir = attachmentsDir(dataDir);
  fs.mkdirSync(dir, { recursive: true });
  const target = path.join(dir, sha256);
  if (!fs.existsSync(target)) {
    const temp = `${target}.${randomBytes(6).toString('hex')}.part`;
    fs.writeFileSync(temp, bytes, { flag: 'wx' });
    fs.renameSync(temp, target);
  }
  return em.transactional(async (tx) => {
    const latest = await tx.findOne(
      DocumentVersion,
      { document: doc.id },
      { orderBy: { number: 'desc' }, fields: ['number'] },
    );
    const attachment = tx.create(DocumentAttachment, {
      document: doc.id,
      versionNumber: latest?.number ?? 1,
      filename: cleanFilename(rawName, type.extension),
      contentType: type.type,
      size: bytes.length,
      sha256,
      uploadedBy: user.id,
    });
    await tx.flush();
    recordAudit(tx, actor, {
      action: 'libraryDocument.attach',
      targetType: 'LibraryDocument',
      targetId: doc.id,
      after: {
        attachmentId: attachment.id,
        filename: attachment.filename,
        contentType: attachment.contentType,
        size: attachment.size,
        sha256,
      },
    });
    return attachment;
  });
}

export const attachmentJson = (a: DocumentAttachment) => ({
  id: String(a.id),
  filename: a.filename,
  contentType: a.contentType,
  size: a.size,
  sha256: a.sha256,
  versionNumber: a.versionNumber,
  downloadUrl: downloadUrl(a.id),
});

export const downloadUrl = (id: number) => `/api/library/attachments/${id}`;

/** The library's HTTP routes: upload and download of attachments. */
export function libraryRouter(
  orm: MikroORM,
  dataDir: string,
  sessions: SessionSettings,
): express.Router {
  const router = express.Router();

  async function who(req: express.Request, em: EntityManager) {
    return (await authenticate(em, requestCredentials(req.headers), sessions))?.user ?? null;
  }
  const send = (res: express.Response, p: Problem) =>
    res.status(p.status).json({ errors: [{ code: p.code, message: p.message }] });

  router.post(
    '/documents/:id/attachments',
    (req, res, next) => {
      // Checked before the body is read: no upload without the custom header.
      if (req.headers[UPLOAD_HEADER] !== '1') {
        return send(
          res,
          problem(403, 'CSRF_HEADER_MISSING', `Send the ${UPLOAD_HEADER}: 1 header.`),
        );
      }
      const length = Number(req.headers['content-length'] ?? 0);
      if (length > MAX_ATTACHMENT_BYTES) {
        return send(
          res,
          problem(413, 'FILE_TOO_LARGE', `Files are limited to ${MAX_ATTACHMENT_BYTES} bytes.`),
        );
      }
      next();
    },
    express.raw({ type: () => true, limit: MAX_ATTACHMENT_BYTES }),
    async (req, res, next) => {
      try {
        const em = orm.em.fork();
        const user = await who(req, em);
        if (!user) return send(res, problem(401, 'UNAUTHENTICATED', 'Sign in to do this.'));
        const id = req.params.id;
        if (!/^\d{1,12}$/.test(id ?? ''))
          return send(res, problem(404, 'NOT_FOUND', 'No document has this id.'));
        let name = 'attachment';
        try {
          name = decodeURIComponent(String(req.headers['x-filename'] ?? 'attachment'));
        } catch {
          // keep the default name
        }
        const actor: Actor = {
          userId: user.id,
          username: user.username,
          requestId: null,
          ip: req.ip ?? null,
        };
        const body = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
        const result = await addAttachment(em, dataDir, actor, user, Number(id), name, body);
        if (!(result instanceof DocumentAttachment)) return send(res, result);
        res.status(201).json({ attachment: attachmentJson(result) });
      } catch (err) {
        next(err);
      }
    },
  );

  router.get('/attachments/:id', async (req, res, next) => {
    try {
      const em = orm.em.fork();
      const user = await who(req, em);
      if (!user) return send(res, problem(401, 'UNAUTHENTICATED', 'Sign in to do this.'));
      const id = req.params.id;
      const attachment = /^\d{1,12}$/.test(id ?? '')
        ? await em.findOne(DocumentAttachment, { id: Number(id) }, { populate: ['document'] })
        : null;
      if (!attachment || !canRead(user, attachment.document as LibraryDocument)) {
        return send(res, problem(404, 'NOT_FOUND', 'No attachment has this id.'));
      }
      res.setHeader('Content-Type', attachment.contentType);
      res.setHeader(
        'Content-Disposition',
        `attachment; filename="${attachment.filename.replace(/[^\x20-\x7e]/g, '_')}"; filename*=UTF-8''${encodeURIComponent(attachment.filename)}`,
      );
      res.setHeader('Cache-Control', 'private, no-store');
      res.sendFile(path.join(attachmentsDir(dataDir), attachment.sha256));
    } catch (err) {
      next(err);
    }
  });

  router.use(
    (err: unknown, _req: express.Request, res: express.Response, next: express.NextFunction) => {
      const status = (err as { status?: number }).status;
      if (status === 413)
        return send(
          res,
          problem(413, 'FILE_TOO_LARGE', `Files are limited to ${MAX_ATTACHMENT_BYTES} bytes.`),
        );
      next(err);
    },
  );
  return router;
}
