import { useI18n } from 'vue-i18n';
import { useLocalized, type LocalizedText } from '@/shared/composables/use-localized';
import type { DraftSection } from './policy-draft';
import { useDraftStore } from './use-draft-store';

/** The item of one of the draft's top-level lists, as its i18n keys and test ids name it. */
export type DraftListItem = 'objective' | 'channel' | 'tool' | 'step';

/**
 * What every top-level list of the draft editor (objectives, channels, tools, steps) gives its
 * DraftListSection: each item's heading (its label, else "Channel 3"), the test ids
 * (`draft-channel`, `draft-channel-add`), the add button's label, and the server's messages about
 * the list as a whole, pinned to the section's path. Use: `v-bind="listProps('channel',
 * 'channels', 'name')"`.
 */
export function useDraftList() {
  const { t } = useI18n();
  const { tr } = useLocalized();
  const store = useDraftStore();
  return function listProps<K extends string>(
    item: DraftListItem,
    section: Exclude<DraftSection, 'texts'>,
    /** The item's field that names it (`name`, `title`, `text`). */
    label: K,
  ) {
    return {
      heading: (entry: Record<K, LocalizedText>, i: number) =>
        tr(entry[label]) || t(`policyVersions.editor.${item}`, { n: i + 1 }),
      testid: `draft-${item}`,
      addTestid: `draft-${item}-add`,
      addLabel: t(`policyVersions.editor.add.${item}`),
      messages: store.messages(section),
      path: section,
    };
  };
}
