/**
 * One log line per HTTP request, and the same facts for the request metrics (metrics.ts): the
 * request id, who asked (the user's id, never a name), which GraphQL operation, how long, which
 * status. Never a body, a query string, GraphQL variables, a header or a cookie.
 */
import type express from 'express';
import type { ApolloServerPlugin } from '@apollo/server';
import { Kind, type OperationDefinitionNode } from 'graphql';
import type { Context } from '../../context.js';
import { requestIdOf, userIdOf } from '../../http.js';
import { loggablePath, logger } from '../../logger.js';
import { operationLabel } from './operation-names.js';

/** What a request is, in a few fixed words (a metric label, never a raw path). */
export type RouteKind =
  | 'graphql'
  | 'api/csv'
  | 'api/export'
  | 'api/library'
  | 'api/analyst-guide'
  | 'api/other'
  | 'health'
  | 'metrics'
  | 'static'
  | 'page';

const API_ROUTES = new Set(['csv', 'export', 'library', 'analyst-guide']);

export function routeKind(path: string): RouteKind {
  if (path === '/graphql' || path.startsWith('/graphql/')) return 'graphql';
  const api = /^\/api(?:\/([^/]*))?/.exec(path);
  if (api) return API_ROUTES.has(api[1] ?? '') ? (`api/${api[1]}` as RouteKind) : 'api/other';
  if (path === '/healthz' || path === '/readyz') return 'health';
  if (path === '/metrics') return 'metrics';
  // A file name (assets, favicon, explorer.html): the static files.
  if (/\.[A-Za-z0-9]+$/.test(path)) return 'static';
  return 'page';
}

/** What the request log learns while the request runs. */
interface Noted {
  operation?: string;
  fields?: string[];
  errorCodes?: string[];
}

const notedOf = (res: express.Response): Noted => {
  res.locals.observed ??= {};
  return res.locals.observed as Noted;
};

/** The names of the root fields an operation selects: fixed by the schema, never data. */
function rootFields(operation: OperationDefinitionNode): string[] {
  return operation.selectionSet.selections
    .filter((s) => s.kind === Kind.FIELD)
    .map((s) => s.name.value)
    .slice(0, 10);
}

/** Notes each GraphQL operation's name (for /graphql and /api/csv) and the codes of its errors. */
export const operationLogPlugin: ApolloServerPlugin<Context> = {
  async requestDidStart() {
    return {
      async didResolveOperation({ operation, operationName, contextValue }) {
        if (!contextValue?.res) return;
        const noted = notedOf(contextValue.res);
        noted.operation = operationLabel(operationName ?? operation?.name?.value ?? null);
        if (operation) noted.fields = rootFields(operation);
      },
      async willSendResponse({ response, contextValue }) {
        if (!contextValue?.res || response.body.kind !== 'single') return;
        const errors = response.body.singleResult.errors;
        if (!errors?.length) return;
        const codes = errors.map((e) => String(e.extensions?.code ?? 'UNKNOWN').slice(0, 40));
        notedOf(contextValue.res).errorCodes = [...new Set(codes)].slice(0, 5);
      },
    };
  },
};

/** The facts of one finished request, as the log line holds them. */
export interface RequestFacts {
  route: RouteKind;
  operation: string | undefined;
  status: number;
  seconds: number;
}

/** Probes, scrapes and files are frequent and dull: at debug level. */
const QUIET: ReadonlySet<RouteKind> = new Set(['health', 'metrics', 'static']);

/**
 * Writes the request's line when its answer is sent (or the client goes away), and hands the
 * same facts to `observe` (the request metrics). Mounted first, right after the request ids.
 */
export function requestLog(observe?: (facts: RequestFacts) => void): express.RequestHandler {
  return (req, res, next) => {
    const started = performance.now();
    const path = req.path;
    const route = routeKind(path);
    res.once('close', () => {
      const seconds = (performance.now() - started) / 1000;
      const noted = notedOf(res);
      const status = res.statusCode;
      observe?.({ route, operation: noted.operation, status, seconds });
      const level = QUIET.has(route) ? 'debug' : 'info';
      if (!logger.isLevelEnabled(level)) return;
      logger[level](
        {
          reqId: requestIdOf(res),
          method: req.method,
          route,
          ...(route === 'graphql' ? {} : { path: loggablePath(path) }),
          ...(noted.operation !== undefined && { operation: noted.operation }),
          ...(noted.fields && { fields: noted.fields }),
          userId: userIdOf(res),
          status,
          durationMs: Math.round(seconds * 10_000) / 10,
          ...(noted.errorCodes && { errors: noted.errorCodes }),
          ...(!res.writableFinished && { aborted: true }),
        },
        `${req.method} ${route}${noted.operation ? ` ${noted.operation}` : ''} ${status}`,
      );
    });
    next();
  };
}
