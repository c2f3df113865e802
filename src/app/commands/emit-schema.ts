import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { clientDataTables } from '../../caseloads/client-export.service';
import { clientExportJsonSchema } from '../../caseloads/client-export.schema';
import { buildHubSchema, createHubOrm, PERSONAL_DATA, printHubSchema } from '../hub';

/** `npm run schema:emit`: rewrites schema/schema.graphql and schema/client-export.schema.json from the code. */
async function main(): Promise<void> {
  const target = path.resolve(process.cwd(), 'schema/schema.graphql');
  writeFileSync(target, printHubSchema(await buildHubSchema()));
  console.log(`wrote ${target}`);
  // The metadata only: no connection is opened.
  const orm = await createHubOrm('postgresql://localhost/unused', { connect: false });
  const exportSchema = path.resolve(process.cwd(), 'schema/client-export.schema.json');
  writeFileSync(exportSchema, `${JSON.stringify(clientExportJsonSchema(orm.getMetadata(), clientDataTables(PERSONAL_DATA)), null, 2)}\n`);
  console.log(`wrote ${exportSchema}`);
  await orm.close(true);
}

void main();
