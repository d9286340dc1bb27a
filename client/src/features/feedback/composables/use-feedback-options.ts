import { computed } from 'vue';
import { useQuery } from '@vue/apollo-composable';
import { useI18n } from 'vue-i18n';
import { FeedbackOptionsDocument, type PolicyClause } from '@/gql/graphql';
import { useLocalized } from '@/shared/composables/use-localized';

export interface Option {
  title: string;
  value: string;
  /** For people: their username (items name their assignee by it). */
  username?: string;
}

/**
 * What the board's forms choose from, read once: the active policy's channels, tools, steps and
 * objectives (with their places, "6.2"), the versions that can answer an item (draft or in
 * force), and who can follow one up (officers and managers).
 */
export function useFeedbackOptions() {
  const { t } = useI18n();
  const { tr } = useLocalized();
  const { result, loading, error } = useQuery(FeedbackOptionsDocument, null, {
    fetchPolicy: 'cache-first',
  });
  const policy = computed(() => result.value?.activePolicy ?? null);

  const channels = computed<Option[]>(() =>
    (policy.value?.channels ?? []).map((c) => ({ title: tr(c.name), value: c.key })),
  );
  const clauseKeys = computed<Record<PolicyClause, Option[]>>(() => ({
    CHANNEL: channels.value,
    TOOL: (policy.value?.tools ?? []).map((x) => ({ title: tr(x.name), value: x.key })),
    STEP: (policy.value?.steps ?? []).map((s) => ({
      title: `${s.position}. ${tr(s.title)}`,
      value: s.key,
    })),
    OBJECTIVE: (policy.value?.objectives ?? []).flatMap((o) => [
      { title: `${o.position}. ${tr(o.text)}`, value: String(o.position) },
      ...o.children.map((c) => ({
        title: `${o.position}.${c.position} ${tr(c.text)}`,
        value: `${o.position}.${c.position}`,
      })),
    ]),
  }));
  const versions = computed<Option[]>(() =>
    (result.value?.policyVersions ?? [])
      .filter((v) => v.status === 'DRAFT' || v.status === 'ACTIVE')
      .map((v) => ({
        title: t('feedback.versionOption', {
          n: v.number,
          status: t(`feedback.versionStatus.${v.status}`),
        }),
        value: String(v.number),
      })),
  );
  const assignees = computed<Option[]>(() => {
    const seen = new Set<string>();
    return [...(result.value?.staff ?? []), ...(result.value?.managers ?? [])]
      .filter((u) => (seen.has(u.id) ? false : (seen.add(u.id), true)))
      .map((u) => ({ title: u.displayName, value: u.id, username: u.username }));
  });

  function channelName(key: string | null | undefined): string {
    if (!key) return '';
    return channels.value.find((c) => c.value === key)?.title ?? key;
  }
  function clauseName(clause: PolicyClause | null | undefined, key: string | null | undefined) {
    if (!clause || !key) return '';
    const found = clauseKeys.value[clause].find((o) => o.value === key);
    return `${t(`feedback.clauses.${clause}`)}: ${found?.title ?? key}`;
  }

  return { loading, error, channels, clauseKeys, versions, assignees, channelName, clauseName };
}
