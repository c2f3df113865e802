import { Kind, parse, specifiedRules, validate, type FragmentDefinitionNode, type GraphQLSchema, type OperationDefinitionNode } from 'graphql';
import { COST_MODEL, limitValidationRules } from '../../src/core/graphql/limits/limits-plugin';
import { actualCost, requestedCost } from '../../src/core/graphql/limits/query-cost';
import type { Config } from '../../src/core/config';
import type { BenchCase } from './cases';
import { runLoad, type LoadResult } from './load';

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
    actualCost(response, operation, COST_MODEL);
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

/** Documents an attacker sends: refused in validation, or over the sender's budget. */
function hostileBodies(): Array<{ body: string; headers: Record<string, string> }> {
  const teams = (depth: number): string => {
    const fields = ['viewer', 'agency'];
    while (fields.length < depth) fields.push(fields.length % 2 === 0 ? 'teams' : 'agency');
    return `{ ${fields.join(' { ')} { id ${'}'.repeat(fields.length)} }`;
  };
  const aliases = `{ ${Array.from({ length: 100 }, (_, i) => `a${i}: offers(first: 100) { nodes { title } }`).join(' ')} }`;
  const bomb = ['fragment F0 on Offer { title }', ...Array.from({ length: 12 }, (_, i) => `fragment F${i + 1} on Offer { ...F${i} ...F${i} }`), '{ offers(first: 100) { nodes { ...F12 } } }'].join(' ');
  // Allowed, but dear: anonymous budgets run out after a few of these, then refusals cost no SQL.
  const dear = `{ offers(first: 100) { nodes { title provider { name } location { municipality { name district { name } } } } } }`;
  return [teams(40), aliases, bomb, dear].map((query) => ({ body: JSON.stringify({ query }), headers: {} }));
}

/**
 * p95 of a simple search, alone and while 8 hostile clients (each its own address, through
 * X-Forwarded-For) send refused or over-budget requests as fast as they are answered.
 */
export async function measureUnderAttack(hubUrl: string, requests: number): Promise<{ idle: LoadResult; attacked: LoadResult; hostileSent: number; hostileStatuses: Record<number, number> }> {
  // Cheap enough (6 points) to stay within an anonymous budget at full speed.
  const searchBody = JSON.stringify({ query: SIMPLE_SEARCH });
  const ok = (status: number, body: string) => {
    if (status !== 200 || body.includes('"errors"')) throw new Error(`the simple search failed during the attack: ${status} ${body.slice(0, 200)}`);
  };
  const searchHeaders = { 'x-forwarded-for': '198.51.100.1' };
  const idle = await runLoad({ url: `${hubUrl}/graphql`, body: searchBody, headers: searchHeaders, requests, concurrency: 1, warmup: 30, check: ok });

  const bodies = hostileBodies();
  let stop = false;
  let hostileSent = 0;
  const hostileStatuses: Record<number, number> = {};
  const attacker = async (index: number) => {
    const headers = { 'content-type': 'application/json', 'x-forwarded-for': `203.0.113.${index + 1}` };
    const deadline = Date.now() + 5 * 60_000;
    for (let i = 0; !stop && i < 1_000_000 && Date.now() < deadline; i++) {
      const { body } = bodies[(index + i) % bodies.length];
      const response = await fetch(`${hubUrl}/graphql`, { method: 'POST', headers, body });
      await response.arrayBuffer();
      hostileSent++;
      hostileStatuses[response.status] = (hostileStatuses[response.status] ?? 0) + 1;
    }
  };
  const attackers = Array.from({ length: 8 }, (_, i) => attacker(i));
  // Let the dear requests spend their budgets first: the steady state is refusal.
  await new Promise((resolve) => setTimeout(resolve, 5000));
  const attacked = await runLoad({ url: `${hubUrl}/graphql`, body: searchBody, headers: searchHeaders, requests, concurrency: 1, warmup: 10, check: ok });
  stop = true;
  await Promise.all(attackers);
  return { idle, attacked, hostileSent, hostileStatuses };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}
