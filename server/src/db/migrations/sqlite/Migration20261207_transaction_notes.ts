import { Migration } from '@mikro-orm/migrations';

export class Migration20261207_transaction_notes extends Migration {

  override async up(): Promise<void> {
    // Internal notes on a transaction (transactions/transaction-note.entity.ts).
    this.addSql(`create table \`transaction_note\` (\`id\` integer not null primary key autoincrement, \`transaction_id\` integer not null, \`author_id\` integer null, \`author_name\` text not null, \`at\` datetime not null, \`body\` text not null, constraint \`transaction_note_transaction_id_foreign\` foreign key(\`transaction_id\`) references \`beneficiary_transaction\`(\`id\`) on update cascade, constraint \`transaction_note_author_id_foreign\` foreign key(\`author_id\`) references \`app_user\`(\`id\`) on delete set null on update cascade);`);
    this.addSql(`create index \`transaction_note_author_id_index\` on \`transaction_note\` (\`author_id\`);`);
    this.addSql(`create index \`transaction_note_transaction_id_id_index\` on \`transaction_note\` (\`transaction_id\`, \`id\`);`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists \`transaction_note\`;`);
  }

}
