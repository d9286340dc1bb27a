import path from 'node:path';
import { defaultReadWorkers } from './db/read-pool.js';
import { LOG_LEVELS, type LogSettings } from './logger.js';

/** Which database engine the server runs on. */
export type DatabaseEngine = 'sqlite' | 'postgresql';

/** Every setting the server reads from its environment, parsed in this one place. */
export interface Config {
  port: number;
  host: string;
  dataDir: string;
  engine: DatabaseEngine;
  /** SQLite: the file path. PostgreSQL: the connection URL. */
  databaseUrl: string;
  adminPassword: string | undefined;
  /** Where the built SPA lives; served on the same port as /graphql when present. */
  clientDist: string | undefined;
  production: boolean;
  /** Where backups are written (MASAR_BACKUP_DIR; default: <data directory>/backups). */
  backupDir: string;
  /** The daily backup's time, "HH:MM" in Riyadh (MASAR_BACKUP_TIME); undefined: no schedule. */
  backupTime: string | undefined;
  /** How many backups the schedule keeps in the backup directory (MASAR_BACKUP_KEEP). */
  backupKeep: number;
  /** The pg_dump program (MASAR_PG_DUMP; default: pg_dump on PATH). */
  pgDump: string;
  /** The pg_restore program (MASAR_PG_RESTORE; default: pg_restore on PATH). */
  pgRestore: string;
  /** A session ends after this many minutes without a request. */
  sessionIdleMinutes: number;
  /** A session ends this many hours after sign-in, whatever the activity. */
  sessionMaxHours: number;
  /**
   * Express `trust proxy` setting, for the client address and protocol behind a reverse proxy:
   * false (trust no one), true (any), a number of hops, or addresses and subnets.
   */
  trustProxy: string | number | boolean;
  /** Every request counts as HTTPS (HSTS, Secure cookie) whatever the proxy says (MASAR_HTTPS). */
  forceHttps: boolean;
  /** Uploads one user may have under way at once (MASAR_UPLOADS_PER_USER). */
  uploadsPerUser: number;
  /** Uploads the whole server reads at once (MASAR_UPLOADS_MAX). */
  uploadsMax: number;
  /** A satisfaction-survey link stays valid this many days. */
  surveyValidDays: number;
  /** GraphQL operations per minute for each signed-in user, and for each API token. */
  rateLimitPerMinute: number;
  /** GraphQL operations per minute for each client address without a session or token. */
  anonymousRateLimitPerMinute: number;
  /** A GraphQL query's execution stops after this many milliseconds. */
  queryTimeoutMs: number;
  /** PostgreSQL: `statement_timeout` of the server's connections, in milliseconds. */
  statementTimeoutMs: number;
  /** Rows one transactions CSV export writes at most (MASAR_EXPORT_MAX_ROWS). */
  exportMaxRows: number;
  /** A mutation still running after this many milliseconds is rolled back (MASAR_MUTATION_BUDGET_MS). */
  mutationBudgetMs: number;
  /** How many heavy reads run at once (SQLite: each in a read process of its own). */
  readWorkers: number;
  /** On SIGTERM/SIGINT, requests under way get this long to finish (MASAR_SHUTDOWN_GRACE_SECONDS). */
  shutdownGraceMs: number;
  /** The log's level (MASAR_LOG_LEVEL). */
  logLevel: LogSettings['logLevel'];
  /** Readable log lines instead of JSON (MASAR_LOG_PRETTY); undefined: on a terminal. */
  logPretty: boolean | undefined;
  /** The bearer token GET /metrics asks for (MASAR_METRICS_TOKEN); unset: /metrics is a 404. */
  metricsToken: string | undefined;
}

export class ConfigError extends Error {
  override name = 'ConfigError';
}

function parsePort(raw: string | undefined): number {
  if (raw === undefined || raw === '') return 4000;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new ConfigError(`PORT must be an integer between 0 and 65535, got "${raw}"`);
  }
  return port;
}

function parsePositive(name: string, raw: string | undefined, fallback: number): number {
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value <= 0) {
    throw new ConfigError(`${name} must be a positive number, got "${raw}"`);
  }
  return value;
}

function parseBoolean(name: string, raw: string | undefined, fallback: boolean): boolean {
  if (raw === undefined || raw === '') return fallback;
  if (/^(true|1|yes)$/i.test(raw)) return true;
  if (/^(false|0|no)$/i.test(raw)) return false;
  throw new ConfigError(`${name} must be true or false, got "${raw}"`);
}

function parseLogLevel(raw: string | undefined): LogSettings['logLevel'] {
  if (raw === undefined || raw === '') return 'info';
  const level = LOG_LEVELS.find((l) => l === raw.trim().toLowerCase());
  if (!level) {
    throw new ConfigError(`MASAR_LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}, got "${raw}"`);
  }
  return level;
}

/** A token for GET /metrics: long enough not to be guessed. */
function parseMetricsToken(raw: string | undefined): string | undefined {
  if (raw === undefined || raw === '') return undefined;
  if (raw.length < 16 || /\s/.test(raw)) {
    throw new ConfigError('MASAR_METRICS_TOKEN must be at least 16 characters without spaces');
  }
  return raw;
}

/**
 * MASAR_TRUST_PROXY as Express wants it: `true`/`false`, a number of hops, or a list of addresses,
 * subnets and names (`loopback`, `uniquelocal`…). Express would read "true" as an address and
 * refuse to start, and "1" as the address 0.0.0.1, trusting no one.
 */
export function parseTrustProxy(raw: string | undefined): string | number | boolean {
  const value = raw?.trim() ?? '';
  if (value === '' || /^false$/i.test(value)) return false;
  if (/^true$/i.test(value)) return true;
  if (/^\d+$/.test(value)) return Number(value);
  return value;
}

/** MASAR_BACKUP_TIME: "HH:MM" on a 24-hour clock, Riyadh time; unset: no scheduled backups. */
export function parseBackupTime(raw: string | undefined): string | undefined {
  const value = raw?.trim() ?? '';
  if (value === '') return undefined;
  const m = /^([01]?\d|2[0-3]):([0-5]\d)$/.exec(value);
  if (!m) {
    throw new ConfigError(
      `MASAR_BACKUP_TIME must be a time of day like 02:30 (Riyadh time), got "${raw}"`,
    );
  }
  return `${m[1]!.padStart(2, '0')}:${m[2]}`;
}

function parseDatabase(
  raw: string | undefined,
  dataDir: string,
): { engine: DatabaseEngine; databaseUrl: string } {
  if (raw === undefined || raw.trim() === '') {
    return { engine: 'sqlite', databaseUrl: path.join(dataDir, 'masar.sqlite') };
  }
  if (/^postgres(ql)?:\/\//.test(raw)) return { engine: 'postgresql', databaseUrl: raw };
  if (raw.startsWith('sqlite:')) {
    return { engine: 'sqlite', databaseUrl: path.resolve(raw.slice('sqlite:'.length)) };
  }
  throw new ConfigError(
    'DATABASE_URL must be unset (SQLite in MASAR_DATA_DIR), postgresql://… or sqlite:<file>',
  );
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const dataDir = path.resolve(env.MASAR_DATA_DIR || './data');
  return {
    port: parsePort(env.PORT),
    host: env.HOST || '127.0.0.1',
    dataDir,
    ...parseDatabase(env.DATABASE_URL, dataDir),
    adminPassword: env.MASAR_ADMIN_PASSWORD || undefined,
    clientDist: env.MASAR_CLIENT_DIST ? path.resolve(env.MASAR_CLIENT_DIST) : undefined,
    backupDir: path.resolve(env.MASAR_BACKUP_DIR || path.join(dataDir, 'backups')),
    backupTime: parseBackupTime(env.MASAR_BACKUP_TIME),
    backupKeep: Math.floor(parsePositive('MASAR_BACKUP_KEEP', env.MASAR_BACKUP_KEEP, 7)),
    pgDump: env.MASAR_PG_DUMP || 'pg_dump',
    pgRestore: env.MASAR_PG_RESTORE || 'pg_restore',
    production: env.NODE_ENV !== 'development',
    sessionIdleMinutes: parsePositive(
      'MASAR_SESSION_IDLE_MINUTES',
      env.MASAR_SESSION_IDLE_MINUTES,
      120,
    ),
    sessionMaxHours: parsePositive('MASAR_SESSION_MAX_HOURS', env.MASAR_SESSION_MAX_HOURS, 12),
    trustProxy: parseTrustProxy(env.MASAR_TRUST_PROXY),
    forceHttps: parseBoolean('MASAR_HTTPS', env.MASAR_HTTPS, false),
    uploadsPerUser: parsePositive('MASAR_UPLOADS_PER_USER', env.MASAR_UPLOADS_PER_USER, 2),
    uploadsMax: parsePositive('MASAR_UPLOADS_MAX', env.MASAR_UPLOADS_MAX, 8),
    surveyValidDays: parsePositive('MASAR_SURVEY_DAYS', env.MASAR_SURVEY_DAYS, 30),
    rateLimitPerMinute: parsePositive('MASAR_RATE_LIMIT', env.MASAR_RATE_LIMIT, 600),
    anonymousRateLimitPerMinute: parsePositive(
      'MASAR_RATE_LIMIT_ANONYMOUS',
      env.MASAR_RATE_LIMIT_ANONYMOUS,
      300,
    ),
    queryTimeoutMs: parsePositive('MASAR_QUERY_TIMEOUT_MS', env.MASAR_QUERY_TIMEOUT_MS, 10_000),
    statementTimeoutMs: parsePositive(
      'MASAR_STATEMENT_TIMEOUT_MS',
      env.MASAR_STATEMENT_TIMEOUT_MS,
      30_000,
    ),
    exportMaxRows: Math.floor(
      parsePositive('MASAR_EXPORT_MAX_ROWS', env.MASAR_EXPORT_MAX_ROWS, 100_000),
    ),
    mutationBudgetMs: parsePositive(
      'MASAR_MUTATION_BUDGET_MS',
      env.MASAR_MUTATION_BUDGET_MS,
      5_000,
    ),
    readWorkers: Math.floor(
      parsePositive('MASAR_READ_WORKERS', env.MASAR_READ_WORKERS, defaultReadWorkers()),
    ),
    shutdownGraceMs:
      parsePositive('MASAR_SHUTDOWN_GRACE_SECONDS', env.MASAR_SHUTDOWN_GRACE_SECONDS, 20) * 1000,
    logLevel: parseLogLevel(env.MASAR_LOG_LEVEL),
    logPretty: env.MASAR_LOG_PRETTY
      ? parseBoolean('MASAR_LOG_PRETTY', env.MASAR_LOG_PRETTY, false)
      : undefined,
    metricsToken: parseMetricsToken(env.MASAR_METRICS_TOKEN),
  };
}
