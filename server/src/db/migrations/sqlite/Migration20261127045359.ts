import { Migration } from '@mikro-orm/migrations';

export class Migration20261127045359 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`library_document\` (\`id\` integer not null primary key autoincrement, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`slug\` text not null, \`kind\` text not null, \`title_ar\` text not null, \`title_en\` text not null, \`tags_text\` text not null default '', \`tool_key\` text null, \`owner_id\` integer null, \`review_by\` text null, \`current_version_id\` integer null, constraint \`library_document_owner_id_foreign\` foreign key(\`owner_id\`) references \`app_user\`(\`id\`) on delete set null on update cascade, constraint \`library_document_current_version_id_foreign\` foreign key(\`current_version_id\`) references \`library_document_version\`(\`id\`) on delete set null on update cascade);`);
    this.addSql(`create unique index \`library_document_slug_unique\` on \`library_document\` (\`slug\`);`);
    this.addSql(`create unique index \`library_document_tool_key_unique\` on \`library_document\` (\`tool_key\`);`);
    this.addSql(`create index \`library_document_owner_id_index\` on \`library_document\` (\`owner_id\`);`);
    this.addSql(`create index \`library_document_review_by_index\` on \`library_document\` (\`review_by\`);`);
    this.addSql(`create index \`library_document_current_version_id_index\` on \`library_document\` (\`current_version_id\`);`);

    this.addSql(`create table \`library_document_version\` (\`id\` integer not null primary key autoincrement, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`document_id\` integer not null, \`number\` integer not null, \`status\` text not null default 'DRAFT', \`body_ar\` text not null, \`body_en\` text not null, \`html_ar\` text not null, \`html_en\` text not null, \`toc_ar\` text not null, \`toc_en\` text not null, \`change_note\` text null, \`author_id\` integer null, \`published_at\` datetime null, \`published_by_id\` integer null, constraint \`library_document_version_document_id_foreign\` foreign key(\`document_id\`) references \`library_document\`(\`id\`) on update cascade, constraint \`library_document_version_author_id_foreign\` foreign key(\`author_id\`) references \`app_user\`(\`id\`) on delete set null on update cascade, constraint \`library_document_version_published_by_id_foreign\` foreign key(\`published_by_id\`) references \`app_user\`(\`id\`) on delete set null on update cascade);`);
    this.addSql(`create index \`library_document_version_document_id_index\` on \`library_document_version\` (\`document_id\`);`);
    this.addSql(`create index \`library_document_version_author_id_index\` on \`library_document_version\` (\`author_id\`);`);
    this.addSql(`create index \`library_document_version_published_by_id_index\` on \`library_document_version\` (\`published_by_id\`);`);
    this.addSql(`create unique index \`library_document_version_document_id_number_unique\` on \`library_document_version\` (\`document_id\`, \`number\`);`);

    this.addSql(`create table \`library_attachment\` (\`id\` integer not null primary key autoincrement, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`document_id\` integer not null, \`version_number\` integer not null, \`filename\` text not null, \`content_type\` text not null, \`size\` integer not null, \`sha256\` text not null, \`uploaded_by_id\` integer null, constraint \`library_attachment_document_id_foreign\` foreign key(\`document_id\`) references \`library_document\`(\`id\`) on update cascade, constraint \`library_attachment_uploaded_by_id_foreign\` foreign key(\`uploaded_by_id\`) references \`app_user\`(\`id\`) on delete set null on update cascade);`);
    this.addSql(`create index \`library_attachment_document_id_index\` on \`library_attachment\` (\`document_id\`);`);
    this.addSql(`create index \`library_attachment_uploaded_by_id_index\` on \`library_attachment\` (\`uploaded_by_id\`);`);

    // Written by hand: the search index (src/modules/library/search.ts), an FTS5 table over
    // normalised search terms, ranked by bm25. Not an entity, so not in the snapshot.
    this.addSql(`create virtual table \`library_search\` using fts5(title_norm, body_norm, kind unindexed, ref unindexed, item_key unindexed, lang unindexed, title_text unindexed, body_text unindexed, tokenize = 'unicode61 remove_diacritics 0');`);
  }

}
