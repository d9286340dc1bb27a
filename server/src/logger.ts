/**
 * The server's one logger (README, "Logs and metrics"): JSON lines on standard output, one
 * object per line, or pino-pretty's readable lines on a terminal (MASAR_LOG_PRETTY).
 *
 * What goes in: ids, counts, durations, codes, names of the app's own operations and routes.
 * What never does: request or response bodies, query strings, GraphQL variables, headers
 * (redacted below should one ever be passed), personal data, passwords, tokens, cookies.
 */
import { createRequire } from 'node:module';
import { pino, type LevelWithSilent } from 'pino';

/** The levels MASAR_LOG_LEVEL takes, quietest last. */
export const LOG_LEVELS: readonly LevelWithSilent[] = [
  'trace',
  'debug',
  'info',
  'warn',
  'error',
  'fatal',
  'silent',
];

export interface LogSettings {
  logLevel: LevelWithSilent;
  /** Readable lines instead of JSON; undefined: when standard output is a terminal. */
  logPretty: boolean | undefined;
}

type Prettify = (line: string) => string;
let prettify: Prettify | null = null;

/**
 * Every line goes through `process.stdout.write` (synchronous for files and pipes on Linux, so a
 * line written just before `process.exit` is not lost).
 */
const destination = {
  write(line: string): void {
    process.stdout.write(prettify ? prettify(line) : line);
  },
};

/** Should a caller ever pass these, they are replaced before the line is written. */
export const REDACTED_PATHS = [
  'req.headers.authorization',
  'req.headers.cookie',
  'req.headers["x-api-token"]',
  'res.headers["set-cookie"]',
  'headers.authorization',
  'headers.cookie',
  'headers["set-cookie"]',
  '*.password',
  '*.newPassword',
  '*.currentPassword',
  '*.token',
  '*.nationalId',
  '*.mobile',
  '*.fullName',
  'password',
  'token',
  'cookie',
  'authorization',
  'nationalId',
  'mobile',
  'fullName',
];

export const logger = pino(
  {
    level: 'info',
    // No host name or process id in every line: the process's supervisor knows them.
    base: undefined,
    timestamp: pino.stdTimeFunctions.isoTime,
    formatters: { level: (label) => ({ level: label }) },
    redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
  },
  destination,
);

/** Applies the settings (main.ts, right after reading them). */
export function configureLogger(settings: LogSettings): void {
  logger.level = settings.logLevel;
  const pretty = settings.logPretty ?? process.stdout.isTTY === true;
  if (!pretty) {
    prettify = null;
    return;
  }
  // Loaded only when asked for: production logs are JSON.
  const { prettyFactory } = createRequire(import.meta.url)('pino-pretty') as {
    prettyFactory: (options: Record<string, unknown>) => Prettify;
  };
  prettify = prettyFactory({
    colorize: process.stdout.isTTY === true,
    translateTime: 'SYS:HH:MM:ss.l',
    ignore: 'pid,hostname',
    singleLine: true,
  });
}

const LOOKS_LIKE_DATA = /[0-9%]|[^\x20-\x7e]/;

/**
 * The path as the log may show it: every segment that could be an id, a token, a name or any
 * other data (a digit, a non-ASCII or escaped character, or 20 characters and more) is `:x`.
 * `/s/<survey token>` becomes `/s/:x`, `/api/library/attachments/12` `/api/library/attachments/:x`.
 */
export function loggablePath(path: string): string {
  const segments = path.slice(0, 200).split('/');
  const survey = segments[1] === 's';
  return segments
    .map((segment, i) =>
      i === 0 || segment === ''
        ? segment
        : (survey && i > 1) || LOOKS_LIKE_DATA.test(segment) || segment.length >= 20
          ? ':x'
          : segment,
    )
    .join('/');
}

/**
 * Text for the operator's eyes only, outside the structured log: a plain line on standard
 * output, not JSON, so that a log shipper that parses JSON lines indexes no field of it. Only the
 * first start's generated admin password uses it (app.ts): shown once, where the person who
 * started the server reads it.
 */
export function showOperator(text: string): void {
  console.log(text);
}
