import {
  getNamedType,
  isObjectType,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLObjectType,
  type GraphQLResolveInfo,
  type GraphQLSchema,
  type SelectionSetNode,
} from 'graphql';
import { Extensions } from 'type-graphql';
import { selectedFields } from './selection';

/**
 * Column pruning: which properties of its parent a selection reads, so that loaders select those
 * columns only (a caseload page of 200 clients read 1.6 MB of rows for the ~15 fields it shows).
 *
 * A field reads its own property when it resolves by default (the property of its name); a field
 * with a resolver declares what it reads with `@Reads(...)` (the key and to-one references are
 * always read, so a resolver that loads a relation declares nothing more: `@Reads()`). A selection
 * with any other field reads everything, so an undeclared resolver never misses a column.
 */
const readsOfField = new WeakMap<GraphQLField<unknown, unknown>, readonly string[]>();

/** Declares the parent's properties a field resolver reads besides the key and to-one references. */
export function Reads(...properties: string[]): MethodDecorator & PropertyDecorator {
  return Extensions({ reads: properties });
}

/**
 * Records what each field reads, from the schema as built (before any wrapping of resolvers, e.g.
 * the audit of personal data, which keeps reading the same property).
 */
export function recordFieldReads(schema: GraphQLSchema): void {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      const declared = field.extensions?.reads;
      if (Array.isArray(declared)) readsOfField.set(field, declared as string[]);
      else if (field.resolve === undefined) readsOfField.set(field, [field.name]);
    }
  }
}

/** Per field-node list (the same list for every object of a page, in graphql-js and graphql-jit). */
const byFieldNodes = new WeakMap<readonly FieldNode[], Map<string, ReadonlySet<string> | null>>();

/**
 * The properties that the selection of the resolving field reads from the objects it returns, or
 * from those at `path` below it (e.g. `['edges', 'node']`); null: all of them. @skip and @include
 * are ignored (a superset), so the answer depends on the document only and is kept per document.
 */
export function selectedProperties(info: GraphQLResolveInfo, path: readonly string[] = []): ReadonlySet<string> | null {
  const key = path.join('.');
  let known = byFieldNodes.get(info.fieldNodes);
  if (!known) byFieldNodes.set(info.fieldNodes, (known = new Map()));
  if (known.has(key)) return known.get(key)!;
  let type: GraphQLNamedType | undefined = getNamedType(info.returnType);
  let selections = info.fieldNodes.flatMap((node) => (node.selectionSet ? [node.selectionSet] : []));
  for (const name of path) {
    if (!isObjectType(type)) break;
    const nodes = selectedFields(info.schema, info.fragments, type, selections).get(name) ?? [];
    selections = nodes.flatMap((node) => (node.selectionSet ? [node.selectionSet] : []));
    type = getNamedType(type.getFields()[name]?.type);
  }
  const answer = isObjectType(type) ? propertiesOfSelection(info.schema, info.fragments, type, selections) : null;
  known.set(key, answer);
  return answer;
}

/** What several selections of the same objects read together (e.g. a connection's `edges.node` and `nodes`). */
export function unionOfSelections(selections: ReadonlyArray<ReadonlySet<string> | null>): ReadonlySet<string> | null {
  const union = new Set<string>();
  for (const selected of selections) {
    if (selected === null) return null;
    for (const property of selected) union.add(property);
  }
  return union;
}

/** The properties of `type` that `selections` read; null when a field there declares nothing. */
export function propertiesOfSelection(
  schema: GraphQLSchema,
  fragments: Record<string, FragmentDefinitionNode>,
  type: GraphQLObjectType,
  selections: readonly SelectionSetNode[],
): ReadonlySet<string> | null {
  const properties = new Set<string>();
  const fields = type.getFields();
  for (const name of selectedFields(schema, fragments, type, selections).keys()) {
    if (name === '__typename') continue;
    const field = fields[name];
    const reads = field && readsOfField.get(field);
    if (!reads) return null;
    for (const property of reads) properties.add(property);
  }
  return properties;
}
