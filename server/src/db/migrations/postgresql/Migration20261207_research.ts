import { Migration } from '@mikro-orm/migrations';

export class Migration20261207_research extends Migration {

  override async up(): Promise<void> {
    // The social research of step 3 (research/): home visits and the social report.
    this.addSql(`create table "social_report" ("id" serial primary key, "created_at" timestamptz not null, "updated_at" timestamptz not null, "transaction_id" int not null, "body" text not null, "recommendation" varchar(24) not null, "author_id" int null);`);
    this.addSql(`alter table "social_report" add constraint "social_report_transaction_id_unique" unique ("transaction_id");`);
    this.addSql(`create index "social_report_author_id_index" on "social_report" ("author_id");`);

    this.addSql(`create table "home_visit" ("id" serial primary key, "created_at" timestamptz not null, "updated_at" timestamptz not null, "transaction_id" int not null, "scheduled_for" varchar(10) not null, "visited_on" varchar(10) null, "present" text null, "findings" text null, "recommendation" varchar(24) null, "scheduled_by_id" int null, "recorded_by_id" int null);`);
    this.addSql(`create index "home_visit_transaction_id_index" on "home_visit" ("transaction_id");`);
    this.addSql(`create index "home_visit_scheduled_by_id_index" on "home_visit" ("scheduled_by_id");`);
    this.addSql(`create index "home_visit_recorded_by_id_index" on "home_visit" ("recorded_by_id");`);

    this.addSql(`alter table "social_report" add constraint "social_report_transaction_id_foreign" foreign key ("transaction_id") references "beneficiary_transaction" ("id") on update cascade;`);
    this.addSql(`alter table "social_report" add constraint "social_report_author_id_foreign" foreign key ("author_id") references "app_user" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "home_visit" add constraint "home_visit_transaction_id_foreign" foreign key ("transaction_id") references "beneficiary_transaction" ("id") on update cascade;`);
    this.addSql(`alter table "home_visit" add constraint "home_visit_scheduled_by_id_foreign" foreign key ("scheduled_by_id") references "app_user" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "home_visit" add constraint "home_visit_recorded_by_id_foreign" foreign key ("recorded_by_id") references "app_user" ("id") on update cascade on delete set null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "social_report" cascade;`);

    this.addSql(`drop table if exists "home_visit" cascade;`);
  }

}
