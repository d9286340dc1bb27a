/**
 * Vitest global set-up: the tests that run the server as an operator does (a real `node
 * server/dist/main.js` process, signals, kill -9, the CLI) need the built server; it is built
 * here when missing or older than its sources, once per test run.
 */
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export default async function setup(): Promise<void> {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
  const { buildIfStale } = (await import(
    pathToFileURL(path.join(root, 'scripts/build-if-stale.mjs')).href
  )) as {
    buildIfStale: (name: string, sources: string[], output: string, filter: string) => void;
  };
  buildIfStale('server', ['server/src'], path.join(root, 'server/dist/main.js'), '@masar/server');
}
