import { Migration } from '@mikro-orm/migrations';

export class Migration20261207_working_calendar extends Migration {

  override async up(): Promise<void> {
    // The working calendar's holidays (calendar/holiday.entity.ts), pre-filled at start.
    this.addSql(`create table "holiday" ("id" serial primary key, "created_at" timestamptz not null, "updated_at" timestamptz not null, "start_date" varchar(10) not null, "end_date" varchar(10) not null, "name_ar" text not null, "name_en" text not null, "kind" varchar(16) not null, "status" varchar(16) not null, "seed_key" varchar(32) null, "removed_at" timestamptz null);`);
    this.addSql(`create index "holiday_start_date_index" on "holiday" ("start_date");`);
    this.addSql(`alter table "holiday" add constraint "holiday_seed_key_unique" unique ("seed_key");`);
    // Whether a step's window counts working or calendar days: every existing step keeps calendar days.
    this.addSql(`alter table "handling_step" add column "window_unit" varchar(16) not null default 'CALENDAR';`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "holiday" cascade;`);
    this.addSql(`alter table "handling_step" drop column "window_unit";`);
  }

}
