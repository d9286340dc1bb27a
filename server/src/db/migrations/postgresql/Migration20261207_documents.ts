import { Migration } from '@mikro-orm/migrations';

export class Migration20261207_documents extends Migration {

  override async up(): Promise<void> {
    // The beneficiary's file (documents/): the kinds of document, kept by managers (a first list
    // below), the documents on a beneficiary's file, which transactions each is attached to, and
    // the document type a checklist item asks for.
    this.addSql(`create table "document_type" ("id" serial primary key, "created_at" timestamptz not null, "updated_at" timestamptz not null, "key" varchar(64) not null, "name_ar" text not null, "name_en" text not null, "expires" boolean not null default false, "active" boolean not null default true, "position" int not null);`);
    this.addSql(`alter table "document_type" add constraint "document_type_key_unique" unique ("key");`);

    this.addSql(`create table "beneficiary_document" ("id" serial primary key, "created_at" timestamptz not null, "updated_at" timestamptz not null, "beneficiary_id" int not null, "type_id" int not null, "issued_on" varchar(10) null, "expires_on" varchar(10) null, "filename" varchar(200) not null, "content_type" varchar(40) not null, "size" int not null, "sha256" varchar(64) not null, "added_by_id" int null, "removed_at" timestamptz null, "removed_by_id" int null);`);
    this.addSql(`create index "beneficiary_document_type_id_index" on "beneficiary_document" ("type_id");`);
    this.addSql(`create index "beneficiary_document_added_by_id_index" on "beneficiary_document" ("added_by_id");`);
    this.addSql(`create index "beneficiary_document_removed_by_id_index" on "beneficiary_document" ("removed_by_id");`);
    this.addSql(`create index "beneficiary_document_beneficiary_id_type_id_index" on "beneficiary_document" ("beneficiary_id", "type_id");`);

    this.addSql(`create table "transaction_document" ("id" serial primary key, "created_at" timestamptz not null, "updated_at" timestamptz not null, "transaction_id" int not null, "document_id" int not null, "attached_by_id" int null);`);
    this.addSql(`create index "transaction_document_document_id_index" on "transaction_document" ("document_id");`);
    this.addSql(`create index "transaction_document_attached_by_id_index" on "transaction_document" ("attached_by_id");`);
    this.addSql(`alter table "transaction_document" add constraint "transaction_document_transaction_id_document_id_unique" unique ("transaction_id", "document_id");`);

    this.addSql(`alter table "beneficiary_document" add constraint "beneficiary_document_beneficiary_id_foreign" foreign key ("beneficiary_id") references "beneficiary" ("id") on update cascade;`);
    this.addSql(`alter table "beneficiary_document" add constraint "beneficiary_document_type_id_foreign" foreign key ("type_id") references "document_type" ("id") on update cascade;`);
    this.addSql(`alter table "beneficiary_document" add constraint "beneficiary_document_added_by_id_foreign" foreign key ("added_by_id") references "app_user" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "beneficiary_document" add constraint "beneficiary_document_removed_by_id_foreign" foreign key ("removed_by_id") references "app_user" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "transaction_document" add constraint "transaction_document_transaction_id_foreign" foreign key ("transaction_id") references "beneficiary_transaction" ("id") on update cascade;`);
    this.addSql(`alter table "transaction_document" add constraint "transaction_document_document_id_foreign" foreign key ("document_id") references "beneficiary_document" ("id") on update cascade;`);
    this.addSql(`alter table "transaction_document" add constraint "transaction_document_attached_by_id_foreign" foreign key ("attached_by_id") references "app_user" ("id") on update cascade on delete set null;`);

    this.addSql(`insert into "document_type" ("key", "name_ar", "name_en", "expires", "active", "position", "created_at", "updated_at") values ('NATIONAL_ID_COPY', 'صورة الهوية الوطنية أو الإقامة', 'National ID or residence permit copy', true, true, 1, now(), now()), ('FAMILY_REGISTER', 'سجل الأسرة', 'Family register', false, true, 2, now(), now()), ('INCOME_PROOF', 'إثبات الدخل (تعريف بالراتب أو بيان الضمان)', 'Proof of income (salary certificate or social-security statement)', true, true, 3, now(), now()), ('LEASE', 'عقد الإيجار', 'Lease contract', true, true, 4, now(), now()), ('MEDICAL_REPORT', 'تقرير طبي', 'Medical report', true, true, 5, now(), now()), ('DISABILITY_CARD', 'بطاقة إثبات الإعاقة', 'Disability card', true, true, 6, now(), now()), ('BANK_IBAN_LETTER', 'خطاب الآيبان البنكي', 'Bank IBAN letter', false, true, 7, now(), now());`);

    this.addSql(`alter table "checklist_item" add column "document_type_key" varchar(64) null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "beneficiary_document" drop constraint "beneficiary_document_type_id_foreign";`);

    this.addSql(`alter table "transaction_document" drop constraint "transaction_document_document_id_foreign";`);

    this.addSql(`drop table if exists "document_type" cascade;`);

    this.addSql(`drop table if exists "beneficiary_document" cascade;`);

    this.addSql(`drop table if exists "transaction_document" cascade;`);

    this.addSql(`alter table "checklist_item" drop column "document_type_key";`);
  }

}
