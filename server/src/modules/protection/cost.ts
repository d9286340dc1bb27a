import {
  GraphQLError,
  Kind,
  getNullableType,
  isListType,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';
// The CommonJS build on purpose: the package's ES build imports `graphql/index.mjs`, a second
// copy of graphql beside the CommonJS one that type-graphql and Apollo load, and its
// `instanceof GraphQLObjectType` checks would then never match this schema's types.
import { getComplexity, type ComplexityEstimator } from 'graphql-query-complexity/cjs';
import { checkPageSize } from '../common/connection.js';
import { QUERY_LIMITS } from './limits.js';

type Args = Record<string, unknown>;
const given = (value: unknown) => value !== undefined && value !== null && value !== '';

/**
 * The fields that scan a table when given certain arguments, by `Type.field`: whatever page they
 * return, a text search (`LIKE '%…%'`, folded Arabic, the word index) or a timeline-event
 * condition reads every row to find it, and counts every match for `totalCount`. Such a field
 * costs `QUERY_LIMITS.scanCost` (like a heavy aggregate) instead of 1, plus what it selects.
 * In one place rather than in each resolver, so the cost model reads as a whole; a test checks
 * that every entry names a field of the schema.
 */
export const SCANNING_FIELDS: Record<string, (args: Args) => boolean> = {
  'Query.transactions': (args) => {
    const filter = (args.filter ?? {}) as Args;
    return given(filter.search) || given(filter.event);
  },
  'Query.beneficiaries': (args) => given(args.search),
  'Query.satisfactionComments': (args) => given(args.search),
  'Query.librarySearch': () => true,
};

/**
 * The grouped statistics, by `Type.field`: their answer has a group per combination of their
 * `groupBy` dimensions' values (days × channels × statuses is thousands of groups), and building
 * and sending it is work on the request thread. Their declared cost is counted once per
 * dimension (none or one: once), so one operation holds at most three three-dimension answers.
 */
export const GROUPED_FIELDS = new Set(['Query.transactionStats', 'Query.satisfactionStats']);

/** How many times a field's own cost counts: its `groupBy` dimensions for a grouped statistic. */
function groupFactor(key: string, args: Args): number {
  if (!GROUPED_FIELDS.has(key)) return 1;
  return Array.isArray(args.groupBy) ? Math.max(1, args.groupBy.length) : 1;
}

/**
 * graphql-query-complexity walks the operation (fragments, `@skip`/`@include`, variables); this
 * estimator is the cost model, written here because neither that library's estimators nor
 * graphql-armor's cost-limit multiply by a page-size argument:
 * - every field costs 1, plus what it selects; a field declared with a `complexity`
 *   (type-graphql's `@Field({ complexity })`) costs that instead of 1, and so does a field of
 *   `SCANNING_FIELDS` given a search or filter that scans (`QUERY_LIMITS.scanCost`); a field of
 *   `GROUPED_FIELDS` costs that once per `groupBy` dimension;
 * - a paginated field (one with `first`) costs what it selects times `first`, or its default
 *   when the query leaves it out; a `first` outside 1–100 is refused here with the same
 *   `BAD_USER_INPUT` the resolvers give (`checkPageSize`), before anything runs;
 * - any other list costs what it selects times `listFactor` (its length is not known before),
 *   except a connection's `edges`, already counted by the connection's `first`;
 * - a list of scalars or enums (`tags`, `roles`) costs 1;
 * - introspection (`__schema`, `__type`) costs nothing here: what it returns grows with the
 *   schema, not the data (the standard introspection query would cost more than any page of
 *   data), and graphql-js's MaxIntrospectionDepthRule bounds its nesting instead.
 */
export function pageSizeEstimator(listFactor: number): ComplexityEstimator {
  return ({ type, field, args, childComplexity }) => {
    if (field.name === '__schema' || field.name === '__type') return 0;
    const declared = field.extensions?.complexity;
    const key = `${type.name}.${field.name}`;
    const scans = SCANNING_FIELDS[key]?.(args as Args);
    const own =
      (scans ? QUERY_LIMITS.scanCost : typeof declared === 'number' ? declared : 1) *
      groupFactor(key, args as Args);
    if (field.args.some((arg) => arg.name === 'first')) {
      return own + checkPageSize(args.first as number) * childComplexity;
    }
    const isEdges = field.name === 'edges' && type.name.endsWith('Connection');
    if (isListType(getNullableType(field.type)) && !isEdges) {
      return own + listFactor * childComplexity;
    }
    return own + childComplexity;
  };
}

/** Fields visited (fragments expanded each time they are spread) before the count gives up. */
const MAX_NODES = 10_000;

/** The estimated cost of one operation with its variables; `Infinity` when too large to count. */
export function operationCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown> | undefined,
  listFactor: number,
): number {
  // Only this operation and the fragments: the library would otherwise add up every operation.
  const query: DocumentNode = {
    kind: Kind.DOCUMENT,
    definitions: [
      operation,
      ...document.definitions.filter(
        (d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION,
      ),
    ],
  };
  try {
    return getComplexity({
      schema,
      query,
      variables: variables ?? {},
      estimators: [pageSizeEstimator(listFactor)],
      maxQueryNodes: MAX_NODES,
    });
  } catch (error) {
    if (!(error instanceof GraphQLError)) throw error;
    // A fragment spread over and over (a "fragment bomb") visits more nodes than any real query.
    if (error.message.includes('maximum allowed number of nodes')) return Infinity;
    // A page size out of range (checkPageSize).
    if (error.extensions.code) throw error;
    // Variables that do not fit their types: nothing was counted, and execution refuses them
    // with its own message.
    return 0;
  }
}
