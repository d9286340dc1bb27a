import { Migration } from '@mikro-orm/migrations';

export class Migration20261127025811 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`audit_entry\` (\`id\` integer not null primary key autoincrement, \`at\` datetime not null, \`actor_id\` integer null, \`actor_name\` text not null, \`action\` text not null, \`target_type\` text not null, \`target_id\` text null, \`before\` text null, \`after\` text null, \`request_id\` text null, \`ip\` text null);`);
    this.addSql(`create index \`audit_entry_at_index\` on \`audit_entry\` (\`at\`);`);
    this.addSql(`create index \`audit_entry_actor_id_index\` on \`audit_entry\` (\`actor_id\`);`);
    this.addSql(`create index \`audit_entry_action_index\` on \`audit_entry\` (\`action\`);`);
    this.addSql(`create index \`audit_entry_target_type_target_id_index\` on \`audit_entry\` (\`target_type\`, \`target_id\`);`);

    this.addSql(`create table \`organization\` (\`id\` integer not null primary key autoincrement, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`key\` text not null, \`name_ar\` text not null, \`name_en\` text not null);`);
    this.addSql(`create unique index \`organization_key_unique\` on \`organization\` (\`key\`);`);

    this.addSql(`create table \`policy_version\` (\`id\` integer not null primary key autoincrement, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`organization_id\` integer not null, \`number\` integer not null, \`status\` text not null default 'DRAFT', \`title_ar\` text not null, \`title_en\` text not null, \`preface_ar\` text not null, \`preface_en\` text not null, \`general_objective_ar\` text not null, \`general_objective_en\` text not null, \`activated_at\` datetime null, constraint \`policy_version_organization_id_foreign\` foreign key(\`organization_id\`) references \`organization\`(\`id\`) on update cascade);`);
    this.addSql(`create index \`policy_version_organization_id_index\` on \`policy_version\` (\`organization_id\`);`);
    this.addSql(`create index \`policy_version_organization_id_status_index\` on \`policy_version\` (\`organization_id\`, \`status\`);`);
    this.addSql(`create unique index \`policy_version_organization_id_number_unique\` on \`policy_version\` (\`organization_id\`, \`number\`);`);

    this.addSql(`create table \`policy_objective\` (\`id\` integer not null primary key autoincrement, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`version_id\` integer not null, \`parent_id\` integer null, \`position\` integer not null, \`text_ar\` text not null, \`text_en\` text not null, constraint \`policy_objective_version_id_foreign\` foreign key(\`version_id\`) references \`policy_version\`(\`id\`) on update cascade, constraint \`policy_objective_parent_id_foreign\` foreign key(\`parent_id\`) references \`policy_objective\`(\`id\`) on delete set null on update cascade);`);
    this.addSql(`create index \`policy_objective_version_id_index\` on \`policy_objective\` (\`version_id\`);`);
    this.addSql(`create index \`policy_objective_parent_id_index\` on \`policy_objective\` (\`parent_id\`);`);

    this.addSql(`create table \`handling_step\` (\`id\` integer not null primary key autoincrement, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`version_id\` integer not null, \`key\` text not null, \`position\` integer not null, \`title_ar\` text not null, \`title_en\` text not null, \`text_ar\` text not null, \`text_en\` text not null, \`performer_role\` text not null, \`conditional\` integer not null default false, \`condition_ar\` text null, \`condition_en\` text null, \`window_days\` integer null, constraint \`handling_step_version_id_foreign\` foreign key(\`version_id\`) references \`policy_version\`(\`id\`) on update cascade);`);
    this.addSql(`create index \`handling_step_version_id_index\` on \`handling_step\` (\`version_id\`);`);
    this.addSql(`create unique index \`handling_step_version_id_key_unique\` on \`handling_step\` (\`version_id\`, \`key\`);`);

    this.addSql(`create table \`checklist_item\` (\`id\` integer not null primary key autoincrement, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`step_id\` integer not null, \`key\` text not null, \`position\` integer not null, \`text_ar\` text not null, \`text_en\` text not null, \`required\` integer not null default true, constraint \`checklist_item_step_id_foreign\` foreign key(\`step_id\`) references \`handling_step\`(\`id\`) on update cascade);`);
    this.addSql(`create index \`checklist_item_step_id_index\` on \`checklist_item\` (\`step_id\`);`);
    this.addSql(`create unique index \`checklist_item_step_id_key_unique\` on \`checklist_item\` (\`step_id\`, \`key\`);`);

    this.addSql(`create table \`channel\` (\`id\` integer not null primary key autoincrement, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`version_id\` integer not null, \`key\` text not null, \`position\` integer not null, \`name_ar\` text not null, \`name_en\` text not null, \`description_ar\` text not null, \`description_en\` text not null, constraint \`channel_version_id_foreign\` foreign key(\`version_id\`) references \`policy_version\`(\`id\`) on update cascade);`);
    this.addSql(`create index \`channel_version_id_index\` on \`channel\` (\`version_id\`);`);
    this.addSql(`create unique index \`channel_version_id_key_unique\` on \`channel\` (\`version_id\`, \`key\`);`);

    this.addSql(`create table \`board_approval\` (\`id\` integer not null primary key autoincrement, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`version_id\` integer not null, \`body_ar\` text not null, \`body_en\` text not null, \`board_term_ar\` text not null, \`board_term_en\` text not null, \`approved_on_gregorian\` text not null, \`approved_on_hijri\` text not null, \`note_ar\` text not null, \`note_en\` text not null, constraint \`board_approval_version_id_foreign\` foreign key(\`version_id\`) references \`policy_version\`(\`id\`) on update cascade);`);
    this.addSql(`create unique index \`board_approval_version_id_unique\` on \`board_approval\` (\`version_id\`);`);

    this.addSql(`create table \`sign_in_throttle\` (\`key\` text not null, \`failures\` integer not null default 0, \`last_failure_at\` datetime not null, \`locked_until\` datetime null, primary key (\`key\`));`);

    this.addSql(`create table \`tool\` (\`id\` integer not null primary key autoincrement, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`version_id\` integer not null, \`key\` text not null, \`kind\` text not null, \`position\` integer not null, \`name_ar\` text not null, \`name_en\` text not null, \`description_ar\` text not null, \`description_en\` text not null, constraint \`tool_version_id_foreign\` foreign key(\`version_id\`) references \`policy_version\`(\`id\`) on update cascade);`);
    this.addSql(`create index \`tool_version_id_index\` on \`tool\` (\`version_id\`);`);
    this.addSql(`create unique index \`tool_version_id_key_unique\` on \`tool\` (\`version_id\`, \`key\`);`);

    this.addSql(`create table \`handling_step_tool\` (\`handling_step_id\` integer not null, \`tool_id\` integer not null, constraint \`handling_step_tool_handling_step_id_foreign\` foreign key(\`handling_step_id\`) references \`handling_step\`(\`id\`) on delete cascade on update cascade, constraint \`handling_step_tool_tool_id_foreign\` foreign key(\`tool_id\`) references \`tool\`(\`id\`) on delete cascade on update cascade, primary key (\`handling_step_id\`, \`tool_id\`));`);
    this.addSql(`create index \`handling_step_tool_handling_step_id_index\` on \`handling_step_tool\` (\`handling_step_id\`);`);
    this.addSql(`create index \`handling_step_tool_tool_id_index\` on \`handling_step_tool\` (\`tool_id\`);`);

    this.addSql(`create table \`app_user\` (\`id\` integer not null primary key autoincrement, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`username\` text not null, \`email\` text null, \`display_name\` text not null, \`password_hash\` text not null, \`roles_text\` text not null default '', \`active\` integer not null default true, \`last_sign_in_at\` datetime null, \`password_changed_at\` datetime null);`);
    this.addSql(`create unique index \`app_user_username_unique\` on \`app_user\` (\`username\`);`);
    this.addSql(`create unique index \`app_user_email_unique\` on \`app_user\` (\`email\`);`);
    this.addSql(`create index \`app_user_active_index\` on \`app_user\` (\`active\`);`);

    this.addSql(`create table \`session\` (\`id\` integer not null primary key autoincrement, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`token_hash\` text not null, \`user_id\` integer not null, \`last_seen_at\` datetime not null, \`expires_at\` datetime not null, \`revoked_at\` datetime null, \`ip\` text null, \`user_agent\` text null, constraint \`session_user_id_foreign\` foreign key(\`user_id\`) references \`app_user\`(\`id\`) on update cascade);`);
    this.addSql(`create unique index \`session_token_hash_unique\` on \`session\` (\`token_hash\`);`);
    this.addSql(`create index \`session_user_id_index\` on \`session\` (\`user_id\`);`);

    this.addSql(`create table \`api_token\` (\`id\` integer not null primary key autoincrement, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`user_id\` integer not null, \`name\` text not null, \`token_hash\` text not null, \`prefix\` text not null, \`expires_at\` datetime null, \`revoked_at\` datetime null, \`last_used_at\` datetime null, constraint \`api_token_user_id_foreign\` foreign key(\`user_id\`) references \`app_user\`(\`id\`) on update cascade);`);
    this.addSql(`create index \`api_token_user_id_index\` on \`api_token\` (\`user_id\`);`);
    this.addSql(`create unique index \`api_token_token_hash_unique\` on \`api_token\` (\`token_hash\`);`);
  }

}
