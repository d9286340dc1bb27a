import { EntityRepository } from '@mikro-orm/core';
import type { SqlEntityManager } from '@mikro-orm/postgresql';
import type { PolicyVersion } from './policy-version.entity.js';
import { PolicyVersionStatus } from './policy.enums.js';

/** Finds policy versions: the one in force, one by number, all of them. */
export class PolicyVersionRepository extends EntityRepository<PolicyVersion> {
  /** The version in force, or null before any is active. */
  active(): Promise<PolicyVersion | null> {
    return this.findOne({ status: PolicyVersionStatus.ACTIVE });
  }

  /** The id of the version in force, or null: one narrow read, no entity. */
  async activeId(): Promise<number | null> {
    const row = await this.narrow().where({ status: PolicyVersionStatus.ACTIVE }).execute('get');
    return row ? Number(row.id) : null;
  }

  /** The status of version `id` (undefined when there is none): one narrow read, no entity. */
  async statusOf(id: number): Promise<PolicyVersionStatus | undefined> {
    const row = await this.narrow().where({ id }).execute('get');
    return row?.status;
  }

  private narrow() {
    return (this.em as SqlEntityManager)
      .createQueryBuilder<PolicyVersion>(this.entityName)
      .select(['id', 'status'])
      .limit(1);
  }

  byNumber(number: number): Promise<PolicyVersion | null> {
    return this.findOne({ number });
  }

  /** Every version, newest first: drafts, the one in force and those superseded. */
  newestFirst(): Promise<PolicyVersion[]> {
    return this.findAll({ orderBy: { number: 'desc' } });
  }
}
