// A throwaway PostgreSQL cluster on 127.0.0.1 for the test run: initdb in a temp dir,
// pg_ctl start on a free port, trust auth, stopped and removed at the end.
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

function findBin(name) {
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    if (dir && fs.existsSync(path.join(dir, name))) return path.join(dir, name);
  }
  const base = '/usr/lib/postgresql';
  if (fs.existsSync(base)) {
    for (const v of fs.readdirSync(base).sort().reverse()) {
      const candidate = path.join(base, v, 'bin', name);
      if (fs.existsSync(candidate)) return candidate;
    }
  }
  return null;
}

function freePortSync() {
  // Ask the OS for a free port in a child process (this module stays synchronous).
  const out = execFileSync(process.execPath, [
    '-e',
    "const s=require('net').createServer();s.listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})",
  ]);
  return Number(String(out).trim());
}

/**
 * `keepIn`: the cluster lives in that folder instead, made on the first call and kept when
 * stopped, so that its databases are there the next time (the benchmarks' demo data).
 */
export function startThrowawayPostgres({ keepIn } = {}) {
  const initdb = findBin('initdb');
  const pgCtl = findBin('pg_ctl');
  if (!initdb || !pgCtl) throw new Error('initdb/pg_ctl not found');
  const dir = keepIn ?? fs.mkdtempSync(path.join(os.tmpdir(), 'masar-pg-'));
  const made = fs.existsSync(path.join(dir, 'data', 'PG_VERSION'));
  fs.mkdirSync(dir, { recursive: true });
  const asRoot = process.getuid?.() === 0;
  const run = (bin, args) => {
    const [cmd, argv] = asRoot ? ['runuser', ['-u', 'postgres', '--', bin, ...args]] : [bin, args];
    const r = spawnSync(cmd, argv, { encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`${path.basename(bin)} failed: ${r.stderr || r.stdout}`);
  };
  if (asRoot) execFileSync('chown', ['postgres', dir]);
  const port = freePortSync();
  // A kept cluster left running by a run that was killed: stopped first.
  if (made && fs.existsSync(path.join(dir, 'data', 'postmaster.pid'))) {
    try {
      run(pgCtl, ['-D', path.join(dir, 'data'), '-m', 'fast', '-w', 'stop']);
    } catch {
      // not running after all
    }
  }
  if (!made)
    run(initdb, [
      '-D',
      path.join(dir, 'data'),
      '-U',
      'masar',
      '--auth=trust',
      '-E',
      'UTF8',
      '--locale=C.UTF-8',
    ]);
  run(pgCtl, [
    '-D',
    path.join(dir, 'data'),
    '-o',
    `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=400`,
    '-l',
    path.join(dir, 'log'),
    '-w',
    'start',
  ]);
  console.log(
    `Started a ${keepIn ? 'kept' : 'throwaway'} PostgreSQL on 127.0.0.1:${port}${keepIn ? ` (${dir})` : ''}`,
  );
  return {
    url: `postgresql://masar@127.0.0.1:${port}/postgres`,
    stop() {
      try {
        run(pgCtl, ['-D', path.join(dir, 'data'), '-m', 'fast', '-w', 'stop']);
      } finally {
        if (!keepIn) fs.rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}
