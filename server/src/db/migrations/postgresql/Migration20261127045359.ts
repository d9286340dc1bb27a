import { Migration } from '@mikro-orm/migrations';

export class Migration20261127045359 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "library_document" ("id" serial primary key, "created_at" timestamptz not null, "updated_at" timestamptz not null, "slug" varchar(80) not null, "kind" varchar(16) not null, "title_ar" text not null, "title_en" text not null, "tags_text" varchar(500) not null default '', "tool_key" varchar(64) null, "owner_id" int null, "review_by" varchar(10) null, "current_version_id" int null);`);
    this.addSql(`alter table "library_document" add constraint "library_document_slug_unique" unique ("slug");`);
    this.addSql(`alter table "library_document" add constraint "library_document_tool_key_unique" unique ("tool_key");`);
    this.addSql(`create index "library_document_review_by_index" on "library_document" ("review_by");`);

    this.addSql(`create table "library_document_version" ("id" serial primary key, "created_at" timestamptz not null, "updated_at" timestamptz not null, "document_id" int not null, "number" int not null, "status" varchar(12) not null default 'DRAFT', "body_ar" text not null, "body_en" text not null, "html_ar" text not null, "html_en" text not null, "toc_ar" text not null, "toc_en" text not null, "change_note" varchar(500) null, "author_id" int null, "published_at" timestamptz null, "published_by_id" int null);`);
    this.addSql(`alter table "library_document_version" add constraint "library_document_version_document_id_number_unique" unique ("document_id", "number");`);

    this.addSql(`create table "library_attachment" ("id" serial primary key, "created_at" timestamptz not null, "updated_at" timestamptz not null, "document_id" int not null, "version_number" int not null, "filename" varchar(200) not null, "content_type" varchar(40) not null, "size" int not null, "sha256" varchar(64) not null, "uploaded_by_id" int null);`);

    this.addSql(`alter table "library_document" add constraint "library_document_owner_id_foreign" foreign key ("owner_id") references "app_user" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "library_document" add constraint "library_document_current_version_id_foreign" foreign key ("current_version_id") references "library_document_version" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "library_document_version" add constraint "library_document_version_document_id_foreign" foreign key ("document_id") references "library_document" ("id") on update cascade;`);
    this.addSql(`alter table "library_document_version" add constraint "library_document_version_author_id_foreign" foreign key ("author_id") references "app_user" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "library_document_version" add constraint "library_document_version_published_by_id_foreign" foreign key ("published_by_id") references "app_user" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "library_attachment" add constraint "library_attachment_document_id_foreign" foreign key ("document_id") references "library_document" ("id") on update cascade;`);
    this.addSql(`alter table "library_attachment" add constraint "library_attachment_uploaded_by_id_foreign" foreign key ("uploaded_by_id") references "app_user" ("id") on update cascade on delete set null;`);

    // Written by hand: the search index (src/modules/library/search.ts), the same normalised
    // search terms as SQLite's FTS5 table, in a tsvector ('simple': no stemming or stop words of
    // its own) with the title weighted A, ranked by ts_rank. Not an entity, so not in the snapshot.
    this.addSql(`create table "library_search" ("id" serial primary key, "title_norm" text not null, "body_norm" text not null, "kind" varchar(16) not null, "ref" varchar(40) not null, "item_key" varchar(80) not null, "lang" varchar(2) not null, "title_text" text not null, "body_text" text not null, "tsv" tsvector generated always as (setweight(to_tsvector('simple', "title_norm"), 'A') || setweight(to_tsvector('simple', "body_norm"), 'B')) stored);`);
    this.addSql(`create index "library_search_tsv_index" on "library_search" using gin ("tsv");`);
    this.addSql(`create index "library_search_ref_index" on "library_search" ("ref");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "library_search";`);

    this.addSql(`alter table "library_document_version" drop constraint "library_document_version_document_id_foreign";`);

    this.addSql(`alter table "library_attachment" drop constraint "library_attachment_document_id_foreign";`);

    this.addSql(`alter table "library_document" drop constraint "library_document_current_version_id_foreign";`);

    this.addSql(`drop table if exists "library_document" cascade;`);

    this.addSql(`drop table if exists "library_document_version" cascade;`);

    this.addSql(`drop table if exists "library_attachment" cascade;`);
  }

}
