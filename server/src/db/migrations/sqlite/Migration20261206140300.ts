import { Migration } from '@mikro-orm/migrations';

export class Migration20261206140300 extends Migration {

  override async up(): Promise<void> {
    // The client's own X-Request-Id, apart from the request id the server generates.
    this.addSql(`alter table \`audit_entry\` add column \`client_request_id\` text null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table \`audit_entry\` drop column \`client_request_id\`;`);
  }

}
