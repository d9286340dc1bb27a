#!/usr/bin/env node
// `pnpm codegen:check`: regenerates the typed operations into a temporary folder and fails
// when they differ from the committed src/gql (schema or operations changed without `pnpm codegen`).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const clientDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const committed = path.join(clientDir, 'src', 'gql');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'masar-codegen-'));

function listFiles(dir, base = dir) {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) => {
      const full = path.join(dir, entry.name);
      return entry.isDirectory() ? listFiles(full, base) : [path.relative(base, full)];
    })
    .sort();
}

let exitCode = 0;
try {
  const bin = path.join(clientDir, 'node_modules', '.bin', 'graphql-codegen');
  const result = spawnSync(bin, ['--config', 'codegen.ts', '--silent'], {
    cwd: clientDir,
    stdio: 'inherit',
    env: { ...process.env, CODEGEN_OUT: `${tmp}${path.sep}` },
  });
  if (result.status !== 0) {
    console.error('codegen:check: graphql-codegen failed');
    exitCode = 1;
  } else {
    const expected = listFiles(tmp);
    const actual = listFiles(committed);
    const problems = [];
    for (const file of new Set([...expected, ...actual])) {
      if (!expected.includes(file)) problems.push(`unexpected file src/gql/${file}`);
      else if (!actual.includes(file)) problems.push(`missing file src/gql/${file}`);
      else if (
        fs.readFileSync(path.join(tmp, file), 'utf8') !==
        fs.readFileSync(path.join(committed, file), 'utf8')
      ) {
        problems.push(`outdated file src/gql/${file}`);
      }
    }
    if (problems.length) {
      console.error('codegen:check: src/gql is out of date with the schema and operations:');
      for (const p of problems) console.error(`  - ${p}`);
      console.error(
        'Run `pnpm codegen` in client/ (or `pnpm codegen` at the root) and commit src/gql.',
      );
      exitCode = 1;
    } else {
      console.log(`codegen:check: src/gql is up to date (${expected.length} files).`);
    }
  }
} finally {
  fs.rmSync(tmp, { recursive: true, force: true });
}
process.exit(exitCode);
