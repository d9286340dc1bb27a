import { Migration } from '@mikro-orm/migrations';

export class Migration20261207_referral_due extends Migration {

  override async up(): Promise<void> {
    // Written by hand (issue 18 item 5): the social research's due date while a transaction is
    // referred (set by transactionRefer, cleared on the return or a withdrawal), and the
    // researcher's queue in its order, the referred rows only (as the committee's queue index).
    // Transactions referred before this migration keep no due date (their queue shows none).
    this.addSql(`alter table \`beneficiary_transaction\` add column \`referral_due_at\` datetime null;`);
    this.addSql(`create index \`beneficiary_transaction_referral_queue_index\` on \`beneficiary_transaction\` (\`referral_due_at\`, \`id\`) where \`status\` = 'REFERRED';`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index if exists \`beneficiary_transaction_referral_queue_index\`;`);
    this.addSql(`alter table \`beneficiary_transaction\` drop column \`referral_due_at\`;`);
  }

}
