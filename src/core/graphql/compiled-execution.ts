import type { GatewayExecutor, GatewayInterface } from '@apollo/server-gateway-interface';
import {
  execute,
  GraphQLError,
  getNamedType,
  isInputObjectType,
  isInterfaceType,
  isUnionType,
  Kind,
  isNonNullType,
  typeFromAST,
  type DocumentNode,
  type ExecutionResult,
  type FragmentDefinitionNode,
  type SelectionSetNode,
  type GraphQLInputObjectType,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';
import { getVariableValues } from 'graphql/execution/values';
import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit';

export interface CompiledExecutionOptions {
  /**
   * Runs of a document through graphql-js before it is compiled. Compiling costs a few ms; a document
   * sent once (or a stream of distinct ones) never pays it, one sent again and again runs compiled.
   */
  compileAfter: number;
  /** Documents kept (compiled or counted), least recently used dropped first. */
  maxDocuments: number;
  /**
   * Fields (fragments inlined) of all compiled documents together, least recently used dropped first:
   * a compiled field holds about 1.6 KiB of code and closures (the caseload's document, 47 KiB).
   */
  maxCompiledFields?: number;
}

/** About 32 MB of compiled code at most, whatever documents clients send. */
const DEFAULT_MAX_COMPILED_FIELDS = 20_000;

/**
 * The most fields a compiled operation may hold with its fragments inlined. graphql-jit inlines
 * every spread anew, so a small "fragment bomb" (each fragment spreading the next twice) takes
 * exponential time to compile (18 levels: 0.3 s, measured) where graphql-js visits each fragment once.
 */
const MAX_COMPILED_FIELDS = 2_000;

/** graphql-js's own bound on the variable errors it reports (execute's default). */
const MAX_VARIABLE_ERRORS = 50;

interface Known {
  runs: number;
  /** Fields of the compiled document (fragments inlined); 0 while it is not compiled. */
  fields: number;
  /** The compiled operation; `null` when graphql-jit declined it (graphql-js runs it then). */
  compiled?: CompiledQuery | null;
}

/**
 * Executes operations with graphql-jit once a document recurs: it turns a document into one function
 * that reads plain properties without per-field bookkeeping (a caseload page of 200 clients resolves
 * ~18,000 fields). Apollo plugs a custom executor in only through its gateway interface, so this is a
 * gateway over the one local schema. Parsing, validation, the limits and every plugin hook still run
 * in Apollo first; only execution differs.
 */
export class CompiledExecution {
  private readonly documents = new Map<string, Known>();
  private readonly runs = { interpreted: 0, compiled: 0 };
  private compiledFields = 0;

  constructor(
    private readonly schema: GraphQLSchema,
    private readonly options: CompiledExecutionOptions,
  ) {
    // graphql-jit uses a type resolver's answer as it comes: a promise of a type name fails at runtime.
    for (const type of Object.values(schema.getTypeMap())) {
      if ((isInterfaceType(type) || isUnionType(type)) && type.resolveType?.constructor.name === 'AsyncFunction') {
        throw new Error(`${type.name}.resolveType is async; graphql-jit needs it to answer at once (type-graphql makes a given resolveType async)`);
      }
    }
  }

  /** Documents kept, how many of them run compiled, and the runs so far by each executor. */
  stats(): { documents: number; compiled: number; runs: { interpreted: number; compiled: number } } {
    let compiled = 0;
    for (const known of this.documents.values()) if (known.compiled) compiled += 1;
    return { documents: this.documents.size, compiled, runs: { ...this.runs } };
  }

  readonly executor: GatewayExecutor = async (request) => {
    const key = `${request.queryHash}:${request.operationName ?? ''}`;
    const known = this.touch(key);
    known.runs += 1;
    // No operation: the operation name names none in the document, which graphql-js reports.
    const operation = request.operation as OperationDefinitionNode | undefined;
    if (operation && known.compiled === undefined && known.runs > this.options.compileAfter) {
      const fields = expandedFields(operation, request.document);
      known.compiled = this.compilable(operation, fields) ? this.compile(request.document, request.operationName) : null;
      if (known.compiled) this.keepCompiled(known, fields);
    }
    if (operation && known.compiled) {
      this.runs.compiled += 1;
      // graphql-js checks the variables first, so that bad input is refused with its exact errors
      // (graphql-jit words them differently and drops the scalars' error codes).
      const coerced = getVariableValues(this.schema, operation.variableDefinitions ?? [], request.request.variables ?? {}, { maxErrors: MAX_VARIABLE_ERRORS });
      if (coerced.errors) return { errors: coerced.errors };
      const result = (await known.compiled.query(undefined, request.context, request.request.variables ?? {})) as ExecutionResult<Record<string, unknown>>;
      return result.errors ? { ...result, errors: result.errors.map(asGraphQLJsError) } : result;
    }
    this.runs.interpreted += 1;
    return (await execute({
      schema: this.schema,
      document: request.document,
      contextValue: request.context,
      variableValues: request.request.variables,
      operationName: request.operationName,
    })) as ExecutionResult<Record<string, unknown>>;
  };

  /** The gateway Apollo takes: the static schema and this executor. */
  gateway(): GatewayInterface {
    const schema = this.schema;
    const executor: GatewayExecutor = (request) => this.executor(request);
    return {
      onSchemaLoadOrUpdate(callback) {
        callback({ apiSchema: schema, coreSupergraphSdl: '' });
        return () => undefined;
      },
      async load() {
        return { executor };
      },
      async stop() {},
    };
  }

  /**
   * Queries only (mutations are small and run once each), and none whose variables reach an input
   * field that is non-null with a default: graphql-jit 0.8 reports such a field as missing instead
   * of applying its default (e.g. `allowDuplicate: Boolean! = false`).
   */
  private compilable(operation: OperationDefinitionNode, fields: number): boolean {
    if (operation.operation !== 'query') return false;
    if (fields > MAX_COMPILED_FIELDS) return false;
    return (operation.variableDefinitions ?? []).every((definition) => {
      const type = typeFromAST(this.schema, definition.type as never);
      const named = type && getNamedType(type);
      return !named || !isInputObjectType(named) || !hasRequiredFieldWithDefault(named, new Set());
    });
  }

  private compile(document: DocumentNode, operationName: string | null): CompiledQuery | null {
    const compiled: CompiledQuery | ExecutionResult = compileQuery(this.schema, document, operationName ?? undefined, { disablingCapturingStackErrors: true });
    return isCompiledQuery(compiled) ? compiled : null;
  }

  private touch(key: string): Known {
    let known = this.documents.get(key);
    if (known) {
      this.documents.delete(key);
    } else {
      known = { runs: 0, fields: 0 };
      if (this.documents.size >= this.options.maxDocuments) this.dropOldest();
    }
    this.documents.set(key, known);
    return known;
  }

  /** Counts a newly compiled document (the most recent) and drops the oldest while over the budget. */
  private keepCompiled(known: Known, fields: number): void {
    known.fields = fields;
    this.compiledFields += fields;
    const budget = this.options.maxCompiledFields ?? DEFAULT_MAX_COMPILED_FIELDS;
    while (this.compiledFields > budget && this.documents.size > 1) this.dropOldest();
  }

  private dropOldest(): void {
    const [key, oldest] = this.documents.entries().next().value!;
    this.documents.delete(key);
    this.compiledFields -= oldest.fields;
  }
}

function hasRequiredFieldWithDefault(type: GraphQLInputObjectType, seen: Set<GraphQLInputObjectType>): boolean {
  if (seen.has(type)) return false;
  seen.add(type);
  return Object.values(type.getFields()).some((field) => {
    if (isNonNullType(field.type) && field.defaultValue !== undefined) return true;
    const named = getNamedType(field.type);
    return isInputObjectType(named) && hasRequiredFieldWithDefault(named, seen);
  });
}

/**
 * graphql-jit's errors leave `extensions` undefined where graphql-js gives `{}`, and Apollo reads
 * `extensions.code` of every error (an error without it became "Internal server error"): rebuilt as
 * graphql-js errors, with the same message, path, locations and original error.
 */
function asGraphQLJsError(error: GraphQLError): GraphQLError {
  const rebuilt = new GraphQLError(error.message, { path: error.path, originalError: error.originalError ?? undefined, extensions: error.extensions ?? undefined });
  if (error.locations) Object.defineProperty(rebuilt, 'locations', { value: error.locations, enumerable: true });
  return rebuilt;
}

/** Fields of `operation` with its fragments inlined, counted in linear time (each fragment once), up to a bound. */
function expandedFields(operation: OperationDefinitionNode, document: DocumentNode): number {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  const sizes = new Map<string, number>();
  const sizeOf = (set: SelectionSetNode | undefined, path: Set<string>): number => {
    let total = 0;
    for (const selection of set?.selections ?? []) {
      if (selection.kind === Kind.FIELD) total += 1 + sizeOf(selection.selectionSet, path);
      else if (selection.kind === Kind.INLINE_FRAGMENT) total += sizeOf(selection.selectionSet, path);
      else total += fragmentSize(selection.name.value, path);
      // Past the bound the exact figure does not matter (and stays a safe integer).
      if (total > MAX_COMPILED_FIELDS) return MAX_COMPILED_FIELDS + 1;
    }
    return total;
  };
  const fragmentSize = (name: string, path: Set<string>): number => {
    const known = sizes.get(name);
    if (known !== undefined) return known;
    // A cycle (refused by validation before this runs) counts as too large.
    if (path.has(name)) return MAX_COMPILED_FIELDS + 1;
    path.add(name);
    const size = sizeOf(fragments.get(name)?.selectionSet, path);
    path.delete(name);
    sizes.set(name, size);
    return size;
  };
  return sizeOf(operation.selectionSet, new Set());
}
