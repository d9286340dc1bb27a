import { Migration } from '@mikro-orm/migrations';

export class Migration20261207_support extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "support_type" ("id" serial primary key, "created_at" timestamptz not null, "updated_at" timestamptz not null, "key" varchar(64) not null, "active" boolean not null default true, "name_ar" text not null, "position" int not null, "name_en" text not null, "unit" varchar(16) not null, "recent_window_days" int not null default 90);`);
    this.addSql(`alter table "support_type" add constraint "support_type_key_unique" unique ("key");`);

    this.addSql(`create table "support_award" ("id" serial primary key, "created_at" timestamptz not null, "updated_at" timestamptz not null, "transaction_id" int not null, "beneficiary_id" int not null, "support_type_id" int not null, "quantity" int not null, "frequency" varchar(16) not null, "validity_months" int not null, "total_quantity" int not null, "delivered_quantity" int not null default 0, "stage" varchar(16) not null default 'PROPOSED', "proposed_by_id" int null, "approved_at" timestamptz null, "registered_at" timestamptz null, "valid_from" varchar(10) null, "valid_until" varchar(10) null, "delivered_at" timestamptz null);`);
    this.addSql(`alter table "support_award" add constraint "support_award_transaction_id_unique" unique ("transaction_id");`);
    this.addSql(`create index "support_award_proposed_by_id_index" on "support_award" ("proposed_by_id");`);
    this.addSql(`create index "support_award_support_type_id_index" on "support_award" ("support_type_id");`);
    this.addSql(`create index "support_award_beneficiary_id_support_type_id_index" on "support_award" ("beneficiary_id", "support_type_id");`);
    this.addSql(`create index "support_award_stage_valid_until_index" on "support_award" ("stage", "valid_until");`);

    this.addSql(`create table "support_delivery" ("id" serial primary key, "created_at" timestamptz not null, "updated_at" timestamptz not null, "award_id" int not null, "beneficiary_id" int not null, "support_type_id" int not null, "delivered_on" varchar(10) not null, "quantity" int not null, "items" text null, "handed_over_by_id" int not null, "acknowledgement" varchar(16) not null, "receipt_id" int not null);`);
    this.addSql(`create index "support_delivery_award_id_index" on "support_delivery" ("award_id");`);
    this.addSql(`create index "support_delivery_support_type_id_index" on "support_delivery" ("support_type_id");`);
    this.addSql(`create index "support_delivery_handed_over_by_id_index" on "support_delivery" ("handed_over_by_id");`);
    this.addSql(`create index "support_delivery_receipt_id_index" on "support_delivery" ("receipt_id");`);
    this.addSql(`create index "support_delivery_beneficiary_id_support_type_id_de_a0c81_index" on "support_delivery" ("beneficiary_id", "support_type_id", "delivered_on");`);
    this.addSql(`create index "support_delivery_delivered_on_support_type_id_index" on "support_delivery" ("delivered_on", "support_type_id");`);

    this.addSql(`alter table "support_award" add constraint "support_award_transaction_id_foreign" foreign key ("transaction_id") references "beneficiary_transaction" ("id") on update cascade;`);
    this.addSql(`alter table "support_award" add constraint "support_award_beneficiary_id_foreign" foreign key ("beneficiary_id") references "beneficiary" ("id") on update cascade;`);
    this.addSql(`alter table "support_award" add constraint "support_award_support_type_id_foreign" foreign key ("support_type_id") references "support_type" ("id") on update cascade;`);
    this.addSql(`alter table "support_award" add constraint "support_award_proposed_by_id_foreign" foreign key ("proposed_by_id") references "app_user" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "support_delivery" add constraint "support_delivery_award_id_foreign" foreign key ("award_id") references "support_award" ("id") on update cascade;`);
    this.addSql(`alter table "support_delivery" add constraint "support_delivery_beneficiary_id_foreign" foreign key ("beneficiary_id") references "beneficiary" ("id") on update cascade;`);
    this.addSql(`alter table "support_delivery" add constraint "support_delivery_support_type_id_foreign" foreign key ("support_type_id") references "support_type" ("id") on update cascade;`);
    this.addSql(`alter table "support_delivery" add constraint "support_delivery_handed_over_by_id_foreign" foreign key ("handed_over_by_id") references "app_user" ("id") on update cascade;`);
    this.addSql(`alter table "support_delivery" add constraint "support_delivery_receipt_id_foreign" foreign key ("receipt_id") references "beneficiary_document" ("id") on update cascade;`);

    this.addSql(`insert into "support_type" ("key", "name_ar", "name_en", "unit", "recent_window_days", "active", "position", "created_at", "updated_at") values ('CASH', 'مساعدة نقدية', 'Cash assistance', 'SAR', 90, true, 1, now(), now()), ('FOOD_BASKET', 'سلة غذائية', 'Food basket', 'ITEM', 30, true, 2, now(), now()), ('RENT', 'سداد إيجار', 'Rent payment', 'SAR', 180, true, 3, now(), now()), ('BILLS', 'سداد فواتير (كهرباء، ماء)', 'Bills (electricity, water)', 'SAR', 60, true, 4, now(), now()), ('DEVICES', 'أجهزة منزلية', 'Household appliances', 'ITEM', 365, true, 5, now(), now()), ('TRAINING', 'تدريب وتأهيل', 'Training', 'SESSION', 90, true, 6, now(), now());`);
    this.addSql(`insert into "document_type" ("key", "name_ar", "name_en", "expires", "active", "position", "created_at", "updated_at") select 'DELIVERY_RECEIPT', 'إيصال استلام (توقيع أو سند موقَّع)', 'Delivery receipt (signature or signed receipt)', false, true, coalesce(max("position"), 0) + 1, now(), now() from "document_type";`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "support_award" drop constraint "support_award_support_type_id_foreign";`);

    this.addSql(`alter table "support_delivery" drop constraint "support_delivery_support_type_id_foreign";`);

    this.addSql(`alter table "support_delivery" drop constraint "support_delivery_award_id_foreign";`);

    this.addSql(`drop table if exists "support_type" cascade;`);

    this.addSql(`drop table if exists "support_award" cascade;`);

    this.addSql(`drop table if exists "support_delivery" cascade;`);
  }

}
