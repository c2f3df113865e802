import {
  getDirectiveValues,
  GraphQLIncludeDirective,
  GraphQLSkipDirective,
  isAbstractType,
  Kind,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLObjectType,
  type GraphQLSchema,
  type SelectionNode,
  type SelectionSetNode,
} from 'graphql';

/**
 * The fields selected on `type`, by field name (aliases merged), through the fragments that apply to
 * it. `included` drops a selection (e.g. by @skip/@include); without it every selection counts. Each
 * named fragment is entered once, as graphql-js does: a "fragment bomb" (each fragment spreading the
 * next twice) would otherwise take exponential time. Used by the prefetch and the column pruning.
 */
export function selectedFields(
  schema: GraphQLSchema,
  fragments: Record<string, FragmentDefinitionNode>,
  type: GraphQLObjectType,
  selectionSets: readonly SelectionSetNode[],
  included: (selection: SelectionNode) => boolean = () => true,
): Map<string, FieldNode[]> {
  const into = new Map<string, FieldNode[]>();
  const visited = new Set<string>();
  const collect = (sets: readonly SelectionSetNode[]): void => {
    for (const set of sets) {
      for (const selection of set.selections) {
        if (!included(selection)) continue;
        if (selection.kind === Kind.FIELD) {
          const list = into.get(selection.name.value) ?? [];
          list.push(selection);
          into.set(selection.name.value, list);
          continue;
        }
        if (selection.kind === Kind.FRAGMENT_SPREAD) {
          if (visited.has(selection.name.value)) continue;
          visited.add(selection.name.value);
        }
        const fragment = selection.kind === Kind.INLINE_FRAGMENT ? selection : fragments[selection.name.value];
        if (fragment && appliesTo(schema, fragment.typeCondition?.name.value, type)) collect([fragment.selectionSet]);
      }
    }
  };
  collect(selectionSets);
  return into;
}

/** A fragment's type condition holds for `type`: none, the type itself, or an abstract type it belongs to. */
function appliesTo(schema: GraphQLSchema, condition: string | undefined, type: GraphQLObjectType): boolean {
  if (condition === undefined || condition === type.name) return true;
  const conditionType = schema.getType(condition);
  return conditionType !== undefined && isAbstractType(conditionType) && schema.isSubType(conditionType, type);
}

/** A selection that @skip and @include keep under the operation's variables. */
export function includedUnder(variables: Record<string, unknown>): (selection: SelectionNode) => boolean {
  return (selection) => {
    if (!selection.directives?.length) return true;
    if (getDirectiveValues(GraphQLSkipDirective, selection, variables)?.if === true) return false;
    return getDirectiveValues(GraphQLIncludeDirective, selection, variables)?.if !== false;
  };
}
