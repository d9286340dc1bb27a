import { loadConfig } from './config.js';
import { startApp } from './app.js';

const config = loadConfig();
const app = await startApp(config);
console.log(
  `Masar is serving ${app.url} (GraphQL at ${app.url}/graphql) on ${
    config.engine === 'sqlite' ? `SQLite ${config.databaseUrl}` : 'PostgreSQL'
  }`,
);

let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    app.close().then(
      () => process.exit(0),
      (err: unknown) => {
        console.error(err);
        process.exit(1);
      },
    );
  });
}
