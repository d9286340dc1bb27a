/**
 * Attachments of library documents over plain HTTP (GraphQL has no file upload here):
 *
 *   POST /api/library/documents/:id/attachments   body: the file's bytes
 *        headers: X-Masar-Upload: 1 (a custom header, which a cross-site form cannot send),
 *                 X-Filename: the URI-encoded file name; the session cookie or a bearer token
 *   GET  /api/library/attachments/:id             the file, as a download
 *
 * The upload's checks and streaming are common/uploads.ts's; this file says who may attach (the
 * library's editors), to what, and records it. The type is read from the file's first bytes
 * (PDF, PNG, JPEG), never from its name or the Content-Type the browser sent; the SHA-256 is
 * stored and names the file under MASAR_DATA_DIR/attachments.
 */
import fs from 'node:fs';
import path from 'node:path';
import express from 'express';
import type { EntityManager, MikroORM } from '@mikro-orm/core';
import {
  authenticate,
  requestCredentials,
  type Authenticated,
  type SessionSettings,
} from '../accounts/auth.service.js';
import { noteUser } from '../../http.js';
import type { User } from '../accounts/user.entity.js';
import { recordAudit, type Actor } from '../audit/audit.service.js';
import { DocumentAttachment, DocumentVersion, LibraryDocument } from './library.entity.js';
import {
  attachmentsDir,
  cleanFilename,
  problem,
  type ReceivedFile,
} from '../common/stored-files.js';
import {
  addUploadRoute,
  sendProblem,
  UploadSlots,
  type UploadSettings,
} from '../common/uploads.js';
import { isEditor, readableAttachments } from './library.access.js';

export { MAX_ATTACHMENT_BYTES } from '../common/stored-files.js';
export { UPLOAD_HEADER } from '../common/uploads.js';

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

/** The library's HTTP routes: upload and download of attachments. */
export function libraryRouter(
  orm: MikroORM,
  dataDir: string,
  sessions: SessionSettings,
  uploads: UploadSettings<Authenticated> = { uploadsPerUser: 2, uploadsMax: 8 },
  slots = new UploadSlots(uploads.uploadsPerUser, uploads.uploadsMax),
): express.Router {
  const router = express.Router();
  const send = sendProblem;

  addUploadRoute<Authenticated, User, LibraryDocument>(router, orm, dataDir, slots, uploads, {
    path: '/documents/:id/attachments',
    address: /^\/api\/library\/documents\/[^/?]+\/attachments\/?(\?|$)/,
    identify: (em, req) => authenticate(em, requestCredentials(req.headers), sessions),
    accept: async (em, user: User, req) => {
      if (!isEditor(user)) return problem(403, 'FORBIDDEN', 'Your roles do not allow this.');
      const id = String(req.params.id);
      const doc = /^\d{1,12}$/.test(id)
        ? await em.findOne(LibraryDocument, { id: Number(id) })
        : null;
      return doc ?? problem(404, 'NOT_FOUND', 'No document has this id.');
    },
    record: async (em, actor, user, doc, name, file) => ({
      attachment: attachmentJson(await addAttachment(em, dataDir, actor, user, doc, name, file)),
    }),
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
