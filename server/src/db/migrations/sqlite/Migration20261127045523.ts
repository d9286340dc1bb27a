import { Migration } from '@mikro-orm/migrations';

export class Migration20261127045523 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table \`policy_version\` add column \`superseded_at\` datetime null;`);
  }

}
