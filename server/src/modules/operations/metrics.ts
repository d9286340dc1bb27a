/**
 * Prometheus metrics at GET /metrics (README, "Logs and metrics"), kept only when
 * MASAR_METRICS_TOKEN is set: without it nothing is measured and /metrics is a 404.
 *
 * Labels are fixed words (route kinds, the app's own operation names or `other`, status codes,
 * statement kinds), never a raw path, a user or a client-chosen name, so the number of series
 * stays bounded whatever clients send.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import express from 'express';
import type { MikroORM, LogContext } from '@mikro-orm/core';
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { ReadPool } from '../../db/read-pool.js';
import { notFound } from '../../http.js';
import { latestBackup } from './backup.service.js';
import { operationLogPlugin, requestLog, type RequestFacts } from './request-log.js';

const SECONDS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];
const STATEMENT_SECONDS = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5];

/** A statement's kind, from its first word. */
export function statementKind(sql: string): string {
  const word = /^\s*\(?\s*([a-zA-Z]+)/.exec(sql)?.[1]?.toLowerCase();
  switch (word) {
    case 'select':
    case 'with':
      return 'select';
    case 'insert':
    case 'update':
    case 'delete':
      return word;
    case 'begin':
    case 'commit':
    case 'rollback':
    case 'savepoint':
    case 'release':
      return 'transaction';
    default:
      return 'other';
  }
}

export class AppMetrics {
  readonly registry = new Registry();

  readonly requests = new Counter({
    name: 'masar_http_requests_total',
    help: 'HTTP requests answered, by route kind, GraphQL operation (the app’s own, else other) and status.',
    labelNames: ['route', 'operation', 'status'] as const,
    registers: [this.registry],
  });

  readonly requestSeconds = new Histogram({
    name: 'masar_http_request_duration_seconds',
    help: 'Time from a request’s arrival to its answer, by route kind and GraphQL operation.',
    labelNames: ['route', 'operation'] as const,
    buckets: SECONDS,
    registers: [this.registry],
  });

  readonly rateLimited = new Counter({
    name: 'masar_rate_limit_refusals_total',
    help: 'Requests refused with 429 RATE_LIMITED, by caller (user or anonymous address).',
    labelNames: ['caller'] as const,
    registers: [this.registry],
  });

  readonly statementSeconds = new Histogram({
    name: 'masar_db_statement_duration_seconds',
    help: 'Database statements, by kind (select, insert, update, delete, transaction, other) and connection (orm or read-pool); millisecond resolution.',
    labelNames: ['kind', 'connection'] as const,
    buckets: STATEMENT_SECONDS,
    registers: [this.registry],
  });

  constructor() {
    // Process and Node.js metrics, event-loop lag (nodejs_eventloop_lag_*) among them.
    collectDefaultMetrics({ register: this.registry, eventLoopMonitoringPrecision: 10 });
    for (const caller of ['user', 'anonymous']) this.rateLimited.inc({ caller }, 0);
  }

  /** One answered request (request-log.ts). */
  observeRequest = (facts: RequestFacts): void => {
    const operation =
      facts.route === 'graphql' || facts.route === 'api/csv' ? (facts.operation ?? 'none') : 'none';
    this.requests.inc({ route: facts.route, operation, status: String(facts.status) });
    this.requestSeconds.observe({ route: facts.route, operation }, facts.seconds);
  };

  /** A 429 RATE_LIMITED (protection/rate-limit.ts). */
  onRateLimited = (anonymous: boolean): void => {
    this.rateLimited.inc({ caller: anonymous ? 'anonymous' : 'user' });
  };

  /**
   * Times every statement: MikroORM reports each one, with its duration, to its logger's
   * `logQuery` (whether query logging is on or not), and the read pool does the same
   * (read-budget.ts). The logger is wrapped here, once per ORM: a regular expression on the
   * statement's first word and a histogram observation per statement.
   */
  instrumentStatements(orm: MikroORM): void {
    const logger = orm.config.getLogger();
    const original = logger.logQuery.bind(logger);
    logger.logQuery = (context: { query: string } & LogContext) => {
      if (typeof context.took === 'number') {
        this.statementSeconds.observe(
          {
            kind: statementKind(context.query),
            connection: context.connection?.name === 'read-pool' ? 'read-pool' : 'orm',
          },
          context.took / 1000,
        );
      }
      original(context);
    };
  }

  /** Heavy reads waiting for a place in the read pool (db/read-pool.ts), read at each scrape. */
  watchReadPool(pool: ReadPool): void {
    new Gauge({
      name: 'masar_read_pool_queued',
      help: 'Heavy reads waiting for a place in the read pool.',
      registers: [this.registry],
      collect() {
        this.set(pool.queued());
      },
    });
  }

  /** Seconds since the last successful backup ended (backup.service.ts), read at each scrape. */
  watchBackups(orm: MikroORM): void {
    new Gauge({
      name: 'masar_backup_age_seconds',
      help: 'Seconds since the last successful backup finished; +Inf while there is none.',
      registers: [this.registry],
      async collect() {
        const last = await latestBackup(orm.em);
        // None yet: infinitely old, so that an alert on the age fires rather than stays quiet.
        const at = last ? (last.finishedAt ?? last.startedAt).getTime() : -Infinity;
        this.set(Math.max(0, (Date.now() - at) / 1000));
      },
    });
  }
}

const digest = (value: string) => createHash('sha256').update(value).digest();

/** Compares a presented bearer token with the setting in constant time. */
export function tokenMatches(header: string | undefined, token: string): boolean {
  const presented = /^Bearer\s+(\S+)\s*$/i.exec(header ?? '')?.[1] ?? '';
  return timingSafeEqual(digest(presented), digest(token));
}

/**
 * GET /metrics: 404 when no token is set (as for any unknown address), 401 without the right
 * `Authorization: Bearer <token>`, else the metrics in Prometheus's text format.
 */
export function metricsRouter(metrics: AppMetrics | undefined, token: string | undefined) {
  const router = express.Router();
  router.get('/metrics', async (req, res, next) => {
    if (!metrics || !token) return notFound(req, res, next);
    res.setHeader('Cache-Control', 'no-store');
    if (!tokenMatches(req.headers.authorization, token)) {
      res.setHeader('WWW-Authenticate', 'Bearer realm="metrics"');
      res.status(401).type('text/plain').send('A valid metrics token is required.\n');
      return;
    }
    try {
      const body = await metrics.registry.metrics();
      res.type(metrics.registry.contentType).send(body);
    } catch (e) {
      next(e);
    }
  });
  return router;
}

/** What app.ts mounts: the request log and, when MASAR_METRICS_TOKEN is set, the metrics. */
export function observability(
  config: { metricsToken: string | undefined },
  orm: MikroORM,
  readPool: ReadPool,
) {
  const metrics = config.metricsToken ? new AppMetrics() : undefined;
  metrics?.instrumentStatements(orm);
  metrics?.watchReadPool(readPool);
  metrics?.watchBackups(orm);
  return {
    /** First middleware after the request ids: a log line and the metrics of every request. */
    requestLog: requestLog(metrics?.observeRequest),
    /** Apollo plugin: each operation's name and error codes for the request's line. */
    plugin: operationLogPlugin,
    /** GET /metrics. */
    router: metricsRouter(metrics, config.metricsToken),
    /** For createProtection: counts the 429 RATE_LIMITED. */
    onRateLimited: metrics?.onRateLimited,
  };
}
