import type { EntityManager } from '@mikro-orm/core';
import { text } from '../../modules/common/localized-text.js';
import { Organization } from '../../modules/policy/organization.entity.js';
import { PolicyVersion } from '../../modules/policy/policy-version.entity.js';
import { PolicyObjective } from '../../modules/policy/policy-objective.entity.js';
import { Channel } from '../../modules/policy/channel.entity.js';
import { Tool } from '../../modules/policy/tool.entity.js';
import { ChecklistItem, HandlingStep } from '../../modules/policy/handling-step.entity.js';
import { BoardApproval } from '../../modules/policy/board-approval.entity.js';
import { PerformerRole, PolicyVersionStatus, ToolKind } from '../../modules/policy/policy.enums.js';
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

    v.objectives.forEach((o, i) => {
      const parent = tx.create(PolicyObjective, { version, position: i + 1, text: text(o.text) });
      (o.children ?? []).forEach((c, j) =>
        tx.create(PolicyObjective, { version, parent, position: j + 1, text: text(c) }),
      );
    });

    v.channels.forEach((c, i) =>
      tx.create(Channel, {
        version,
        key: c.key,
        position: i + 1,
        name: text(c.name),
        description: text(c.description),
      }),
    );

    const tools = new Map<string, Tool>();
    v.tools.forEach((t, i) =>
      tools.set(
        t.key,
        tx.create(Tool, {
          version,
          key: t.key,
          kind: ToolKind[t.kind],
          position: i + 1,
          name: text(t.name),
          description: text(t.description),
        }),
      ),
    );

    v.steps.forEach((s, i) => {
      const step = tx.create(HandlingStep, {
        version,
        key: s.key,
        position: i + 1,
        title: text(s.title),
        text: text(s.text),
        performerRole: PerformerRole[s.performerRole],
        conditional: s.conditional,
        condition: s.condition ? text(s.condition) : undefined,
        windowDays: s.windowDays,
      });
      for (const key of s.toolKeys) {
        const tool = tools.get(key);
        if (!tool) throw new Error(`Seed step ${s.key} names unknown tool ${key}`);
        step.tools.add(tool);
      }
      s.checklist.forEach((item, j) =>
        tx.create(ChecklistItem, {
          step,
          key: item.key,
          position: j + 1,
          text: text(item.text),
          required: item.required,
        }),
      );
    });

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
