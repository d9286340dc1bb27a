import { Migration } from '@mikro-orm/migrations';

export class Migration20261207_transaction_notes extends Migration {

  override async up(): Promise<void> {
    // Internal notes on a transaction (transactions/transaction-note.entity.ts).
    this.addSql(`create table "transaction_note" ("id" serial primary key, "transaction_id" int not null, "author_id" int null, "author_name" varchar(64) not null, "at" timestamptz not null, "body" text not null);`);
    this.addSql(`create index "transaction_note_transaction_id_id_index" on "transaction_note" ("transaction_id", "id");`);

    this.addSql(`alter table "transaction_note" add constraint "transaction_note_transaction_id_foreign" foreign key ("transaction_id") references "beneficiary_transaction" ("id") on update cascade;`);
    this.addSql(`alter table "transaction_note" add constraint "transaction_note_author_id_foreign" foreign key ("author_id") references "app_user" ("id") on update cascade on delete set null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "transaction_note" cascade;`);
  }

}
