import { Migration } from '@mikro-orm/migrations';

export class Migration20261127044607 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create index \`beneficiary_transaction_opened_at_index\` on \`beneficiary_transaction\` (\`opened_at\`);`);
    this.addSql(`create index \`beneficiary_transaction_type_opened_at_index\` on \`beneficiary_transaction\` (\`type\`, \`opened_at\`);`);
  }

}
