import { Migration } from '@mikro-orm/migrations';

export class Migration20261206_rate_limit extends Migration {
  override async up(): Promise<void> {
    // Written by hand. The request rate limit's counters, shared by every instance on this
    // database (protection/rate-limit.ts; the table layout is rate-limiter-flexible's
    // RateLimiterPostgres). Not an entity: the ORM never reads it (skipTables).
    this.addSql(
      `create table if not exists "rate_limit" ("key" varchar(255) primary key, "points" integer not null default 0, "expire" bigint);`,
    );
    this.addSql(`create index if not exists "rate_limit_expire_index" on "rate_limit" ("expire");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "rate_limit";`);
  }
}
