import { MAX_PAGE_SIZE } from '../common/connection.js';

/**
 * The fixed limits /graphql puts on a request's shape, in one place (README, "API limits").
 * They are sized from the app's own operations (client/src/features/*\/graphql, measured with
 * the page size at 100): each leaves the largest of them at least 2.5 times the room it uses,
 * so the browser client never meets a limit while a crafted query does. The limits that depend
 * on the deployment (rate, time) are settings in config.ts.
 */
export const QUERY_LIMITS = {
  /**
   * Field nesting, fragments flattened (`{ a { b } }` is 2), except under `__schema` (bounded by
   * `maxIntrospectionDepth`). The deepest client operations (the transaction mutations'
   * payloads, the queues) are 6.
   */
  maxDepth: 10,
  /**
   * Aliases in one operation (`__typename` aliases are free). The client uses at most 7 (the
   * satisfaction page's figures).
   */
  maxAliases: 15,
  /**
   * Lexical tokens in the document (names, punctuation, string and number values; variables'
   * values are not in the document). The largest client document, a policy draft save with its
   * fragments, has 196; the standard introspection query 163.
   */
  maxTokens: 1000,
  /**
   * Estimated work of one operation (cost.ts): 1 per field, a list's fields times its page size
   * (`first`, or its default) or times `listCostFactor` for a list without one. The most
   * expensive client operation, the referrals queue at 100 a page with each timeline, costs
   * 10,052; the transaction list at 100 a page 3,901.
   */
  maxCost: 25_000,
  /**
   * `fields`, `inputFields`, `interfaces`, `possibleTypes` nested in one another under
   * `__schema`/`__type`: graphql-js's own MaxIntrospectionDepthRule (one of its specified rules
   * since 16.9) refuses a third level; the standard introspection query nests one. Stated here
   * for the README and the error; graphql-js does not let it be changed.
   */
  maxIntrospectionDepth: 2,
  /** Largest `first` of any paginated field (the connection helpers use the same constant). */
  maxPageSize: MAX_PAGE_SIZE,
  /** Assumed length of a list field that has no `first` argument, for the cost estimate. */
  listCostFactor: 10,
  /**
   * Own cost of a field whose work grows with the table rather than with what it returns: the
   * heavy aggregates (`dashboard`, `transactionStats`, `satisfactionStats`, declared in their
   * resolvers) and a text search or event filter over a list (`SCANNING_FIELDS` in cost.ts).
   * One operation holds at most `maxCost / scanCost` = 10 of them.
   */
  scanCost: 2500,
  /**
   * Characters of Markdown one operation renders, all its fields together (library/markdown.ts
   * counts them): 200,000, a document saved (and published) in both languages at their largest
   * (library/markdown.ts's `MAX_MARKDOWN_PER_OPERATION`, which enforces it;
   * markdown-limits.api.test.ts finds this maximum in its error).
   */
  maxMarkdownChars: 200_000,
} as const;

/** Largest JSON request body /graphql reads, in bytes (1 MiB). */
export const MAX_BODY_BYTES = 1024 * 1024;

/** Rate-limit window: `MASAR_RATE_LIMIT*` settings count requests per this many seconds. */
export const RATE_LIMIT_WINDOW_SECONDS = 60;

/**
 * Batched requests (a JSON array body) stay refused (Apollo's `allowBatchedHttpRequests`
 * false): Apollo runs a batch's operations at once on one shared context, so they would share
 * one MikroORM EntityManager (and its unit of work) concurrently, and the client never batches.
 * A refused batch still counts one request per operation against the caller's rate limit.
 */
export const ALLOW_BATCHED_REQUESTS = false;
