import { readFileSync } from 'node:fs';
import path from 'node:path';
import { buildHubSchema, printHubSchema } from '../../src/app/hub';

describe('committed schema', () => {
  it('matches the SDL emitted from the code (run `npm run schema:emit` after changing the API)', async () => {
    const committed = readFileSync(path.join(__dirname, '../../schema/schema.graphql'), 'utf8');
    expect(printHubSchema(await buildHubSchema())).toBe(committed);
  });

  it('describes every type, field, argument and enum value', async () => {
    const schema = await buildHubSchema();
    const missing: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (type.name.startsWith("__") || type === schema.getQueryType() || type === schema.getMutationType() || type === schema.getSubscriptionType() || ['String', 'Int', 'Float', 'Boolean', 'ID'].includes(type.name)) continue;
      if (!type.description) missing.push(type.name);
      if ('getFields' in type) {
        for (const field of Object.values(type.getFields())) {
          if (!field.description) missing.push(`${type.name}.${field.name}`);
          for (const arg of 'args' in field ? field.args : []) if (!arg.description) missing.push(`${type.name}.${field.name}(${arg.name})`);
        }
      }
      if ('getValues' in type) for (const value of type.getValues()) if (!value.description) missing.push(`${type.name}.${value.name}`);
    }
    expect(missing).toEqual([]);
  });
});
