/**
 * The draft editor's model: a policy version as plain, editable data. Every list item carries a
 * `uid` that stays with it when the lists are reordered, so the server's errors — which name
 * fields by their place at the time of saving (`channels.8.key`, `steps.2.conditional`) — can be
 * pinned to the item they were about (`channels.u12.key`) and stay under it.
 */
import type {
  PerformerRole,
  PolicyDraftSaveInput,
  PolicyVersionContentFragment,
  ToolKind,
  WindowUnit,
} from '@/gql/graphql';

export interface DraftText {
  ar: string;
  en: string;
}
export interface Keyed {
  uid: string;
  key: string;
  /** Added in this editing session: its key may still be changed. */
  isNew: boolean;
  /** The key was typed by hand; it no longer follows the English name. */
  keyTouched: boolean;
}
export interface DraftObjective {
  uid: string;
  text: DraftText;
  children: { uid: string; text: DraftText }[];
}
export interface DraftChannel extends Keyed {
  name: DraftText;
  description: DraftText;
}
export interface DraftTool extends Keyed {
  kind: ToolKind;
  name: DraftText;
  description: DraftText;
}
export interface DraftChecklistItem extends Keyed {
  text: DraftText;
  required: boolean;
  /** The document type the item asks for on the beneficiary's file, if any. */
  documentTypeKey: string | null;
}
export interface DraftStep extends Keyed {
  title: DraftText;
  text: DraftText;
  performerRole: PerformerRole;
  conditional: boolean;
  condition: DraftText;
  windowDays: number | null;
  /** What the window counts (CALENDAR days unless the policy says WORKING days). */
  windowUnit: WindowUnit;
  toolKeys: string[];
  checklist: DraftChecklistItem[];
}
export interface DraftContent {
  number: number;
  title: DraftText;
  preface: DraftText;
  generalObjective: DraftText;
  objectives: DraftObjective[];
  channels: DraftChannel[];
  tools: DraftTool[];
  steps: DraftStep[];
}

/** The seven steps the transactions workflow knows; they stay, Reception first, Delivery last. */
export const WORKFLOW_STEP_KEYS = [
  'RECEPTION',
  'VERIFICATION',
  'REFERRAL',
  'ATTESTATION',
  'COMMITTEE',
  'REGISTRATION',
  'DELIVERY',
] as const;
export const FIRST_STEP = 'RECEPTION';
export const LAST_STEP = 'DELIVERY';
/** The only step that may (and must) be conditional. */
export const CONDITIONAL_STEP = 'REFERRAL';
/** The step whose window is the committee's, required. */
export const COMMITTEE_STEP = 'COMMITTEE';

export const isWorkflowStep = (key: string) =>
  (WORKFLOW_STEP_KEYS as readonly string[]).includes(key);

let counter = 0;
/** A fresh id for a list item of the editor (never sent to the server). */
export const newUid = () => `u${++counter}`;

const text = (t: { ar: string; en: string } | null | undefined): DraftText => ({
  ar: t?.ar ?? '',
  en: t?.en ?? '',
});
const emptyText = (): DraftText => ({ ar: '', en: '' });

/** The editable copy of a version as the server returned it. */
export function draftFromVersion(v: PolicyVersionContentFragment): DraftContent {
  const kept = { isNew: false, keyTouched: true };
  return {
    number: v.number,
    title: text(v.title),
    preface: text(v.preface),
    generalObjective: text(v.generalObjective),
    objectives: v.objectives.map((o) => ({
      uid: newUid(),
      text: text(o.text),
      children: o.children.map((c) => ({ uid: newUid(), text: text(c.text) })),
    })),
    channels: v.channels.map((c) => ({
      uid: newUid(),
      key: c.key,
      ...kept,
      name: text(c.name),
      description: text(c.description),
    })),
    tools: v.tools.map((t) => ({
      uid: newUid(),
      key: t.key,
      ...kept,
      kind: t.kind,
      name: text(t.name),
      description: text(t.description),
    })),
    steps: v.steps.map((s) => ({
      uid: newUid(),
      key: s.key,
      ...kept,
      title: text(s.title),
      text: text(s.text),
      performerRole: s.performerRole,
      conditional: s.conditional,
      condition: text(s.condition),
      windowDays: s.windowDays,
      windowUnit: s.windowUnit,
      toolKeys: s.tools.map((t) => t.key),
      checklist: s.checklist.map((i) => ({
        uid: newUid(),
        key: i.key,
        ...kept,
        text: text(i.text),
        required: i.required,
        documentTypeKey: i.documentTypeKey ?? null,
      })),
    })),
  };
}

const plain = (t: DraftText) => ({ ar: t.ar, en: t.en });

/** What `policyDraftSave` is sent: the whole content, in the editor's order. */
export function draftToInput(d: DraftContent): PolicyDraftSaveInput {
  return {
    number: d.number,
    title: plain(d.title),
    preface: plain(d.preface),
    generalObjective: plain(d.generalObjective),
    objectives: d.objectives.map((o) => ({
      text: plain(o.text),
      children: o.children.map((c) => plain(c.text)),
    })),
    channels: d.channels.map((c) => ({
      key: c.key,
      name: plain(c.name),
      description: plain(c.description),
    })),
    tools: d.tools.map((t) => ({
      key: t.key,
      kind: t.kind,
      name: plain(t.name),
      description: plain(t.description),
    })),
    steps: d.steps.map((s) => ({
      key: s.key,
      title: plain(s.title),
      text: plain(s.text),
      performerRole: s.performerRole,
      conditional: s.conditional,
      condition: s.conditional ? plain(s.condition) : null,
      windowDays: s.windowDays == null || Number.isNaN(s.windowDays) ? null : s.windowDays,
      windowUnit: s.windowUnit === 'WORKING' ? 'WORKING' : null,
      toolKeys: [...s.toolKeys],
      checklist: s.checklist.map((i) => ({
        key: i.key,
        text: plain(i.text),
        required: i.required,
        documentTypeKey: i.documentTypeKey,
      })),
    })),
  };
}

/** A key suggested from an English name: "WhatsApp messages" → "WHATSAPP_MESSAGES". */
export function suggestKey(english: string): string {
  let key = english
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toUpperCase()
    .replace(/[^A-Z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '');
  if (key && !/^[A-Z]/.test(key)) key = `K_${key}`;
  return key.slice(0, 64).replace(/_+$/, '');
}

/** Keeps a new item's key in step with its English name until the key is typed by hand. */
export function followName(item: Keyed, english: string): void {
  if (item.isNew && !item.keyTouched) item.key = suggestKey(english);
}

/** A channel's or tool's name; a new one's key follows its English name until typed by hand. */
export function setName(item: Keyed & { name: DraftText }, value: DraftText): void {
  item.name = value;
  followName(item, value.en);
}

export const newChannel = (): DraftChannel => ({
  uid: newUid(),
  key: '',
  isNew: true,
  keyTouched: false,
  name: emptyText(),
  description: emptyText(),
});
export const newTool = (): DraftTool => ({
  uid: newUid(),
  key: '',
  isNew: true,
  keyTouched: false,
  kind: 'GUIDE',
  name: emptyText(),
  description: emptyText(),
});
export const newChecklistItem = (): DraftChecklistItem => ({
  uid: newUid(),
  key: '',
  isNew: true,
  keyTouched: false,
  text: emptyText(),
  required: true,
  documentTypeKey: null,
});
/** An added step: performed by the beneficiary-relations officer, completed by its checklist. */
export const newStep = (): DraftStep => ({
  uid: newUid(),
  key: '',
  isNew: true,
  keyTouched: false,
  title: emptyText(),
  text: emptyText(),
  performerRole: 'STAFF',
  conditional: false,
  condition: emptyText(),
  windowDays: null,
  windowUnit: 'CALENDAR',
  toolKeys: [],
  checklist: [],
});
export const newObjective = (): DraftObjective => ({
  uid: newUid(),
  text: emptyText(),
  children: [],
});
export const newObjectiveChild = () => ({ uid: newUid(), text: emptyText() });

/** Moves `list[from]` to `to` in place. */
export function move<T>(list: T[], from: number, to: number): void {
  if (from < 0 || to < 0 || from >= list.length || to >= list.length || from === to) return;
  const [item] = list.splice(from, 1);
  list.splice(to, 0, item!);
}

/** Reception stays first and Delivery last: they do not move, and nothing moves past them. */
export function canMoveStep(steps: readonly { key: string }[], index: number, by: -1 | 1): boolean {
  const target = index + by;
  if (target < 0 || target >= steps.length) return false;
  const fixed = (key: string) => key === FIRST_STEP || key === LAST_STEP;
  return !fixed(steps[index]!.key) && !fixed(steps[target]!.key);
}

/** The parts of the editor, as its panels show them. */
export type DraftSection = 'texts' | 'objectives' | 'channels' | 'tools' | 'steps';

/**
 * Pins a server error path to the item it names: each list index becomes the uid of the item at
 * that place in `draft` (the content that was sent). `channels.8.key` → `channels.u12.key`;
 * `steps.0.toolKeys.0` → `steps.u3.toolKeys` (tool keys are plain strings: the error is the
 * field's). A path that names no item (`steps`, `title.ar`) stays as it is.
 */
export function pinErrorPath(draft: DraftContent, path: string): string {
  const segments = path.split('.');
  const out: string[] = [];
  let cursor: unknown = draft;
  for (let i = 0; i < segments.length; i++) {
    const segment = segments[i]!;
    if (Array.isArray(cursor) && /^\d+$/.test(segment)) {
      const item: unknown = cursor[Number(segment)];
      if (item && typeof item === 'object' && 'uid' in item) {
        out.push(String((item as { uid: string }).uid));
        cursor = item;
        continue;
      }
      // A plain value (a tool key) or an item that is gone: the error belongs to the list.
      break;
    }
    out.push(segment);
    cursor =
      cursor && typeof cursor === 'object'
        ? (cursor as Record<string, unknown>)[segment]
        : undefined;
  }
  return out.join('.');
}

/** Which panel of the editor an error path belongs to. */
export function sectionOfPath(path: string): DraftSection {
  const head = path.split('.')[0];
  if (head === 'objectives' || head === 'channels' || head === 'tools' || head === 'steps') {
    return head;
  }
  return 'texts';
}

/** The key typed by hand: it stops following the English name. */
export function setKey(item: Keyed, key: string): void {
  item.key = key;
  item.keyTouched = true;
}
