/**
 * The server as an operator runs it: `node server/dist/main.js` in a process of its own, on a
 * test database (createTestDatabase), spoken to over real HTTP, stopped by real signals.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Config } from '../config.js';
import { TEST_ADMIN_PASSWORD } from './test-app.js';

export const serverRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const mainJs = path.join(serverRoot, 'dist/main.js');

/** A port nobody listens on right now. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

/** The environment that points a server process at a test database's settings. */
export function envFor(config: Config, extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  return {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    NODE_ENV: 'production',
    HOST: '127.0.0.1',
    MASAR_DATA_DIR: config.dataDir,
    MASAR_ADMIN_PASSWORD: TEST_ADMIN_PASSWORD,
    ...(config.engine === 'postgresql' ? { DATABASE_URL: config.databaseUrl } : {}),
    ...extra,
  };
}

export interface ServerProcess {
  url: string;
  child: ChildProcess;
  /** Everything the process wrote to stdout and stderr so far. */
  output(): string;
  /** Resolves with the exit code (null when killed by a signal) and the signal. */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/** Runs `node <script>` with `env` and collects its output; does not wait for anything. */
export function runProcess(args: string[], env: NodeJS.ProcessEnv): Omit<ServerProcess, 'url'> {
  const child = spawn(process.execPath, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  child.stdout!.on('data', (chunk: Buffer) => (out += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (out += chunk.toString()));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.on('exit', (code, signal) => resolve({ code, signal })),
  );
  return { child, output: () => out, exited };
}

/** Starts the built server on a free port and waits until `/healthz` answers. */
export async function startServerProcess(
  config: Config,
  extra: Record<string, string> = {},
  { timeoutMs = 60_000 } = {},
): Promise<ServerProcess> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const running = runProcess([mainJs], envFor(config, { PORT: String(port), ...extra }));
  let gone = false;
  void running.exited.then(() => (gone = true));
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (gone) throw new Error(`the server exited before answering:\n${running.output()}`);
    try {
      const res = await fetch(`${url}/healthz`);
      if (res.ok) return { ...running, url };
    } catch {
      // Not listening yet.
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  running.child.kill('SIGKILL');
  throw new Error(`the server did not answer within ${timeoutMs} ms:\n${running.output()}`);
}
