import { Migration } from '@mikro-orm/migrations';

export class Migration20261207_households extends Migration {

  override async up(): Promise<void> {
    // A beneficiary's household: members and circumstances (households/household.entity.ts).
    this.addSql(`create table \`household_member\` (\`id\` integer not null primary key autoincrement, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`beneficiary_id\` integer not null, \`full_name\` text not null, \`relation\` text not null, \`national_id\` text null, \`date_of_birth\` text not null, \`gender\` text not null, \`has_disability\` integer not null default false, \`disability_note\` text null, \`occupation\` text not null, constraint \`household_member_beneficiary_id_foreign\` foreign key(\`beneficiary_id\`) references \`beneficiary\`(\`id\`) on update cascade);`);
    this.addSql(`create index \`household_member_beneficiary_id_index\` on \`household_member\` (\`beneficiary_id\`);`);
    this.addSql(`create index \`household_member_beneficiary_id_id_index\` on \`household_member\` (\`beneficiary_id\`, \`id\`);`);
    this.addSql(`create table \`household\` (\`id\` integer not null primary key autoincrement, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`beneficiary_id\` integer not null, \`version\` integer not null default 1, \`housing\` text null, \`monthly_rent\` integer not null default 0, \`building_number\` text null, \`street\` text null, \`district\` text null, \`city\` text null, \`postal_code\` text null, \`additional_number\` text null, \`income_salary\` integer not null default 0, \`income_social_security\` integer not null default 0, \`income_pension\` integer not null default 0, \`income_citizen_account\` integer not null default 0, \`income_support\` integer not null default 0, \`income_other\` integer not null default 0, \`expense_utilities\` integer not null default 0, \`expense_food\` integer not null default 0, \`expense_education\` integer not null default 0, \`expense_health\` integer not null default 0, \`expense_debt\` integer not null default 0, \`expense_other\` integer not null default 0, constraint \`household_beneficiary_id_foreign\` foreign key(\`beneficiary_id\`) references \`beneficiary\`(\`id\`) on update cascade);`);
    this.addSql(`create index \`household_beneficiary_id_index\` on \`household\` (\`beneficiary_id\`);`);
    this.addSql(`create unique index \`household_beneficiary_id_unique\` on \`household\` (\`beneficiary_id\`);`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists \`household_member\`;`);
    this.addSql(`drop table if exists \`household\`;`);
  }

}
