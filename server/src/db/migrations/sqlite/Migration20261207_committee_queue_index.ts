import { Migration } from '@mikro-orm/migrations';

export class Migration20261207_committee_queue_index extends Migration {

  override async up(): Promise<void> {
    // Written by hand (issue 17 item 5). The committee's queue (awaiting a decision or deferred,
    // the earliest due first) read on PostgreSQL the index of committee_due_at from its start,
    // past every closed transaction that once went to the committee (40,000 rows at 100k, 24 ms):
    // the planner takes the queue's rows as spread evenly over the due dates, where they are all
    // at the end. This partial index holds the queue's rows only, in its order (0.08 ms). SQLite
    // reads the queue from its status index and sorts it (it cannot read NULLS LAST ascending
    // from an index); it has the index too, the entity declaring it for both engines.
    this.addSql(`create index \`beneficiary_transaction_committee_queue_index\` on \`beneficiary_transaction\` (\`committee_due_at\`, \`id\`) where \`status\` in ('AWAITING_COMMITTEE', 'DEFERRED');`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index if exists \`beneficiary_transaction_committee_queue_index\`;`);
  }

}
