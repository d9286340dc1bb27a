import { Migration } from '@mikro-orm/migrations';

export class Migration20261127033114 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`beneficiary\` (\`id\` integer not null primary key autoincrement, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`full_name\` text not null, \`name_folded\` text not null, \`national_id\` text not null, \`mobile\` text not null, \`city\` text not null, \`gender\` text not null, \`date_of_birth\` text null, \`notes\` text null, \`created_by_id\` integer null, constraint \`beneficiary_created_by_id_foreign\` foreign key(\`created_by_id\`) references \`app_user\`(\`id\`) on delete set null on update cascade);`);
    this.addSql(`create index \`beneficiary_name_folded_index\` on \`beneficiary\` (\`name_folded\`);`);
    this.addSql(`create unique index \`beneficiary_national_id_unique\` on \`beneficiary\` (\`national_id\`);`);
    this.addSql(`create index \`beneficiary_mobile_index\` on \`beneficiary\` (\`mobile\`);`);
    this.addSql(`create index \`beneficiary_created_by_id_index\` on \`beneficiary\` (\`created_by_id\`);`);
  }

}
