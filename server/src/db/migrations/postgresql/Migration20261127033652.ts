import { Migration } from '@mikro-orm/migrations';

export class Migration20261127033652 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "referral_reason" ("id" serial primary key, "created_at" timestamptz not null, "updated_at" timestamptz not null, "key" varchar(64) not null, "label_ar" text not null, "label_en" text not null, "active" boolean not null default true);`);
    this.addSql(`alter table "referral_reason" add constraint "referral_reason_key_unique" unique ("key");`);

    this.addSql(`create table "beneficiary_transaction" ("id" serial primary key, "created_at" timestamptz not null, "updated_at" timestamptz not null, "reference" varchar(20) not null, "beneficiary_id" int not null, "channel_id" int not null, "type" varchar(16) not null, "subject" varchar(200) not null, "assignee_id" int null, "policy_version_id" int not null, "current_step_id" int not null, "status" varchar(20) not null default 'OPEN', "outcome" varchar(12) null, "version" int not null default 1, "opened_at" timestamptz not null, "closed_at" timestamptz null, "return_step_id" int null, "committee_submitted_at" timestamptz null, "committee_due_at" timestamptz null, "deferred_at" timestamptz null, "attested_data_hash" varchar(64) null);`);
    this.addSql(`alter table "beneficiary_transaction" add constraint "beneficiary_transaction_reference_unique" unique ("reference");`);
    this.addSql(`create index "beneficiary_transaction_committee_due_at_index" on "beneficiary_transaction" ("committee_due_at");`);
    this.addSql(`create index "beneficiary_transaction_current_step_id_status_index" on "beneficiary_transaction" ("current_step_id", "status");`);
    this.addSql(`create index "beneficiary_transaction_status_opened_at_index" on "beneficiary_transaction" ("status", "opened_at");`);

    this.addSql(`create table "transaction_event" ("id" serial primary key, "transaction_id" int not null, "kind" varchar(32) not null, "step_id" int not null, "actor_id" int null, "actor_name" varchar(64) not null, "at" timestamptz not null, "note" text null, "data" text null);`);

    this.addSql(`alter table "beneficiary_transaction" add constraint "beneficiary_transaction_beneficiary_id_foreign" foreign key ("beneficiary_id") references "beneficiary" ("id") on update cascade;`);
    this.addSql(`alter table "beneficiary_transaction" add constraint "beneficiary_transaction_channel_id_foreign" foreign key ("channel_id") references "channel" ("id") on update cascade;`);
    this.addSql(`alter table "beneficiary_transaction" add constraint "beneficiary_transaction_assignee_id_foreign" foreign key ("assignee_id") references "app_user" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "beneficiary_transaction" add constraint "beneficiary_transaction_policy_version_id_foreign" foreign key ("policy_version_id") references "policy_version" ("id") on update cascade;`);
    this.addSql(`alter table "beneficiary_transaction" add constraint "beneficiary_transaction_current_step_id_foreign" foreign key ("current_step_id") references "handling_step" ("id") on update cascade;`);
    this.addSql(`alter table "beneficiary_transaction" add constraint "beneficiary_transaction_return_step_id_foreign" foreign key ("return_step_id") references "handling_step" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "transaction_event" add constraint "transaction_event_transaction_id_foreign" foreign key ("transaction_id") references "beneficiary_transaction" ("id") on update cascade;`);
    this.addSql(`alter table "transaction_event" add constraint "transaction_event_step_id_foreign" foreign key ("step_id") references "handling_step" ("id") on update cascade;`);
    this.addSql(`alter table "transaction_event" add constraint "transaction_event_actor_id_foreign" foreign key ("actor_id") references "app_user" ("id") on update cascade on delete set null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "transaction_event" drop constraint "transaction_event_transaction_id_foreign";`);

    this.addSql(`drop table if exists "referral_reason" cascade;`);

    this.addSql(`drop table if exists "beneficiary_transaction" cascade;`);

    this.addSql(`drop table if exists "transaction_event" cascade;`);
  }

}
