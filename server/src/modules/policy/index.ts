import { BoardApproval } from './board-approval.entity.js';
import { Channel } from './channel.entity.js';
import { ChecklistItem, HandlingStep } from './handling-step.entity.js';
import { Organization } from './organization.entity.js';
import { PolicyObjective } from './policy-objective.entity.js';
import { PolicyVersion } from './policy-version.entity.js';
import { Tool } from './tool.entity.js';
import {
  HandlingStepResolver,
  PolicyObjectiveResolver,
  PolicyQueryResolver,
  PolicyVersionResolver,
} from './policy.resolver.js';
import { PolicyDraftResolver } from './policy-drafts.resolver.js';

/** The policy feature: its entities and resolvers, registered by the app. */
export const policyModule = {
  entities: [
    Organization,
    PolicyVersion,
    PolicyObjective,
    Channel,
    Tool,
    HandlingStep,
    ChecklistItem,
    BoardApproval,
  ],
  resolvers: [
    PolicyQueryResolver,
    PolicyVersionResolver,
    HandlingStepResolver,
    PolicyObjectiveResolver,
    PolicyDraftResolver,
  ],
} as const;
