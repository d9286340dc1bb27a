import { Migration } from '@mikro-orm/migrations';

export class Migration20261127051205 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`survey_invitation\` (\`id\` integer not null primary key autoincrement, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`transaction_id\` integer not null, \`token_hash\` text not null, \`issued_at\` datetime not null, \`expires_at\` datetime not null, \`used_at\` datetime null, \`revoked_at\` datetime null, \`issued_by_id\` integer null, \`channel_key\` text not null, \`transaction_type\` text not null, \`policy_version_number\` integer not null, \`officer_id\` integer null, \`handling_days\` integer not null, \`handling_bucket\` text not null, \`issued_day\` text not null, \`issued_week\` text not null, \`issued_month\` text not null, \`issued_hijri_month\` text not null, constraint \`survey_invitation_transaction_id_foreign\` foreign key(\`transaction_id\`) references \`beneficiary_transaction\`(\`id\`) on update cascade, constraint \`survey_invitation_issued_by_id_foreign\` foreign key(\`issued_by_id\`) references \`app_user\`(\`id\`) on delete set null on update cascade, constraint \`survey_invitation_officer_id_foreign\` foreign key(\`officer_id\`) references \`app_user\`(\`id\`) on delete set null on update cascade);`);
    this.addSql(`create index \`survey_invitation_transaction_id_index\` on \`survey_invitation\` (\`transaction_id\`);`);
    this.addSql(`create unique index \`survey_invitation_token_hash_unique\` on \`survey_invitation\` (\`token_hash\`);`);
    this.addSql(`create index \`survey_invitation_issued_by_id_index\` on \`survey_invitation\` (\`issued_by_id\`);`);
    this.addSql(`create index \`survey_invitation_officer_id_index\` on \`survey_invitation\` (\`officer_id\`);`);
    this.addSql(`create index \`survey_invitation_channel_key_issued_day_index\` on \`survey_invitation\` (\`channel_key\`, \`issued_day\`);`);
    this.addSql(`create index \`survey_invitation_issued_day_index\` on \`survey_invitation\` (\`issued_day\`);`);

    this.addSql(`create table \`survey_response\` (\`id\` integer not null primary key autoincrement, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`invitation_id\` integer not null, \`submitted_at\` datetime not null, \`mode\` text not null, \`recorded_by_id\` integer null, \`overall\` integer not null, \`courtesy\` integer not null, \`clarity\` integer not null, \`speed\` integer not null, \`recommend\` integer not null, \`comment\` text null, \`comment_redacted\` text null, \`comment_folded\` text null, constraint \`survey_response_invitation_id_foreign\` foreign key(\`invitation_id\`) references \`survey_invitation\`(\`id\`) on update cascade, constraint \`survey_response_recorded_by_id_foreign\` foreign key(\`recorded_by_id\`) references \`app_user\`(\`id\`) on delete set null on update cascade);`);
    this.addSql(`create unique index \`survey_response_invitation_id_unique\` on \`survey_response\` (\`invitation_id\`);`);
    this.addSql(`create index \`survey_response_recorded_by_id_index\` on \`survey_response\` (\`recorded_by_id\`);`);

    this.addSql(`create table \`improvement_action\` (\`id\` integer not null primary key autoincrement, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`response_id\` integer not null, \`status\` text not null default 'OPEN', \`opened_at\` datetime not null, \`closed_at\` datetime null, \`closed_by_id\` integer null, \`action_taken\` text null, constraint \`improvement_action_response_id_foreign\` foreign key(\`response_id\`) references \`survey_response\`(\`id\`) on update cascade, constraint \`improvement_action_closed_by_id_foreign\` foreign key(\`closed_by_id\`) references \`app_user\`(\`id\`) on delete set null on update cascade);`);
    this.addSql(`create unique index \`improvement_action_response_id_unique\` on \`improvement_action\` (\`response_id\`);`);
    this.addSql(`create index \`improvement_action_closed_by_id_index\` on \`improvement_action\` (\`closed_by_id\`);`);
    this.addSql(`create index \`improvement_action_status_opened_at_index\` on \`improvement_action\` (\`status\`, \`opened_at\`);`);

    this.addSql(`create table \`feedback_item\` (\`id\` integer not null primary key autoincrement, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`reference\` text not null, \`kind\` text not null, \`source\` text not null, \`channel_key\` text null, \`subject\` text not null, \`body\` text not null, \`search_text\` text not null, \`beneficiary_id\` integer null, \`transaction_id\` integer null, \`clause\` text null, \`clause_key\` text null, \`status\` text not null default 'NEW', \`assignee_id\` integer null, \`response\` text null, \`received_at\` datetime not null, \`answered_at\` datetime null, \`closed_at\` datetime null, \`created_by_id\` integer null, \`answered_by_policy_id\` integer null, constraint \`feedback_item_beneficiary_id_foreign\` foreign key(\`beneficiary_id\`) references \`beneficiary\`(\`id\`) on delete set null on update cascade, constraint \`feedback_item_transaction_id_foreign\` foreign key(\`transaction_id\`) references \`beneficiary_transaction\`(\`id\`) on delete set null on update cascade, constraint \`feedback_item_assignee_id_foreign\` foreign key(\`assignee_id\`) references \`app_user\`(\`id\`) on delete set null on update cascade, constraint \`feedback_item_created_by_id_foreign\` foreign key(\`created_by_id\`) references \`app_user\`(\`id\`) on delete set null on update cascade, constraint \`feedback_item_answered_by_policy_id_foreign\` foreign key(\`answered_by_policy_id\`) references \`policy_version\`(\`id\`) on delete set null on update cascade);`);
    this.addSql(`create unique index \`feedback_item_reference_unique\` on \`feedback_item\` (\`reference\`);`);
    this.addSql(`create index \`feedback_item_beneficiary_id_index\` on \`feedback_item\` (\`beneficiary_id\`);`);
    this.addSql(`create index \`feedback_item_transaction_id_index\` on \`feedback_item\` (\`transaction_id\`);`);
    this.addSql(`create index \`feedback_item_assignee_id_index\` on \`feedback_item\` (\`assignee_id\`);`);
    this.addSql(`create index \`feedback_item_created_by_id_index\` on \`feedback_item\` (\`created_by_id\`);`);
    this.addSql(`create index \`feedback_item_answered_by_policy_id_index\` on \`feedback_item\` (\`answered_by_policy_id\`);`);
    this.addSql(`create index \`feedback_item_kind_received_at_index\` on \`feedback_item\` (\`kind\`, \`received_at\`);`);
    this.addSql(`create index \`feedback_item_status_received_at_index\` on \`feedback_item\` (\`status\`, \`received_at\`);`);
  }

}
