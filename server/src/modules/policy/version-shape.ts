import type { EntityManager } from '@mikro-orm/core';
import { Channel } from './channel.entity.js';
import { HandlingStep } from './handling-step.entity.js';
import { PolicyVersion } from './policy-version.entity.js';
import { PolicyVersionStatus, WindowUnit } from './policy.enums.js';

/**
 * What the workflow needs of a policy version, as plain data: its steps in order (with their
 * checklists) and its channels. Read once per process and version: the content of a version that
 * is no longer a draft never changes (policy-content.ts writes and clears drafts only, and a
 * transaction only ever points at a version that was in force), so every officer's action reads
 * it from memory instead of loading and tracking some forty step and checklist entities in its
 * database transaction. A draft's shape is read afresh each time and never kept.
 */
export interface StepShape {
  readonly id: number;
  readonly key: string;
  readonly position: number;
  readonly conditional: boolean;
  readonly windowDays: number | null;
  readonly windowUnit: WindowUnit;
  readonly checklist: readonly {
    readonly key: string;
    readonly required: boolean;
    /** The document type the item asks for on file, if any. */
    readonly documentType: string | null;
  }[];
}

export interface VersionShape {
  readonly id: number;
  /** In the policy's order. */
  readonly steps: readonly StepShape[];
  /** Channel id by key. */
  readonly channels: ReadonlyMap<string, number>;
}

/**
 * One cache per ORM (its configuration is shared by every fork of its EntityManager), so two
 * apps in one process (the tests') never see each other's versions.
 */
const caches = new WeakMap<object, Map<number, VersionShape>>();

async function readShape(em: EntityManager, versionId: number): Promise<VersionShape> {
  // One after the other: inside a transaction both would go to its one connection.
  const steps = await em.find(
    HandlingStep,
    { version: versionId },
    { orderBy: { position: 'asc' }, populate: ['checklist'] },
  );
  const channels = await em.find(Channel, { version: versionId });
  return {
    id: versionId,
    steps: steps.map((s) => ({
      id: s.id,
      key: s.key,
      position: s.position,
      conditional: s.conditional,
      windowDays: s.windowDays ?? null,
      windowUnit: s.windowUnit,
      checklist: s.checklist
        .getItems()
        .sort((a, b) => a.position - b.position)
        .map((i) => ({
          key: i.key,
          required: i.required,
          documentType: i.documentTypeKey ?? null,
        })),
    })),
    channels: new Map(channels.map((c) => [c.key, c.id])),
  };
}

/** The shape of version `versionId` (the caller's EntityManager reads it, in its transaction). */
export async function versionShape(em: EntityManager, versionId: number): Promise<VersionShape> {
  let cache = caches.get(em.config);
  if (!cache) caches.set(em.config, (cache = new Map()));
  const known = cache.get(versionId);
  if (known) return known;
  const status = await em.getRepository(PolicyVersion).statusOf(versionId);
  if (!status) throw new Error(`No policy version ${versionId}`);
  const shape = await readShape(em, versionId);
  if (status !== PolicyVersionStatus.DRAFT) cache.set(versionId, shape);
  return shape;
}

/** The step with id `stepId` (a transaction's steps are always those of its version). */
export function stepOf(steps: readonly StepShape[], stepId: number): StepShape {
  const step = steps.find((s) => s.id === stepId);
  if (!step) throw new Error(`Step ${stepId} is not a step of this policy version`);
  return step;
}
