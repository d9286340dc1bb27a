import { Migration } from '@mikro-orm/migrations';

export class Migration20261207_beneficiary_name_index extends Migration {

  override async up(): Promise<void> {
    // Written by hand (issue 17 item 4). The name search's index: pg_trgm's GIN index over the
    // folded names, which serves `name_folded like '%word%'` for a word of three characters or
    // more (the index finds candidates, PostgreSQL re-checks the LIKE: the same rows as without
    // it). pg_trgm is a trusted extension: the database's owner may create it. Built over the
    // existing rows here, kept by PostgreSQL in every writer's transaction. It replaces the plain
    // index of the name, which no query used (a LIKE '%…%' cannot), under the same name: the
    // entity declares it by name and expression (beneficiary.entity.ts).
    this.addSql(`create extension if not exists pg_trgm;`);
    this.addSql(`drop index if exists "beneficiary_name_folded_index";`);
    this.addSql(`create index "beneficiary_name_folded_index" on "beneficiary" using gin ("name_folded" gin_trgm_ops);`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index if exists "beneficiary_name_folded_index";`);
    this.addSql(`create index "beneficiary_name_folded_index" on "beneficiary" ("name_folded");`);
  }

}
