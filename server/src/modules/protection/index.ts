import type { ApolloServerOptionsWithSchema, ApolloServerPlugin } from '@apollo/server';
import type { GraphQLSchema, ValidationRule } from 'graphql';
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import type { GraphQLArmorRejectCallback } from '@escape.tech/graphql-armor-types';
import type { Context } from '../../context.js';
import { bodyErrors, jsonBody } from './body.js';
import { queryTooComplex, type QueryLimit } from './errors.js';
import { ALLOW_BATCHED_REQUESTS, QUERY_LIMITS } from './limits.js';
import { queryLimitsPlugin } from './plugins.js';
import {
  RequestRateLimiter,
  callerKey,
  operationCount,
  type RateLimitSettings,
  type SharedRateLimitStore,
} from './rate-limit.js';
import { applyDeadlines, deadlinePlugin } from './timeout.js';

export { QUERY_LIMITS, MAX_BODY_BYTES, RATE_LIMIT_WINDOW_SECONDS } from './limits.js';
export { ProtectionError } from './errors.js';
export { callerKey, operationCount } from './rate-limit.js';
export { applyStatementTimeout } from './timeout.js';

export interface ProtectionSettings {
  rateLimit: RateLimitSettings;
  /** PostgreSQL: the counters shared by every instance (rate-limit.ts); unset: in memory. */
  sharedRateLimit?: SharedRateLimitStore;
  /** A query's execution stops after this many milliseconds (timeout.ts). */
  queryTimeoutMs: number;
  /** Told of each 429 RATE_LIMITED (the metrics count them). */
  onRateLimited?: (anonymous: boolean) => void;
}

/** graphql-armor's rules report their own message; report ours, with a code, instead. */
function reportAs(limit: QueryLimit, maximum: number): GraphQLArmorRejectCallback {
  return (context, error) => {
    const found = /found (\d+)/.exec(error.message);
    context?.reportError(queryTooComplex(limit, maximum, found ? Number(found[1]) : undefined));
  };
}

/**
 * Depth and aliases: graphql-armor's rules (pinned: 2025 brought two depth-limit bypasses
 * through an operation or fragment named `__schema`, fixed in max-depth 2.4.2; the tests keep
 * such queries). They run with graphql's own rules, on a document whose size the token limit
 * has already bounded at parse time, and Apollo caches a validated document, so they run once
 * per distinct query.
 */
export const validationRules: ValidationRule[] = [
  maxDepthRule({
    n: QUERY_LIMITS.maxDepth,
    flattenFragments: true,
    // Only the field `__schema` (tools' introspection query), whose nesting graphql-js's
    // MaxIntrospectionDepthRule bounds instead.
    ignoreIntrospection: true,
    propagateOnRejection: false,
    onReject: [reportAs('DEPTH', QUERY_LIMITS.maxDepth)],
  }),
  maxAliasesRule({
    n: QUERY_LIMITS.maxAliases,
    propagateOnRejection: false,
    onReject: [reportAs('ALIASES', QUERY_LIMITS.maxAliases)],
  }),
];

/** Everything /graphql needs to refuse abusive requests (README, "API limits"). */
export function createProtection(settings: ProtectionSettings) {
  const rateLimiter = new RequestRateLimiter(
    settings.rateLimit,
    settings.onRateLimited,
    settings.sharedRateLimit,
  );
  return {
    /** The JSON body parser with its size limit, then its errors answered in JSON. */
    body: [jsonBody, bodyErrors] as const,
    /** Counts a request against its caller (from the GraphQL context function). */
    countRequest: (auth: Parameters<typeof callerKey>[0], ip: string | null, body: unknown) =>
      rateLimiter.consume(callerKey(auth, ip), operationCount(body)),
    /** Makes the schema's resolvers honour query deadlines; call once, before Apollo starts. */
    prepareSchema: (schema: GraphQLSchema) => applyDeadlines(schema),
    /** Options to spread into `new ApolloServer(…)` (plugins to add to the app's own). */
    apollo: {
      // graphql-js counts tokens while parsing and stops at the limit (graphql-armor's
      // max-tokens plugin for Apollo throws from `parsingDidStart`, which Apollo 5 answers with
      // HTTP 500); plugins.ts gives the error its code.
      parseOptions: { maxTokens: QUERY_LIMITS.maxTokens },
      validationRules,
      allowBatchedHttpRequests: ALLOW_BATCHED_REQUESTS,
    } satisfies Partial<ApolloServerOptionsWithSchema<Context>>,
    plugins: [
      queryLimitsPlugin(),
      deadlinePlugin(settings.queryTimeoutMs) as ApolloServerPlugin<Context>,
    ],
  };
}

export type Protection = ReturnType<typeof createProtection>;
