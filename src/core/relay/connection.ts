import { ArgsType, Field, Int, ObjectType, type ClassType } from 'type-graphql';
import { AppError } from '../errors';
import { isWellFormedText } from '../graphql/text-input';

export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 20;

@ArgsType()
export class ConnectionArgs {
  @Field(() => Int, { nullable: true, description: `Returns the first n elements (at most ${MAX_PAGE_SIZE}).` })
  first?: number | null;

  @Field(() => String, { nullable: true, description: 'Returns the elements that come after this cursor.' })
  after?: string | null;

  @Field(() => Int, { nullable: true, description: `Returns the last n elements (at most ${MAX_PAGE_SIZE}).` })
  last?: number | null;

  @Field(() => String, { nullable: true, description: 'Returns the elements that come before this cursor.' })
  before?: string | null;
}

/** A validated page request: how many rows, in which direction, from which keyset position. */
export interface PageRequest {
  limit: number;
  /** `backward` for `last`/`before`: the query runs in reverse order and the rows are flipped back. */
  backward: boolean;
  cursor: CursorValues | null;
}

export type CursorValues = Array<string | number>;

/** `maxPageSize`: lists whose users page through whole caseloads allow more than the default 100. */
export function pageRequest(args: ConnectionArgs, maxPageSize = MAX_PAGE_SIZE): PageRequest {
  const { first, after, last, before } = args;
  if (first != null && last != null) {
    throw new AppError('INVALID_ARGUMENT', 'Pass either "first" or "last", not both.', { argument: 'last' });
  }
  if (after != null && before != null) {
    throw new AppError('INVALID_ARGUMENT', 'Pass either "after" or "before", not both.', { argument: 'before' });
  }
  for (const [name, value] of [['first', first], ['last', last]] as const) {
    if (value != null && value < 0) {
      throw new AppError('INVALID_ARGUMENT', `"${name}" must not be negative.`, { argument: name });
    }
    if (value != null && value > maxPageSize) {
      throw new AppError('PAGE_SIZE_EXCEEDED', `"${name}" must not exceed ${maxPageSize}.`, { argument: name });
    }
  }
  const backward = last != null || before != null;
  const cursor = backward ? before : after;
  return {
    limit: (backward ? last : first) ?? DEFAULT_PAGE_SIZE,
    backward,
    cursor: cursor == null ? null : decodeCursor(cursor, backward ? 'before' : 'after'),
  };
}

/** Cursors are base64url JSON arrays of the sort-key values of a row, ending with its primary key. */
export function encodeCursor(values: CursorValues): string {
  return Buffer.from(JSON.stringify(values), 'utf8').toString('base64url');
}

/**
 * Longer than any cursor of ours (the longest, two 200-character names in 3-byte UTF-8, comes to
 * about 1,650 characters), so anything longer is not one and is refused before it is decoded.
 */
const MAX_CURSOR_LENGTH = 2048;

function decodeCursor(cursor: string, argument: string): CursorValues {
  try {
    const values: unknown = cursor.length <= MAX_CURSOR_LENGTH ? JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) : null;
    if (
      Array.isArray(values) &&
      values.length > 0 &&
      values.every((value) => (typeof value === 'string' && isWellFormedText(value)) || (typeof value === 'number' && Number.isFinite(value)))
    ) {
      return values as CursorValues;
    }
  } catch {
    // fall through to the typed error
  }
  throw new AppError('INVALID_CURSOR', `"${argument}" is not a valid cursor.`, { argument });
}

/** Throws the typed cursor error when a decoded cursor does not fit the ordering it is used with. */
export function invalidCursor(page: PageRequest): never {
  const argument = page.backward ? 'before' : 'after';
  throw new AppError('INVALID_CURSOR', `"${argument}" is not a valid cursor for this ordering.`, { argument });
}

@ObjectType({ simpleResolvers: true, description: 'Information about a page of a connection (Relay).' })
export class PageInfo {
  @Field({ description: 'More elements exist after this page.' })
  hasNextPage!: boolean;

  @Field({ description: 'More elements exist before this page.' })
  hasPreviousPage!: boolean;

  @Field(() => String, { nullable: true, description: 'Cursor of the first element of the page.' })
  startCursor!: string | null;

  @Field(() => String, { nullable: true, description: 'Cursor of the last element of the page.' })
  endCursor!: string | null;
}

export interface Edge<T> {
  cursor: string;
  node: T;
}

/**
 * Generic Relay connection type. `totalCount` is a method, so its (separate) count query
 * runs only when a client selects the field.
 */
export function ConnectionType<TNode extends object, TEdge extends Edge<TNode>>(nodeType: ClassType<TNode>, edgeType: ClassType<TEdge>) {
  @ObjectType({ simpleResolvers: true })
  abstract class Connection {
    @Field(() => [edgeType], { description: 'The edges of this page, each with its cursor.' })
    edges!: TEdge[];

    @Field(() => [nodeType], { description: 'The nodes of this page, without cursors.' })
    nodes!: TNode[];

    @Field(() => PageInfo, { description: 'Paging information.' })
    pageInfo!: PageInfo;

    countTotal!: () => Promise<number>;

    @Field(() => Int, { description: 'Number of elements across all pages. Costs a count query; select it only when needed.' })
    totalCount(): Promise<number> {
      return this.countTotal();
    }
  }
  return Connection;
}

/**
 * Builds a connection from rows fetched with `limit + 1` in query order (reversed for backward
 * pages): the extra row only tells whether another page exists.
 */
export function buildConnection<TRow, TEdge extends Edge<unknown>>(
  rows: TRow[],
  page: PageRequest,
  toEdge: (row: TRow) => TEdge,
  countTotal: () => Promise<number>,
): { edges: TEdge[]; nodes: TEdge['node'][]; pageInfo: PageInfo; countTotal: () => Promise<number> } {
  const hasMore = rows.length > page.limit;
  const pageRows = rows.slice(0, page.limit);
  if (page.backward) pageRows.reverse();
  const edges = pageRows.map(toEdge);
  return {
    edges,
    nodes: edges.map((edge) => edge.node),
    pageInfo: {
      hasNextPage: page.backward ? page.cursor !== null : hasMore,
      hasPreviousPage: page.backward ? hasMore : page.cursor !== null,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
    countTotal,
  };
}

/** Generic edge type for connections whose edges carry nothing but a cursor and a node. */
export function EdgeType<TNode extends object>(nodeType: ClassType<TNode>) {
  @ObjectType({ simpleResolvers: true })
  abstract class EdgeClass {
    @Field({ description: 'Cursor of this edge, for `after`/`before`.' })
    cursor!: string;

    @Field(() => nodeType, { description: 'The node.' })
    node!: TNode;
  }
  return EdgeClass;
}
