import { Kind, parse, specifiedRules, validate, type FragmentDefinitionNode, type GraphQLSchema, type OperationDefinitionNode } from 'graphql';
import { COST_MODEL, limitValidationRules } from '../../src/core/graphql/limits/limits-plugin';
import { actualCost, requestedCost } from '../../src/core/graphql/limits/query-cost';
import type { Config } from '../../src/core/config';
import { spawn } from 'node:child_process';
import path from 'node:path';
import type { BenchCase } from './cases';
import { runLoad, type LoadResult } from './load';
import { cpuMsOf } from './process-meter';

/** In-process cost of the limit checks per request, for one case: pricing and counting, in µs. */
export interface CheckCost {
  name: string;
  /** Pricing the document with its variables and counting the response: every request. */
  perRequestMicros: number;
  /** Validation with the limit rules: only the first time a document is seen (Apollo caches it). */
  firstSightMicros: number;
}

export function measureCheckCost(schema: GraphQLSchema, limits: Config['limits'], benchCase: BenchCase, response: unknown, rounds = 3000): CheckCost {
  const document = parse(benchCase.query);
  const operation = document.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)!;
  const fragments: Record<string, FragmentDefinitionNode> = {};
  const perRequest: number[] = [];
  const firstSight: number[] = [];
  const rules = [...specifiedRules, ...limitValidationRules(limits)];
  for (let i = 0; i < rounds; i++) {
    let started = performance.now();
    requestedCost(schema, operation, fragments, benchCase.variables, COST_MODEL);
    actualCost(schema, operation, fragments, response, COST_MODEL);
    perRequest.push(performance.now() - started);
    if (i % 10 === 0) {
      started = performance.now();
      validate(schema, document, rules);
      const withLimits = performance.now() - started;
      started = performance.now();
      validate(schema, document, specifiedRules);
      firstSight.push(withLimits - (performance.now() - started));
    }
  }
  return { name: benchCase.name, perRequestMicros: median(perRequest) * 1000, firstSightMicros: Math.max(0, median(firstSight) * 1000) };
}

export const SIMPLE_SEARCH = '{ offers(first: 5, filter: { hasFreeSeats: true }) { nodes { title freeSeats } } }';

/** How long the attack runs alone after the search, to price one refusal. */
const REFUSAL_WINDOW_MS = 3_000;

/**
 * p95 of a simple search, alone and while 8 hostile clients (each its own address, through
 * X-Forwarded-For) send refused or over-budget requests as fast as they are answered. The
 * attackers run in a process of their own (attackers.ts), so that their event loop does not
 * delay the measuring client's.
 */
export async function measureUnderAttack(
  hub: { url: string; child: { pid?: number } },
  requests: number,
): Promise<{
  idle: LoadResult;
  attacked: LoadResult;
  /** Hostile requests answered while the search was measured. */
  hostileSent: number;
  hostileStatuses: Record<string, number>;
  /** The hub's CPU per hostile request (µs) over a few seconds of the attack alone, after the search. */
  refusalMicros: number;
}> {
  const hubUrl = hub.url;
  // Cheap enough (6 points) to stay within an anonymous budget at full speed.
  const searchBody = JSON.stringify({ query: SIMPLE_SEARCH });
  const ok = (status: number, body: string) => {
    if (status !== 200 || body.includes('"errors"')) throw new Error(`the simple search failed during the attack: ${status} ${body.slice(0, 200)}`);
  };
  const searchHeaders = { 'x-forwarded-for': '198.51.100.1' };
  const idle = await runLoad({ url: `${hubUrl}/graphql`, body: searchBody, headers: searchHeaders, requests, concurrency: 1, warmup: 30, check: ok });

  // At the lowest priority: on this 2-core machine the attackers' own fetch loops would otherwise
  // take a core from the hub, where real attackers spend their CPU on their own machines.
  const attackers = spawn('nice', ['-n', '19', process.execPath, path.join(__dirname, 'attackers.js')], {
    env: { ...process.env, HUB_URL: hubUrl },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const message = (kind: AttackReport['kind'], ask?: () => void) =>
    new Promise<AttackReport>((resolve, reject) => {
      const onMessage = (report: AttackReport) => {
        if (report.kind !== kind) return;
        attackers.off('message', onMessage);
        resolve(report);
      };
      attackers.on('message', onMessage);
      attackers.once('exit', (code) => reject(new Error(`the attackers exited with ${code}`)));
      ask?.();
    });
  try {
    // Measured once every attacker has spent its budget: from then on it sends refused and
    // over-budget requests only (a budget refills by 200 points a second: one dear document in 38 s).
    const before = await message('spent');
    const attacked = await runLoad({ url: `${hubUrl}/graphql`, body: searchBody, headers: searchHeaders, requests, concurrency: 1, warmup: 10, check: ok });
    const during = await message('count', () => attackers.send('count'));
    // The attack alone for a few seconds: what answering one refusal costs the hub.
    const cpuBefore = cpuMsOf(hub.child.pid);
    await new Promise((resolve) => setTimeout(resolve, REFUSAL_WINDOW_MS));
    const cpuAfter = cpuMsOf(hub.child.pid);
    const alone = await message('count', () => attackers.send('count'));
    attackers.send('stop');
    const after = await message('stopped');
    const refusalMicros = ((cpuAfter - cpuBefore) * 1000) / Math.max(1, alone.sent - during.sent);
    return { idle, attacked, hostileSent: during.sent - before.sent, hostileStatuses: after.statuses, refusalMicros };
  } finally {
    attackers.kill('SIGTERM');
  }
}

export interface AttackReport {
  kind: 'spent' | 'count' | 'stopped';
  sent: number;
  statuses: Record<string, number>;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}
