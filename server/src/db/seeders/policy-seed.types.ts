/**
 * The shape of a policy's default content. The seed module (policy-seed.data.ts)
 * holds one association's policy — جمعية الآثار — in Arabic (corrected from the
 * PDF extraction) with an English translation written by the project.
 */
export interface SeedText {
  ar: string;
  en: string;
}

export type SeedPerformerRole = 'STAFF' | 'RESEARCHER' | 'COMMITTEE';
export type SeedToolKind = 'REGULATION' | 'GUIDE' | 'FORM';

export interface SeedObjective {
  text: SeedText;
  /** Sub-items (objective 6 has five). */
  children?: SeedText[];
}

export interface SeedChannel {
  /** Stable machine key, the same across policy versions (UPPER_SNAKE). */
  key: string;
  name: SeedText;
  description: SeedText;
}

export interface SeedTool {
  key: string;
  kind: SeedToolKind;
  name: SeedText;
  description: SeedText;
}

export interface SeedChecklistItem {
  key: string;
  text: SeedText;
  required: boolean;
  /** The key of the document type the item asks for on file (documents/), if any. */
  documentTypeKey?: string;
}

export interface SeedStep {
  key: string;
  /** Short title for lists and the stepper. */
  title: SeedText;
  /** The policy's own sentence for the step. */
  text: SeedText;
  performerRole: SeedPerformerRole;
  /** Keys of the tools (SeedTool.key) the step uses. */
  toolKeys: string[];
  checklist: SeedChecklistItem[];
  /** Only performed under a condition (step 3). */
  conditional: boolean;
  condition?: SeedText;
  /** Time limit in days, when the step has one (step 5: the committee window, 14). */
  windowDays?: number;
  /** What the time limit counts: working days (Sunday–Thursday, holidays skipped) or, when absent, calendar days. */
  windowUnit?: 'WORKING';
}

export interface SeedApproval {
  body: SeedText;
  boardTerm: SeedText;
  /** ISO Gregorian date, YYYY-MM-DD. */
  approvedOnGregorian: string;
  /** Umm al-Qura Hijri date, YYYY-MM-DD. */
  approvedOnHijri: string;
  note: SeedText;
}

export interface PolicySeed {
  organization: { key: string; name: SeedText };
  version: {
    number: number;
    title: SeedText;
    preface: SeedText;
    generalObjective: SeedText;
    objectives: SeedObjective[];
    channels: SeedChannel[];
    tools: SeedTool[];
    steps: SeedStep[];
    approval: SeedApproval;
  };
}
