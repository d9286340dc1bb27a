import { Migration } from '@mikro-orm/migrations';

export class Migration20261127063040 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create index \`transaction_event_kind_at_index\` on \`transaction_event\` (\`kind\`, \`at\`);`);
  }

}
