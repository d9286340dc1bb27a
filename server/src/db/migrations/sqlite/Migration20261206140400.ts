import { Migration } from '@mikro-orm/migrations';
import { scrubStoredFreeText } from '../../../modules/audit/scrub-free-text.js';

export class Migration20261206140400 extends Migration {

  override async up(): Promise<void> {
    // Written by hand. Survey links issued on request by the officer they rate, and answers
    // given through them or recorded by that officer, are flagged and left out of per-officer
    // figures; a link issued again after an earlier one carries the reason.
    this.addSql(`alter table \`survey_invitation\` add column \`issued_by_officer\` integer not null default false;`);
    this.addSql(`alter table \`survey_invitation\` add column \`reissue_reason\` text null;`);
    this.addSql(`alter table \`survey_response\` add column \`self_rated\` integer not null default false;`);
    // Audit rows written before free text was kept out of the trail get today's marks.
    await scrubStoredFreeText((sql, params) => this.execute(sql, params));
  }

  override async down(): Promise<void> {
    this.addSql(`alter table \`survey_response\` drop column \`self_rated\`;`);
    this.addSql(`alter table \`survey_invitation\` drop column \`reissue_reason\`;`);
    this.addSql(`alter table \`survey_invitation\` drop column \`issued_by_officer\`;`);
  }

}
