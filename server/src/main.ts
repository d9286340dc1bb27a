import os from 'node:os';
import { loadConfig } from './config.js';
import { startApp } from './app.js';
import { errorSummary } from './http.js';
import { configureLogger, logger } from './logger.js';

const config = loadConfig();
configureLogger(config);
// A crash is logged without its message, which may quote a statement's values (http.ts).
process.on('uncaughtException', (err) => {
  logger.fatal(`Masar stopped on an unexpected error: ${errorSummary(err, !config.production)}`);
  process.exit(1);
});
const app = await startApp(config);
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
