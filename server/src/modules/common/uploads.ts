/**
 * File uploads over plain HTTP (GraphQL has no file upload here), for every feature that takes
 * files (the library's attachments, the beneficiaries' documents):
 *
 *   POST <path>   body: the file's bytes
 *        headers: X-Masar-Upload: 1 (a custom header, which a cross-site form cannot send),
 *                 X-Filename: the URI-encoded file name; the session cookie or a bearer token
 *
 * An upload is checked (header, announced size, caller, rate limit, the feature's own checks of
 * role and target, upload slots) before a byte of its body is read; the body is then streamed to
 * disk (stored-files.ts), not held in memory, and the feature records it.
 */
import type http from 'node:http';
import type express from 'express';
import type { EntityManager, MikroORM } from '@mikro-orm/core';
import { GraphQLError } from 'graphql';
import { clientRequestIdOf, noteUser, requestIdOf } from '../../http.js';
import {
  MAX_ATTACHMENT_BYTES,
  problem,
  receiveFile,
  type Problem,
  type ReceivedFile,
} from './stored-files.js';

/** The header every upload must carry (CSRF: a cross-site form or image cannot set it). */
export const UPLOAD_HEADER = 'x-masar-upload';

/** How long an upload may take to arrive, from its headers to its last byte. */
export const UPLOAD_DEADLINE_MS = 120_000;

/** Seconds a client is told to wait (`Retry-After`) when every upload slot is taken. */
const BUSY_RETRY_SECONDS = 5;

/** The addresses that take uploads (each upload route adds its own when it is made). */
const uploadAddresses: RegExp[] = [];

/** Whether a request is an upload, which sends `100 Continue` itself once it is accepted. */
export const isUploadRequest = (req: { method?: string; url?: string }) =>
  req.method === 'POST' && uploadAddresses.some((a) => a.test(req.url ?? ''));

export interface UploadSettings<A = never> {
  /** Counts the request against the caller's rate limit (throws RATE_LIMITED past it). */
  countRequest?: (auth: A | null, ip: string | null) => Promise<void>;
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

/** An error answer in the API's JSON shape. */
export const sendProblem = (res: express.Response, p: Problem & { field?: string }) =>
  res.status(p.status).json({
    errors: [
      {
        code: p.code,
        message: p.message,
        requestId: requestIdOf(res),
        ...(p.field ? { field: p.field } : {}),
      },
    ],
  });

/**
 * Answers an upload without reading its body, and closes the connection once the answer is
 * out, so that nothing more of the body is read or kept.
 */
const refuse = (res: express.Response, p: Problem, retryAfterSeconds?: number) => {
  res.setHeader('Connection', 'close');
  if (retryAfterSeconds) res.setHeader('Retry-After', String(retryAfterSeconds));
  sendProblem(res, p);
};

/** Who made an HTTP request, as the audit trail records an actor (audit.service.ts `Actor`). */
export interface RequestActor {
  userId: number;
  username: string;
  requestId: string;
  clientRequestId: string | null;
  ip: string | null;
}

/** The actor of an HTTP request, for the audit trail. */
export const actorOfRequest = (
  req: express.Request,
  res: express.Response,
  user: { id: number; username: string },
): RequestActor => ({
  userId: user.id,
  username: user.username,
  requestId: requestIdOf(res),
  clientRequestId: clientRequestIdOf(res),
  ip: req.ip ?? null,
});

export interface UploadRoute<A extends { user: U }, U extends { id: number; username: string }, T> {
  /** The address, as express reads it (`/documents/:id/attachments`). */
  path: string;
  /** The same address as a whole URL path (for `100 Continue`), e.g. /^\/api\/x\/[^/?]+\/y\/?(\?|$)/. */
  address: RegExp;
  /** Who sent the request (their session or token), or null. */
  identify: (em: EntityManager, req: express.Request) => Promise<A | null>;
  /** The feature's checks of the caller and of what the file goes to: its target, or a refusal. */
  accept: (
    em: EntityManager,
    user: U,
    req: express.Request,
  ) => Promise<T | (Problem & { field?: string })>;
  /** Records the received file (the feature's rows and audit); the JSON answered with 201. */
  record: (
    em: EntityManager,
    actor: RequestActor,
    user: U,
    target: T,
    filename: string,
    file: ReceivedFile,
  ) => Promise<unknown>;
}

const isProblem = (x: unknown): x is Problem =>
  !!x && typeof x === 'object' && 'status' in x && 'code' in x && 'message' in x;

/** Adds an upload route to `router`: every check before the body, then the body, then `record`. */
export function addUploadRoute<
  A extends { user: U },
  U extends { id: number; username: string },
  T,
>(
  router: express.Router,
  orm: MikroORM,
  dataDir: string,
  slots: UploadSlots,
  settings: Pick<UploadSettings<A>, 'countRequest'>,
  route: UploadRoute<A, U, T>,
): void {
  uploadAddresses.push(route.address);
  const countRequest = settings.countRequest ?? (async () => {});
  router.post(route.path, async (req, res, next) => {
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
      const auth = await route.identify(em, req);
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
      const target = await route.accept(em, user, req);
      if (isProblem(target)) return refuse(res, target);
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
        received = await receiveFile(req as http.IncomingMessage, dataDir);
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
      const answer = await route.record(
        em,
        actorOfRequest(req, res, user),
        user,
        target,
        name,
        received,
      );
      res.status(201).json(answer);
    } catch (err) {
      clearTimeout(deadline);
      release?.();
      next(err);
    }
  });
}
