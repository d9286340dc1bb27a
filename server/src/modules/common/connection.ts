import type { EntityRepository, FilterQuery, FindOptions } from '@mikro-orm/core';
import { ClassType, Field, Int, ObjectType } from 'type-graphql';
import { badInput } from './errors.js';

/** Largest page any list returns. */
export const MAX_PAGE_SIZE = 100;

@ObjectType({ description: 'Where a page sits in its list (Relay).' })
export class PageInfo {
  @Field(() => Boolean, { description: 'True when more items follow this page.' })
  hasNextPage!: boolean;

  @Field(() => Boolean, {
    description: 'True when items come before this page (the page was asked for `after` a cursor).',
  })
  hasPreviousPage!: boolean;

  @Field(() => String, { nullable: true, description: 'Cursor of the first item of the page.' })
  startCursor!: string | null;

  @Field(() => String, { nullable: true, description: 'Cursor of the last item of the page.' })
  endCursor!: string | null;
}

/** The empty page: no items, nothing before or after. */
export const emptyPageInfo = (): PageInfo => ({
  hasNextPage: false,
  hasPreviousPage: false,
  startCursor: null,
  endCursor: null,
});

export interface ConnectionShape<T> {
  edges: { node: T; cursor: string }[];
  pageInfo: PageInfo;
  totalCount: number;
}

/** A Relay connection type for `ItemType`: edges { node cursor }, pageInfo, totalCount. */
export function Connection<T extends object>(ItemType: ClassType<T>, name: string) {
  @ObjectType(`${name}Edge`, { description: `One ${name} in a page, with its cursor.` })
  class Edge {
    @Field(() => ItemType, { description: 'The item.' })
    node!: T;

    @Field(() => String, { description: 'Opaque cursor: pass as `after` to continue after it.' })
    cursor!: string;
  }

  @ObjectType(`${name}Connection`, { description: `A page of ${name} items.` })
  class ConnectionType implements ConnectionShape<T> {
    @Field(() => [Edge], { description: 'The items of this page, in order.' })
    edges!: Edge[];

    @Field(() => PageInfo, { description: 'Whether more items follow.' })
    pageInfo!: PageInfo;

    @Field(() => Int, { description: 'Number of items matching the filter, over all pages.' })
    totalCount!: number;
  }
  return ConnectionType;
}

/** Cursors are the row id, opaque to clients. */
export const encodeCursor = (id: number) => Buffer.from(`id:${id}`).toString('base64url');
export function decodeCursor(cursor: string | null | undefined): number | null {
  if (!cursor) return null;
  const match = /^id:(\d+)$/.exec(Buffer.from(cursor, 'base64url').toString());
  if (!match) throw badInput('The cursor is not valid.', 'after');
  return Number(match[1]);
}

export function checkPageSize(first: number): number {
  if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE_SIZE) {
    throw badInput(`first must be between 1 and ${MAX_PAGE_SIZE}.`, 'first');
  }
  return first;
}

/** A position in a list sorted by some column, ties broken by id: opaque to clients. */
export interface KeysetPosition {
  value: string | number | null;
  id: number;
}

export const encodeKeyset = ({ value, id }: KeysetPosition): string =>
  Buffer.from(JSON.stringify(['k', value, id])).toString('base64url');

export function decodeKeyset(cursor: string | null | undefined): KeysetPosition | null {
  if (!cursor) return null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString());
  } catch {
    parsed = null;
  }
  const [tag, value, id] = Array.isArray(parsed) && parsed.length === 3 ? parsed : [];
  const valueOk = value === null || typeof value === 'string' || typeof value === 'number';
  if (tag !== 'k' || !valueOk || !Number.isSafeInteger(id)) {
    throw badInput('The cursor is not valid.', 'after');
  }
  return { value: value as string | number | null, id: id as number };
}

/** Which page of a list: its size and the cursor it follows (Relay's `first` and `after`). */
export interface PageArgs {
  first: number;
  after: string | null | undefined;
}

/**
 * Turns `first + 1` fetched rows into a connection: the extra row only says that more follow.
 * `hasPreviousPage` is true when the page was asked for after a cursor.
 */
export function toConnection<T extends { id: number }, N>(
  rows: T[],
  page: PageArgs,
  totalCount: number,
  map: (row: T) => N,
  cursorOf: (row: T) => string = (row) => encodeCursor(row.id),
): ConnectionShape<N> {
  const items = rows.slice(0, page.first);
  const first = items[0];
  const last = items[items.length - 1];
  return {
    edges: items.map((row) => ({ node: map(row), cursor: cursorOf(row) })),
    pageInfo: {
      hasNextPage: rows.length > page.first,
      hasPreviousPage: !!page.after,
      startCursor: first ? cursorOf(first) : null,
      endCursor: last ? cursorOf(last) : null,
    },
    totalCount,
  };
}

/**
 * The one way a list of entities is paged (every repository's list query ends here): checks the
 * page size, reads `first + 1` rows after the cursor in id order, counts every row matching
 * `where` (over all pages, not only those after the cursor) at the same time, and maps each row
 * to its GraphQL shape.
 */
export async function paginate<E extends { id: number }, N>(
  repo: EntityRepository<E>,
  where: FilterQuery<E>,
  page: PageArgs,
  map: (row: E) => N,
  options: {
    order?: 'asc' | 'desc';
    populate?: readonly string[];
    /** Counts the rows of `where` a cheaper way (the beneficiaries' name index). */
    count?: () => Promise<number>;
  } = {},
): Promise<ConnectionShape<N>> {
  const first = checkPageSize(page.first);
  const afterId = decodeCursor(page.after);
  const order = options.order ?? 'asc';
  const afterCursor = { id: { [order === 'asc' ? '$gt' : '$lt']: afterId } } as FilterQuery<E>;
  const [rows, totalCount] = await Promise.all([
    repo.find(afterId ? ({ $and: [where, afterCursor] } as FilterQuery<E>) : where, {
      orderBy: { id: order },
      limit: first + 1,
      ...(options.populate ? { populate: options.populate } : {}),
    } as FindOptions<E>),
    options.count ? options.count() : repo.count(where),
  ]);
  return toConnection(rows, { first, after: page.after }, totalCount, map);
}
