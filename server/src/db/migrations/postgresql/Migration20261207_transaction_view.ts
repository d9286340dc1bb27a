import { Migration } from '@mikro-orm/migrations';

export class Migration20261207_transaction_view extends Migration {

  override async up(): Promise<void> {
    // Written by hand. Named views of the transactions list (issue 16 item 16): a user's saved
    // filter and order, shared with all staff or not.
    this.addSql(`create table "transaction_view" ("id" serial primary key, "created_at" timestamptz not null, "updated_at" timestamptz not null, "owner_id" int not null, "name" varchar(60) not null, "filter" text not null, "sort" text null, "shared" boolean not null default false);`);
    this.addSql(`create index "transaction_view_shared_index" on "transaction_view" ("shared");`);
    this.addSql(`alter table "transaction_view" add constraint "transaction_view_owner_id_name_unique" unique ("owner_id", "name");`);
    this.addSql(`alter table "transaction_view" add constraint "transaction_view_owner_id_foreign" foreign key ("owner_id") references "app_user" ("id") on update cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "transaction_view" cascade;`);
  }

}
