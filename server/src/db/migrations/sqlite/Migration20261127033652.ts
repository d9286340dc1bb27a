import { Migration } from '@mikro-orm/migrations';

export class Migration20261127033652 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`referral_reason\` (\`id\` integer not null primary key autoincrement, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`key\` text not null, \`label_ar\` text not null, \`label_en\` text not null, \`active\` integer not null default true);`);
    this.addSql(`create unique index \`referral_reason_key_unique\` on \`referral_reason\` (\`key\`);`);

    this.addSql(`create table \`beneficiary_transaction\` (\`id\` integer not null primary key autoincrement, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`reference\` text not null, \`beneficiary_id\` integer not null, \`channel_id\` integer not null, \`type\` text not null, \`subject\` text not null, \`assignee_id\` integer null, \`policy_version_id\` integer not null, \`current_step_id\` integer not null, \`status\` text not null default 'OPEN', \`outcome\` text null, \`version\` integer not null default 1, \`opened_at\` datetime not null, \`closed_at\` datetime null, \`return_step_id\` integer null, \`committee_submitted_at\` datetime null, \`committee_due_at\` datetime null, \`deferred_at\` datetime null, \`attested_data_hash\` text null, constraint \`beneficiary_transaction_beneficiary_id_foreign\` foreign key(\`beneficiary_id\`) references \`beneficiary\`(\`id\`) on update cascade, constraint \`beneficiary_transaction_channel_id_foreign\` foreign key(\`channel_id\`) references \`channel\`(\`id\`) on update cascade, constraint \`beneficiary_transaction_assignee_id_foreign\` foreign key(\`assignee_id\`) references \`app_user\`(\`id\`) on delete set null on update cascade, constraint \`beneficiary_transaction_policy_version_id_foreign\` foreign key(\`policy_version_id\`) references \`policy_version\`(\`id\`) on update cascade, constraint \`beneficiary_transaction_current_step_id_foreign\` foreign key(\`current_step_id\`) references \`handling_step\`(\`id\`) on update cascade, constraint \`beneficiary_transaction_return_step_id_foreign\` foreign key(\`return_step_id\`) references \`handling_step\`(\`id\`) on delete set null on update cascade);`);
    this.addSql(`create unique index \`beneficiary_transaction_reference_unique\` on \`beneficiary_transaction\` (\`reference\`);`);
    this.addSql(`create index \`beneficiary_transaction_beneficiary_id_index\` on \`beneficiary_transaction\` (\`beneficiary_id\`);`);
    this.addSql(`create index \`beneficiary_transaction_channel_id_index\` on \`beneficiary_transaction\` (\`channel_id\`);`);
    this.addSql(`create index \`beneficiary_transaction_assignee_id_index\` on \`beneficiary_transaction\` (\`assignee_id\`);`);
    this.addSql(`create index \`beneficiary_transaction_policy_version_id_index\` on \`beneficiary_transaction\` (\`policy_version_id\`);`);
    this.addSql(`create index \`beneficiary_transaction_current_step_id_index\` on \`beneficiary_transaction\` (\`current_step_id\`);`);
    this.addSql(`create index \`beneficiary_transaction_return_step_id_index\` on \`beneficiary_transaction\` (\`return_step_id\`);`);
    this.addSql(`create index \`beneficiary_transaction_committee_due_at_index\` on \`beneficiary_transaction\` (\`committee_due_at\`);`);
    this.addSql(`create index \`beneficiary_transaction_current_step_id_status_index\` on \`beneficiary_transaction\` (\`current_step_id\`, \`status\`);`);
    this.addSql(`create index \`beneficiary_transaction_status_opened_at_index\` on \`beneficiary_transaction\` (\`status\`, \`opened_at\`);`);

    this.addSql(`create table \`transaction_event\` (\`id\` integer not null primary key autoincrement, \`transaction_id\` integer not null, \`kind\` text not null, \`step_id\` integer not null, \`actor_id\` integer null, \`actor_name\` text not null, \`at\` datetime not null, \`note\` text null, \`data\` text null, constraint \`transaction_event_transaction_id_foreign\` foreign key(\`transaction_id\`) references \`beneficiary_transaction\`(\`id\`) on update cascade, constraint \`transaction_event_step_id_foreign\` foreign key(\`step_id\`) references \`handling_step\`(\`id\`) on update cascade, constraint \`transaction_event_actor_id_foreign\` foreign key(\`actor_id\`) references \`app_user\`(\`id\`) on delete set null on update cascade);`);
    this.addSql(`create index \`transaction_event_transaction_id_index\` on \`transaction_event\` (\`transaction_id\`);`);
    this.addSql(`create index \`transaction_event_step_id_index\` on \`transaction_event\` (\`step_id\`);`);
    this.addSql(`create index \`transaction_event_actor_id_index\` on \`transaction_event\` (\`actor_id\`);`);
  }

}
