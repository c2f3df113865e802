import { readFile } from 'node:fs/promises';
import type { MikroORM } from '@mikro-orm/postgresql';
import type { Logger } from 'pino';
import { Role } from '../core/auth/viewer';
import { createContext, runRequest } from '../core/context';
import { fromGlobalIdOf, toGlobalId } from '../core/relay/global-id';
import { HsdsType, rowIdOf } from '../offers/hsds/hsds-ids';
import { importServices, servicesOf, type ImportReport, type Transact } from '../offers/hsds/hsds-import';
import { SignInService } from '../tenancy/sign-in.service';
import { requestEnvironment } from './hub';

/** `npm run hsds:import` without the process around it (src/app/commands/hsds-import.ts), for tests too. */
export interface ImportArgs {
  source: string;
  provider: string;
}

/** Parses argv; throws a message meant for the user. */
export function parseImportArgs(argv: readonly string[]): ImportArgs {
  let source: string | undefined;
  let provider: string | undefined;
  for (let index = 0; index < argv.length; index += 1) {
    const [flag, inline] = argv[index]!.split('=', 2);
    if (flag === '--provider') {
      provider = inline ?? argv[++index];
      if (!provider) throw new Error('--provider needs a value');
    } else if (flag!.startsWith('--')) throw new Error(`Unknown argument "${argv[index]}"`);
    else if (source === undefined) source = argv[index];
    else throw new Error(`One dataset at a time (got "${source}" and "${argv[index]}")`);
  }
  if (!source) throw new Error('FILE_OR_URL is required');
  if (!provider) throw new Error('--provider is required');
  return { source, provider };
}

/** The provider's row ID from its number, GraphQL global ID or HSDS organization ID; null when none matches. */
export function providerIdOf(text: string): number | null {
  if (/^\d{1,10}$/.test(text)) return Number(text);
  const fromHsds = rowIdOf(text, HsdsType.ORGANIZATION);
  if (fromHsds !== null) return fromHsds;
  try {
    return fromGlobalIdOf('Provider', text);
  } catch {
    return null;
  }
}

async function readSource(source: string): Promise<string> {
  if (/^https?:\/\//i.test(source)) {
    const response = await fetch(source, { headers: { accept: 'application/x-ndjson, application/json' } });
    if (!response.ok) throw new Error(`${source} answered ${response.status}`);
    return response.text();
  }
  return readFile(source, 'utf8');
}

/**
 * Imports an HSDS dataset into drafts of a provider, as a member of its staff named "hsds-import"
 * (the upsert's checks, row-level security and the changes outbox apply as for any of its writes).
 */
export async function importDataset(orm: MikroORM, logger: Logger, args: ImportArgs, onProgress?: (done: number, total: number) => void): Promise<ImportReport> {
  const providerId = providerIdOf(args.provider);
  if (providerId === null) throw new Error(`"${args.provider}" names no provider`);
  const [row] = await orm.em.fork().execute<Array<{ id: number }>>('select id from provider where id = ?', [providerId]);
  if (!row) throw new Error(`no provider ${providerId}`);
  const viewer = await new SignInService(orm).viewerFor({
    subject: `hsds-import:provider-${providerId}`,
    // A system address of the provider's import (example.invalid never delivers): sign-in needs one.
    email: `hsds-import+provider-${providerId}@hub.example.invalid`,
    name: 'HSDS-Import',
    roles: [Role.PROVIDER_STAFF],
    agency: null,
    provider: toGlobalId('Provider', providerId),
  });
  const environment = requestEnvironment(orm, logger);
  const transact: Transact = (work) => {
    const context = createContext(environment, undefined, viewer);
    return runRequest(context, async () => {
      await context.beginTransaction();
      return work(context.em);
    });
  };
  return importServices(servicesOf(await readSource(args.source)), viewer, transact, onProgress);
}

export function formatReport(report: ImportReport): string {
  const lines = [
    `Read ${report.read} services: ${report.created} drafts created, ${report.updated} updated, ${report.unchanged} unchanged, ${report.skipped.length} skipped; ${report.locationsCreated} locations created.`,
  ];
  for (const skipped of report.skipped) lines.push(`  skipped ${skipped.id}${skipped.name ? ` ("${skipped.name}")` : ''}: ${skipped.reasons.join('; ')}`);
  return lines.join('\n');
}

