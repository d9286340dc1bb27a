import { Migration } from '@mikro-orm/migrations';
import { ROLLUP_TABLES } from '../../../modules/analytics/rollups.js';
import {
  dropRollupTriggersSql,
  rollupMigrationSql,
} from '../../../modules/analytics/rollup-triggers.js';

export class Migration20261207_rollups extends Migration {

  override async up(): Promise<void> {
    // Written by hand (issue 17): the figures' rollups, their triggers, and their first fill from
    // the rows already there. The statements are modules/analytics/rollups.ts's and
    // rollup-triggers.ts's, so the migration and `pnpm masar rollups:rebuild` build the same; a
    // later change to them comes with its own migration (drop the triggers, create them, rebuild).
    // Only the last of the rollup migrations makes them (rollup-triggers.ts, ROLLUP_MIGRATIONS):
    // a database that runs this one runs that one too.
    for (const sql of rollupMigrationSql('sqlite', 'Migration20261207_rollups')) this.addSql(sql);
  }

  override async down(): Promise<void> {
    for (const sql of dropRollupTriggersSql('sqlite')) this.addSql(sql);
    for (const table of ROLLUP_TABLES) this.addSql(`drop table if exists ${table}`);
  }

}
