/**
 * How the server's bytes travel: compressed, and cached exactly as long as they cannot change.
 *
 * - What the app writes itself (GraphQL answers, the CSV exports, JSON errors, index.html) is
 *   compressed on the fly, brotli or gzip as the client accepts (`compression`). Every write is
 *   flushed at once (SYNC_FLUSH): a streamed CSV export keeps streaming batch by batch, and an
 *   event stream would deliver each event when written.
 * - The client's files were compressed when it was built (client/vite.config.ts writes `.br`
 *   and `.gz` beside each): `express-static-gzip` sends the variant the client accepts, with
 *   `Vary: Accept-Encoding`, and the file itself to a client that accepts neither.
 * - `/assets/` holds only files named by a hash of their content (Vite's output): cached for a
 *   year, `immutable`. HTML (index.html, the SPA's pages, the explorer) is `no-cache`: a new
 *   release is seen at the next load. Other files at the root (the favicon) for an hour.
 */
import type { EventEmitter } from 'node:events';
import path from 'node:path';
import zlib from 'node:zlib';
import compression from 'compression';
import expressStaticGzip from 'express-static-gzip';
import type express from 'express';

/** `Cache-Control` of a file named by the hash of its content. */
export const IMMUTABLE = 'public, max-age=31536000, immutable';
/** `Cache-Control` of a page: always revalidated (its ETag makes that a 304). */
export const REVALIDATE = 'no-cache';
/** `Cache-Control` of the other files of the client's root (the favicon). */
const ONE_HOUR = 'public, max-age=3600';

/** On-the-fly compression of what the app writes, brotli preferred, each write flushed. */
export function compressedResponses(): express.RequestHandler {
  const compress = compression({
    // Below a kilobyte the headers cost more than compression saves.
    threshold: 1024,
    flush: zlib.constants.Z_SYNC_FLUSH,
    brotli: {
      flush: zlib.constants.BROTLI_OPERATION_FLUSH,
      // compression's default, said here: fast enough per request (GraphQL, CSV), ~gzip -9's size.
      params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 4 },
    },
  });
  return (req, res, next) =>
    compress(req, res, (err?: unknown) => {
      if (err) return next(err);
      drainListenersRemovable(res);
      next();
    });
}

/**
 * compression hands `res.on('drain', …)` to its zlib stream but not `res.off('drain', …)`: a
 * writer that waits for 'drain' and then removes its listener (the CSV export, once per batch)
 * would leave one listener per wait on the stream (and Node's "possible EventEmitter memory
 * leak" warning past ten). Removal follows the listener to where it was added.
 */
function drainListenersRemovable(res: express.Response): void {
  type Listener = (...args: unknown[]) => void;
  const emitter = res as unknown as EventEmitter;
  const on = emitter.on;
  const removeListener = emitter.removeListener;
  const movedTo = new Map<Listener, EventEmitter>();
  emitter.on = function (this: EventEmitter, type: string | symbol, listener: Listener) {
    const target = on.call(this, type, listener);
    if (type === 'drain' && target !== this) movedTo.set(listener, target);
    return target;
  };
  emitter.off = emitter.removeListener = function (
    this: EventEmitter,
    type: string | symbol,
    listener: Listener,
  ) {
    const target = type === 'drain' ? movedTo.get(listener) : undefined;
    if (!target) return removeListener.call(this, type, listener);
    movedTo.delete(listener);
    target.removeListener(type, listener);
    return this;
  };
}

/**
 * The client's built files, from `clientDist`: the precompressed variant when the client accepts
 * it, each with its Cache-Control. The `.br`/`.gz` files are listed once, at the start (a client
 * rebuilt under a running server is served uncompressed until the next start).
 */
export function clientFiles(clientDist: string): express.RequestHandler {
  const serve = expressStaticGzip(clientDist, {
    enableBrotli: true,
    orderPreference: ['br', 'gzip'],
    index: false,
    serveStatic: {
      index: false,
      cacheControl: false,
      setHeaders: (res, file) => {
        // `file` is the variant sent (`main-3f2a….js.br`): its place decides, not its name.
        const relative = path.relative(clientDist, file).split(path.sep);
        const cacheControl =
          relative[0] === 'assets'
            ? IMMUTABLE
            : /\.html(\.br|\.gz)?$/.test(file)
              ? REVALIDATE
              : ONE_HOUR;
        res.setHeader('Cache-Control', cacheControl);
      },
    },
  });
  return (req, res, next) => {
    // Only reads are files; a POST to /assets/… must not come back marked as brotli.
    if (req.method !== 'GET' && req.method !== 'HEAD') return next();
    try {
      decodeURIComponent(req.path);
    } catch {
      // An address that does not decode: a 400 from the app's error handler (as express.static
      // answered), not the library's own text.
      return next(Object.assign(new Error('Malformed address'), { status: 400 }));
    }
    serve(req, res, next);
  };
}
