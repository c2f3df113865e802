import {
  getNamedType,
  isCompositeType,
  isInterfaceType,
  isObjectType,
  isScalarType,
  isSpecifiedScalarType,
  Kind,
  type FragmentDefinitionNode,
  type GraphQLNamedType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';

/**
 * Where a response can hold objects, worked out from its document: the response keys of the
 * composite fields, each with its own plan, and of custom scalars (a JSON object), walked whole.
 * Counting the objects of a caseload page of 200 clients by visiting every one of its 15,000
 * fields cost a millisecond; following only these keys touches the objects and little else.
 */
interface ObjectsPlan {
  keys: string[];
  /** Per key: the plan below it, or null for a custom scalar, whose value is walked whole. */
  below: Array<ObjectsPlan | null>;
}

/** Past this many plan nodes (a document whose fragments multiply its paths), every key is walked. */
const MAX_PLAN_NODES = 2_000;

const plans = new WeakMap<GraphQLSchema, WeakMap<OperationDefinitionNode, ObjectsPlan | null>>();

/** The objects in `data`, an execution result of `operation` (the data object itself aside). */
export function objectsInResponse(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  fragments: Readonly<Record<string, FragmentDefinitionNode | undefined>>,
  data: object,
): number {
  let bySchema = plans.get(schema);
  if (!bySchema) plans.set(schema, (bySchema = new WeakMap()));
  let plan = bySchema.get(operation);
  if (plan === undefined) bySchema.set(operation, (plan = planOf(schema, operation, fragments)));
  let objects = 0;
  const follow = (value: object, below: ObjectsPlan | null): void => {
    if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) {
        const item: unknown = value[i];
        if (item !== null && typeof item === 'object') follow(item, below);
      }
      return;
    }
    objects += 1;
    const record = value as Record<string, unknown>;
    if (below === null) {
      for (const key in record) {
        const field = record[key];
        if (field !== null && typeof field === 'object') follow(field, null);
      }
      return;
    }
    for (let i = 0; i < below.keys.length; i++) {
      const field = record[below.keys[i]];
      if (field !== null && typeof field === 'object') follow(field, below.below[i]);
    }
  };
  follow(data, plan);
  return objects - 1;
}

/** The plan of the operation's response, or null (walk every key) when it would grow too large. */
function planOf(schema: GraphQLSchema, operation: OperationDefinitionNode, fragments: Readonly<Record<string, FragmentDefinitionNode | undefined>>): ObjectsPlan | null {
  const root = operation.operation === 'query' ? schema.getQueryType() : operation.operation === 'mutation' ? schema.getMutationType() : schema.getSubscriptionType();
  if (!root) return null;
  let nodes = 0;
  // Plans by the selection sets they merge (fragments reused on many paths share theirs).
  const known = new Map<string, ObjectsPlan>();
  const ids = new Map<SelectionSetNode, number>();
  const idOf = (set: SelectionSetNode, type: GraphQLNamedType): string => {
    let id = ids.get(set);
    if (id === undefined) ids.set(set, (id = ids.size));
    return `${id}:${type.name}`;
  };

  const build = (sets: Array<{ set: SelectionSetNode; type: GraphQLNamedType }>): ObjectsPlan | null => {
    const key = sets.map(({ set, type }) => idOf(set, type)).join(',');
    const cached = known.get(key);
    if (cached) return cached;
    if (++nodes > MAX_PLAN_NODES) return null;
    // Response key -> the selection sets below it (composite), or 'scalar' for a custom scalar.
    const byKey = new Map<string, Array<{ set: SelectionSetNode; type: GraphQLNamedType }> | 'scalar'>();
    const seenSets = new Set<string>();
    const collect = (set: SelectionSetNode, type: GraphQLNamedType): void => {
      const id = idOf(set, type);
      if (seenSets.has(id)) return;
      seenSets.add(id);
      for (const selection of set.selections) {
        if (selection.kind === Kind.FIELD) {
          const field = isObjectType(type) || isInterfaceType(type) ? type.getFields()[selection.name.value] : undefined;
          if (!field) continue; // __typename, or a field no type here has
          const named = getNamedType(field.type);
          const responseKey = selection.alias?.value ?? selection.name.value;
          const entry = byKey.get(responseKey);
          if (isCompositeType(named) && selection.selectionSet) {
            if (entry === undefined) byKey.set(responseKey, [{ set: selection.selectionSet, type: named }]);
            else if (entry !== 'scalar') entry.push({ set: selection.selectionSet, type: named });
          } else if (isScalarType(named) && !isSpecifiedScalarType(named)) {
            byKey.set(responseKey, 'scalar');
          }
        } else if (selection.kind === Kind.INLINE_FRAGMENT) {
          collect(selection.selectionSet, (selection.typeCondition && schema.getType(selection.typeCondition.name.value)) || type);
        } else {
          const fragment = fragments[selection.name.value];
          const condition = fragment && schema.getType(fragment.typeCondition.name.value);
          if (fragment && condition) collect(fragment.selectionSet, condition);
        }
      }
    };
    for (const { set, type } of sets) collect(set, type);
    const plan: ObjectsPlan = { keys: [], below: [] };
    for (const [responseKey, entry] of byKey) {
      const below = entry === 'scalar' ? null : build(entry);
      if (below === null && entry !== 'scalar') return null;
      plan.keys.push(responseKey);
      plan.below.push(below);
    }
    known.set(key, plan);
    return plan;
  };
  return build([{ set: operation.selectionSet, type: root }]);
}
