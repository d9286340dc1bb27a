/**
 * The files of the beneficiaries' documents over plain HTTP (GraphQL has no file upload here):
 *
 *   POST /api/beneficiaries/:id/documents?type=KEY&issuedOn=YYYY-MM-DD&expiresOn=YYYY-MM-DD
 *        [&transactionId=N]   body: the file; headers as every upload (common/uploads.ts)
 *   GET  /api/documents/:id   the file, as a download, to a role that reads personal data;
 *                             every download is written to the audit trail
 *
 * The upload's description (type, dates, transaction) is checked before its body is read; a
 * problem is answered with its field (`errors[0].field`), nothing stored.
 */
import fs from 'node:fs';
import path from 'node:path';
import express from 'express';
import type { MikroORM } from '@mikro-orm/core';
import { GraphQLError } from 'graphql';
import {
  authenticate,
  requestCredentials,
  type Authenticated,
  type SessionSettings,
} from '../accounts/auth.service.js';
import type { User } from '../accounts/user.entity.js';
import { recordAudit } from '../audit/audit.service.js';
import { noteUser } from '../../http.js';
import { Rejected } from '../common/payload.js';
import { attachmentsDir, problem, type Problem } from '../common/stored-files.js';
import {
  actorOfRequest,
  addUploadRoute,
  sendProblem,
  UploadSlots,
  type UploadSettings,
} from '../common/uploads.js';
import { BeneficiaryDocument } from './beneficiary-document.entity.js';
import {
  addDocument,
  checkUpload,
  DOCUMENT_READERS,
  type DocumentUpload,
} from './documents.service.js';
import { toPersonalDocument } from './documents.types.js';

const STATUS: Record<string, number> = { FORBIDDEN: 403, NOT_FOUND: 404 };

/** A service's refusal (typed error, or FORBIDDEN/NOT_FOUND) as an HTTP problem. */
function problemOf(err: unknown): (Problem & { field?: string }) | null {
  if (err instanceof Rejected) {
    return {
      ...problem(400, err.error.code, err.error.message),
      field: err.error.field ?? undefined,
    };
  }
  if (err instanceof GraphQLError) {
    const code = String(err.extensions.code);
    if (STATUS[code]) return problem(STATUS[code]!, code, err.message);
  }
  return null;
}

const one = (v: unknown) => (typeof v === 'string' ? v : undefined);

/** The documents' HTTP routes, mounted at /api. */
export function documentsRouter(
  orm: MikroORM,
  dataDir: string,
  sessions: SessionSettings,
  uploads: UploadSettings<Authenticated>,
  slots: UploadSlots,
): express.Router {
  const router = express.Router();

  addUploadRoute<Authenticated, User, DocumentUpload>(router, orm, dataDir, slots, uploads, {
    path: '/beneficiaries/:id/documents',
    address: /^\/api\/beneficiaries\/[^/?]+\/documents\/?(\?|$)/,
    identify: (em, req) => authenticate(em, requestCredentials(req.headers), sessions),
    accept: async (em, user, req) => {
      try {
        return await checkUpload(em, user, {
          beneficiaryId: String(req.params.id),
          type: one(req.query.type),
          issuedOn: one(req.query.issuedOn),
          expiresOn: one(req.query.expiresOn),
          transactionId: one(req.query.transactionId),
        });
      } catch (err) {
        const p = problemOf(err);
        if (p) return p;
        throw err;
      }
    },
    record: async (em, actor, user, upload, name, file) => ({
      document: toPersonalDocument(await addDocument(em, dataDir, actor, user, upload, name, file)),
    }),
  });

  router.get('/documents/:id', async (req, res, next) => {
    try {
      const em = orm.em.fork();
      const user =
        (await authenticate(em, requestCredentials(req.headers), sessions))?.user ?? null;
      noteUser(res, user?.id ?? null);
      if (!user) return sendProblem(res, problem(401, 'UNAUTHENTICATED', 'Sign in to do this.'));
      if (!user.hasAnyRole(DOCUMENT_READERS)) {
        return sendProblem(res, problem(403, 'FORBIDDEN', 'Your roles do not allow this.'));
      }
      const id = String(req.params.id);
      const doc = /^\d{1,12}$/.test(id)
        ? await em.findOne(BeneficiaryDocument, { id: Number(id) }, { populate: ['type'] })
        : null;
      if (!doc) return sendProblem(res, problem(404, 'NOT_FOUND', 'No document has this id.'));
      if (!fs.existsSync(path.join(attachmentsDir(dataDir), doc.sha256))) {
        // A row whose file is not in this data directory (demo data written without one).
        return sendProblem(
          res,
          problem(404, 'FILE_MISSING', 'The file of this document is missing.'),
        );
      }
      // A download of a personal document is a read of personal data: audited before it leaves.
      recordAudit(em, actorOfRequest(req, res, user), {
        action: 'beneficiaryDocument.download',
        targetType: 'Beneficiary',
        targetId: doc.beneficiary.id,
        after: { documentId: doc.id, type: doc.type.key, sha256: doc.sha256 },
      });
      await em.flush();
      res.setHeader('Content-Type', doc.contentType);
      res.setHeader(
        'Content-Disposition',
        `attachment; filename="${doc.filename.replace(/[^\x20-\x7e]/g, '_')}"; filename*=UTF-8''${encodeURIComponent(doc.filename)}`,
      );
      res.setHeader('Cache-Control', 'private, no-store');
      // Relative to its root: `send` refuses an absolute path with a dot-directory in it.
      res.sendFile(doc.sha256, { root: attachmentsDir(dataDir) }, (err) => {
        if (err) next(err);
      });
    } catch (err) {
      next(err);
    }
  });

  return router;
}
