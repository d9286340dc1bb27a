import { Migration } from '@mikro-orm/migrations';

export class Migration20261127075625 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`calendar_day\` (\`day\` text not null, \`week\` text not null, \`month\` text not null, \`hijri_month\` text not null, primary key (\`day\`));`);

    this.addSql(`create index \`transaction_event_at_index\` on \`transaction_event\` (\`at\`);`);
  }

}
