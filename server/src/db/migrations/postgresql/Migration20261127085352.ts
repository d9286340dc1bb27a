import { Migration } from '@mikro-orm/migrations';

export class Migration20261127085352 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "beneficiary_transaction" add column "last_event_at" timestamptz null;`);

    this.addSql(`drop index "transaction_event_at_index";`);

    this.addSql(`alter table "transaction_event" add column "gap_seconds" int null;`);
    // Written by hand: the gap of every existing event, and each transaction's latest event.
    this.addSql(`update "transaction_event" e set "gap_seconds" = g.gap from (
      select id, round(extract(epoch from (at - lag(at) over (partition by transaction_id order by id))))::int as gap
      from "transaction_event") g where g.id = e.id and g.gap is not null;`);
    this.addSql(`update "beneficiary_transaction" t set "last_event_at" = m.at from (
      select transaction_id, max(at) as at from "transaction_event" group by transaction_id) m
      where m.transaction_id = t.id;`);
    this.addSql(`create index "transaction_event_at_step_id_transaction_id_gap_seconds_index" on "transaction_event" ("at", "step_id", "transaction_id", "gap_seconds");`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "beneficiary_transaction" drop column "last_event_at";`);

    this.addSql(`drop index "transaction_event_at_step_id_transaction_id_gap_seconds_index";`);
    this.addSql(`alter table "transaction_event" drop column "gap_seconds";`);

    this.addSql(`create index "transaction_event_at_index" on "transaction_event" ("at");`);
  }

}
