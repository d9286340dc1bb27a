import { Migration } from '@mikro-orm/migrations';

export class Migration20261207_documents extends Migration {

  override async up(): Promise<void> {
    // The beneficiary's file (documents/): the kinds of document, kept by managers (a first list
    // below), the documents on a beneficiary's file, which transactions each is attached to, and
    // the document type a checklist item asks for.
    this.addSql(`create table \`document_type\` (\`id\` integer not null primary key autoincrement, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`key\` text not null, \`name_ar\` text not null, \`name_en\` text not null, \`expires\` integer not null default false, \`active\` integer not null default true, \`position\` integer not null);`);
    this.addSql(`create unique index \`document_type_key_unique\` on \`document_type\` (\`key\`);`);

    this.addSql(`create table \`beneficiary_document\` (\`id\` integer not null primary key autoincrement, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`beneficiary_id\` integer not null, \`type_id\` integer not null, \`issued_on\` text null, \`expires_on\` text null, \`filename\` text not null, \`content_type\` text not null, \`size\` integer not null, \`sha256\` text not null, \`added_by_id\` integer null, \`removed_at\` datetime null, \`removed_by_id\` integer null, constraint \`beneficiary_document_beneficiary_id_foreign\` foreign key(\`beneficiary_id\`) references \`beneficiary\`(\`id\`) on update cascade, constraint \`beneficiary_document_type_id_foreign\` foreign key(\`type_id\`) references \`document_type\`(\`id\`) on update cascade, constraint \`beneficiary_document_added_by_id_foreign\` foreign key(\`added_by_id\`) references \`app_user\`(\`id\`) on delete set null on update cascade, constraint \`beneficiary_document_removed_by_id_foreign\` foreign key(\`removed_by_id\`) references \`app_user\`(\`id\`) on delete set null on update cascade);`);
    this.addSql(`create index \`beneficiary_document_beneficiary_id_index\` on \`beneficiary_document\` (\`beneficiary_id\`);`);
    this.addSql(`create index \`beneficiary_document_type_id_index\` on \`beneficiary_document\` (\`type_id\`);`);
    this.addSql(`create index \`beneficiary_document_added_by_id_index\` on \`beneficiary_document\` (\`added_by_id\`);`);
    this.addSql(`create index \`beneficiary_document_removed_by_id_index\` on \`beneficiary_document\` (\`removed_by_id\`);`);
    this.addSql(`create index \`beneficiary_document_beneficiary_id_type_id_index\` on \`beneficiary_document\` (\`beneficiary_id\`, \`type_id\`);`);

    this.addSql(`create table \`transaction_document\` (\`id\` integer not null primary key autoincrement, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`transaction_id\` integer not null, \`document_id\` integer not null, \`attached_by_id\` integer null, constraint \`transaction_document_transaction_id_foreign\` foreign key(\`transaction_id\`) references \`beneficiary_transaction\`(\`id\`) on update cascade, constraint \`transaction_document_document_id_foreign\` foreign key(\`document_id\`) references \`beneficiary_document\`(\`id\`) on update cascade, constraint \`transaction_document_attached_by_id_foreign\` foreign key(\`attached_by_id\`) references \`app_user\`(\`id\`) on delete set null on update cascade);`);
    this.addSql(`create index \`transaction_document_transaction_id_index\` on \`transaction_document\` (\`transaction_id\`);`);
    this.addSql(`create index \`transaction_document_document_id_index\` on \`transaction_document\` (\`document_id\`);`);
    this.addSql(`create index \`transaction_document_attached_by_id_index\` on \`transaction_document\` (\`attached_by_id\`);`);
    this.addSql(`create unique index \`transaction_document_transaction_id_document_id_unique\` on \`transaction_document\` (\`transaction_id\`, \`document_id\`);`);

    this.addSql(`insert into \`document_type\` (\`key\`, \`name_ar\`, \`name_en\`, \`expires\`, \`active\`, \`position\`, \`created_at\`, \`updated_at\`) values ('NATIONAL_ID_COPY', 'صورة الهوية الوطنية أو الإقامة', 'National ID or residence permit copy', 1, 1, 1, cast((julianday('now') - 2440587.5) * 86400000 as integer), cast((julianday('now') - 2440587.5) * 86400000 as integer)), ('FAMILY_REGISTER', 'سجل الأسرة', 'Family register', 0, 1, 2, cast((julianday('now') - 2440587.5) * 86400000 as integer), cast((julianday('now') - 2440587.5) * 86400000 as integer)), ('INCOME_PROOF', 'إثبات الدخل (تعريف بالراتب أو بيان الضمان)', 'Proof of income (salary certificate or social-security statement)', 1, 1, 3, cast((julianday('now') - 2440587.5) * 86400000 as integer), cast((julianday('now') - 2440587.5) * 86400000 as integer)), ('LEASE', 'عقد الإيجار', 'Lease contract', 1, 1, 4, cast((julianday('now') - 2440587.5) * 86400000 as integer), cast((julianday('now') - 2440587.5) * 86400000 as integer)), ('MEDICAL_REPORT', 'تقرير طبي', 'Medical report', 1, 1, 5, cast((julianday('now') - 2440587.5) * 86400000 as integer), cast((julianday('now') - 2440587.5) * 86400000 as integer)), ('DISABILITY_CARD', 'بطاقة إثبات الإعاقة', 'Disability card', 1, 1, 6, cast((julianday('now') - 2440587.5) * 86400000 as integer), cast((julianday('now') - 2440587.5) * 86400000 as integer)), ('BANK_IBAN_LETTER', 'خطاب الآيبان البنكي', 'Bank IBAN letter', 0, 1, 7, cast((julianday('now') - 2440587.5) * 86400000 as integer), cast((julianday('now') - 2440587.5) * 86400000 as integer));`);

    this.addSql(`alter table \`checklist_item\` add column \`document_type_key\` text null;`);
  }

}
