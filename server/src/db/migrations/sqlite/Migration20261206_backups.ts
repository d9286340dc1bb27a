import { Migration } from '@mikro-orm/migrations';

export class Migration20261206_backups extends Migration {

  override async up(): Promise<void> {
    // Written by hand. One row per backup run (operations/backup-run.entity.ts); a scheduled
    // run claims its slot first, so only one instance runs it.
    this.addSql(`create table \`backup_run\` (\`id\` integer not null primary key autoincrement, \`slot\` text null, \`trigger\` text not null, \`status\` text not null, \`started_at\` datetime not null, \`finished_at\` datetime null, \`location\` text null, \`size_bytes\` double null, \`error\` text null);`);
    this.addSql(`create unique index \`backup_run_slot_unique\` on \`backup_run\` (\`slot\`);`);
    this.addSql(`create index \`backup_run_started_at_index\` on \`backup_run\` (\`started_at\`);`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists \`backup_run\`;`);
  }

}
