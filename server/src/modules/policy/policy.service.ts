import { ref, type EntityManager } from '@mikro-orm/core';
import type { BoardApproval } from './board-approval.entity.js';
import type { Organization } from './organization.entity.js';
import { PolicyVersion } from './policy-version.entity.js';
import type { Channel } from './channel.entity.js';
import type { HandlingStep, ChecklistItem } from './handling-step.entity.js';
import type { Tool } from './tool.entity.js';
import type { PolicyObjective } from './policy-objective.entity.js';

/** Reads of the policy. Collections are loaded through MikroORM's dataloader, so lists batch. */
export class PolicyService {
  constructor(private readonly em: EntityManager) {}

  private get versions() {
    return this.em.getRepository(PolicyVersion);
  }

  activeVersion(): Promise<PolicyVersion | null> {
    return this.versions.active();
  }

  versionByNumber(number: number): Promise<PolicyVersion | null> {
    return this.versions.byNumber(number);
  }

  /** Every version, newest first. */
  allVersions(): Promise<PolicyVersion[]> {
    return this.versions.newestFirst();
  }

  /** The version a list query reads: the given number, or the active one. */
  async versionOrActive(number: number | undefined | null): Promise<PolicyVersion | null> {
    return number == null ? this.activeVersion() : this.versionByNumber(number);
  }

  async topLevelObjectives(version: PolicyVersion): Promise<PolicyObjective[]> {
    const all = await version.objectives.load({ dataloader: true });
    return all.getItems().filter((o) => o.parent == null);
  }

  async children(objective: PolicyObjective): Promise<PolicyObjective[]> {
    return (await objective.children.load({ dataloader: true })).getItems();
  }

  async channels(version: PolicyVersion): Promise<Channel[]> {
    return (await version.channels.load({ dataloader: true })).getItems();
  }

  async tools(version: PolicyVersion): Promise<Tool[]> {
    return (await version.tools.load({ dataloader: true })).getItems();
  }

  async steps(version: PolicyVersion): Promise<HandlingStep[]> {
    return (await version.steps.load({ dataloader: true })).getItems();
  }

  async stepTools(step: HandlingStep): Promise<Tool[]> {
    const tools = (await step.tools.load({ dataloader: true })).getItems();
    return [...tools].sort((a, b) => a.position - b.position);
  }

  async checklist(step: HandlingStep): Promise<ChecklistItem[]> {
    return (await step.checklist.load({ dataloader: true })).getItems();
  }

  async approval(version: PolicyVersion): Promise<BoardApproval | null> {
    if (!version.approval) return null;
    return ref(version.approval).load({ dataloader: true });
  }

  async organization(version: PolicyVersion): Promise<Organization> {
    return ref(version.organization).loadOrFail({ dataloader: true });
  }
}
