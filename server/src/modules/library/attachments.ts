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
 * under MASAR_DATA_DIR/attachments. An upload is checked (header, announced size, caller, role,
 * rate limit, document, upload slots) before a byte of its body is read, and the body is then
 * streamed to disk, not held in memory.
 */
import fs from 'node:fs';
import path from 'node:path';
import express from 'express';
import type { EntityManager, MikroORM } from '@mikro-orm/core';
import { GraphQLError } from 'graphql';
import {
  authenticate,
  requestCredentials,
  type Authenticated,
  type SessionSettings,
} from '../accounts/auth.service.js';
import { clientRequestIdOf, noteUser, requestIdOf } from '../../http.js';
import type { User } from '../accounts/user.entity.js';
import { recordAudit, type Actor } from '../audit/audit.service.js';
import { DocumentAttachment, DocumentVersion, LibraryDocument } from './library.entity.js';
import {
  attachmentsDir,
  cleanFilename,
  MAX_ATTACHMENT_BYTES,
  problem,
  receiveFile,
  type Problem,
  type ReceivedFile,
} from './attachment-file.js';
import { isEditor, readableAttachments } from './library.access.js';

export { MAX_ATTACHMENT_BYTES } from './attachment-file.js';

/** The header every upload must carry (CSRF: a cross-site form or image cannot set it). */
export const UPLOAD_HEADER = 'x-masar-upload';

/**
 * Records a received file as an attachment of the document (the latest version's) and moves it
 * into place, named by its SHA-256; the same content uploaded twice is stored once.
 */
export async function addAttachment(
  em: EntityManager,
  dataDir: string,
  actor: Actor,
  user: User,
  doc: LibraryDocument,
  rawName: string,
  file: ReceivedFile,
): Promise<DocumentAttachment> {
  const target = path.join(attachmentsDir(dataDir), file.sha256);
  if (fs.existsSync(target)) await fs.promises.rm(file.temp, { force: true });
  else await fs.promises.rename(file.temp, target);
  return em.transactional(async (tx) => {
    const latest = await tx.findOne(
      DocumentVersion,
      { document: doc.id },
      { orderBy: { number: 'desc' }, fields: ['number'] },
    );
    const attachment = tx.create(DocumentAttachment, {
      document: doc.id,
      versionNumber: latest?.number ?? 1,
      filename: cleanFilename(rawName, file.type.extension),
      contentType: file.type.type,
      size: file.size,
      sha256: file.sha256,
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
        sha256: file.sha256,
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

/** Whether a request is an upload, which sends `100 Continue` itself once it is accepted. */
export const isUploadRequest = (req: { method?: string; url?: string }) =>
  req.method === 'POST' &&
  /^\/api\/library\/documents\/[^/?]+\/attachments\/?(\?|$)/.test(req.url ?? '');

/** How long an upload may take to arrive, from its headers to its last byte. */
export const UPLOAD_DEADLINE_MS = 120_000;

/** Seconds a client is told to wait (`Retry-After`) when every upload slot is taken. */
const BUSY_RETRY_SECONDS = 5;

export interface UploadSettings {
  /** Counts the request against the caller's rate limit (throws RATE_LIMITED past it). */
  countRequest?: (auth: Authenticated | null, ip: string | null) => Promise<void>;
  /** Uploads one user may have under way at once. */
  uploadsPerUser: number;
  /** Uploads the whole server reads at once. */
  uploadsMax: number;
}

/**
 * Upload slots: at most `perUser` bodies being read for one user and `max` for the server, so
 * that the memory held by uploads (10 MiB each at most) has a bound.
 */
export class UploadSlots {
  private total = 0;
  private readonly byUser = new Map<number, number>();

  constructor(
    readonly perUser: number,
    readonly max: number,
  ) {}

  /** A slot for the user, released by the function returned; or who is full. */
  take(userId: number): (() => void) | 'USER' | 'SERVER' {
    const mine = this.byUser.get(userId) ?? 0;
    if (mine >= this.perUser) return 'USER';
    if (this.total >= this.max) return 'SERVER';
    this.total += 1;
    this.byUser.set(userId, mine + 1);
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.total -= 1;
      const left = (this.byUser.get(userId) ?? 1) - 1;
      if (left > 0) this.byUser.set(userId, left);
      else this.byUser.delete(userId);
    };
  }

  get inUse(): number {
    return this.total;
  }
}

/** The library's HTTP routes: upload and download of attachments. */
export function libraryRouter(
  orm: MikroORM,
  dataDir: string,
  sessions: SessionSettings,
  uploads: UploadSettings = { uploadsPerUser: 2, uploadsMax: 8 },
): express.Router {
  const router = express.Router();
  const slots = new UploadSlots(uploads.uploadsPerUser, uploads.uploadsMax);
  const countRequest = uploads.countRequest ?? (async () => {});

  const send = (res: express.Response, p: Problem) =>
    res
      .status(p.status)
      .json({ errors: [{ code: p.code, message: p.message, requestId: requestIdOf(res) }] });

  /**
   * Answers an upload without reading its body, and closes the connection once the answer is
   * out, so that nothing more of the body is read or kept.
   */
  const refuse = (res: express.Response, p: Problem, retryAfterSeconds?: number) => {
    res.setHeader('Connection', 'close');
    if (retryAfterSeconds) res.setHeader('Retry-After', String(retryAfterSeconds));
    send(res, p);
  };

  router.post('/documents/:id/attachments', async (req, res, next) => {
    let release: (() => void) | undefined;
    let deadline: NodeJS.Timeout | undefined;
    try {
      // Everything is checked before a byte of the body is read: the custom header, the size
      // announced, the caller and their role, their rate limit and the upload slots.
      if (req.headers[UPLOAD_HEADER] !== '1') {
        return refuse(
          res,
          problem(403, 'CSRF_HEADER_MISSING', `Send the ${UPLOAD_HEADER}: 1 header.`),
        );
      }
      const length = Number(req.headers['content-length'] ?? 0);
      if (length > MAX_ATTACHMENT_BYTES) {
        return refuse(
          res,
          problem(413, 'FILE_TOO_LARGE', `Files are limited to ${MAX_ATTACHMENT_BYTES} bytes.`),
        );
      }
      const em = orm.em.fork();
      const auth = await authenticate(em, requestCredentials(req.headers), sessions);
      noteUser(res, auth?.user.id ?? null);
      try {
        await countRequest(auth, req.ip ?? null);
      } catch (e) {
        if (!(e instanceof GraphQLError) || e.extensions.code !== 'RATE_LIMITED') throw e;
        const retryAfter = (e.extensions as { retryAfterSeconds?: number }).retryAfterSeconds;
        return refuse(res, problem(429, 'RATE_LIMITED', e.message), retryAfter);
      }
      if (!auth) return refuse(res, problem(401, 'UNAUTHENTICATED', 'Sign in to do this.'));
      const user = auth.user;
      if (!isEditor(user)) {
        return refuse(res, problem(403, 'FORBIDDEN', 'Your roles do not allow this.'));
      }
      const id = req.params.id;
      const doc = /^\d{1,12}$/.test(id ?? '')
        ? await em.findOne(LibraryDocument, { id: Number(id) })
        : null;
      if (!doc) return refuse(res, problem(404, 'NOT_FOUND', 'No document has this id.'));
      const slot = slots.take(user.id);
      if (slot === 'USER') {
        return refuse(
          res,
          problem(
            429,
            'TOO_MANY_UPLOADS',
            `At most ${slots.perUser} uploads at once for one user: wait for one to finish.`,
          ),
          BUSY_RETRY_SECONDS,
        );
      }
      if (slot === 'SERVER') {
        return refuse(
          res,
          problem(503, 'SERVER_BUSY', 'The server is receiving as many uploads as it can.'),
          BUSY_RETRY_SECONDS,
        );
      }
      release = slot;
      res.once('close', slot);
      // Accepted: a client that waits for it (`Expect: 100-continue`) may now send the body.
      if (/100-continue/i.test(req.headers.expect ?? '')) res.writeContinue();
      // A body that trickles in keeps its slot at most this long.
      deadline = setTimeout(() => {
        if (!res.headersSent) {
          res.once('finish', () => req.destroy());
          refuse(
            res,
            problem(
              408,
              'UPLOAD_TIMEOUT',
              `The file did not arrive within ${UPLOAD_DEADLINE_MS / 1000} s.`,
            ),
          );
        } else {
          req.destroy();
        }
      }, UPLOAD_DEADLINE_MS);
      let received: ReceivedFile | Problem;
      try {
        received = await receiveFile(req, dataDir);
      } catch (err) {
        // The client went away, or the deadline cut the body off and answered already.
        if (res.headersSent || req.destroyed) return;
        throw err;
      } finally {
        clearTimeout(deadline);
      }
      if (!('temp' in received)) return refuse(res, received);
      let name = 'attachment';
      try {
        name = decodeURIComponent(String(req.headers['x-filename'] ?? 'attachment'));
      } catch {
        // keep the default name
      }
      const actor: Actor = {
        userId: user.id,
        username: user.username,
        requestId: requestIdOf(res),
        clientRequestId: clientRequestIdOf(res),
        ip: req.ip ?? null,
      };
      const result = await addAttachment(em, dataDir, actor, user, doc, name, received);
      res.status(201).json({ attachment: attachmentJson(result) });
    } catch (err) {
      clearTimeout(deadline);
      release?.();
      next(err);
    }
  });

  router.get('/attachments/:id', async (req, res, next) => {
    try {
      const em = orm.em.fork();
      const user =
        (await authenticate(em, requestCredentials(req.headers), sessions))?.user ?? null;
      noteUser(res, user?.id ?? null);
      if (!user) return send(res, problem(401, 'UNAUTHENTICATED', 'Sign in to do this.'));
      const id = req.params.id;
      const attachment = /^\d{1,12}$/.test(id ?? '')
        ? await em.findOne(DocumentAttachment, { id: Number(id) }, { populate: ['document'] })
        : null;
      // A draft's files only for those who may read the draft: to anyone else it does not exist.
      const readable =
        attachment &&
        (await readableAttachments(em, user, attachment.document as LibraryDocument, [attachment]))
          .length === 1;
      if (!attachment || !readable) {
        return send(res, problem(404, 'NOT_FOUND', 'No attachment has this id.'));
      }
      res.setHeader('Content-Type', attachment.contentType);
      res.setHeader(
        'Content-Disposition',
        `attachment; filename="${attachment.filename.replace(/[^\x20-\x7e]/g, '_')}"; filename*=UTF-8''${encodeURIComponent(attachment.filename)}`,
      );
      res.setHeader('Cache-Control', 'private, no-store');
      // Relative to its root: `send` refuses an absolute path with a dot-directory in it
      // (a data directory under ~/.local/share).
      res.sendFile(attachment.sha256, { root: attachmentsDir(dataDir) }, (err) => {
        if (err) next(err);
      });
    } catch (err) {
      next(err);
    }
  });

  return router;
}
