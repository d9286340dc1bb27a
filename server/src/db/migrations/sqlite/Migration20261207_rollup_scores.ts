import { Migration } from '@mikro-orm/migrations';
import { rollupMigrationSql } from '../../../modules/analytics/rollup-triggers.js';

export class Migration20261207_rollup_scores extends Migration {
  override async up(): Promise<void> {
    // Written by hand (issue 17): rollup_satisfaction_day counts the answers by score (overall
    // 1–5, recommend 0–10), which satisfactionReport's distributions read: the rollups are made
    // again from the definitions of today and rebuilt from the raw rows.
    // Only the last of the rollup migrations does it (rollup-triggers.ts, ROLLUP_MIGRATIONS).
    for (const sql of rollupMigrationSql('sqlite', 'Migration20261207_rollup_scores')) this.addSql(sql);
  }
}
