import { Migration } from '@mikro-orm/migrations';

export class Migration20261207_transaction_view extends Migration {

  override async up(): Promise<void> {
    // Written by hand. Named views of the transactions list (issue 16 item 16): a user's saved
    // filter and order, shared with all staff or not.
    this.addSql(`create table \`transaction_view\` (\`id\` integer not null primary key autoincrement, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`owner_id\` integer not null, \`name\` text not null, \`filter\` text not null, \`sort\` text null, \`shared\` integer not null default false, constraint \`transaction_view_owner_id_foreign\` foreign key(\`owner_id\`) references \`app_user\`(\`id\`) on update cascade);`);
    this.addSql(`create index \`transaction_view_owner_id_index\` on \`transaction_view\` (\`owner_id\`);`);
    this.addSql(`create index \`transaction_view_shared_index\` on \`transaction_view\` (\`shared\`);`);
    this.addSql(`create unique index \`transaction_view_owner_id_name_unique\` on \`transaction_view\` (\`owner_id\`, \`name\`);`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists \`transaction_view\`;`);
  }

}
