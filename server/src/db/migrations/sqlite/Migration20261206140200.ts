import { Migration } from '@mikro-orm/migrations';

export class Migration20261206140200 extends Migration {

  override async up(): Promise<void> {
    // Written by hand: sign-in guesses are now counted under the resolved user, or a hash of a
    // login that names nobody. The counters of the old scheme were keyed by the login as typed
    // (which may be someone's e-mail address): they are dropped, not kept as raw text.
    this.addSql(`delete from \`sign_in_throttle\` where \`key\` like 'user:%';`);
  }

  override async down(): Promise<void> {
    // Nothing to restore: the old counters were only failure counts.
  }

}
