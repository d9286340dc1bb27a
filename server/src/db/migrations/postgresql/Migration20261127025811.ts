import { Migration } from '@mikro-orm/migrations';

export class Migration20261127025811 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "audit_entry" ("id" serial primary key, "at" timestamptz not null, "actor_id" int null, "actor_name" varchar(64) not null, "action" varchar(64) not null, "target_type" varchar(64) not null, "target_id" varchar(64) null, "before" text null, "after" text null, "request_id" varchar(64) null, "ip" varchar(64) null);`);
    this.addSql(`create index "audit_entry_at_index" on "audit_entry" ("at");`);
    this.addSql(`create index "audit_entry_actor_id_index" on "audit_entry" ("actor_id");`);
    this.addSql(`create index "audit_entry_action_index" on "audit_entry" ("action");`);
    this.addSql(`create index "audit_entry_target_type_target_id_index" on "audit_entry" ("target_type", "target_id");`);

    this.addSql(`create table "organization" ("id" serial primary key, "created_at" timestamptz not null, "updated_at" timestamptz not null, "key" varchar(64) not null, "name_ar" text not null, "name_en" text not null);`);
    this.addSql(`alter table "organization" add constraint "organization_key_unique" unique ("key");`);

    this.addSql(`create table "policy_version" ("id" serial primary key, "created_at" timestamptz not null, "updated_at" timestamptz not null, "organization_id" int not null, "number" int not null, "status" varchar(16) not null default 'DRAFT', "title_ar" text not null, "title_en" text not null, "preface_ar" text not null, "preface_en" text not null, "general_objective_ar" text not null, "general_objective_en" text not null, "activated_at" timestamptz null);`);
    this.addSql(`create index "policy_version_organization_id_status_index" on "policy_version" ("organization_id", "status");`);
    this.addSql(`alter table "policy_version" add constraint "policy_version_organization_id_number_unique" unique ("organization_id", "number");`);

    this.addSql(`create table "policy_objective" ("id" serial primary key, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version_id" int not null, "parent_id" int null, "position" int not null, "text_ar" text not null, "text_en" text not null);`);

    this.addSql(`create table "handling_step" ("id" serial primary key, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version_id" int not null, "key" varchar(64) not null, "position" int not null, "title_ar" text not null, "title_en" text not null, "text_ar" text not null, "text_en" text not null, "performer_role" varchar(16) not null, "conditional" boolean not null default false, "condition_ar" text null, "condition_en" text null, "window_days" int null);`);
    this.addSql(`alter table "handling_step" add constraint "handling_step_version_id_key_unique" unique ("version_id", "key");`);

    this.addSql(`create table "checklist_item" ("id" serial primary key, "created_at" timestamptz not null, "updated_at" timestamptz not null, "step_id" int not null, "key" varchar(64) not null, "position" int not null, "text_ar" text not null, "text_en" text not null, "required" boolean not null default true);`);
    this.addSql(`alter table "checklist_item" add constraint "checklist_item_step_id_key_unique" unique ("step_id", "key");`);

    this.addSql(`create table "channel" ("id" serial primary key, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version_id" int not null, "key" varchar(64) not null, "position" int not null, "name_ar" text not null, "name_en" text not null, "description_ar" text not null, "description_en" text not null);`);
    this.addSql(`alter table "channel" add constraint "channel_version_id_key_unique" unique ("version_id", "key");`);

    this.addSql(`create table "board_approval" ("id" serial primary key, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version_id" int not null, "body_ar" text not null, "body_en" text not null, "board_term_ar" text not null, "board_term_en" text not null, "approved_on_gregorian" varchar(10) not null, "approved_on_hijri" varchar(10) not null, "note_ar" text not null, "note_en" text not null);`);
    this.addSql(`alter table "board_approval" add constraint "board_approval_version_id_unique" unique ("version_id");`);

    this.addSql(`create table "sign_in_throttle" ("key" varchar(160) not null, "failures" int not null default 0, "last_failure_at" timestamptz not null, "locked_until" timestamptz null, constraint "sign_in_throttle_pkey" primary key ("key"));`);

    this.addSql(`create table "tool" ("id" serial primary key, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version_id" int not null, "key" varchar(64) not null, "kind" varchar(16) not null, "position" int not null, "name_ar" text not null, "name_en" text not null, "description_ar" text not null, "description_en" text not null);`);
    this.addSql(`alter table "tool" add constraint "tool_version_id_key_unique" unique ("version_id", "key");`);

    this.addSql(`create table "handling_step_tool" ("handling_step_id" int not null, "tool_id" int not null, constraint "handling_step_tool_pkey" primary key ("handling_step_id", "tool_id"));`);

    this.addSql(`create table "app_user" ("id" serial primary key, "created_at" timestamptz not null, "updated_at" timestamptz not null, "username" varchar(64) not null, "email" varchar(254) null, "display_name" varchar(128) not null, "password_hash" varchar(256) not null, "roles_text" varchar(128) not null default '', "active" boolean not null default true, "last_sign_in_at" timestamptz null, "password_changed_at" timestamptz null);`);
    this.addSql(`alter table "app_user" add constraint "app_user_username_unique" unique ("username");`);
    this.addSql(`alter table "app_user" add constraint "app_user_email_unique" unique ("email");`);
    this.addSql(`create index "app_user_active_index" on "app_user" ("active");`);

    this.addSql(`create table "session" ("id" serial primary key, "created_at" timestamptz not null, "updated_at" timestamptz not null, "token_hash" varchar(64) not null, "user_id" int not null, "last_seen_at" timestamptz not null, "expires_at" timestamptz not null, "revoked_at" timestamptz null, "ip" varchar(64) null, "user_agent" varchar(256) null);`);
    this.addSql(`alter table "session" add constraint "session_token_hash_unique" unique ("token_hash");`);

    this.addSql(`create table "api_token" ("id" serial primary key, "created_at" timestamptz not null, "updated_at" timestamptz not null, "user_id" int not null, "name" varchar(100) not null, "token_hash" varchar(64) not null, "prefix" varchar(16) not null, "expires_at" timestamptz null, "revoked_at" timestamptz null, "last_used_at" timestamptz null);`);
    this.addSql(`alter table "api_token" add constraint "api_token_token_hash_unique" unique ("token_hash");`);

    this.addSql(`alter table "policy_version" add constraint "policy_version_organization_id_foreign" foreign key ("organization_id") references "organization" ("id") on update cascade;`);

    this.addSql(`alter table "policy_objective" add constraint "policy_objective_version_id_foreign" foreign key ("version_id") references "policy_version" ("id") on update cascade;`);
    this.addSql(`alter table "policy_objective" add constraint "policy_objective_parent_id_foreign" foreign key ("parent_id") references "policy_objective" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "handling_step" add constraint "handling_step_version_id_foreign" foreign key ("version_id") references "policy_version" ("id") on update cascade;`);

    this.addSql(`alter table "checklist_item" add constraint "checklist_item_step_id_foreign" foreign key ("step_id") references "handling_step" ("id") on update cascade;`);

    this.addSql(`alter table "channel" add constraint "channel_version_id_foreign" foreign key ("version_id") references "policy_version" ("id") on update cascade;`);

    this.addSql(`alter table "board_approval" add constraint "board_approval_version_id_foreign" foreign key ("version_id") references "policy_version" ("id") on update cascade;`);

    this.addSql(`alter table "tool" add constraint "tool_version_id_foreign" foreign key ("version_id") references "policy_version" ("id") on update cascade;`);

    this.addSql(`alter table "handling_step_tool" add constraint "handling_step_tool_handling_step_id_foreign" foreign key ("handling_step_id") references "handling_step" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "handling_step_tool" add constraint "handling_step_tool_tool_id_foreign" foreign key ("tool_id") references "tool" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "session" add constraint "session_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on update cascade;`);

    this.addSql(`alter table "api_token" add constraint "api_token_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on update cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "policy_version" drop constraint "policy_version_organization_id_foreign";`);

    this.addSql(`alter table "policy_objective" drop constraint "policy_objective_version_id_foreign";`);

    this.addSql(`alter table "handling_step" drop constraint "handling_step_version_id_foreign";`);

    this.addSql(`alter table "channel" drop constraint "channel_version_id_foreign";`);

    this.addSql(`alter table "board_approval" drop constraint "board_approval_version_id_foreign";`);

    this.addSql(`alter table "tool" drop constraint "tool_version_id_foreign";`);

    this.addSql(`alter table "policy_objective" drop constraint "policy_objective_parent_id_foreign";`);

    this.addSql(`alter table "checklist_item" drop constraint "checklist_item_step_id_foreign";`);

    this.addSql(`alter table "handling_step_tool" drop constraint "handling_step_tool_handling_step_id_foreign";`);

    this.addSql(`alter table "handling_step_tool" drop constraint "handling_step_tool_tool_id_foreign";`);

    this.addSql(`alter table "session" drop constraint "session_user_id_foreign";`);

    this.addSql(`alter table "api_token" drop constraint "api_token_user_id_foreign";`);

    this.addSql(`drop table if exists "audit_entry" cascade;`);

    this.addSql(`drop table if exists "organization" cascade;`);

    this.addSql(`drop table if exists "policy_version" cascade;`);

    this.addSql(`drop table if exists "policy_objective" cascade;`);

    this.addSql(`drop table if exists "handling_step" cascade;`);

    this.addSql(`drop table if exists "checklist_item" cascade;`);

    this.addSql(`drop table if exists "channel" cascade;`);

    this.addSql(`drop table if exists "board_approval" cascade;`);

    this.addSql(`drop table if exists "sign_in_throttle" cascade;`);

    this.addSql(`drop table if exists "tool" cascade;`);

    this.addSql(`drop table if exists "handling_step_tool" cascade;`);

    this.addSql(`drop table if exists "app_user" cascade;`);

    this.addSql(`drop table if exists "session" cascade;`);

    this.addSql(`drop table if exists "api_token" cascade;`);
  }

}
