import { isObjectType, type GraphQLFieldResolver, type GraphQLSchema } from 'graphql';
import { getMetadataStorage } from 'type-graphql';

type FieldResolverMetadata = ReturnType<typeof getMetadataStorage>['fieldResolvers'][number];
type Resolve = GraphQLFieldResolver<unknown, unknown>;

/** Where a resolver parameter comes from; the only kinds called directly. */
const enum Source {
  Root,
  Context,
  Info,
}

/**
 * Calls field resolvers without type-graphql's wrapper where the wrapper adds nothing: no
 * middleware, no @Authorized, and only @Root, @Ctx and @Info parameters. Per call, the wrapper
 * builds a resolver-data object and closures and sorts the parameter list (a copy each time); a
 * caseload page calls such resolvers (`id`, a client's plan, a goal's measures) about 6,000
 * times, and the wrapper was a fifth of the request's garbage. Everything else keeps
 * type-graphql's resolver. `resolvers`: the classes the schema was built from.
 *
 * The field's metadata is found as type-graphql's schema generator finds it (the object type's
 * fields with its interfaces', then the field resolver declared for the field's class and name).
 */
export function callFieldResolversDirectly(schema: GraphQLSchema, resolvers: readonly Function[]): void {
  const storage = getMetadataStorage();
  const usable = storage.fieldResolvers.filter((resolver) => resolver.kind === 'internal' || resolvers.includes(resolver.target));
  for (const objectType of storage.objectTypes) {
    const type = schema.getType(objectType.name);
    if (!isObjectType(type)) continue;
    const interfaces = storage.interfaceTypes.filter((candidate) => objectType.interfaceClasses?.includes(candidate.target));
    // Later declarations win, as in the generator: the type's own fields after its interfaces'.
    const declared = [...interfaces.flatMap((candidate) => candidate.fields ?? []), ...(objectType.fields ?? [])];
    for (const [name, field] of Object.entries(type.getFields())) {
      const metadata = declared.findLast((candidate) => candidate.schemaName === name);
      const resolver = metadata && usable.find((candidate) => candidate.getObjectType?.() === metadata.target && candidate.methodName === metadata.name);
      const direct = resolver && field.resolve && directResolver(resolver, field.resolve);
      if (direct) field.resolve = direct;
    }
  }
}

function directResolver(resolver: FieldResolverMetadata, original: Resolve): Resolve | null {
  if ((resolver.middlewares?.length ?? 0) > 0 || resolver.roles !== undefined) return null;
  const params = [...(resolver.params ?? [])].sort((a, b) => a.index - b.index);
  if (params.length > 3) return null;
  const sources: Source[] = [];
  const rootTypes: Array<() => unknown> = [];
  for (const param of params) {
    if (param.kind === 'root' && param.propertyName === undefined) {
      sources.push(Source.Root);
      if (param.getType) rootTypes.push(param.getType as () => unknown);
    } else if (param.kind === 'context' && param.propertyName === undefined) sources.push(Source.Context);
    else if (param.kind === 'info') sources.push(Source.Info);
    else return null;
  }
  // type-graphql converts a root that is no instance of the declared class into one; such a root
  // goes to it. The classes are thunks: named on first call, when every import is done.
  let rootClasses: Array<abstract new () => unknown> | undefined;
  const rootIsInstance = (root: unknown) => {
    rootClasses ??= rootTypes.map((type) => type()).filter((type): type is abstract new () => unknown => typeof type === 'function');
    for (const rootClass of rootClasses) if (!(root instanceof rootClass)) return false;
    return true;
  };
  const [first, second, third] = sources;
  const method = resolver.methodName;
  if (resolver.kind === 'internal') {
    // A getter or method of the object class itself (e.g. Node's `id`).
    const ownerClass = resolver.getObjectType!() as abstract new () => unknown;
    return (root, args, context, info) => {
      if (!(root instanceof ownerClass)) return original(root, args, context, info);
      const value = (root as Record<string, unknown>)[method];
      if (typeof value !== 'function') return value;
      return value.call(root, pick(first, root, context, info), pick(second, root, context, info), pick(third, root, context, info));
    };
  }
  // type-graphql's default container makes one instance per resolver class; the hub's hold no state.
  const instance = new (resolver.target as new () => Record<string, (...args: unknown[]) => unknown>)();
  return (root, args, context, info) => {
    if (!rootIsInstance(root)) return original(root, args, context, info);
    return instance[method](pick(first, root, context, info), pick(second, root, context, info), pick(third, root, context, info));
  };
}

function pick(source: Source | undefined, root: unknown, context: unknown, info: unknown): unknown {
  if (source === Source.Root) return root;
  if (source === Source.Context) return context;
  return source === Source.Info ? info : undefined;
}
