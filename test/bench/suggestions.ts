import type { ApolloServer } from '@apollo/server';
import type { MikroORM } from '@mikro-orm/postgresql';
import type { Logger } from 'pino';
import { requestEnvironment } from '../../src/app/hub';
import type { Viewer } from '../../src/core/auth/viewer';
import { createContext, runRequest, type Context } from '../../src/core/context';
import { toGlobalId } from '../../src/core/relay/global-id';
import { statementCounter } from '../../src/core/database/statement-counter';

/**
 * Suggestions for one client over the whole catalogue (issue 10): the hub's `client.suggestions`
 * (one bounded candidate statement, scoring in TypeScript), in-process so the figure is server
 * time, against a naive baseline in the same run: one SQL statement that scores every published
 * offer for the person (distance, level, schedule, seats) and sorts them all.
 */
const QUERY = `query($id: ID!) { client(id: $id) { suggestions(first: 10) { edges { score distanceKm node { id } } } } }`;
const TARGET_P95_MS = 30;
const TARGET_RATIO = 5;

const NAIVE = `
  select o.id,
    0.3 * greatest(0, 1 - coalesce(hub_distance_km(c.latitude, c.longitude, l.latitude, l.longitude), 0) / coalesce(c.max_travel_km, 25))
    + 0.2 * (case when o.entry_level_min is null or c.german_level is null or c.german_level >= o.entry_level_min then 1 else 0 end)
    + 0.2 * (select count(*) from jsonb_array_elements(c.availability) slot
             where slot->>'weekday' = any(o.weekdays::text[]) and slot->>'partOfDay' = any(o.times_of_day::text[]))::float8 / 21
    + 0.3 * (case when o.capacity is null or o.capacity > o.seats_taken then 1 else 0 end) as score
  from offer o left join location l on l.id = o.location_id, client c
  where c.id = ? and o.status = 'PUBLISHED'
  order by score desc, o.id
  limit 10`;

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];

export async function benchSuggestions(orm: MikroORM, apollo: ApolloServer<Context>, viewer: Viewer, logger: Logger, rounds = Number(process.env.BENCH_ROUNDS ?? 5)): Promise<boolean> {
  if (viewer.kind !== 'user' || viewer.agencyId === null) throw new Error('suggestions bench: needs a coordinator of an agency');
  const rows = await orm.em.fork().execute<Array<{ id: number }>>(
    `select c.id from client c where c.agency_id = ? and c.status = 'ACTIVE' and exists (select 1 from plan_goal g where g.client_id = c.id) order by c.id limit 20`,
    [viewer.agencyId],
  );
  const [{ offers }] = await orm.em.fork().execute<Array<{ offers: string }>>(`select count(*)::text as offers from offer where status = 'PUBLISHED'`);
  const hubTimes: number[] = [];
  const naiveTimes: number[] = [];
  // The hub's rounds first, then the naive statement's: a hub request never follows a full scan of
  // the catalogue (which evicts what a server keeps cached), and both run on the same machine in
  // the same run. Round 0 of each warms caches, plans and the JIT; it is not counted.
  for (let round = 0; round <= rounds; round++) {
    for (const { id } of rows) {
      const context = createContext(requestEnvironment(orm, logger), undefined, viewer);
      const started = performance.now();
      const result = await runRequest(context, () => apollo.executeOperation({ query: QUERY, variables: { id: toGlobalId('Client', id) } }, { contextValue: context }));
      const hubMs = performance.now() - started;
      if (result.body.kind !== 'single' || result.body.singleResult.errors) throw new Error(`suggestions failed: ${JSON.stringify(result.body)}`);
      if (round > 0) hubTimes.push(hubMs);
    }
    if (round > 0) console.log(`    … hub round ${round}/${rounds}: p50 so far ${percentile([...hubTimes].sort((a, b) => a - b), 50).toFixed(1)} ms`);
  }
  for (let round = 0; round <= rounds; round++) {
    for (const { id } of rows) {
      const started = performance.now();
      await orm.em.fork().execute(NAIVE, [id]);
      if (round > 0) naiveTimes.push(performance.now() - started);
    }
    if (round > 0) console.log(`    … naive round ${round}/${rounds}: p50 so far ${percentile([...naiveTimes].sort((a, b) => a - b), 50).toFixed(1)} ms`);
  }
  if (process.env.BENCH_PROFILE) await profile(orm, apollo, viewer, logger, rows.map((row) => row.id));
  hubTimes.sort((a, b) => a - b);
  naiveTimes.sort((a, b) => a - b);
  const hubP95 = percentile(hubTimes, 95);
  const ratio = percentile(naiveTimes, 50) / percentile(hubTimes, 50);
  console.log(`\nSuggestions (first: 10) for ${rows.length} clients × ${rounds} rounds over ${Number(offers).toLocaleString('en')} published offers, in-process (server time)`);
  console.log(`  hub:   p50 ${percentile(hubTimes, 50).toFixed(1)} ms, p95 ${hubP95.toFixed(1)} ms => target p95 <= ${TARGET_P95_MS} ms ${hubP95 <= TARGET_P95_MS ? 'met' : 'MISSED'}`);
  console.log(`  naive: p50 ${percentile(naiveTimes, 50).toFixed(1)} ms, p95 ${percentile(naiveTimes, 95).toFixed(1)} ms (one statement scoring every offer)`);
  console.log(`  naive / hub at p50: ${ratio.toFixed(1)}× => target >= ${TARGET_RATIO}× ${ratio >= TARGET_RATIO ? 'met' : 'MISSED'}`);
  return hubP95 <= TARGET_P95_MS && ratio >= TARGET_RATIO;
}

/** BENCH_PROFILE=1: where one request's time goes, its statements replayed bare one by one. */
async function profile(orm: MikroORM, apollo: ApolloServer<Context>, viewer: Viewer, logger: Logger, ids: number[]): Promise<void> {
  for (const id of ids) {
    const context = createContext(requestEnvironment(orm, logger), undefined, viewer);
    const started = performance.now();
    const { statements } = await statementCounter.capture(() => runRequest(context, () => apollo.executeOperation({ query: QUERY, variables: { id: toGlobalId('Client', id) } }, { contextValue: context })));
    const totalMs = performance.now() - started;
    const knex = orm.em.getConnection().getKnex();
    const timings: string[] = [];
    let sqlMs = 0;
    for (const statement of statements) {
      const t = performance.now();
      const result = await knex.raw(statement.sql.replace(/\$\d+/g, '?'), statement.bindings as never);
      const ms = performance.now() - t;
      sqlMs += ms;
      timings.push(`${ms.toFixed(1)}ms/${(result as { rows?: unknown[] }).rows?.length ?? '?'}r`);
    }
    if (process.env.BENCH_PROFILE === 'dump') require('node:fs').writeFileSync(`/tmp/suggest-${id}.json`, JSON.stringify(statements));
    console.log(`  client ${id}: total ${totalMs.toFixed(1)} ms, ${statements.length} statements, bare SQL ${sqlMs.toFixed(1)} ms [${timings.join(' ')}]`);
  }
}
