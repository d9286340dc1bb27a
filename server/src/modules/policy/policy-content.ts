import type { EntityManager } from '@mikro-orm/core';
import { text } from '../common/localized-text.js';
import { PolicyVersion } from './policy-version.entity.js';
import { PolicyObjective } from './policy-objective.entity.js';
import { Channel } from './channel.entity.js';
import { Tool } from './tool.entity.js';
import { ChecklistItem, HandlingStep } from './handling-step.entity.js';
import { PerformerRole, ToolKind, WindowUnit } from './policy.enums.js';
import type { PolicySeed } from '../../db/seeders/policy-seed.types.js';

/**
 * The editable content of a policy version, as plain data: what the seed loads, what a draft
 * is copied from and saved as, and what two versions are compared by. Positions are the
 * order of the arrays.
 */
export type PolicyContent = Pick<
  PolicySeed['version'],
  'title' | 'preface' | 'generalObjective' | 'objectives' | 'channels' | 'tools' | 'steps'
>;

const plain = (t: { ar: string; en: string }) => ({ ar: t.ar, en: t.en });

/** Writes `content` as the objectives, channels, tools and steps of `version` (which has none). */
export function writeContent(tx: EntityManager, version: PolicyVersion, content: PolicyContent) {
  version.title = text(content.title);
  version.preface = text(content.preface);
  version.generalObjective = text(content.generalObjective);
  content.objectives.forEach((o, i) => {
    const parent = tx.create(PolicyObjective, { version, position: i + 1, text: text(o.text) });
    (o.children ?? []).forEach((c, j) =>
      tx.create(PolicyObjective, { version, parent, position: j + 1, text: text(c) }),
    );
  });
  content.channels.forEach((c, i) =>
    tx.create(Channel, {
      version,
      key: c.key,
      position: i + 1,
      name: text(c.name),
      description: text(c.description),
    }),
  );
  const tools = new Map<string, Tool>();
  content.tools.forEach((t, i) =>
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
  content.steps.forEach((s, i) => {
    const step = tx.create(HandlingStep, {
      version,
      key: s.key,
      position: i + 1,
      title: text(s.title),
      text: text(s.text),
      performerRole: PerformerRole[s.performerRole],
      conditional: s.conditional,
      condition: s.condition ? text(s.condition) : undefined,
      windowDays: s.windowDays ?? undefined,
      windowUnit: s.windowUnit === 'WORKING' ? WindowUnit.WORKING : WindowUnit.CALENDAR,
    });
    for (const key of s.toolKeys) {
      const tool = tools.get(key);
      if (!tool) throw new Error(`Step ${s.key} names unknown tool ${key}`);
      step.tools.add(tool);
    }
    s.checklist.forEach((item, j) =>
      tx.create(ChecklistItem, {
        step,
        key: item.key,
        position: j + 1,
        text: text(item.text),
        required: item.required,
        documentTypeKey: item.documentTypeKey ?? null,
      }),
    );
  });
}

/**
 * Reads the content of `version` (a few batched statements), one after the other: in a
 * transaction they share its one connection, where statements sent at once queue in the driver
 * (which pg 8 warns about and pg 9 refuses).
 */
export async function readContent(
  em: EntityManager,
  version: PolicyVersion,
): Promise<PolicyContent> {
  const objectives = await em.find(
    PolicyObjective,
    { version },
    { orderBy: { position: 'asc', id: 'asc' } },
  );
  const channels = await em.find(Channel, { version }, { orderBy: { position: 'asc' } });
  const tools = await em.find(Tool, { version }, { orderBy: { position: 'asc' } });
  const steps = await em.find(
    HandlingStep,
    { version },
    { orderBy: { position: 'asc' }, populate: ['tools', 'checklist'] },
  );
  const top = objectives.filter((o) => !o.parent);
  return {
    title: plain(version.title),
    preface: plain(version.preface),
    generalObjective: plain(version.generalObjective),
    objectives: top.map((o) => {
      const children = objectives.filter((c) => c.parent?.id === o.id).map((c) => plain(c.text));
      return children.length ? { text: plain(o.text), children } : { text: plain(o.text) };
    }),
    channels: channels.map((c) => ({
      key: c.key,
      name: plain(c.name),
      description: plain(c.description),
    })),
    tools: tools.map((t) => ({
      key: t.key,
      kind: t.kind,
      name: plain(t.name),
      description: plain(t.description),
    })),
    steps: steps.map((s) => ({
      key: s.key,
      title: plain(s.title),
      text: plain(s.text),
      performerRole: s.performerRole,
      conditional: s.conditional,
      ...(s.condition?.ar || s.condition?.en ? { condition: plain(s.condition) } : {}),
      ...(s.windowDays != null ? { windowDays: s.windowDays } : {}),
      ...(s.windowUnit === WindowUnit.WORKING ? { windowUnit: 'WORKING' as const } : {}),
      toolKeys: s.tools
        .getItems()
        .sort((a, b) => a.position - b.position)
        .map((t) => t.key),
      checklist: s.checklist
        .getItems()
        .sort((a, b) => a.position - b.position)
        .map((i) => ({
          key: i.key,
          text: plain(i.text),
          required: i.required,
          ...(i.documentTypeKey ? { documentTypeKey: i.documentTypeKey } : {}),
        })),
    })),
  };
}

/** Deletes the content rows of a draft (never of a version transactions may point at). */
export async function clearContent(tx: EntityManager, version: PolicyVersion): Promise<void> {
  const steps = await tx.find(HandlingStep, { version }, { populate: ['tools', 'checklist'] });
  for (const step of steps) {
    step.tools.removeAll();
    for (const item of step.checklist.getItems()) tx.remove(item);
    tx.remove(step);
  }
  const objectives = await tx.find(PolicyObjective, { version });
  for (const o of objectives.filter((x) => x.parent)) tx.remove(o);
  for (const o of objectives.filter((x) => !x.parent)) tx.remove(o);
  for (const c of await tx.find(Channel, { version })) tx.remove(c);
  for (const t of await tx.find(Tool, { version })) tx.remove(t);
  await tx.flush();
}
