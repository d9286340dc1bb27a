/**
 * Fills an empty database with realistic demo data (see db/demo/generate-demo.ts):
 *
 *   pnpm seed:demo --transactions 5000 [--seed 7]
 *
 * Deterministic for a given seed; shows a progress bar and prints rows per second.
 */
import { parseArgs } from 'node:util';
import { loadConfig } from '../config.js';
import { openDatabase } from '../db/orm.js';
import { generateDemo } from '../db/demo/generate-demo.js';

const { values } = parseArgs({
  options: {
    transactions: { type: 'string', default: '5000' },
    seed: { type: 'string', default: '1' },
  },
  strict: true,
});
const transactions = Number(values.transactions);
const seed = Number(values.seed);
if (!Number.isInteger(transactions) || transactions < 1 || !Number.isInteger(seed)) {
  console.error('Usage: pnpm seed:demo --transactions N [--seed S]   (N ≥ 1, S an integer)');
  process.exit(2);
}

const config = loadConfig();
const orm = await openDatabase(config);
const started = Date.now();
const fmt = new Intl.NumberFormat('en');
const bar = (done: number, total: number, rows: number) => {
  const width = 30;
  const filled = Math.round((done / total) * width);
  const seconds = Math.max(0.001, (Date.now() - started) / 1000);
  const line = `[${'█'.repeat(filled)}${'░'.repeat(width - filled)}] ${Math.floor((100 * done) / total)}% ${fmt.format(done)}/${fmt.format(total)} transactions · ${fmt.format(Math.round(rows / seconds))} rows/s`;
  if (process.stderr.isTTY) process.stderr.write(`\r${line}`);
  else if (done === total || done % Math.max(1, Math.floor(total / 10)) === 0) console.error(line);
};
try {
  const summary = await generateDemo(orm, {
    engine: config.engine,
    sqliteFile: config.engine === 'sqlite' ? config.databaseUrl : undefined,
    dataDir: config.dataDir,
    transactions,
    seed,
    onProgress: bar,
  });
  if (process.stderr.isTTY) process.stderr.write('\n');
  console.log(
    [
      `Demo data written in ${summary.seconds.toFixed(1)} s: ${fmt.format(summary.rows)} rows, ${fmt.format(Math.round(summary.rows / summary.seconds))} rows/s.`,
      `  ${fmt.format(summary.beneficiaries)} beneficiaries, ${fmt.format(summary.transactions)} transactions, ${fmt.format(summary.events)} timeline events,`,
      `  ${fmt.format(summary.households)} households (${fmt.format(summary.householdMembers)} members), ${fmt.format(summary.documents)} documents, ${fmt.format(summary.supportAwards)} support awards, ${fmt.format(summary.supportDeliveries)} deliveries,`,
      `  ${fmt.format(summary.invitations)} survey links, ${fmt.format(summary.responses)} answers, ${fmt.format(summary.improvementActions)} improvement actions, ${fmt.format(summary.feedbackItems)} suggestions and complaints.`,
      `Demo users (password ${summary.password}): staff1…staff5, researcher1, researcher2, committee1…committee3, manager1, analyst1.`,
    ].join('\n'),
  );
} catch (err) {
  console.error(err instanceof Error ? err.message.slice(0, 500) : err);
  process.exitCode = 1;
} finally {
  await orm.close();
}
