import 'reflect-metadata';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import express from 'express';
import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import type { MikroORM } from '@mikro-orm/core';
import type { PostgreSqlConnection } from '@mikro-orm/postgresql';
import type { Config } from './config.js';
import type { Context } from './context.js';
import { openDatabase, type OpenOptions } from './db/orm.js';
import { createReadPool, registerReadPool } from './db/read-pool.js';
import { buildAppSchema } from './schema.js';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import {
  authenticate,
  requestCredentials,
  type Authenticated,
} from './modules/accounts/auth.service.js';
import { ensureFirstAdmin } from './modules/accounts/accounts.service.js';
import { personalDataReadsPlugin } from './modules/beneficiaries/personal-data-reads.js';
import { libraryRouter } from './modules/library/attachments.js';
import { isUploadRequest, UploadSlots } from './modules/common/uploads.js';
import { documentsRouter } from './modules/documents/documents.routes.js';
import { applyStatementTimeout, createProtection } from './modules/protection/index.js';
import { installOperationScopes } from './modules/protection/operation-scope.js';
import { transactionExportRouter } from './modules/transactions/transaction-export.js';
import { startBackupScheduler } from './modules/operations/backup.scheduler.js';
import { statsCsvRouter } from './modules/analytics/stats-csv.js';
import { analystGuideRouter } from './modules/analytics/analyst-guide.js';
import { explorerRouter } from './modules/analytics/explorer.js';
import { observability } from './modules/operations/metrics.js';
import { logger, showOperator } from './logger.js';
import { trackConnections, type Drain } from './modules/operations/shutdown.js';
import { healthRouter } from './modules/operations/health.js';
import { ensureDataDir } from './modules/operations/start-failure.js';
import { spaRouteMatcher } from './spa-routes.js';
import { clientFiles, compressedResponses, REVALIDATE } from './static-assets.js';
import {
  clientRequestIdOf,
  errorHandler,
  graphqlErrorsPlugin,
  isHttps,
  maskUnexpected,
  notFound,
  prefersHtml,
  noteUser,
  requestIdOf,
  requestIds,
  strictTransportSecurity,
  withRequestId,
} from './http.js';

export interface RunningApp {
  config: Config;
  orm: MikroORM;
  httpServer: http.Server;
  /** Base URL the server listens on, e.g. http://127.0.0.1:4000 */
  url: string;
  /** Whether a stop has begun (the readiness probe answers 503 from then on). */
  drain: Drain;
  /**
   * Stops gracefully: serves what has arrived, stops listening, waits up to `config.shutdownGraceMs`
   * for the requests under way, then stops GraphQL and closes the database. `cut`: requests still
   * running at the deadline, cut.
   */
  close(): Promise<{ cut: number }>;
}

const defaultClientDist = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../client/dist',
);

/**
 * Only the app's own scripts, no framing. Styles allow 'unsafe-inline' because Vuetify sets
 * its theme and layout through style elements and attributes at run time.
 */
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/**
 * class-validator's errors carry the whole submitted object (`target`) and the rejected `value`:
 * a password would come back in the response. Keep only which property broke which rule.
 */
export function withoutEchoedInput(formatted: GraphQLFormattedError): GraphQLFormattedError {
  const details = formatted.extensions?.validationErrors;
  if (!Array.isArray(details)) return formatted;
  const strip = (e: Record<string, unknown>): Record<string, unknown> => ({
    property: e.property,
    constraints: e.constraints,
    children: Array.isArray(e.children) ? e.children.map((c) => strip(c)) : [],
  });
  return {
    ...formatted,
    extensions: { ...formatted.extensions, validationErrors: details.map((e) => strip(e)) },
  };
}

/** Headers every response carries. */
function securityHeaders(_req: express.Request, res: express.Response, next: express.NextFunction) {
  res.setHeader('Content-Security-Policy', CONTENT_SECURITY_POLICY);
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('Referrer-Policy', 'same-origin');
  res.setHeader('X-Frame-Options', 'DENY');
  res.setHeader('Cross-Origin-Opener-Policy', 'same-origin');
  res.setHeader('Permissions-Policy', 'camera=(), microphone=(), geolocation=()');
  next();
}

/** Builds and starts the whole server: database, GraphQL at /graphql, and the SPA on the same port. */
export async function startApp(config: Config, options: OpenOptions = {}): Promise<RunningApp> {
  // A data directory that cannot be written stops the start with one sentence (start-failure.ts).
  await ensureDataDir(config.dataDir);
  let firstAdmin: Awaited<ReturnType<typeof ensureFirstAdmin>> = {
    created: false,
    generatedPassword: null,
  };
  const orm = await openDatabase(config, {
    ...options,
    // Under the start lock: instances starting at once create one first admin.
    prepare: async (opened) => {
      firstAdmin = await ensureFirstAdmin(opened.em.fork(), config.adminPassword);
    },
  });
  if (config.engine === 'postgresql') await applyStatementTimeout(orm, config.statementTimeoutMs);
  // Heavy reads run off the request thread and stop at the request's deadline (read-pool.ts).
  const readPool = createReadPool(orm, { ...config, workers: config.readWorkers });
  registerReadPool(orm, readPool);
  // A log line per request; metrics when MASAR_METRICS_TOKEN is set (modules/operations).
  const observed = observability(config, orm, readPool);
  if (firstAdmin.generatedPassword) {
    // Shown once to whoever started the server, as plain text: not a field of the JSON log.
    logger.info(
      'First start: created the user "admin" (its password is shown once, outside the log)',
    );
    showOperator(
      `First start: created the user "admin" with the password ${firstAdmin.generatedPassword}\n` +
        'It is shown only this once: sign in and change it, or set MASAR_ADMIN_PASSWORD before the first start.',
    );
  } else if (!firstAdmin.created && config.adminPassword) {
    logger.warn(
      'MASAR_ADMIN_PASSWORD is set but was not used: an administrator already exists (it only sets the first admin’s password).',
    );
  }
  const schema = await buildAppSchema();
  const protection = createProtection({
    rateLimit: {
      perUser: config.rateLimitPerMinute,
      anonymous: config.anonymousRateLimitPerMinute,
    },
    queryTimeoutMs: config.queryTimeoutMs,
    onRateLimited: observed.onRateLimited,
    // PostgreSQL: counted in the database, so instances behind one proxy share the limits.
    ...(config.engine === 'postgresql' && {
      sharedRateLimit: {
        pool: () => (orm.em.getConnection() as PostgreSqlConnection).getKnex().client,
      },
    }),
  });
  protection.prepareSchema(schema);
  // Per operation: the Markdown it renders, and a mutation's time budget (operation-scope.ts).
  installOperationScopes(schema, orm, config.engine, () => config.mutationBudgetMs);
  const sessions = {
    idleMinutes: config.sessionIdleMinutes,
    absoluteHours: config.sessionMaxHours,
  };

  const app = express();
  app.disable('x-powered-by');
  // Express takes its mode from NODE_ENV (unset: development, with stack traces in its pages);
  // the app's own setting decides instead.
  app.set('env', config.production ? 'production' : 'development');
  app.set('trust proxy', config.trustProxy);
  app.use(requestIds);
  app.use(observed.requestLog);
  app.use(securityHeaders);
  app.use(strictTransportSecurity(config.forceHttps));
  // Brotli or gzip for everything the app writes; streamed answers still flush (static-assets.ts).
  app.use(compressedResponses());
  const httpServer = http.createServer(app);
  const drain = trackConnections(httpServer);
  // `Expect: 100-continue` (curl sends it for large bodies): an upload asks for its body only
  // once it is accepted (attachments.ts), so a refused one is never sent; anything else at once.
  httpServer.on('checkContinue', (req: http.IncomingMessage, res: http.ServerResponse) => {
    if (!isUploadRequest(req)) res.writeContinue();
    app(req, res);
  });

  const apollo = new ApolloServer<Context>({
    schema,
    introspection: true,
    persistedQueries: false,
    // main.ts handles SIGINT/SIGTERM: close() drains HTTP (shutdown.ts), stops Apollo, closes
    // the database and exits.
    stopOnTerminationSignals: false,
    includeStacktraceInErrorResponses: !config.production,
    formatError: (formatted, error) =>
      maskUnexpected(withoutEchoedInput(formatted), error, !config.production),
    ...protection.apollo,
    plugins: [
      ApolloServerPluginLandingPageDisabled(),
      // No cache hints are used, and Apollo's default cache-control plugin instruments every
      // field (a third of the request thread's work on a large statistics answer): off, and
      // every GraphQL answer is `no-store` (below), as that plugin made it.
      ApolloServerPluginCacheControlDisabled(),
      personalDataReadsPlugin,
      observed.plugin,
      graphqlErrorsPlugin({ development: !config.production }),
      ...protection.plugins,
    ],
  });
  await apollo.start();

  // Probes: /healthz (the process answers), /readyz (database, migrations, data directory…).
  app.use(healthRouter({ orm, config, sessions, drain }));

  /** Who a request speaks for, counted against the rate limit: the context of every operation. */
  const contextFor = async (req: express.Request, res: express.Response): Promise<Context> => {
    const em = orm.em.fork();
    const credentials = requestCredentials(req.headers);
    const auth = await authenticate(em, credentials, sessions);
    noteUser(res, auth?.user.id ?? null);
    // Before anything is parsed: 429 RATE_LIMITED past the caller's limit (a request with
    // a refused token counts against its address).
    await protection.countRequest(auth, req.ip ?? null, req.body);
    if (req.headers.authorization && !auth) {
      // A script that sends a token wants to know at once that it no longer works.
      throw new GraphQLError('The API token is not valid (unknown, expired or revoked).', {
        extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } },
      });
    }
    return {
      em,
      requestId: requestIdOf(res),
      clientRequestId: clientRequestIdOf(res),
      ip: req.ip ?? null,
      userAgent: req.headers['user-agent'] ?? null,
      user: auth?.user ?? null,
      auth,
      sessions,
      surveyValidDays: config.surveyValidDays,
      engine: config.engine,
      secure: isHttps(req, config.forceHttps),
      res,
      personalDataReads: new Set(),
    };
  };

  app.use(
    '/graphql',
    (_req: express.Request, res: express.Response, next: express.NextFunction) => {
      res.setHeader('Cache-Control', 'no-store');
      next();
    },
    ...protection.body,
    expressMiddleware(apollo, {
      // A refusal from the context (rate limit, refused token) names the request too.
      context: ({ req, res }) =>
        contextFor(req, res).catch((e: unknown) => {
          throw withRequestId(e, requestIdOf(res));
        }),
    }),
  );

  // The first list of any query as CSV (statistics downloads), with every limit of /graphql.
  app.use(
    '/api/csv',
    statsCsvRouter(async (req, res, query, variables) => {
      let contextValue: Context;
      try {
        contextValue = await contextFor(req, res);
      } catch (e) {
        if (e instanceof GraphQLError) return { errors: [e] };
        throw e;
      }
      const response = await apollo.executeOperation({ query, variables }, { contextValue });
      if (response.body.kind !== 'single') throw new Error('Incremental delivery is not used');
      const result = response.body.singleResult;
      return { data: result.data, errors: result.errors as GraphQLError[] | undefined };
    }),
  );
  app.use(analystGuideRouter());
  // Before the static files: /explorer.html itself only redirects to the checked /explorer.
  app.use(explorerRouter(orm, sessions, config.clientDist ?? defaultClientDist));

  // The library's attachments and the beneficiaries' documents share the upload slots.
  const uploads = {
    countRequest: (auth: Authenticated | null, ip: string | null) =>
      protection.countRequest(auth, ip, undefined),
    uploadsPerUser: config.uploadsPerUser,
    uploadsMax: config.uploadsMax,
  };
  const uploadSlots = new UploadSlots(config.uploadsPerUser, config.uploadsMax);
  app.use('/api/library', libraryRouter(orm, config.dataDir, sessions, uploads, uploadSlots));
  app.use('/api', documentsRouter(orm, config.dataDir, sessions, uploads, uploadSlots));
  app.use(
    '/api/export',
    transactionExportRouter(
      orm,
      schema,
      sessions,
      (auth, ip) => protection.countRequest(auth, ip, undefined),
      config.exportMaxRows,
    ),
  );

  app.use(observed.router);
  // Any other address under /api or /graphql is a 404 in JSON, not the SPA.
  app.use(['/api', '/graphql'], notFound);

  const clientDist = config.clientDist ?? defaultClientDist;
  if (fs.existsSync(path.join(clientDist, 'index.html'))) {
    // Precompressed at build time; hashed assets cached a year, pages never (static-assets.ts).
    app.use(clientFiles(clientDist));
    const isPage = spaRouteMatcher(clientDist);
    // The SPA's pages (history mode): a GET of one of its addresses gets index.html. Sent
    // relative to its `root`: with an absolute path, `send` refuses an install path that has a
    // dot-directory in it (~/.local/share/masar) with a 404. Any other address is a 404: with
    // the app's page (which shows "not found") for a browser, in JSON for anything else.
    app.get(/^(?!\/graphql).*/, (req, res, next) => {
      // A file that is not there (`/assets/old-hash.js`) is a 404, not the app's page.
      if (!req.accepts('html') || path.extname(req.path)) return next();
      try {
        decodeURIComponent(req.path);
      } catch {
        // An address that does not decode is no page of the app (400, as the static files say).
        return next(Object.assign(new Error('Malformed address'), { status: 400 }));
      }
      const page = isPage(req.path);
      if (!page && !prefersHtml(req)) return next();
      res.status(page ? 200 : 404);
      res.setHeader('Cache-Control', REVALIDATE);
      res.sendFile('index.html', { root: clientDist }, (err) => {
        if (err) next(err);
      });
    });
  }
  app.use(notFound);
  app.use(errorHandler({ development: !config.production }));

  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(config.port, config.host, () => {
      httpServer.off('error', reject);
      resolve();
    });
  });
  const address = httpServer.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  const url = `http://${config.host.includes(':') ? `[${config.host}]` : config.host}:${port}`;
  // The daily backup (MASAR_BACKUP_TIME); one instance takes each (backup.scheduler.ts).
  const backups = startBackupScheduler(orm, config, {
    log: { info: (m) => logger.info(m), error: (m) => logger.error(m) },
  });

  return {
    config,
    orm,
    httpServer,
    url,
    drain,
    async close() {
      const { cut } = await drain.drain(config.shutdownGraceMs);
      await apollo.stop();
      await backups.stop();
      await readPool.close();
      await orm.close(true);
      return { cut };
    },
  };
}
