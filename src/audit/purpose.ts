import {
  defaultFieldResolver,
  getNamedType,
  isAbstractType,
  isInterfaceType,
  isObjectType,
  isUnionType,
  type GraphQLNamedType,
  type GraphQLObjectType,
  type GraphQLResolveInfo,
  type GraphQLSchema,
} from 'graphql';
import { getMetadataStorage, UseMiddleware } from 'type-graphql';
import type { Context } from '../core/context';
import type { PersonalDataType } from '../core/module';
import { includedUnder, selectedFields } from '../core/graphql/selection';
import { auditLog } from './audit-log';
import type { AuditPurpose } from './audit.enums';

const declaredPurposes = new Map<object, Map<string, AuditPurpose>>();

/**
 * Declares why a root query or mutation processes personal data. Reads and writes beneath it are
 * audited under this purpose; `assertPurposesDeclared` refuses a schema where an operation
 * reaching personal data has none.
 */
export function Purpose(purpose: AuditPurpose): MethodDecorator {
  return (target, key, descriptor) => {
    const methods = declaredPurposes.get(target.constructor) ?? new Map<string, AuditPurpose>();
    methods.set(String(key), purpose);
    declaredPurposes.set(target.constructor, methods);
    UseMiddleware(({ context, info }: { context: Context; info: GraphQLResolveInfo }, next) => {
      auditLog(context).declarePurpose(info, purpose);
      return next();
    })(target, key, descriptor);
  };
}

/**
 * Records a READ of every personal-data object a field hands to its selection, with the fields that
 * selection reads of it (honouring @skip and @include). Wraps the fields that return such objects,
 * not the objects' own fields: those resolve by default then, and graphql-jit reads them inline. A
 * caseload page of 200 clients with their plans resolves about 11,000 fields of personal-data
 * types, but hands out only about 2,000 such objects.
 */
export function auditPersonalDataReads(schema: GraphQLSchema, personalData: readonly PersonalDataType[]): void {
  const kindOf = new Map<string, PersonalDataType>();
  for (const kind of personalData) {
    if (!isObjectType(schema.getType(kind.type.name))) throw new Error(`${kind.type.name} is registered as personal data but is no object type of the schema`);
    kindOf.set(kind.type.name, kind);
  }
  for (const parent of Object.values(schema.getTypeMap())) {
    if (!isObjectType(parent) || parent.name.startsWith('__')) continue;
    for (const field of Object.values(parent.getFields())) {
      const returned = getNamedType(field.type);
      const candidates = isAbstractType(returned) ? schema.getPossibleTypes(returned) : isObjectType(returned) ? [returned] : [];
      const kinds = candidates.flatMap((type) => kindOf.get(type.name) ?? []);
      if (kinds.length === 0) continue;
      // An object type is its kind; behind an interface or union, the object's class tells.
      const kindOfObject = isObjectType(returned) ? () => kinds[0] : (object: object) => kinds.find((kind) => kind.type.prototype.isPrototypeOf(object));
      const resolve = field.resolve ?? defaultFieldResolver;
      const only = isObjectType(returned) ? kinds[0] : undefined;
      field.resolve = only
        ? (root: unknown, args, context: Context, info) => auditInstances(resolve(root, args, context, info), context, info, only, kindOfObject)
        : (root: unknown, args, context: Context, info) => auditHandedOut(resolve(root, args, context, info), context, info, kindOfObject);
    }
  }
}

/**
 * `auditHandedOut` for a field of one object type, whose values are mostly instances of its
 * entity class (no promise, error or nested list then): those, alone or in a list, are audited
 * without the checks for anything else, and the log and labels are looked up once per list.
 */
function auditInstances(value: unknown, context: Context, info: GraphQLResolveInfo, kind: PersonalDataType, kindOf: (object: object) => PersonalDataType | undefined): unknown {
  const entityClass = kind.type as abstract new (...args: never[]) => object;
  if (value instanceof entityClass) {
    const log = auditLog(context);
    log.read(info, value, kind, labelsOf(log, info, kind));
    return value;
  }
  if (!Array.isArray(value)) return auditHandedOut(value, context, info, kindOf);
  let copy: unknown[] | undefined;
  let log: ReturnType<typeof auditLog> | undefined;
  let labels: readonly string[] | undefined;
  for (let i = 0; i < value.length; i++) {
    const item: unknown = value[i];
    if (item instanceof entityClass) {
      log ??= auditLog(context);
      labels ??= labelsOf(log, info, kind);
      log.read(info, item, kind, labels);
      continue;
    }
    const audited = auditHandedOut(item, context, info, kindOf);
    // A promise among the items is replaced by the audited one, in a copy.
    if (audited !== item) (copy ??= [...(value as unknown[])])[i] = audited;
  }
  return copy ?? value;
}

/** What the resolving field's selection reads of objects of `kind`, worked out once per field-node list. */
function labelsOf(log: ReturnType<typeof auditLog>, info: GraphQLResolveInfo, kind: PersonalDataType): readonly string[] {
  const typeName = kind.type.name;
  return log.labelsFor(info.fieldNodes, typeName) ?? log.keepLabels(info.fieldNodes, typeName, selectedLabels(info, typeName, kind));
}

/** `value` as resolved (an object, a list, a promise of either), each personal-data object in it audited. */
function auditHandedOut(value: unknown, context: Context, info: GraphQLResolveInfo, kindOf: (object: object) => PersonalDataType | undefined): unknown {
  if (value === null || typeof value !== 'object' || value instanceof Error) return value;
  if (typeof (value as PromiseLike<unknown>).then === 'function') return Promise.resolve(value).then((resolved: unknown) => auditHandedOut(resolved, context, info, kindOf));
  if (Array.isArray(value)) {
    let copy: unknown[] | undefined;
    for (let i = 0; i < value.length; i++) {
      const audited = auditHandedOut(value[i], context, info, kindOf);
      // A promise among the items is replaced by the audited one, in a copy.
      if (audited !== value[i]) (copy ??= [...(value as unknown[])])[i] = audited;
    }
    return copy ?? value;
  }
  // Another iterable (a list can be any): iterated once here, handed on as an array.
  if (Symbol.iterator in value) return auditHandedOut([...(value as Iterable<unknown>)], context, info, kindOf);
  const kind = kindOf(value);
  if (kind) {
    const log = auditLog(context);
    // No closure per object: a page hands out thousands.
    log.read(info, value, kind, labelsOf(log, info, kind));
  }
  return value;
}

/** The fields the resolving field's selection reads of an object of `typeName`: a client's own by name, those of its plan, notes, … prefixed with their type. */
function selectedLabels(info: GraphQLResolveInfo, typeName: string, kind: PersonalDataType): string[] {
  const type = info.schema.getType(typeName) as GraphQLObjectType;
  const selections = info.fieldNodes.flatMap((node) => (node.selectionSet ? [node.selectionSet] : []));
  const names = [...selectedFields(info.schema, info.fragments, type, selections, includedUnder(info.variableValues)).keys()].filter((name) => !name.startsWith('__'));
  return kind.subjectType === typeName ? names : names.map((name) => `${typeName}.${name}`);
}

/**
 * Start-up check: every root query and mutation whose result can reach a personal-data type
 * declares a purpose. Throws, naming them all, so such a server never starts.
 */
export function assertPurposesDeclared(schema: GraphQLSchema, personalData: readonly PersonalDataType[]): void {
  const reaches = reachability(schema, personalData);
  const storage = getMetadataStorage();
  const missing: string[] = [];
  for (const [root, operations] of [
    [schema.getQueryType(), storage.queries],
    [schema.getMutationType(), storage.mutations],
  ] as const) {
    if (!root) continue;
    for (const field of Object.values(root.getFields())) {
      if (!reaches(getNamedType(field.type))) continue;
      const operation = operations.find((candidate) => candidate.schemaName === field.name);
      if (!operation || !declaredPurposes.get(operation.target)?.has(operation.methodName)) missing.push(`${root.name}.${field.name}`);
    }
  }
  if (missing.length > 0) {
    throw new Error(`These operations reach personal data but declare no @Purpose: ${missing.join(', ')}`);
  }
}

/** Types that hold or lead to personal data: a fixpoint over fields, implementations and union members. */
function reachability(schema: GraphQLSchema, personalData: readonly PersonalDataType[]): (type: GraphQLNamedType) => boolean {
  const reaching = new Set(personalData.map((type) => type.type.name));
  const neighbours = (type: GraphQLNamedType): GraphQLNamedType[] => {
    if (isObjectType(type)) return Object.values(type.getFields()).map((field) => getNamedType(field.type));
    if (isInterfaceType(type)) return [...Object.values(type.getFields()).map((field) => getNamedType(field.type)), ...schema.getPossibleTypes(type)];
    if (isUnionType(type)) return [...type.getTypes()];
    return [];
  };
  for (let changed = true; changed; ) {
    changed = false;
    for (const type of Object.values(schema.getTypeMap())) {
      if (!reaching.has(type.name) && neighbours(type).some((next) => reaching.has(next.name))) {
        reaching.add(type.name);
        changed = true;
      }
    }
  }
  return (type) => reaching.has(type.name);
}
