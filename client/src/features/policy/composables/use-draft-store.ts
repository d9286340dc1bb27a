import { computed, inject, ref, shallowRef, type InjectionKey } from 'vue';
import type { PolicyVersionContentFragment } from '@/gql/graphql';
import type { PayloadError } from '@/shared/graphql-errors';
import {
  draftFromVersion,
  draftToInput,
  pinErrorPath,
  sectionOfPath,
  type DraftContent,
  type DraftSection,
} from './policy-draft';

/** One problem the server found in the draft, pinned to the item it is about. */
export interface DraftProblem {
  /** The path as the server gave it (`channels.8.key`). */
  path: string;
  /** The same, pinned to the item (`channels.u12.key`): the field's `data-path`. */
  pinned: string;
  section: DraftSection;
  code: string;
  message: string;
}

/**
 * The state of the draft editor, shared by its page and the components of each section: the
 * content being edited, whether it differs from what was last saved, and the server's errors by
 * the pinned path of their field.
 */
export function createDraftStore() {
  const draft = ref<DraftContent | null>(null);
  const savedSnapshot = shallowRef('');
  const problems = ref<DraftProblem[]>([]);
  /** Problems whose field was edited since: no longer shown under it (still in the summary). */
  const cleared = ref<Set<string>>(new Set());

  const snapshot = () => (draft.value ? JSON.stringify(draftToInput(draft.value)) : '');
  const dirty = computed(() => !!draft.value && snapshot() !== savedSnapshot.value);

  function load(version: PolicyVersionContentFragment): void {
    draft.value = draftFromVersion(version);
    savedSnapshot.value = snapshot();
    problems.value = [];
    cleared.value = new Set();
  }

  /** What was just saved is the new reference for "unsaved changes". */
  function markSaved(): void {
    savedSnapshot.value = snapshot();
    problems.value = [];
    cleared.value = new Set();
  }

  /** Pins the server's errors (paths of `sent`, the content as it was sent) to their fields. */
  function showErrors(
    errors: readonly PayloadError[],
    translate: (e: PayloadError) => string,
    sent: DraftContent,
  ): void {
    cleared.value = new Set();
    problems.value = errors.map((e) => {
      const path = e.field ?? '';
      return {
        path,
        pinned: path ? pinErrorPath(sent, path) : '',
        section: sectionOfPath(path),
        code: e.code,
        message: translate(e),
      };
    });
  }

  /** The messages to show under the field with this pinned path. */
  function messages(pinned: string): string[] {
    if (cleared.value.has(pinned)) return [];
    return problems.value.filter((p) => p.pinned === pinned).map((p) => p.message);
  }

  /** Problems of one editor section, e.g. to badge its panel. */
  function problemsIn(section: DraftSection): number {
    return problems.value.filter((p) => p.section === section).length;
  }

  /** The user changed the field: its message goes away until the next save. */
  function clear(pinned: string): void {
    if (!problems.value.some((p) => p.pinned === pinned) || cleared.value.has(pinned)) return;
    cleared.value = new Set([...cleared.value, pinned]);
  }

  return { draft, dirty, problems, load, markSaved, showErrors, messages, problemsIn, clear };
}

export type DraftStore = ReturnType<typeof createDraftStore>;

export const DRAFT_STORE_KEY: InjectionKey<DraftStore> = Symbol('masar.policyDraft');

/** The editor's state, provided by the draft page. */
export function useDraftStore(): DraftStore {
  const store = inject(DRAFT_STORE_KEY, null);
  if (!store) throw new Error('useDraftStore(): no draft store provided (PolicyDraftPage)');
  return store;
}

/** The store when there is one (fields used outside the editor show no server errors). */
export function useOptionalDraftStore(): DraftStore | null {
  return inject(DRAFT_STORE_KEY, null);
}
