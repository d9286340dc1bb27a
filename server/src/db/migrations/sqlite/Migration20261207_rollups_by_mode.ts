import { Migration } from '@mikro-orm/migrations';
import { rollupMigrationSql } from '../../../modules/analytics/rollup-triggers.js';

export class Migration20261207_rollups_by_mode extends Migration {
  override async up(): Promise<void> {
    // Written by hand (issue 17): rollup_satisfaction_day gained the policy version, the
    // handling-time bucket and the answer's mode (satisfaction statistics read it), and the
    // survey triggers changed with it. A database migrated before has the first shape: the
    // rollups are made again from the definitions of today and rebuilt from the raw rows.
    // Only the last of the rollup migrations does it (rollup-triggers.ts, ROLLUP_MIGRATIONS).
    for (const sql of rollupMigrationSql('sqlite', 'Migration20261207_rollups_by_mode')) this.addSql(sql);
  }
}
