import type { PolicyVersionContentFragment, PolicyVersionSummaryFragment } from '@/gql/graphql';

/** A policy version with everything it says, as the reading page and the editor query it. */
export type Policy = PolicyVersionContentFragment;
export type PolicyObjective = Policy['objectives'][number];
export type PolicyChannel = Policy['channels'][number];
export type PolicyTool = Policy['tools'][number];
export type PolicyStep = Policy['steps'][number];
export type PolicyApproval = NonNullable<Policy['approval']>;
/** A version as the history lists it. */
export type PolicyVersionSummary = PolicyVersionSummaryFragment;
