import { Migration } from '@mikro-orm/migrations';

export class Migration20261127033114 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "beneficiary" ("id" serial primary key, "created_at" timestamptz not null, "updated_at" timestamptz not null, "full_name" varchar(160) not null, "name_folded" varchar(160) not null, "national_id" varchar(10) not null, "mobile" varchar(13) not null, "city" varchar(80) not null, "gender" varchar(8) not null, "date_of_birth" varchar(10) null, "notes" text null, "created_by_id" int null);`);
    this.addSql(`create index "beneficiary_name_folded_index" on "beneficiary" ("name_folded");`);
    this.addSql(`alter table "beneficiary" add constraint "beneficiary_national_id_unique" unique ("national_id");`);
    this.addSql(`create index "beneficiary_mobile_index" on "beneficiary" ("mobile");`);

    this.addSql(`alter table "beneficiary" add constraint "beneficiary_created_by_id_foreign" foreign key ("created_by_id") references "app_user" ("id") on update cascade on delete set null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "beneficiary" cascade;`);
  }

}
