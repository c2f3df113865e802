import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { buildHubSchema, printHubSchema } from '../hub';

/** `npm run schema:emit`: rewrites schema/schema.graphql from the code. */
async function main(): Promise<void> {
  const target = path.resolve(process.cwd(), 'schema/schema.graphql');
  writeFileSync(target, printHubSchema(await buildHubSchema()));
  console.log(`wrote ${target}`);
}

void main();
