import { Migration } from '@mikro-orm/migrations';

export class Migration20261207_households extends Migration {

  override async up(): Promise<void> {
    // A beneficiary's household: members and circumstances (households/household.entity.ts).
    this.addSql(`create table "household_member" ("id" serial primary key, "created_at" timestamptz not null, "updated_at" timestamptz not null, "beneficiary_id" int not null, "full_name" varchar(160) not null, "relation" varchar(16) not null, "national_id" varchar(10) null, "date_of_birth" varchar(10) not null, "gender" varchar(8) not null, "has_disability" boolean not null default false, "disability_note" varchar(500) null, "occupation" varchar(16) not null);`);
    this.addSql(`create index "household_member_beneficiary_id_id_index" on "household_member" ("beneficiary_id", "id");`);
    this.addSql(`create table "household" ("id" serial primary key, "created_at" timestamptz not null, "updated_at" timestamptz not null, "beneficiary_id" int not null, "version" int not null default 1, "housing" varchar(16) null, "monthly_rent" int not null default 0, "building_number" varchar(4) null, "street" varchar(120) null, "district" varchar(120) null, "city" varchar(80) null, "postal_code" varchar(5) null, "additional_number" varchar(4) null, "income_salary" int not null default 0, "income_social_security" int not null default 0, "income_pension" int not null default 0, "income_citizen_account" int not null default 0, "income_support" int not null default 0, "income_other" int not null default 0, "expense_utilities" int not null default 0, "expense_food" int not null default 0, "expense_education" int not null default 0, "expense_health" int not null default 0, "expense_debt" int not null default 0, "expense_other" int not null default 0);`);
    this.addSql(`alter table "household" add constraint "household_beneficiary_id_unique" unique ("beneficiary_id");`);
    this.addSql(`alter table "household_member" add constraint "household_member_beneficiary_id_foreign" foreign key ("beneficiary_id") references "beneficiary" ("id") on update cascade;`);
    this.addSql(`alter table "household" add constraint "household_beneficiary_id_foreign" foreign key ("beneficiary_id") references "beneficiary" ("id") on update cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "household_member" cascade;`);
    this.addSql(`drop table if exists "household" cascade;`);
  }

}
