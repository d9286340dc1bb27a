/**
 * The container files, linted as far as this machine allows (Docker's daemon and hadolint are not
 * available): the Dockerfile's shape and that everything it copies exists; deploy/compose.yaml
 * through `docker compose config` (or Debian's docker-compose) when one is installed; the
 * Caddyfile through `caddy validate` when Caddy is installed. deploy/nginx.conf is run for real by
 * proxy.api.test.ts.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { serverRoot } from '../../test-support/server-process.js';

const root = path.resolve(serverRoot, '..');
const read = (file: string) => fs.readFileSync(path.join(root, file), 'utf8');
const has = (cmd: string, args: string[]) => spawnSync(cmd, args, { stdio: 'ignore' }).status === 0;

/** `docker compose` (v2) or Debian's `docker-compose` (v1), whichever runs here. */
const compose: string[] | null = has('docker', ['compose', 'version'])
  ? ['docker', 'compose']
  : has('docker-compose', ['version'])
    ? ['docker-compose']
    : null;
const caddy = has('caddy', ['version']);

describe('container files', () => {
  it('Dockerfile: two stages, the built app only, non-root, probes, volume, port', () => {
    const dockerfile = read('Dockerfile');
    const stages = [...dockerfile.matchAll(/^FROM (\S+) AS (\w+)/gm)].map((m) => [m[1], m[2]]);
    expect(stages).toEqual([
      ['node:20-bookworm-slim', 'build'],
      ['node:20-bookworm-slim', 'runtime'],
    ]);
    const [build, runtime] = dockerfile.split(/^FROM .* AS runtime$/m) as [string, string];
    expect(build).toContain('npm install -g pnpm@10');
    expect(build).toContain('pnpm install --frozen-lockfile');
    expect(build).toContain('pnpm build');
    expect(build).toContain('pnpm --filter @masar/server deploy --prod');
    expect(runtime).toContain('postgresql-client');
    expect(runtime).toMatch(/^USER node$/m);
    expect(runtime).toMatch(/^EXPOSE 4000$/m);
    expect(runtime).toMatch(/HOST=0\.0\.0\.0/);
    expect(runtime).toMatch(/MASAR_DATA_DIR=\/var\/lib\/masar/);
    expect(runtime).toMatch(/^VOLUME \["\/var\/lib\/masar"\]$/m);
    expect(runtime).toMatch(/^HEALTHCHECK [\s\S]*\/healthz/m);
    expect(runtime).toMatch(/^CMD \["node", "scripts\/start\.mjs"\]$/m);
    // The runtime copies nothing from the build context: only what the build stage made or holds.
    expect(runtime).not.toMatch(/^COPY (?!--from=build)/m);
  });

  it('every file the Dockerfile copies from the sources exists, and .dockerignore keeps it', () => {
    const dockerfile = read('Dockerfile');
    const fromSources = [...dockerfile.matchAll(/\/src\/(\S+)/g)]
      .map((m) => m[1]!)
      .filter((p) => !/(^|\/)dist$/.test(p));
    const fromContext = [...dockerfile.matchAll(/^COPY (?!--from)(.+) \S+$/gm)].flatMap((m) =>
      m[1]!.split(' ').filter((p) => p !== '.'),
    );
    expect(fromSources).toContain('scripts/start.mjs');
    for (const file of [...fromSources, ...fromContext])
      expect(fs.existsSync(path.join(root, file)), file).toBe(true);
    const ignored = read('.dockerignore');
    for (const file of [...fromSources, ...fromContext])
      expect(ignored.split('\n'), file).not.toContain(file);
    expect(ignored).toMatch(/^\*\*\/node_modules$/m);
  });

  it.skipIf(!compose)('deploy/compose.yaml passes `compose config`', () => {
    const out = execFileSync(compose![0]!, [...compose!.slice(1), '-f', 'compose.yaml', 'config'], {
      cwd: path.join(root, 'deploy'),
      env: { ...process.env, MASAR_DB_PASSWORD: 'test-password' },
      encoding: 'utf8',
    });
    for (const service of ['db', 'app1', 'app2', 'caddy']) expect(out).toMatch(`  ${service}:`);
    expect(out).toContain('postgres:15');
    expect(out.match(/masar-data:\/var\/lib\/masar/g)).toHaveLength(2);
    expect(out.match(/MASAR_TRUST_PROXY: 172\.30\.0\.10/g)).toHaveLength(2);
    expect(out).toContain('ipv4_address: 172.30.0.10');
  });

  it.skipIf(!compose)('deploy/compose.yaml refuses to start without a database password', () => {
    const env = { ...process.env };
    delete env.MASAR_DB_PASSWORD;
    const run = spawnSync(compose![0]!, [...compose!.slice(1), '-f', 'compose.yaml', 'config'], {
      cwd: path.join(root, 'deploy'),
      env,
      encoding: 'utf8',
    });
    expect(run.status).not.toBe(0);
    expect(run.stderr).toContain('set MASAR_DB_PASSWORD');
  });

  it.skipIf(!caddy)('deploy/Caddyfile is valid, for a public name and for a local try', () => {
    const home = fs.mkdtempSync(path.join(os.tmpdir(), 'masar-caddy-'));
    try {
      for (const [domain, tls] of [
        ['masar.example.org', 'it@example.org'],
        ['localhost', 'internal'],
      ]) {
        const run = spawnSync(
          'caddy',
          ['validate', '--config', 'Caddyfile', '--adapter', 'caddyfile'],
          {
            cwd: path.join(root, 'deploy'),
            env: {
              ...process.env,
              HOME: home,
              XDG_DATA_HOME: home,
              XDG_CONFIG_HOME: home,
              MASAR_DOMAIN: domain,
              MASAR_TLS: tls,
            },
            encoding: 'utf8',
          },
        );
        expect(run.status, run.stderr).toBe(0);
      }
      const adapted = execFileSync('caddy', ['adapt', '--config', 'Caddyfile'], {
        cwd: path.join(root, 'deploy'),
        env: { ...process.env, HOME: home, MASAR_DOMAIN: 'localhost', MASAR_TLS: 'internal' },
        encoding: 'utf8',
      });
      expect(adapted).toContain('"uri":"/readyz"');
      expect(adapted).toContain('{"dial":"app1:4000"},{"dial":"app2:4000"}');
    } finally {
      fs.rmSync(home, { recursive: true, force: true });
    }
  });
});
