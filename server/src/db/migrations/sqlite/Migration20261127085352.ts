import { Migration } from '@mikro-orm/migrations';

export class Migration20261127085352 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table \`beneficiary_transaction\` add column \`last_event_at\` datetime null;`);

    this.addSql(`drop index \`transaction_event_at_index\`;`);

    this.addSql(`alter table \`transaction_event\` add column \`gap_seconds\` integer null;`);
    // Written by hand: the gap of every existing event, and each transaction's latest event.
    this.addSql(`update \`transaction_event\` set \`gap_seconds\` = g.gap from (
      select id, (at - lag(at) over (partition by transaction_id order by id)) / 1000 as gap
      from \`transaction_event\`) g where g.id = \`transaction_event\`.id and g.gap is not null;`);
    this.addSql(`update \`beneficiary_transaction\` set \`last_event_at\` = (select max(e.at)
      from \`transaction_event\` e where e.transaction_id = \`beneficiary_transaction\`.id);`);
    this.addSql(`create index \`transaction_event_at_step_id_transaction_id_gap_seconds_index\` on \`transaction_event\` (\`at\`, \`step_id\`, \`transaction_id\`, \`gap_seconds\`);`);
  }

}
