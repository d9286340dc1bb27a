import { EntityRepository } from '@mikro-orm/core';
import type { PolicyVersion } from './policy-version.entity.js';
import { PolicyVersionStatus } from './policy.enums.js';

/** Finds policy versions: the one in force, one by number, all of them. */
export class PolicyVersionRepository extends EntityRepository<PolicyVersion> {
  /** The version in force, or null before any is active. */
  active(): Promise<PolicyVersion | null> {
    return this.findOne({ status: PolicyVersionStatus.ACTIVE });
  }

  byNumber(number: number): Promise<PolicyVersion | null> {
    return this.findOne({ number });
  }

  /** Every version, newest first: drafts, the one in force and those superseded. */
  newestFirst(): Promise<PolicyVersion[]> {
    return this.findAll({ orderBy: { number: 'desc' } });
  }
}
