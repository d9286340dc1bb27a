import type { ActivePolicyQuery } from '@/gql/graphql';

/** The active policy as the page's query selects it. */
export type Policy = NonNullable<ActivePolicyQuery['activePolicy']>;
export type PolicyObjective = Policy['objectives'][number];
export type PolicyChannel = Policy['channels'][number];
export type PolicyTool = Policy['tools'][number];
export type PolicyStep = Policy['steps'][number];
export type PolicyApproval = NonNullable<Policy['approval']>;
