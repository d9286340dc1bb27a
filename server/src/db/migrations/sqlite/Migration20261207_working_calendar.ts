import { Migration } from '@mikro-orm/migrations';

export class Migration20261207_working_calendar extends Migration {

  override async up(): Promise<void> {
    // The working calendar's holidays (calendar/holiday.entity.ts), pre-filled at start.
    this.addSql(`create table \`holiday\` (\`id\` integer not null primary key autoincrement, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`start_date\` text not null, \`end_date\` text not null, \`name_ar\` text not null, \`name_en\` text not null, \`kind\` text not null, \`status\` text not null, \`seed_key\` text null, \`removed_at\` datetime null);`);
    this.addSql(`create index \`holiday_start_date_index\` on \`holiday\` (\`start_date\`);`);
    this.addSql(`create unique index \`holiday_seed_key_unique\` on \`holiday\` (\`seed_key\`);`);
    // Whether a step's window counts working or calendar days: every existing step keeps calendar days.
    this.addSql(`alter table \`handling_step\` add column \`window_unit\` text not null default 'CALENDAR';`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists \`holiday\`;`);
    this.addSql(`alter table \`handling_step\` drop column \`window_unit\`;`);
  }

}
