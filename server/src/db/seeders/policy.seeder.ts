import type { EntityManager } from '@mikro-orm/core';
import { text } from '../../modules/common/localized-text.js';
import { Organization } from '../../modules/policy/organization.entity.js';
import { PolicyVersion } from '../../modules/policy/policy-version.entity.js';
import { BoardApproval } from '../../modules/policy/board-approval.entity.js';
import { PolicyVersionStatus } from '../../modules/policy/policy.enums.js';
import { writeContent } from '../../modules/policy/policy-content.js';
import type { PolicySeed } from './policy-seed.types.js';

export interface SeedResult {
  created: boolean;
  organizationId: number;
  policyVersionId: number | null;
}

/**
 * Loads a policy seed as the association's first, active policy version.
 * Idempotent: when the organization already has a policy version, nothing is added.
 */
export async function loadPolicySeed(em: EntityManager, seed: PolicySeed): Promise<SeedResult> {
  return em.transactional(async (tx) => {
    const existing = await tx.findOne(Organization, { key: seed.organization.key });
    if (existing) {
      const anyVersion = await tx.findOne(
        PolicyVersion,
        { organization: existing },
        { fields: ['id'] },
      );
      if (anyVersion) return { created: false, organizationId: existing.id, policyVersionId: null };
    }
    const organization =
      existing ??
      tx.create(Organization, { key: seed.organization.key, name: text(seed.organization.name) });

    const v = seed.version;
    const version = tx.create(PolicyVersion, {
      organization,
      number: v.number,
      status: PolicyVersionStatus.ACTIVE,
      title: text(v.title),
      preface: text(v.preface),
      generalObjective: text(v.generalObjective),
      activatedAt: new Date(`${v.approval.approvedOnGregorian}T00:00:00Z`),
    });

    writeContent(tx, version, v);

    tx.create(BoardApproval, {
      version,
      body: text(v.approval.body),
      boardTerm: text(v.approval.boardTerm),
      approvedOnGregorian: v.approval.approvedOnGregorian,
      approvedOnHijri: v.approval.approvedOnHijri,
      note: text(v.approval.note),
    });

    await tx.flush();
    return { created: true, organizationId: organization.id, policyVersionId: version.id };
  });
}
