import {
  GraphQLError,
  Kind,
  getArgumentValues,
  getNamedType,
  getNullableType,
  isAbstractType,
  isCompositeType,
  isListType,
  getVariableValues,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLObjectType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import { LIST_CAP_EXTENSION } from '../list-cap';
import { WORK_COST_EXTENSION, type WorkCost } from '../work-cost';
import { objectsInResponse } from './response-objects';

/**
 * The cost model, after Shopify's: every object the response can hold costs 1, scalars cost 0,
 * and a list multiplies what is selected below it by its bound: `first`/`last` of a connection
 * (the default page size without them), or the cap a plain list declares with `@ListCap`.
 * Each root mutation field adds a fixed surcharge, since writes take locks and flush.
 *
 * The requested cost is an upper bound computed from the document and its variables before
 * anything runs; the actual cost counts the objects of the response.
 */
export interface CostModel {
  defaultPageSize: number;
  /** False: price the objects only, without the work fields declare (`@WorkCostOf`). */
  countWork?: boolean;
  /** For a list without a declared cap; the schema guard test keeps this from being needed. */
  defaultListCap: number;
  mutationCost: number;
}

/** Beyond this the exact figure no longer matters: it is refused either way. */
const SATURATED = Number.MAX_SAFE_INTEGER;

const add = (a: number, b: number) => Math.min(SATURATED, a + b);
const times = (a: number, b: number) => (a === 0 || b === 0 ? 0 : Math.min(SATURATED, a * b));

/**
 * The requested cost of one operation. Fragments are costed once per parent type and page size
 * and then reused, so a "fragment bomb" (fragments that each spread the next many times) costs
 * linear time to price rather than the exponential time of expanding it; its price simply
 * saturates. Runs after validation, which already refused unknown fields and fragment cycles.
 */
export function requestedCost(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  fragments: Readonly<Record<string, FragmentDefinitionNode>>,
  rawVariables: Record<string, unknown> | undefined,
  model: CostModel,
): number {
  // Variables that do not coerce are refused at execution, before any resolver: price without them.
  const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], rawVariables ?? {});
  const variables = coerced.coerced ?? {};
  const memo = new Map<SelectionSetNode, Map<string, number>>();

  const selectionCost = (selectionSet: SelectionSetNode, parent: GraphQLCompositeType, pageSize: number | null): number => {
    if (isAbstractType(parent)) {
      // The response holds one concrete type per object: the dearest one bounds it.
      let dearest = 0;
      for (const type of schema.getPossibleTypes(parent)) dearest = Math.max(dearest, selectionCost(selectionSet, type, pageSize));
      return dearest;
    }
    const key = `${parent.name}:${pageSize ?? ''}`;
    const known = memo.get(selectionSet)?.get(key);
    if (known !== undefined) return known;
    let total = 0;
    for (const selection of selectionSet.selections) {
      switch (selection.kind) {
        case Kind.FIELD: {
          const field = parent.getFields()[selection.name.value];
          if (!field) break; // __typename and introspection meta-fields
          total = add(total, fieldCost(field, selection, pageSize));
          break;
        }
        case Kind.INLINE_FRAGMENT: {
          const condition = selection.typeCondition ? schema.getType(selection.typeCondition.name.value) : parent;
          if (applies(schema, condition, parent)) total = add(total, selectionCost(selection.selectionSet, parent, pageSize));
          break;
        }
        case Kind.FRAGMENT_SPREAD: {
          const fragment = fragments[selection.name.value];
          if (fragment && applies(schema, schema.getType(fragment.typeCondition.name.value), parent)) {
            total = add(total, selectionCost(fragment.selectionSet, parent, pageSize));
          }
          break;
        }
      }
    }
    if (!memo.has(selectionSet)) memo.set(selectionSet, new Map());
    memo.get(selectionSet)!.set(key, total);
    return total;
  };

  const fieldCost = (field: GraphQLField<unknown, unknown>, node: Parameters<typeof getArgumentValues>[1], pageSize: number | null): number => {
    const named = getNamedType(field.type);
    if (!isCompositeType(named)) return 0;
    const args = argumentsOf(field, node, variables);
    // A connection field hands its page size to the lists right below it (edges, nodes).
    const ownPage = hasPageArguments(field) ? pageSizeOf(args, model.defaultPageSize) : null;
    const children = 'selectionSet' in node && node.selectionSet ? selectionCost(node.selectionSet, named, ownPage) : 0;
    const multiplier = isListType(getNullableType(field.type)) ? listBound(field, pageSize, model) : 1;
    return times(multiplier, add(add(1, model.countWork === false ? 0 : workOf(field, args)), children));
  };

  const root = rootType(schema, operation);
  if (!root) return 0;
  let cost = selectionCost(operation.selectionSet, root, null);
  if (operation.operation === 'mutation') {
    const mutationFields = operation.selectionSet.selections.filter((selection) => selection.kind === Kind.FIELD && !selection.name.value.startsWith('__'));
    cost = add(cost, times(model.mutationCost, mutationFields.length));
  }
  return cost;
}

/** The actual cost of an executed operation: the objects its response holds, plus the mutation surcharge. */
export function actualCost(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  fragments: Readonly<Record<string, FragmentDefinitionNode>>,
  data: unknown,
  model: CostModel,
): number {
  if (data === null || typeof data !== 'object') return 0;
  let objects = objectsInResponse(schema, operation, fragments, data);
  if (operation.operation === 'mutation') objects += model.mutationCost * Object.keys(data).length;
  return objects;
}

function rootType(schema: GraphQLSchema, operation: OperationDefinitionNode): GraphQLObjectType | null | undefined {
  switch (operation.operation) {
    case 'query':
      return schema.getQueryType();
    case 'mutation':
      return schema.getMutationType();
    case 'subscription':
      return schema.getSubscriptionType();
  }
}

function applies(schema: GraphQLSchema, condition: ReturnType<GraphQLSchema['getType']>, parent: GraphQLObjectType): boolean {
  if (condition === parent) return true;
  return condition !== undefined && isAbstractType(condition) && schema.isSubType(condition, parent);
}

function hasPageArguments(field: GraphQLField<unknown, unknown>): boolean {
  return field.args.some((arg) => arg.name === 'first' || arg.name === 'last');
}

function pageSizeOf(args: Record<string, unknown>, fallback: number): number {
  const requested = typeof args.first === 'number' ? args.first : typeof args.last === 'number' ? args.last : fallback;
  // A negative size is refused when the field runs; it must not lower the price before.
  return Math.max(0, requested);
}

function listBound(field: GraphQLField<unknown, unknown>, pageSize: number | null, model: CostModel): number {
  const cap = field.extensions?.[LIST_CAP_EXTENSION];
  if (typeof cap === 'number') return cap;
  return pageSize ?? model.defaultListCap;
}

/** Argument values with variables applied; one that does not coerce is refused at execution. */
/** The work a field declares for these arguments. */
function workOf(field: GraphQLField<unknown, unknown>, args: Record<string, unknown>): number {
  const work = field.extensions?.[WORK_COST_EXTENSION] as WorkCost | undefined;
  if (!work) return 0;
  if (work.perItemOf === undefined) return work.points;
  const items = work.perItemOf.split('.').reduce<unknown>((value, key) => (value !== null && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined), args);
  return times(work.points, Array.isArray(items) ? items.length : 0);
}

function argumentsOf(field: GraphQLField<unknown, unknown>, node: Parameters<typeof getArgumentValues>[1], variables: Record<string, unknown>): Record<string, unknown> {
  try {
    return getArgumentValues(field, node, variables);
  } catch (error) {
    if (error instanceof GraphQLError) return {};
    throw error;
  }
}
