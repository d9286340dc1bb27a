import { Migration } from '@mikro-orm/migrations';

export class Migration20261207_beneficiary_name_index extends Migration {

  override async up(): Promise<void> {
    // Written by hand (issue 17 item 4). The name search's index: an FTS5 table over the folded
    // names with the trigram tokenizer (every run of three characters, case kept as stored, so a
    // quoted word matches exactly where `name_folded like '%word%'` does). External content: the
    // names stay in `beneficiary` only; the triggers keep the index in the writer's transaction,
    // so a rolled-back registration or rename leaves no trace in it. Existing rows: 'rebuild'.
    // Not an entity: listed in schemaGenerator.skipTables (beneficiaries/name-index.ts).
    this.addSql(`create virtual table \`beneficiary_name_search\` using fts5(\`name_folded\`, content = 'beneficiary', content_rowid = 'id', tokenize = 'trigram case_sensitive 1');`);
    this.addSql(`create trigger \`beneficiary_name_search_insert\` after insert on \`beneficiary\` begin insert into \`beneficiary_name_search\` (rowid, \`name_folded\`) values (new.\`id\`, new.\`name_folded\`); end;`);
    this.addSql(`create trigger \`beneficiary_name_search_delete\` after delete on \`beneficiary\` begin insert into \`beneficiary_name_search\` (\`beneficiary_name_search\`, rowid, \`name_folded\`) values ('delete', old.\`id\`, old.\`name_folded\`); end;`);
    this.addSql(`create trigger \`beneficiary_name_search_update\` after update of \`name_folded\` on \`beneficiary\` begin insert into \`beneficiary_name_search\` (\`beneficiary_name_search\`, rowid, \`name_folded\`) values ('delete', old.\`id\`, old.\`name_folded\`); insert into \`beneficiary_name_search\` (rowid, \`name_folded\`) values (new.\`id\`, new.\`name_folded\`); end;`);
    this.addSql(`insert into \`beneficiary_name_search\` (\`beneficiary_name_search\`) values ('rebuild');`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop trigger if exists \`beneficiary_name_search_update\`;`);
    this.addSql(`drop trigger if exists \`beneficiary_name_search_delete\`;`);
    this.addSql(`drop trigger if exists \`beneficiary_name_search_insert\`;`);
    this.addSql(`drop table if exists \`beneficiary_name_search\`;`);
  }

}
