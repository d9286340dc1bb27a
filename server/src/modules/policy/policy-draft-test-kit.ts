import { expect } from 'vitest';
import type { GraphQLClient } from '../../test-support/test-app.js';

/**
 * For tests that change a policy draft through the API: a version's whole content as the draft
 * input needs it, and `policyDraftSave` of that content with its steps changed by a function.
 */

const T = '{ ar en }';
export const DRAFT_CONTENT = `title ${T} preface ${T} generalObjective ${T}
  objectives { text ${T} children { text ${T} } }
  channels { key name ${T} description ${T} }
  tools { key kind name ${T} description ${T} }
  steps { key title ${T} text ${T} performerRole conditional condition ${T} windowDays windowUnit
    tools { key } checklist { key text ${T} required documentTypeKey } }`;

export interface DraftItem {
  key: string;
  documentTypeKey: string | null;
  [field: string]: unknown;
}
export interface DraftStep {
  key: string;
  windowDays: number | null;
  windowUnit: string;
  tools: { key: string }[];
  checklist: DraftItem[];
  [field: string]: unknown;
}
export interface DraftContent {
  objectives: { text: unknown; children: { text: unknown }[] }[];
  steps: DraftStep[];
  [field: string]: unknown;
}

/** Version `n`'s content, read as `client`. */
export const readVersion = async (client: GraphQLClient, n: number) =>
  (
    await client.graphql<{ policyVersion: DraftContent }>(
      `query($n: Int!) { policyVersion(number: $n) { ${DRAFT_CONTENT} } }`,
      { n },
    )
  ).data!.policyVersion;

/** Saves `content` as draft `number`, each step passed through `change`; returns the errors. */
export async function saveDraft(
  client: GraphQLClient,
  number: number,
  content: DraftContent,
  change: (s: DraftStep) => DraftStep = (s) => s,
) {
  const res = await client.graphql<{
    policyDraftSave: { errors: { code: string; field: string }[] };
  }>(
    'mutation($i: PolicyDraftSaveInput!) { policyDraftSave(input: $i) { errors { code field } } }',
    {
      i: {
        ...content,
        number,
        objectives: content.objectives.map((o) => ({
          text: o.text,
          children: o.children.map((x) => x.text),
        })),
        steps: content.steps.map((s) => {
          const { tools, ...rest } = change(s);
          return { ...rest, toolKeys: tools.map((t) => t.key) };
        }),
      },
    },
  );
  expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
  return res.data!.policyDraftSave.errors;
}
