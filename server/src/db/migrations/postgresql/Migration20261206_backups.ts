import { Migration } from '@mikro-orm/migrations';

export class Migration20261206_backups extends Migration {

  override async up(): Promise<void> {
    // Written by hand. One row per backup run (operations/backup-run.entity.ts); a scheduled
    // run claims its slot first, so only one instance runs it.
    this.addSql(`create table "backup_run" ("id" serial primary key, "slot" varchar(32) null, "trigger" varchar(16) not null, "status" varchar(16) not null, "started_at" timestamptz not null, "finished_at" timestamptz null, "location" text null, "size_bytes" double precision null, "error" text null);`);
    this.addSql(`alter table "backup_run" add constraint "backup_run_slot_unique" unique ("slot");`);
    this.addSql(`create index "backup_run_started_at_index" on "backup_run" ("started_at");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "backup_run";`);
  }

}
