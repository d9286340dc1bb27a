import { registerEnumType } from 'type-graphql';
import { describeEnum } from '../common/enums.js';
import type { ChangeKind, PolicySection } from './policy-diff.js';

/** Life cycle of a policy version: draft → approved (board approval recorded) → active → superseded. */
export enum PolicyVersionStatus {
  DRAFT = 'DRAFT',
  APPROVED = 'APPROVED',
  ACTIVE = 'ACTIVE',
  SUPERSEDED = 'SUPERSEDED',
}
registerEnumType(PolicyVersionStatus, {
  name: 'PolicyVersionStatus',
  description: 'Life cycle of a policy version.',
  valuesConfig: {
    DRAFT: { description: 'Being edited by a manager; not in force.' },
    APPROVED: { description: 'Approved by the board, not yet in force.' },
    ACTIVE: { description: 'In force: new transactions are handled under it. Only one at a time.' },
    SUPERSEDED: { description: 'Was in force, replaced by a later version; stays readable.' },
  },
});

/** Who performs a handling step. */
export enum PerformerRole {
  STAFF = 'STAFF',
  RESEARCHER = 'RESEARCHER',
  COMMITTEE = 'COMMITTEE',
}
registerEnumType(PerformerRole, {
  name: 'PerformerRole',
  description: 'The role that performs a handling step.',
  valuesConfig: {
    STAFF: { description: 'Beneficiary-relations officer.' },
    RESEARCHER: { description: 'Social-research officer.' },
    COMMITTEE: { description: 'Member of the research committee.' },
  },
});

/** What kind of document a policy tool is. */
export enum ToolKind {
  REGULATION = 'REGULATION',
  GUIDE = 'GUIDE',
  FORM = 'FORM',
}
registerEnumType(ToolKind, {
  name: 'ToolKind',
  description: 'Kind of document a policy tool is.',
  valuesConfig: {
    REGULATION: { description: 'A regulation, such as the association’s bylaws.' },
    GUIDE: { description: 'A guide for officers.' },
    FORM: { description: 'A form the beneficiary or the officer fills in.' },
  },
});

export const PolicySectionEnum = {
  TEXT: 'TEXT',
  OBJECTIVE: 'OBJECTIVE',
  CHANNEL: 'CHANNEL',
  TOOL: 'TOOL',
  STEP: 'STEP',
  CHECKLIST_ITEM: 'CHECKLIST_ITEM',
} as const satisfies Record<PolicySection, PolicySection>;
describeEnum(PolicySectionEnum, 'PolicySection', 'A part of the policy.', {
  TEXT: 'The title, preface or general objective.',
  OBJECTIVE: 'A detailed objective (keyed by its place, e.g. 6.2).',
  CHANNEL: 'A communication channel.',
  TOOL: 'A tool of the officer.',
  STEP: 'A handling step.',
  CHECKLIST_ITEM: 'An item of a step’s checklist (keyed STEP/ITEM).',
});

export const ChangeKindEnum = {
  ADDED: 'ADDED',
  REMOVED: 'REMOVED',
  CHANGED: 'CHANGED',
} as const satisfies Record<ChangeKind, ChangeKind>;
describeEnum(ChangeKindEnum, 'PolicyChangeKind', 'How an item differs between two versions.', {
  ADDED: 'Only in the newer version.',
  REMOVED: 'Only in the older version.',
  CHANGED: 'In both, with different content or place.',
});

/** What a step's window counts. */
export enum WindowUnit {
  CALENDAR = 'CALENDAR',
  WORKING = 'WORKING',
}
describeEnum(WindowUnit, 'WindowUnit', 'What a handling step’s time limit counts.', {
  CALENDAR: 'Calendar days: every day counts, weekends and holidays included.',
  WORKING:
    'Working days: Sunday to Thursday, skipping the official holidays of the working calendar.',
});
