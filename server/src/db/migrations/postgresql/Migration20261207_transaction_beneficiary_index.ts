import { Migration } from '@mikro-orm/migrations';

export class Migration20261207_transaction_beneficiary_index extends Migration {

  override async up(): Promise<void> {
    // Written by hand (issue 17 item 4). SQLite has indexed beneficiary_transaction.beneficiary_id
    // since the first migration (MikroORM indexes every foreign key there); PostgreSQL had no
    // such index, so the name search's `beneficiary_id in (…)` (and a beneficiary's transactions)
    // read every transaction: a full name's 27 transactions at 1M took 300 ms.
    this.addSql(`create index "beneficiary_transaction_beneficiary_id_index" on "beneficiary_transaction" ("beneficiary_id");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index if exists "beneficiary_transaction_beneficiary_id_index";`);
  }

}
