import { Migration } from '@mikro-orm/migrations';

export class Migration20261127051205 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "survey_invitation" ("id" serial primary key, "created_at" timestamptz not null, "updated_at" timestamptz not null, "transaction_id" int not null, "token_hash" varchar(64) not null, "issued_at" timestamptz not null, "expires_at" timestamptz not null, "used_at" timestamptz null, "revoked_at" timestamptz null, "issued_by_id" int null, "channel_key" varchar(64) not null, "transaction_type" varchar(16) not null, "policy_version_number" int not null, "officer_id" int null, "handling_days" int not null, "handling_bucket" varchar(10) not null, "issued_day" varchar(10) not null, "issued_week" varchar(10) not null, "issued_month" varchar(7) not null, "issued_hijri_month" varchar(7) not null);`);
    this.addSql(`alter table "survey_invitation" add constraint "survey_invitation_token_hash_unique" unique ("token_hash");`);
    this.addSql(`create index "survey_invitation_channel_key_issued_day_index" on "survey_invitation" ("channel_key", "issued_day");`);
    this.addSql(`create index "survey_invitation_issued_day_index" on "survey_invitation" ("issued_day");`);

    this.addSql(`create table "survey_response" ("id" serial primary key, "created_at" timestamptz not null, "updated_at" timestamptz not null, "invitation_id" int not null, "submitted_at" timestamptz not null, "mode" varchar(16) not null, "recorded_by_id" int null, "overall" smallint not null, "courtesy" smallint not null, "clarity" smallint not null, "speed" smallint not null, "recommend" smallint not null, "comment" text null, "comment_redacted" text null, "comment_folded" text null);`);
    this.addSql(`alter table "survey_response" add constraint "survey_response_invitation_id_unique" unique ("invitation_id");`);

    this.addSql(`create table "improvement_action" ("id" serial primary key, "created_at" timestamptz not null, "updated_at" timestamptz not null, "response_id" int not null, "status" varchar(8) not null default 'OPEN', "opened_at" timestamptz not null, "closed_at" timestamptz null, "closed_by_id" int null, "action_taken" text null);`);
    this.addSql(`alter table "improvement_action" add constraint "improvement_action_response_id_unique" unique ("response_id");`);
    this.addSql(`create index "improvement_action_status_opened_at_index" on "improvement_action" ("status", "opened_at");`);

    this.addSql(`create table "feedback_item" ("id" serial primary key, "created_at" timestamptz not null, "updated_at" timestamptz not null, "reference" varchar(20) not null, "kind" varchar(12) not null, "source" varchar(8) not null, "channel_key" varchar(64) null, "subject" varchar(200) not null, "body" text not null, "search_text" text not null, "beneficiary_id" int null, "transaction_id" int null, "clause" varchar(12) null, "clause_key" varchar(64) null, "status" varchar(16) not null default 'NEW', "assignee_id" int null, "response" text null, "received_at" timestamptz not null, "answered_at" timestamptz null, "closed_at" timestamptz null, "created_by_id" int null, "answered_by_policy_id" int null);`);
    this.addSql(`alter table "feedback_item" add constraint "feedback_item_reference_unique" unique ("reference");`);
    this.addSql(`create index "feedback_item_kind_received_at_index" on "feedback_item" ("kind", "received_at");`);
    this.addSql(`create index "feedback_item_status_received_at_index" on "feedback_item" ("status", "received_at");`);

    this.addSql(`alter table "survey_invitation" add constraint "survey_invitation_transaction_id_foreign" foreign key ("transaction_id") references "beneficiary_transaction" ("id") on update cascade;`);
    this.addSql(`alter table "survey_invitation" add constraint "survey_invitation_issued_by_id_foreign" foreign key ("issued_by_id") references "app_user" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "survey_invitation" add constraint "survey_invitation_officer_id_foreign" foreign key ("officer_id") references "app_user" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "survey_response" add constraint "survey_response_invitation_id_foreign" foreign key ("invitation_id") references "survey_invitation" ("id") on update cascade;`);
    this.addSql(`alter table "survey_response" add constraint "survey_response_recorded_by_id_foreign" foreign key ("recorded_by_id") references "app_user" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "improvement_action" add constraint "improvement_action_response_id_foreign" foreign key ("response_id") references "survey_response" ("id") on update cascade;`);
    this.addSql(`alter table "improvement_action" add constraint "improvement_action_closed_by_id_foreign" foreign key ("closed_by_id") references "app_user" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "feedback_item" add constraint "feedback_item_beneficiary_id_foreign" foreign key ("beneficiary_id") references "beneficiary" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "feedback_item" add constraint "feedback_item_transaction_id_foreign" foreign key ("transaction_id") references "beneficiary_transaction" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "feedback_item" add constraint "feedback_item_assignee_id_foreign" foreign key ("assignee_id") references "app_user" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "feedback_item" add constraint "feedback_item_created_by_id_foreign" foreign key ("created_by_id") references "app_user" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "feedback_item" add constraint "feedback_item_answered_by_policy_id_foreign" foreign key ("answered_by_policy_id") references "policy_version" ("id") on update cascade on delete set null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "survey_response" drop constraint "survey_response_invitation_id_foreign";`);

    this.addSql(`alter table "improvement_action" drop constraint "improvement_action_response_id_foreign";`);

    this.addSql(`drop table if exists "survey_invitation" cascade;`);

    this.addSql(`drop table if exists "survey_response" cascade;`);

    this.addSql(`drop table if exists "improvement_action" cascade;`);

    this.addSql(`drop table if exists "feedback_item" cascade;`);
  }

}
