import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, Kind, type FragmentDefinitionNode } from 'graphql';
import type { Context } from '../../context.js';
import { operationCost } from './cost.js';
import { ProtectionError, queryTooComplex } from './errors.js';
import { selectsIntrospection } from './introspection.js';
import { QUERY_LIMITS } from './limits.js';

/** graphql-js's message when `parse` stops at `maxTokens` (16.15 spells it "more that"). */
const TOO_MANY_TOKENS = /^Syntax Error: Document contains more th[a-z]+ \d+ tokens/;

/** graphql-js's MaxIntrospectionDepthRule. */
const INTROSPECTION_TOO_DEEP = 'Maximum introspection depth exceeded';

/** "Did you mean …?" at the end of graphql-js's messages (fields, arguments, types, enum values). */
const SUGGESTION = / ?Did you mean .+\?$/;

/**
 * Puts back the code a protection chose: Apollo relabels every validation error
 * `GRAPHQL_VALIDATION_FAILED` and every parse error `GRAPHQL_PARSE_FAILED`. The limits graphql-js
 * enforces itself (tokens, introspection depth) get the same `QUERY_TOO_COMPLEX`. The errors are
 * changed in place because that is all `didEncounterErrors` offers (Apollo's own
 * hide-suggestions plugin does the same).
 */
function relabel(error: GraphQLError): void {
  const original = error.originalError;
  if (original instanceof ProtectionError) {
    Object.assign(error.extensions, { ...original.extensions, http: error.extensions.http });
    return;
  }
  const replacement =
    error.extensions.code === 'GRAPHQL_PARSE_FAILED' && TOO_MANY_TOKENS.test(error.message)
      ? queryTooComplex('TOKENS', QUERY_LIMITS.maxTokens)
      : error.extensions.code === 'GRAPHQL_VALIDATION_FAILED' &&
          error.message === INTROSPECTION_TOO_DEEP
        ? queryTooComplex('INTROSPECTION_DEPTH', QUERY_LIMITS.maxIntrospectionDepth)
        : undefined;
  if (replacement) {
    error.message = replacement.message;
    Object.assign(error.extensions, { ...replacement.extensions, http: error.extensions.http });
  }
}

/**
 * The checks that need the request, not only the document (which Apollo validates once and
 * caches): who asks, and the variables.
 * - Anonymous callers may not introspect (`__schema`, `__type`): `UNAUTHENTICATED`.
 * - The cost of the operation, with `first` from its variables or defaults (cost.ts); a page
 *   size out of 1–100 is refused here with `BAD_USER_INPUT`, like the resolvers do.
 * - Anonymous callers get graphql-js's "Did you mean …?" removed from every message, so the
 *   schema cannot be guessed field by field. Signed-in users, who may introspect, keep them.
 *   Apollo's `hideSchemaDetailsFromClientErrors` and graphql-armor's block-field-suggestions
 *   hide them from everybody, hence this.
 */
export function queryLimitsPlugin(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, document, request, contextValue, schema }) {
          if (!operation) return; // execution reports the unknown operation name
          if (!contextValue.user) {
            const fragments = new Map(
              document.definitions
                .filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
                .map((d) => [d.name.value, d]),
            );
            if (selectsIntrospection(operation, fragments)) {
              throw new ProtectionError(
                'UNAUTHENTICATED',
                'Sign in to read the schema: introspection (__schema, __type) is for signed-in users.',
                { reason: 'INTROSPECTION' },
                { status: 400 },
              );
            }
          }
          let cost: number;
          try {
            cost = operationCost(
              schema,
              document,
              operation,
              request.variables,
              QUERY_LIMITS.listCostFactor,
            );
          } catch (error) {
            if (!(error instanceof GraphQLError)) throw error;
            // checkPageSize's BAD_USER_INPUT, answered 400 like the other refusals before execution.
            const status = { status: 400 };
            throw new ProtectionError('BAD_USER_INPUT', error.message, error.extensions, status);
          }
          if (cost > QUERY_LIMITS.maxCost) {
            throw queryTooComplex(
              'COST',
              QUERY_LIMITS.maxCost,
              Number.isFinite(cost) ? cost : undefined,
            );
          }
        },
        async didEncounterErrors({ errors, contextValue }) {
          for (const error of errors) {
            relabel(error);
            if (!contextValue.user) error.message = error.message.replace(SUGGESTION, '');
          }
        },
      };
    },
  };
}
