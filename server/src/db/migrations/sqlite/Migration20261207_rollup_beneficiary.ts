import { Migration } from '@mikro-orm/migrations';
import { remakeRollupsSql } from '../../../modules/analytics/rollup-triggers.js';

export class Migration20261207_rollup_beneficiary extends Migration {
  override async up(): Promise<void> {
    // Written by hand (issue 17): rollup_beneficiary keeps each beneficiary's transactions for the
    // name search's count, and the transaction triggers keep it: the rollups are made again from
    // the definitions of today and rebuilt from the raw rows.
    for (const sql of remakeRollupsSql('sqlite')) this.addSql(sql);
  }
}
