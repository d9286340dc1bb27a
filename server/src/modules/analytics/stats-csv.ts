import express from 'express';
import { getOperationAST, parse, type ExecutionResult, type GraphQLError } from 'graphql';
import { CSV_BOM, csvLine, type CsvValue } from '../common/csv.js';
import { periodKeys } from '../common/periods.js';

/**
 * GET /api/csv?query=…&variables=… (or POST the same as JSON): runs a GraphQL query as the
 * caller (session cookie or API token, with every limit of /graphql) and returns its first list
 * as CSV — one row per item, one column per leaf field, named by its path (key.channel,
 * figures.csat). Made for the statistics queries, it works for any query that returns a list.
 */
export type RunQuery = (
  req: express.Request,
  res: express.Response,
  query: string,
  variables: Record<string, unknown> | undefined,
) => Promise<ExecutionResult>;

/** The first list in a result: a root field that is a list, or the first list inside one. */
export function firstList(data: unknown): { name: string; rows: unknown[] } | null {
  if (!data || typeof data !== 'object') return null;
  for (const [name, value] of Object.entries(data)) {
    if (Array.isArray(value)) return { name, rows: value };
    const inner = firstList(value);
    if (inner) return { name: `${name}-${inner.name}`, rows: inner.rows };
  }
  return null;
}

function flatten(value: unknown, prefix: string, out: Map<string, CsvValue>): void {
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    for (const [k, v] of Object.entries(value)) flatten(v, prefix ? `${prefix}.${k}` : k, out);
  } else if (Array.isArray(value)) {
    out.set(prefix, JSON.stringify(value));
  } else {
    out.set(prefix, value as CsvValue);
  }
}

/** Rows of objects as CSV text (with BOM): columns in order of first appearance. */
export function toCsv(rows: unknown[]): string {
  const flat = rows.map((r) => {
    const m = new Map<string, CsvValue>();
    flatten(r, '', m);
    return m;
  });
  const columns: string[] = [];
  for (const m of flat) for (const k of m.keys()) if (!columns.includes(k)) columns.push(k);
  return (
    CSV_BOM + csvLine(columns) + flat.map((m) => csvLine(columns.map((c) => m.get(c)))).join('')
  );
}

export function statsCsvRouter(run: RunQuery): express.Router {
  const router = express.Router();
  const problem = (res: express.Response, status: number, code: string, message: string) =>
    res.status(status).json({ errors: [{ message, extensions: { code } }] });

  const handle = async (
    req: express.Request,
    res: express.Response,
    query: unknown,
    variables: unknown,
  ) => {
    if (typeof query !== 'string' || !query.trim()) {
      return problem(res, 400, 'BAD_USER_INPUT', 'Give the GraphQL query in `query`.');
    }
    let vars: Record<string, unknown> | undefined;
    if (typeof variables === 'string' && variables.trim()) {
      try {
        vars = JSON.parse(variables) as Record<string, unknown>;
      } catch {
        return problem(res, 400, 'BAD_USER_INPUT', '`variables` must be JSON.');
      }
    } else if (variables && typeof variables === 'object') {
      vars = variables as Record<string, unknown>;
    }
    try {
      const operation = getOperationAST(parse(query));
      if (operation && operation.operation !== 'query') {
        return problem(res, 400, 'BAD_USER_INPUT', 'Only queries can be downloaded as CSV.');
      }
    } catch {
      // Not parseable: GraphQL answers with its own syntax error below.
    }
    const result = await run(req, res, query, vars);
    if (result.errors?.length) {
      const first = result.errors[0] as GraphQLError & { extensions?: { code?: string } };
      const code = first.extensions?.code ?? 'BAD_REQUEST';
      const status =
        code === 'UNAUTHENTICATED'
          ? 401
          : code === 'FORBIDDEN'
            ? 403
            : code === 'RATE_LIMITED'
              ? 429
              : 400;
      return res.status(status).json({ errors: result.errors });
    }
    const list = firstList(result.data);
    if (!list) return problem(res, 400, 'BAD_USER_INPUT', 'The query returns no list to download.');
    res.setHeader('Content-Type', 'text/csv; charset=utf-8');
    res.setHeader(
      'Content-Disposition',
      `attachment; filename="${list.name.replace(/[^\w-]/g, '')}-${periodKeys(new Date()).day}.csv"`,
    );
    res.setHeader('Cache-Control', 'no-store');
    res.send(toCsv(list.rows));
  };

  router.get('/', (req, res, next) => {
    handle(req, res, req.query.query, req.query.variables).catch(next);
  });
  router.post('/', express.json({ limit: '100kb' }), (req, res, next) => {
    const body = (req.body ?? {}) as { query?: unknown; variables?: unknown };
    handle(req, res, body.query, body.variables).catch(next);
  });
  return router;
}
