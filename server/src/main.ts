import os from 'node:os';
import { ConfigError, loadConfig, type Config } from './config.js';
import { startApp, type RunningApp } from './app.js';
import { explainStartFailure } from './modules/operations/start-failure.js';
import { errorSummary } from './http.js';
import { configureLogger, logger } from './logger.js';

let config: Config;
try {
  config = loadConfig();
} catch (err) {
  // A setting that does not parse: its one sentence, no stack.
  if (!(err instanceof ConfigError)) throw err;
  configureLogger({ logLevel: 'info', logPretty: undefined }); // the log's own settings unread
  logger.fatal(`Masar cannot start: ${err.message}.`);
  process.exit(2);
}
configureLogger(config);
// A crash is logged without its message, which may quote a statement's values (http.ts).
process.on('uncaughtException', (err) => {
  logger.fatal(`Masar stopped on an unexpected error: ${errorSummary(err, !config.production)}`);
  process.exit(1);
});
let app: RunningApp;
try {
  app = await startApp(config);
} catch (err) {
  // What an operator can fix (a data directory, a read-only or unreachable database, a full
  // disk, a failed migration, a busy port) in one sentence; anything else without its message.
  const sentence = explainStartFailure(err, config);
  logger.fatal(sentence ?? `Masar could not start: ${errorSummary(err, !config.production)}`);
  process.exit(1);
}
logger.info(
  `Masar is serving ${app.url} (GraphQL at ${app.url}/graphql) on ${
    config.engine === 'sqlite' ? `SQLite ${config.databaseUrl}` : 'PostgreSQL'
  }`,
);
if (
  !config.forceHttps &&
  config.trustProxy === false &&
  !/^(127\.|::1$|localhost$)/.test(config.host)
) {
  logger.warn(
    'Serving plain HTTP on a public address: put it behind an HTTPS reverse proxy and set ' +
      'MASAR_TRUST_PROXY (or MASAR_HTTPS=true), see README "Behind a reverse proxy".',
  );
}

// SIGTERM/SIGINT: finish what has arrived (up to the grace period), then exit 0; requests cut at
// the deadline exit 1; a second signal exits at once (128 + the signal's number, as a shell says).
let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (stopping) {
      logger.warn(`${signal} again: stopping at once.`);
      process.exit(128 + os.constants.signals[signal]);
    }
    stopping = true;
    const grace = config.shutdownGraceMs / 1000;
    logger.info(`${signal}: finishing the requests under way (up to ${grace} s), then stopping.`);
    app.close().then(
      ({ cut }) => {
        if (cut > 0) {
          logger.error(
            `The grace period (${grace} s, MASAR_SHUTDOWN_GRACE_SECONDS) ended with ${cut} request(s) still running: they were cut.`,
          );
          process.exit(1);
        }
        logger.info('Masar stopped.');
        process.exit(0);
      },
      (err: unknown) => {
        logger.error(`Masar did not stop cleanly: ${errorSummary(err, !config.production)}`);
        process.exit(1);
      },
    );
  });
}
