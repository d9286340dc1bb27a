/**
 * Runs the app exactly as `pnpm start` does (scripts/start.mjs, which finds the builds fresh
 * and runs node server/dist/main.js) on a fresh data directory and a free port, for
 * black-box API and browser tests.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const outputDir = path.join(repoRoot, 'tests/output');

export interface RunningServer {
  url: string;
  /** What the server printed so far. */
  readonly output: string;
  dataDir: string;
  process: ChildProcess;
  stop(): Promise<void>;
}

export async function startServer(
  options: { dataDir?: string; env?: Record<string, string> } = {},
): Promise<RunningServer> {
  const main = path.join(repoRoot, 'server/dist/main.js');
  const index = path.join(repoRoot, 'client/dist/index.html');
  for (const built of [main, index]) {
    if (!fs.existsSync(built)) throw new Error(`${built} is missing: run \`pnpm build\` first`);
  }
  const dataDir = options.dataDir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'masar-e2e-'));
  const child = spawn(process.execPath, [path.join(repoRoot, 'scripts/start.mjs')], {
    env: {
      ...process.env,
      PORT: '0',
      HOST: '127.0.0.1',
      MASAR_DATA_DIR: dataDir,
      DATABASE_URL: '',
      NODE_ENV: 'production',
      MASAR_ADMIN_PASSWORD: '',
      ...options.env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${output}`)), 60_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /serving (http:\/\/[^\s]+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]!);
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`server exited with ${code}:\n${output}`));
    });
  });
  return {
    url,
    get output() {
      return output;
    },
    dataDir,
    process: child,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

export async function graphql<T>(
  url: string,
  query: string,
  variables?: Record<string, unknown>,
): Promise<{ data?: T; errors?: { message: string; extensions?: { code?: string } }[] }> {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  return (await res.json()) as { data?: T; errors?: { message: string }[] };
}
