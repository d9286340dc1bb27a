import { Migration } from '@mikro-orm/migrations';

export class Migration20261207_comment_index extends Migration {
  override async up(): Promise<void> {
    // Written by hand (issue 17). The comment search's index: an FTS5 table over the comments'
    // folded texts (in full, and de-identified for analysts) with the trigram tokenizer, as the
    // names' (Migration20261207_beneficiary_name_index). External content: the texts stay in
    // `survey_response` only; the triggers keep the index in the writer's transaction. Existing
    // rows: 'rebuild'. Not an entity: listed in schemaGenerator.skipTables
    // (analytics/satisfaction-comments.repository.ts). PostgreSQL keeps its LIKE.
    const cols = '`comment_folded`, `comment_redacted_folded`';
    const add = (r: string) =>
      `insert into \`survey_comment_search\` (rowid, ${cols}) values (${r}.\`id\`, ${r}.\`comment_folded\`, ${r}.\`comment_redacted_folded\`);`;
    const remove = (r: string) =>
      `insert into \`survey_comment_search\` (\`survey_comment_search\`, rowid, ${cols}) values ('delete', ${r}.\`id\`, ${r}.\`comment_folded\`, ${r}.\`comment_redacted_folded\`);`;
    this.addSql(
      `create virtual table \`survey_comment_search\` using fts5(${cols}, content = 'survey_response', content_rowid = 'id', tokenize = 'trigram case_sensitive 1');`,
    );
    this.addSql(
      `create trigger \`survey_comment_search_insert\` after insert on \`survey_response\` begin ${add('new')} end;`,
    );
    this.addSql(
      `create trigger \`survey_comment_search_delete\` after delete on \`survey_response\` begin ${remove('old')} end;`,
    );
    this.addSql(
      `create trigger \`survey_comment_search_update\` after update of \`comment_folded\`, \`comment_redacted_folded\` on \`survey_response\` begin ${remove('old')} ${add('new')} end;`,
    );
    this.addSql(`insert into \`survey_comment_search\` (\`survey_comment_search\`) values ('rebuild');`);
  }

  override async down(): Promise<void> {
    this.addSql('drop trigger if exists `survey_comment_search_update`;');
    this.addSql('drop trigger if exists `survey_comment_search_delete`;');
    this.addSql('drop trigger if exists `survey_comment_search_insert`;');
    this.addSql('drop table if exists `survey_comment_search`;');
  }
}
