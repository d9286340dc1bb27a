/**
 * What every HTTP answer shares, whatever the route: its request id, HTTPS (HSTS), and one error
 * handler that says nothing to an attacker (README, "Errors").
 */
import { randomUUID } from 'node:crypto';
import type express from 'express';
import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import type { Context } from './context.js';
import { loggablePath, logger } from './logger.js';
import { operationLabel } from './modules/operations/operation-names.js';

/** A client's own correlation id (`X-Request-Id`), kept only when it looks like one. */
const CLIENT_REQUEST_ID = /^[\w.:-]{1,64}$/;

/**
 * Gives every request an id generated here (never the client's: a client could reuse another
 * user's) and sends it back in `X-Request-Id`. A well-formed `X-Request-Id` from the client is
 * kept apart as `clientRequestId`, for the client's own correlation.
 */
export function requestIds(
  req: express.Request,
  res: express.Response,
  next: express.NextFunction,
) {
  const id = randomUUID();
  res.locals.requestId = id;
  const given = req.headers['x-request-id'];
  res.locals.clientRequestId =
    typeof given === 'string' && CLIENT_REQUEST_ID.test(given) ? given : null;
  res.setHeader('X-Request-Id', id);
  next();
}

/** The server's id of the request being answered (set by `requestIds`). */
export const requestIdOf = (res: express.Response): string =>
  (res.locals.requestId as string | undefined) ?? 'unknown';

/** The user a request speaks for, once known: its log line carries the id (never a name). */
export function noteUser(res: express.Response, userId: number | null): void {
  res.locals.userId = userId;
}

/** The id `noteUser` gave, or null (anonymous, or not known yet). */
export const userIdOf = (res: express.Response): number | null =>
  (res.locals.userId as number | null | undefined) ?? null;

/** The client's own, validated `X-Request-Id`, or null. */
export const clientRequestIdOf = (res: express.Response): string | null =>
  (res.locals.clientRequestId as string | null | undefined) ?? null;

/**
 * Whether the request came over HTTPS: directly, from a proxy the app trusts that says so
 * (`X-Forwarded-Proto`, read by Express only when `trust proxy` trusts the sender), or because the
 * operator says every request does (MASAR_HTTPS=true).
 */
export const isHttps = (req: express.Request, forceHttps: boolean): boolean =>
  forceHttps || req.secure;

/** One year of HSTS, subdomains included, on every answer given over HTTPS. */
export const HSTS = 'max-age=31536000; includeSubDomains';

export function strictTransportSecurity(forceHttps: boolean): express.RequestHandler {
  return (req, res, next) => {
    if (isHttps(req, forceHttps)) res.setHeader('Strict-Transport-Security', HSTS);
    next();
  };
}

/** An error with an HTTP status, such as the body parser's or `http-errors`' ones. */
interface HttpishError {
  status?: unknown;
  statusCode?: unknown;
  type?: unknown;
  name?: unknown;
  stack?: unknown;
}

const MESSAGES: Record<string, string> = {
  BAD_REQUEST: 'The request is not valid.',
  NOT_FOUND: 'Nothing is here.',
  PAYLOAD_TOO_LARGE: 'The request body is too large.',
  UNSUPPORTED_MEDIA_TYPE: 'The request body has a type this address does not take.',
  METHOD_NOT_ALLOWED: 'This address does not take this method.',
  INTERNAL_SERVER_ERROR: 'Something went wrong on the server. The request id identifies it.',
};

/** The status and code an error is answered with; its own message is never sent (it may echo input). */
export function classify(err: unknown): { status: number; code: string } {
  const e = (err ?? {}) as HttpishError;
  const raw = Number(e.status ?? e.statusCode);
  const status = Number.isInteger(raw) && raw >= 400 && raw <= 599 ? raw : 500;
  if (e.type === 'entity.parse.failed') return { status: 400, code: 'BAD_REQUEST' };
  if (e.type === 'entity.too.large' || status === 413) {
    return { status: 413, code: 'PAYLOAD_TOO_LARGE' };
  }
  if (status === 404) return { status, code: 'NOT_FOUND' };
  if (status === 405) return { status, code: 'METHOD_NOT_ALLOWED' };
  if (status === 415) return { status, code: 'UNSUPPORTED_MEDIA_TYPE' };
  if (status < 500) return { status, code: 'BAD_REQUEST' };
  return { status, code: 'INTERNAL_SERVER_ERROR' };
}

/** Routes whose callers are programs: they get JSON, everything else a plain page. */
const isApi = (req: express.Request) => /^\/(api|graphql)(\/|$)/.test(req.path);

/**
 * Whether the client prefers HTML: a browser puts text/html before its `*\/*`; a probe, curl
 * (`*\/*` alone) or a script does not. Decides between a page and JSON off the API's routes.
 */
export const prefersHtml = (req: express.Request) => req.accepts(['json', 'html']) === 'html';

/** Whether an error is answered in JSON: on the API's routes, and to any client not preferring HTML. */
const wantsJson = (req: express.Request) => isApi(req) || !prefersHtml(req);

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

function errorPage(status: number, code: string, message: string, requestId: string): string {
  return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Masar — ${status}</title></head>
<body>
<main>
<h1>${escapeHtml(message)}</h1>
<p>Error ${status} (${escapeHtml(code)}), request id <code>${escapeHtml(requestId)}</code>.</p>
<p><a href="/">Masar</a></p>
</main>
</body>
</html>
`;
}

/**
 * A line for the server's log about a failed request: never the body, the query string, the
 * error's message (a parser's or the database's message can quote what was sent) or any
 * property of the error; only its name and where it was thrown. In development the whole error.
 * The path with its ids and tokens masked (`loggablePath`).
 */
export function logLine(
  err: unknown,
  req: Pick<express.Request, 'method' | 'path'>,
  requestId: string,
  status: number,
  development: boolean,
): string {
  return `[${requestId}] ${req.method} ${loggablePath(req.path)} → ${status} ${errorSummary(err, development)}`;
}

/**
 * An error for the log: its name and the frames of its stack, not its message nor any of its
 * properties (a database error's message quotes the statement and its values; a body parser's
 * error carries the body). In development, the whole stack.
 */
export function errorSummary(err: unknown, development: boolean): string {
  const e = (err ?? {}) as HttpishError;
  if (development) return err instanceof Error ? String(err.stack) : String(err);
  const name = typeof e.name === 'string' ? e.name : typeof err;
  const frames =
    typeof e.stack === 'string'
      ? e.stack
          .split('\n')
          .filter((line) => /^\s+at /.test(line))
          .join('\n')
      : '';
  return frames ? `${name}\n${frames}` : name;
}

/** Where a failed request is told: the log, at error level, with its id and status as fields. */
type ErrorLog = (line: string, fields: { reqId: string; status: number }) => void;
const logError: ErrorLog = (line, fields) => logger.error(fields, line);

/** Anything no route answered: 404 in the route's own form. */
export const notFound: express.RequestHandler = (_req, _res, next) => {
  next(Object.assign(new Error('Not found'), { status: 404 }));
};

/**
 * The last handler of the app, for every route: JSON with a code and the request id for /api
 * and /graphql (GraphQL's `errors` form there), a plain page otherwise; no stack, no path, no
 * library version, never the error's own message. Server errors (5xx) are logged without the
 * request's body.
 */
export function errorHandler(options: {
  development: boolean;
  log?: ErrorLog;
}): express.ErrorRequestHandler {
  const log = options.log ?? logError;
  return (err: unknown, req, res, _next) => {
    const requestId = requestIdOf(res);
    const { status, code } = classify(err);
    if (status >= 500) {
      log(logLine(err, req, requestId, status, options.development), { reqId: requestId, status });
    }
    if (res.headersSent) {
      // Half an answer is out: all that can be said now is that it ends here.
      res.destroy();
      return;
    }
    const message = MESSAGES[code] ?? MESSAGES.BAD_REQUEST!;
    res.status(status);
    res.setHeader('Cache-Control', 'no-store');
    if (wantsJson(req)) {
      res.json(
        req.path.startsWith('/graphql')
          ? { errors: [{ message, extensions: { code, requestId } }] }
          : { errors: [{ code, message, requestId }] },
      );
    } else {
      res.type('html').send(errorPage(status, code, message, requestId));
    }
  };
}

/**
 * The error at the bottom of a GraphQL error: what a resolver or the context function threw,
 * which graphql-js and Apollo wrap (with its message) in a GraphQLError.
 */
export function rootCause(error: unknown): unknown {
  let e = error;
  while (e instanceof GraphQLError && e.originalError) e = e.originalError;
  return e;
}

/**
 * GraphQL's side of the same rules: an error without a code of the API's (Apollo labels it
 * INTERNAL_SERVER_ERROR) that is not one of the API's own GraphQLErrors is a bug, thrown by a
 * resolver or the context function, whose message may quote the database or the input. Outside
 * development it goes out with a fixed message instead.
 */
export function maskUnexpected(
  formatted: GraphQLFormattedError,
  error: unknown,
  development: boolean,
): GraphQLFormattedError {
  if (development || formatted.extensions?.code !== 'INTERNAL_SERVER_ERROR') return formatted;
  if (rootCause(error) instanceof GraphQLError) return formatted;
  return {
    message: MESSAGES.INTERNAL_SERVER_ERROR!,
    ...(formatted.locations && { locations: formatted.locations }),
    ...(formatted.path && { path: formatted.path }),
    extensions: {
      code: 'INTERNAL_SERVER_ERROR',
      ...(formatted.extensions?.requestId !== undefined && {
        requestId: formatted.extensions.requestId,
      }),
    },
  };
}

/**
 * A GraphQL error with the request id among its extensions; anything else thrown (a bug)
 * wrapped in one, its message kept out of the answer by `maskUnexpected`.
 */
export function withRequestId(error: unknown, requestId: string): GraphQLError {
  if (error instanceof GraphQLError) {
    (error.extensions as Record<string, unknown>).requestId = requestId;
    return error;
  }
  return new GraphQLError(MESSAGES.INTERNAL_SERVER_ERROR!, {
    originalError: error instanceof Error ? error : undefined,
    extensions: { requestId },
  });
}

/**
 * Logs the unexpected errors of a GraphQL request (as `errorHandler` does for the other routes:
 * name and frames, never the message or the variables) and puts the request id in every error.
 */
export function graphqlErrorsPlugin(options: {
  development: boolean;
  log?: ErrorLog;
}): ApolloServerPlugin<Context> {
  const log = options.log ?? logError;
  return {
    async contextCreationDidFail({ error }) {
      const original = rootCause(error);
      if (original instanceof GraphQLError || !(original instanceof Error)) return;
      const requestId = error instanceof GraphQLError ? error.extensions.requestId : undefined;
      const head = { method: 'GraphQL', path: '/graphql (context)' };
      const reqId = String(requestId ?? 'unknown');
      log(logLine(original, head, reqId, 500, options.development), { reqId, status: 500 });
    },
    async requestDidStart() {
      return {
        async didEncounterErrors({ errors, contextValue, request }) {
          for (const error of errors) {
            const original = rootCause(error);
            if (original instanceof GraphQLError || !(original instanceof Error)) continue;
            const head = {
              method: 'GraphQL',
              // Only the app's own operation names (a client's could be anything).
              path: `/graphql ${operationLabel(request.operationName)}`,
            };
            const reqId = contextValue.requestId;
            log(logLine(original, head, reqId, 500, options.development), { reqId, status: 500 });
          }
        },
        async willSendResponse({ response, contextValue }) {
          if (response.body.kind !== 'single') return;
          const errors = response.body.singleResult.errors;
          if (!errors) return;
          response.body.singleResult.errors = errors.map((e) => ({
            ...e,
            extensions: { ...e.extensions, requestId: contextValue?.requestId },
          }));
        },
      };
    },
  };
}
