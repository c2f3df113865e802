/**
 * A small tagged-template SQL builder: values become bound parameters in textual order, nested
 * fragments compose, and nothing user-supplied is ever spliced into the text.
 * Executed through MikroORM's connection (`execute`), which binds `?` placeholders via knex.
 */
export class Sql {
  constructor(
    readonly text: string,
    readonly values: readonly unknown[],
  ) {}
}

type SqlValue = Sql | string | number | boolean | null | readonly string[];

export function sql(strings: TemplateStringsArray, ...values: SqlValue[]): Sql {
  let text = strings[0];
  const bound: unknown[] = [];
  values.forEach((value, i) => {
    if (value instanceof Sql) {
      text += value.text;
      bound.push(...value.values);
    } else {
      text += '?';
      // knex expands JS arrays into lists; pass PostgreSQL array literals instead.
      bound.push(Array.isArray(value) ? pgArrayLiteral(value) : value);
    }
    text += strings[i + 1];
  });
  return new Sql(text, bound);
}

/** Trusted SQL text (identifiers, operators) chosen by code, never by a client. */
export function rawSql(text: string): Sql {
  return new Sql(text, []);
}

export function joinSql(fragments: readonly Sql[], separator: string): Sql {
  return new Sql(
    fragments.map((fragment) => fragment.text).join(separator),
    fragments.flatMap((fragment) => fragment.values),
  );
}

/**
 * A text[] of codes as the driver hands it over: an array, or (for arrays of enum types, which
 * pg does not parse) the literal `{A,B}`. Codes hold no commas, quotes or braces.
 */
export function codeArrayOf(value: unknown): string[] {
  return Array.isArray(value) ? value : typeof value === 'string' ? value.replace(/^\{|\}$/g, '').split(',').filter(Boolean) : [];
}

/** `{"a","b"}`: a text[] literal; quoting every element keeps commas, braces and quotes inert. */
export function pgArrayLiteral(values: readonly string[]): string {
  return `{${values.map((value) => `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`).join(',')}}`;
}
