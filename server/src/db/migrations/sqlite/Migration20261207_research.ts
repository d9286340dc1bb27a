import { Migration } from '@mikro-orm/migrations';

export class Migration20261207_research extends Migration {

  override async up(): Promise<void> {
    // The social research of step 3 (research/): home visits and the social report.
    this.addSql(`create table \`social_report\` (\`id\` integer not null primary key autoincrement, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`transaction_id\` integer not null, \`body\` text not null, \`recommendation\` text not null, \`author_id\` integer null, constraint \`social_report_transaction_id_foreign\` foreign key(\`transaction_id\`) references \`beneficiary_transaction\`(\`id\`) on update cascade, constraint \`social_report_author_id_foreign\` foreign key(\`author_id\`) references \`app_user\`(\`id\`) on delete set null on update cascade);`);
    this.addSql(`create index \`social_report_transaction_id_index\` on \`social_report\` (\`transaction_id\`);`);
    this.addSql(`create unique index \`social_report_transaction_id_unique\` on \`social_report\` (\`transaction_id\`);`);
    this.addSql(`create index \`social_report_author_id_index\` on \`social_report\` (\`author_id\`);`);

    this.addSql(`create table \`home_visit\` (\`id\` integer not null primary key autoincrement, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`transaction_id\` integer not null, \`scheduled_for\` text not null, \`visited_on\` text null, \`present\` text null, \`findings\` text null, \`recommendation\` text null, \`scheduled_by_id\` integer null, \`recorded_by_id\` integer null, constraint \`home_visit_transaction_id_foreign\` foreign key(\`transaction_id\`) references \`beneficiary_transaction\`(\`id\`) on update cascade, constraint \`home_visit_scheduled_by_id_foreign\` foreign key(\`scheduled_by_id\`) references \`app_user\`(\`id\`) on delete set null on update cascade, constraint \`home_visit_recorded_by_id_foreign\` foreign key(\`recorded_by_id\`) references \`app_user\`(\`id\`) on delete set null on update cascade);`);
    this.addSql(`create index \`home_visit_transaction_id_index\` on \`home_visit\` (\`transaction_id\`);`);
    this.addSql(`create index \`home_visit_scheduled_by_id_index\` on \`home_visit\` (\`scheduled_by_id\`);`);
    this.addSql(`create index \`home_visit_recorded_by_id_index\` on \`home_visit\` (\`recorded_by_id\`);`);
  }

}
