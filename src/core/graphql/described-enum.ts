import { registerEnumType } from 'type-graphql';

/**
 * Registers a TypeScript enum as a GraphQL enum with a description for the type and for every
 * value: `docs` must name each value, so an undescribed value is a type error.
 */
export function describeEnum<T extends Record<string, string>>(values: T, name: string, description: string, docs: Record<keyof T, string>): T {
  registerEnumType(values, {
    name,
    description,
    valuesConfig: Object.fromEntries(Object.entries(docs).map(([key, text]) => [key, { description: text }])) as never,
  });
  return values;
}
