import {
  getNamedType,
  isObjectType,
  type FieldNode,
  type GraphQLObjectType,
  type GraphQLResolveInfo,
  type SelectionSetNode,
} from 'graphql';
import type { Context } from '../context';
import { propertiesOfSelection } from './projection';
import { includedUnder, selectedFields } from './selection';

/**
 * Loads one field for many parents at once; the results are kept by the request's loaders.
 * `selected`: what the field's selection reads of the values (see projection.ts), which the field
 * resolver passes to the same loader.
 */
export type PrefetchLoad<T> = (ctx: Context, parents: T[], selected: ReadonlySet<string> | null) => Promise<ReadonlyArray<unknown>>;

/** As declared (the classes are named on first use: at decoration time an import may not be done yet). */
const declared: Array<{ type: () => { name: string }; field: string; load: PrefetchLoad<never> }> = [];
let byType = new Map<string, Map<string, PrefetchLoad<never>>>();
let builtFrom = 0;

function prefetches(): Map<string, Map<string, PrefetchLoad<never>>> {
  if (builtFrom !== declared.length) {
    builtFrom = declared.length;
    byType = new Map();
    for (const { type, field, load } of declared) {
      const fields = byType.get(type().name) ?? new Map<string, PrefetchLoad<never>>();
      fields.set(field, load);
      byType.set(type().name, fields);
    }
  }
  return byType;
}

/**
 * Declares how a field resolver's values are loaded for every parent of a page in one batch, ahead
 * of execution: `prefetchSelection` walks the selected fields level by level and runs these loads,
 * so that the resolvers (which must answer from the same loaders, with `RequestLoader.now`) find
 * their values and return them without a promise. The field resolver stays the source of truth:
 * a field not prefetched (another path, arguments) loads as before. The field is the method's
 * name; only fields without arguments are prefetched.
 */
export function Prefetch<T>(type: () => abstract new (...args: never[]) => T, load: PrefetchLoad<T>): MethodDecorator {
  return (_target, key) => {
    declared.push({ type, field: String(key), load: load as PrefetchLoad<never> });
  };
}

/** The type and field names that have a prefetch (for the check that they exist in the schema). */
export function prefetchedFields(): Array<{ type: string; field: string }> {
  return [...prefetches()].flatMap(([type, fields]) => [...fields.keys()].map((field) => ({ type, field })));
}

/**
 * Prefetches what the operation selects below `objects`, which a root field returned at `path`
 * beneath its own selection (e.g. `['edges', 'node']` of a connection). Errors are left to the
 * field resolvers: a failed load stays in the loader and fails its field, at its path.
 */
export async function prefetchSelection(ctx: Context, info: GraphQLResolveInfo, paths: ReadonlyArray<readonly string[]>, objects: readonly object[]): Promise<void> {
  if (objects.length === 0 || declared.length === 0) return;
  for (const path of paths) {
    let type = getNamedType(info.returnType);
    let selections = info.fieldNodes.flatMap((node) => (node.selectionSet ? [node.selectionSet] : []));
    for (const name of path) {
      if (!isObjectType(type)) break;
      const nodes = collectFields(info, type, selections).get(name) ?? [];
      selections = nodes.flatMap((node) => (node.selectionSet ? [node.selectionSet] : []));
      type = getNamedType(type.getFields()[name]?.type);
    }
    if (isObjectType(type) && selections.length > 0) await prefetchLevel(ctx, info, type, selections, objects);
  }
}

async function prefetchLevel(ctx: Context, info: GraphQLResolveInfo, type: GraphQLObjectType, selections: SelectionSetNode[], parents: readonly object[]): Promise<void> {
  const loads = prefetches().get(type.name);
  if (!loads) return;
  const fields = collectFields(info, type, selections);
  await Promise.all(
    [...fields].map(async ([name, nodes]) => {
      const load = loads.get(name);
      if (!load || nodes.some((node) => node.arguments?.length)) return;
      const childType = getNamedType(type.getFields()[name]?.type);
      const below = nodes.flatMap((node) => (node.selectionSet ? [node.selectionSet] : []));
      const selected = isObjectType(childType) ? propertiesOfSelection(info.schema, info.fragments, childType, below) : null;
      let values: ReadonlyArray<unknown>;
      try {
        values = await load(ctx, parents as never[], selected);
      } catch {
        return;
      }
      const children = objectsAmong(values);
      if (isObjectType(childType) && children.length > 0 && below.length > 0) await prefetchLevel(ctx, info, childType, below, children);
    }),
  );
}

/**
 * The objects among a load's values, one level of lists flattened; nulls and failed loads
 * dropped. A loop: `flat().filter()` took V8's generic path, about ten times as long for a page.
 */
function objectsAmong(values: ReadonlyArray<unknown>): object[] {
  const objects: object[] = [];
  for (const value of values) {
    if (Array.isArray(value)) {
      for (const item of value as unknown[]) if (isLoadedObject(item)) objects.push(item);
    } else if (isLoadedObject(value)) objects.push(value);
  }
  return objects;
}

function isLoadedObject(value: unknown): value is object {
  return typeof value === 'object' && value !== null && !(value instanceof Error);
}

/** The fields selected on `type`, honouring @skip and @include (see selection.ts). */
function collectFields(info: GraphQLResolveInfo, type: GraphQLObjectType, selectionSets: readonly SelectionSetNode[]): Map<string, FieldNode[]> {
  return selectedFields(info.schema, info.fragments, type, selectionSets, includedUnder(info.variableValues));
}
