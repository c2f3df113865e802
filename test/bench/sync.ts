import type { ApolloServer } from '@apollo/server';
import type { MikroORM } from '@mikro-orm/postgresql';
import { Pool } from 'pg';
import type { Logger } from 'pino';
import { requestEnvironment } from '../../src/app/hub';
import type { Viewer } from '../../src/core/auth/viewer';
import { createContext, runRequest, type Context } from '../../src/core/context';
import { CatalogueFeedService, type FeedPosition } from '../../src/offers/catalogue-feed.service';
import { Programme } from '../../src/offers/offer.enums';
import { MAX_UPSERT_ITEMS, OfferUpsertService, type UpsertItem } from '../../src/offers/offer-upsert.service';
import { statementCounter } from '../../src/core/database/statement-counter';

/**
 * Syncing (issue 5), in-process so the figures are server time: `offersUpsert` throughput in
 * batches of 500 (creating drafts, then changing every one), against the same rows written by a
 * bare multi-row INSERT through pg in the same run; and the changes feed's read rate, paging
 * through with 500 a page (service) and 100 (the GraphQL cap), against a bare keyset SELECT.
 */
const ITEMS = Number(process.env.BENCH_UPSERT_ITEMS ?? 10_000);
const FEED_ROWS = Number(process.env.BENCH_FEED_ROWS ?? 50_000);
const TARGET_PER_SECOND = 2_000;
const PREFIX = 'bench-upsert-';

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
const rate = (count: number, ms: number) => (count / ms) * 1000;
const fmt = (value: number) => value.toFixed(0).padStart(7);

interface Timed {
  perSecond: number;
  p50: number;
  p95: number;
  /** SQL statements and milliseconds waiting for SQL answers, per batch (means; null for the baseline). */
  statements: number | null;
  sqlMs: number | null;
}

interface Batch {
  ms: number;
  statements?: number;
  sqlMs?: number;
}

const mean = (values: number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;

function timed(count: number, batches: Batch[]): Timed {
  const batchMs = batches.map((batch) => batch.ms);
  const sorted = [...batchMs].sort((a, b) => a - b);
  const counted = batches.every((batch) => batch.statements !== undefined);
  return {
    perSecond: rate(count, batchMs.reduce((sum, ms) => sum + ms, 0)),
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    statements: counted ? mean(batches.map((batch) => batch.statements!)) : null,
    sqlMs: counted ? mean(batches.map((batch) => batch.sqlMs!)) : null,
  };
}

function itemsOf(locationId: number, round: number): UpsertItem[] {
  return Array.from({ length: ITEMS }, (_, index) => ({
    externalId: `${PREFIX}${index}`,
    publish: false,
    fields: {
      programme: Programme.SPRACHCAFE,
      title: `Sprachcafé ${index} (Runde ${round})`,
      description: 'Offenes Gespräch auf Deutsch, jede Woche.',
      startDate: '2027-03-01',
      endDate: '2027-12-31',
      locationId,
      weekdays: ['TUESDAY'] as never,
      timesOfDay: ['AFTERNOON'] as never,
      capacity: 20 + (index % 10),
      seatsTaken: index % 5,
      supportLanguages: ['ar', 'uk'],
    },
  }));
}

export async function benchUpsert(orm: MikroORM, staff: Viewer, logger: Logger, databaseUrl: string): Promise<boolean> {
  if (staff.kind !== 'user' || staff.providerId === null) throw new Error('upsert bench: needs a provider’s staff');
  const providerId = staff.providerId;
  const em = orm.em.fork();
  const [location] = await em.execute<Array<{ id: number }>>('select id from location where provider_id = ? and archived_at is null order by id limit 1', [providerId]);
  if (!location) throw new Error('upsert bench: the provider has no location');
  const cleanUp = () => em.execute(`delete from offer where provider_id = ? and external_id like '${PREFIX}%'`, [providerId]);
  await cleanUp();

  // The baseline: the same rows, 500 to a multi-row INSERT, one transaction each, through pg, under
  // external IDs of their own. One baseline batch follows each upsert batch, so that both see the
  // same load on a shared machine: each pass's ratio is against the baseline batches run beside it.
  const pool = new Pool({ connectionString: databaseUrl, max: 1 });
  let bareRound = 0;
  const bareInsert = async (batch: UpsertItem[]): Promise<Batch> => {
    bareRound += 1;
    const values: unknown[] = [];
    const tuples = batch.map((item, index) => {
      const f = item.fields;
      values.push(providerId, f.locationId, f.programme, f.title, f.description, f.startDate, f.endDate, f.weekdays, f.timesOfDay, f.capacity, f.seatsTaken, f.supportLanguages, `${PREFIX}bare-${bareRound}-${item.externalId}`);
      const p = (k: number) => `$${index * 13 + k}`;
      return `(${p(1)}, ${p(2)}, 'VOLUNTEER_PROGRAMME', ${p(3)}::programme, ${p(4)}, ${p(5)}, ${p(6)}::date, ${p(7)}::date, ${p(8)}::text[], ${p(9)}::text[], ${p(10)}::int, ${p(11)}::int, ${p(12)}::text[], ${p(13)})`;
    });
    const began = performance.now();
    await pool.query('begin');
    await pool.query(
      `insert into offer (provider_id, location_id, family, programme, title, description, start_date, end_date, weekdays, times_of_day, capacity, seats_taken, support_languages, external_id)
       values ${tuples.join(', ')}`,
      values,
    );
    await pool.query('commit');
    return { ms: performance.now() - began };
  };

  const upsertAll = async (items: UpsertItem[]): Promise<{ upsert: Timed; bare: Timed }> => {
    const batches: Batch[] = [];
    const bare: Batch[] = [];
    for (let start = 0; start < items.length; start += MAX_UPSERT_ITEMS) {
      const batch = items.slice(start, start + MAX_UPSERT_ITEMS);
      const context = createContext(requestEnvironment(orm, logger), undefined, staff);
      const began = performance.now();
      const { result: answer, statements, sqlMs } = await statementCounter.count(() =>
        runRequest(context, async () => {
          await context.beginTransaction();
          return new OfferUpsertService(context.em).upsert(staff, batch, null);
        }),
      );
      batches.push({ ms: performance.now() - began, statements, sqlMs });
      if (!answer.applied) throw new Error(`upsert bench: refused ${JSON.stringify(answer.items.find((item) => item.status === 'REFUSED'))}`);
      bare.push(await bareInsert(batch));
    }
    return { upsert: timed(items.length, batches), bare: timed(items.length, bare) };
  };

  let passes: Array<[string, { upsert: Timed; bare: Timed }]>;
  try {
    passes = [
      ['create drafts', await upsertAll(itemsOf(location.id, 1))],
      ['change every item', await upsertAll(itemsOf(location.id, 2))],
      ['same items (UNCHANGED)', await upsertAll(itemsOf(location.id, 2))],
    ];
  } finally {
    await pool.end();
    await cleanUp();
  }
  const bareMs = passes.reduce((sum, [, pass]) => sum + (ITEMS * 1000) / pass.bare.perSecond, 0);
  const baseline = rate(passes.length * ITEMS, bareMs);
  const [created, updated] = [passes[0]![1].upsert, passes[1]![1].upsert];

  console.log(`\nBulk upsert (offersUpsert's service, in-process, batches of ${MAX_UPSERT_ITEMS}, ${ITEMS.toLocaleString('en')} items each pass); per-batch latencies in ms`);
  console.log('pass                     items/s   p50     p95   | vs bare INSERT beside it | statements, SQL ms per batch');
  for (const [name, { upsert, bare }] of passes) {
    const sql = `${upsert.statements!.toFixed(0).padStart(5)} ${upsert.sqlMs!.toFixed(1).padStart(7)}`;
    console.log(`  ${name.padEnd(22)} ${fmt(upsert.perSecond)} ${upsert.p50.toFixed(1).padStart(7)} ${upsert.p95.toFixed(1).padStart(7)} | ${(upsert.perSecond / bare.perSecond).toFixed(2).padStart(5)}x of ${fmt(bare.perSecond).trim().padStart(5)}/s    | ${sql}`);
  }
  console.log(`  bare multi-row INSERT  ${fmt(baseline)}  (all its batches)`);
  const slowest = Math.min(created.perSecond, updated.perSecond);
  const met = slowest >= TARGET_PER_SECOND;
  console.log(`  target: >= ${TARGET_PER_SECOND.toLocaleString('en')} upserts/s (create and change): ${fmt(slowest).trim()}/s ${met ? 'met' : 'MISSED'}`);
  return met;
}

const FEED_QUERY = `query($after: String) { catalogueChanges(first: 100, after: $after) { edges { cursor node { subjectType subjectId providerId action version occurredAt } } pageInfo { endCursor hasNextPage } } }`;

export async function benchFeed(orm: MikroORM, apollo: ApolloServer<Context>, logger: Logger, databaseUrl: string): Promise<void> {
  const em = orm.em.fork();
  // Enough public changes to page through: rows like the offers' own (synthetic, once per database).
  const [{ count }] = await em.execute<Array<{ count: number }>>('select count(*)::int as count from catalogue_change where public');
  if (count < FEED_ROWS) {
    await em.execute(
      `insert into catalogue_change (subject_type, subject_id, provider_id, action, public, version)
       select 'OFFER', o.id, o.provider_id, 'UPDATED', true, o.version from offer o, generate_series(1, ceil(?::float8 / greatest(1, (select count(*) from offer)))::int) g limit ?`,
      [FEED_ROWS - count, FEED_ROWS - count],
    );
  }
  const [{ total }] = await em.execute<Array<{ total: number }>>('select count(*)::int as total from catalogue_change where public');

  const servicePass = async (limit: number) => {
    let after: FeedPosition | null = null;
    let read = 0;
    const began = performance.now();
    for (;;) {
      const page = await new CatalogueFeedService(orm.em.fork()).page(after, limit);
      read += page.entries.length;
      if (page.entries.length === 0) break;
      after = page.entries[page.entries.length - 1]!.position;
      if (!page.hasMore) break;
    }
    return { read, perSecond: rate(read, performance.now() - began) };
  };
  const service500 = await servicePass(500);

  let cursor: string | null = null;
  let read = 0;
  const began = performance.now();
  for (;;) {
    const context = createContext(requestEnvironment(orm, logger));
    const result = await runRequest(context, () => apollo.executeOperation({ query: FEED_QUERY, variables: { after: cursor } }, { contextValue: context }));
    if (result.body.kind !== 'single' || result.body.singleResult.errors) throw new Error(`feed bench: ${JSON.stringify(result.body)}`);
    const feed = (result.body.singleResult.data as { catalogueChanges: { edges: unknown[]; pageInfo: { endCursor: string; hasNextPage: boolean } } }).catalogueChanges;
    read += feed.edges.length;
    cursor = feed.pageInfo.endCursor;
    if (!feed.pageInfo.hasNextPage) break;
  }
  const graphql100 = { read, perSecond: rate(read, performance.now() - began) };

  // The baseline: the same keyset statement through pg, 500 a page.
  const pool = new Pool({ connectionString: databaseUrl, max: 1 });
  let bare: { read: number; perSecond: number };
  try {
    let position = { tx: '0', id: '0' };
    let count500 = 0;
    const start = performance.now();
    for (;;) {
      const { rows } = await pool.query<{ tx: string; id: string }>(
        `select tx::text as tx, id::text as id, subject_type, subject_id, provider_id, action, version, at from catalogue_change
         where public and tx < pg_snapshot_xmin(pg_current_snapshot()) and (tx, id) > ($1::xid8, $2::bigint) order by tx, id limit 500`,
        [position.tx, position.id],
      );
      count500 += rows.length;
      if (rows.length < 500) break;
      position = rows[rows.length - 1]!;
    }
    bare = { read: count500, perSecond: rate(count500, performance.now() - start) };
  } finally {
    await pool.end();
  }

  console.log(`\nChanges feed: reading all ${total.toLocaleString('en')} public changes from the start`);
  console.log(`  service, first: 500          ${fmt(service500.perSecond)} changes/s (${service500.read} read)  ${(service500.perSecond / bare.perSecond).toFixed(2)}x bare SELECT`);
  console.log(`  GraphQL catalogueChanges(first: 100, the cap) ${fmt(graphql100.perSecond)} changes/s (${graphql100.read} read)  ${(graphql100.perSecond / bare.perSecond).toFixed(2)}x bare SELECT`);
  console.log(`  bare keyset SELECT via pg, 500 a page ${fmt(bare.perSecond)} changes/s`);
}
