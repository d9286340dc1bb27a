import { Migration } from '@mikro-orm/migrations';
import {
  rebuildStatements,
  rollupTablesSql,
  ROLLUP_TABLES,
} from '../../../modules/analytics/rollups.js';
import {
  dropRollupTriggersSql,
  rollupTriggersSql,
} from '../../../modules/analytics/rollup-triggers.js';

export class Migration20261207_rollups_by_mode extends Migration {
  override async up(): Promise<void> {
    // Written by hand (issue 17): rollup_satisfaction_day gained the policy version, the
    // handling-time bucket and the answer's mode (satisfaction statistics read it), and the
    // survey triggers changed with it. A database migrated before has the first shape: the
    // rollups are made again from the definitions of today and rebuilt from the raw rows.
    for (const sql of dropRollupTriggersSql('postgresql')) this.addSql(sql);
    for (const table of ROLLUP_TABLES) this.addSql(`drop table if exists ${table}`);
    for (const sql of rollupTablesSql('postgresql')) this.addSql(sql);
    for (const sql of rollupTriggersSql('postgresql')) this.addSql(sql);
    for (const sql of rebuildStatements('postgresql')) this.addSql(sql);
  }
}
