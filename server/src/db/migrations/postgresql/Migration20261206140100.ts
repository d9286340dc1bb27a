import { Migration } from '@mikro-orm/migrations';
import { redactStoredComments } from '../../../modules/satisfaction/redact-store.js';

export class Migration20261206140100 extends Migration {

  override async up(): Promise<void> {
    // Written by hand: analysts search the de-identified comment, not the full one. The column
    // is added and filled here (statements run at once, in the migration's transaction), and
    // every stored comment is de-identified again with the current rules.
    await this.execute(`alter table "survey_response" add column "comment_redacted_folded" text null;`);
    await redactStoredComments((sql, params) => this.execute(sql, params));
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "survey_response" drop column "comment_redacted_folded";`);
  }

}
