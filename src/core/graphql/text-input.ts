import type { ApolloServerPlugin } from '@apollo/server';
import { BREAK, GraphQLError, Kind, visit, type ASTNode, type DocumentNode } from 'graphql';
import type { Context } from '../context';

/** C0 controls except tab, line feed and carriage return; U+0000 is the one PostgreSQL refuses outright. */
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F]/;

/** ES2024's String.prototype.isWellFormed, present in Node 20; the project's `lib` is ES2023. */
const wellFormed = (value: string): boolean => (value as string & { isWellFormed(): boolean }).isWellFormed();

/**
 * Text the database can store as given: no control characters, and well-formed UTF-16 (a lone
 * surrogate would reach PostgreSQL silently replaced by U+FFFD).
 */
export function isWellFormedText(value: string): boolean {
  return !CONTROL.test(value) && wellFormed(value);
}

function invalidText(argument: string): GraphQLError {
  return new GraphQLError(`"${argument}" contains a control character or malformed Unicode.`, {
    // Thrown before execution, an error without an HTTP status would be answered as 500.
    extensions: { code: 'BAD_USER_INPUT', reason: 'INVALID_TEXT', argument, http: { status: 400 } },
  });
}

/** A value still to check, with the way back to its variable (paths are spelled out only for the culprit). */
interface Pending {
  value: unknown;
  segment: string;
  parent: Pending | null;
}

/** Longer paths are cut: only a hostile body nests that deep, and the error need not echo all of it. */
const MAX_PATH_LENGTH = 200;

function pathOf(entry: Pending): string {
  const segments: string[] = [];
  for (let at: Pending | null = entry; at !== null; at = at.parent) segments.push(at.segment);
  const path = segments.reverse().join('');
  return path.length > MAX_PATH_LENGTH ? `${path.slice(0, MAX_PATH_LENGTH)}…` : path;
}

/**
 * The path of the first string in a variable's value (deeply, keys included) that is not
 * well-formed text, or null. Iterative: a hostile body may nest arrays deeper than the call stack.
 */
function badTextIn(value: unknown, name: string): string | null {
  const pending: Pending[] = [{ value, segment: name, parent: null }];
  for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
    const current = next.value;
    if (typeof current === 'string') {
      if (!isWellFormedText(current)) return pathOf(next);
    } else if (Array.isArray(current)) {
      for (let index = current.length - 1; index >= 0; index -= 1) pending.push({ value: current[index], segment: `[${index}]`, parent: next });
    } else if (current !== null && typeof current === 'object') {
      const entries = Object.entries(current);
      // A bad key is reported at its object: echoing it back would repeat the bad text.
      if (entries.some(([key]) => !isWellFormedText(key))) return pathOf(next);
      for (let index = entries.length - 1; index >= 0; index -= 1) pending.push({ value: entries[index][1], segment: `.${entries[index][0]}`, parent: next });
    }
  }
  return null;
}

type Ancestor = ASTNode | ReadonlyArray<ASTNode>;

/** Argument path of a literal from the nodes above it: `input.languages[1]`, or the variable of a default value. */
function literalPath(ancestors: ReadonlyArray<Ancestor>, parent: Ancestor | undefined, node: ASTNode): string {
  // `visit` hands the parent apart from the ancestors above it.
  const chain = parent === undefined ? [...ancestors, node] : [...ancestors, parent, node];
  let path = '';
  chain.forEach((entry, i) => {
    if (Array.isArray(entry)) return;
    const current = entry as ASTNode;
    if (current.kind === Kind.ARGUMENT) path = current.name.value;
    else if (current.kind === Kind.VARIABLE_DEFINITION) path = current.variable.name.value;
    else if (current.kind === Kind.OBJECT_FIELD) path = path ? `${path}.${current.name.value}` : current.name.value;
    else if (current.kind === Kind.LIST && i + 2 < chain.length) {
      const items = chain[i + 1] as ReadonlyArray<ASTNode>;
      path = `${path}[${items.indexOf(chain[i + 2] as ASTNode)}]`;
    }
  });
  return path || 'query';
}

/** Apollo hands the same parsed document to every request that sends its text: walk it once. */
const checkedDocuments = new WeakMap<DocumentNode, string | null>();

/** The argument path of the first string literal that is not well-formed text, or null. */
function badLiteralIn(document: DocumentNode): string | null {
  const known = checkedDocuments.get(document);
  if (known !== undefined) return known;
  let literal: string | null = null;
  visit(document, {
    StringValue(node, _key, parent, _path, ancestors) {
      if (isWellFormedText(node.value)) return undefined;
      literal = literalPath(ancestors, parent, node);
      return BREAK;
    },
  });
  checkedDocuments.set(document, literal);
  return literal;
}

/**
 * Refuses a request before anything executes when any text in it — a variable at any depth, or a
 * string literal in the document — contains a control character or malformed Unicode. One place
 * for every field, present and future; PostgreSQL would otherwise fail on U+0000 with a 500.
 */
export function wellFormedTextPlugin(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document }) {
          for (const [name, value] of Object.entries(request.variables ?? {})) {
            if (!isWellFormedText(name)) throw invalidText('variables');
            const found = badTextIn(value, name);
            if (found !== null) throw invalidText(found);
          }
          const literal = badLiteralIn(document);
          if (literal !== null) throw invalidText(literal);
        },
      };
    },
  };
}
