import { Migration } from '@mikro-orm/migrations';

export class Migration20261127075625 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "calendar_day" ("day" varchar(10) not null, "week" varchar(10) not null, "month" varchar(7) not null, "hijri_month" varchar(7) not null, constraint "calendar_day_pkey" primary key ("day"));`);

    this.addSql(`create index "transaction_event_at_index" on "transaction_event" ("at");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "calendar_day" cascade;`);

    this.addSql(`drop index "transaction_event_at_index";`);
  }

}
