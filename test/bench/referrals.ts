import type { ApolloServer } from '@apollo/server';
import type { MikroORM } from '@mikro-orm/postgresql';
import type { Logger } from 'pino';
import { requestEnvironment } from '../../src/app/hub';
import type { Viewer } from '../../src/core/auth/viewer';
import { createContext, runRequest, type Context } from '../../src/core/context';
import { toGlobalId } from '../../src/core/relay/global-id';

/**
 * Referrals (issue 11), in-process so the figures are server time: creation throughput at
 * concurrency 8 on one offer (every hold takes the same offer row's lock: the seat guarantee's
 * price) and spread over many offers (the baseline of the same run), then the p95 of
 * `incomingReferrals(first: 50)` for a provider holding 5,000 referrals.
 */
const CREATE = `mutation($input: ReferralCreateInput!) { referralCreate(input: $input) { referral { id status } userErrors { code message } } }`;
const INCOMING = `query($after: String) { incomingReferrals(first: 50, after: $after) { edges { node { id status snapshot { givenNames familyName germanLevel } } } pageInfo { endCursor } } }`;
const CONCURRENCY = 8;
const ONE_OFFER = 400;
const REFERRALS = 5_000;
const OFFERS = 10;
const READS = 60;

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];

async function run(apollo: ApolloServer<Context>, orm: MikroORM, logger: Logger, viewer: Viewer, query: string, variables: Record<string, unknown>): Promise<Record<string, unknown>> {
  const context = createContext(requestEnvironment(orm, logger), undefined, viewer);
  const result = await runRequest(context, () => apollo.executeOperation({ query, variables }, { contextValue: context }));
  if (result.body.kind !== 'single' || result.body.singleResult.errors) throw new Error(`referrals bench: ${JSON.stringify(result.body)}`);
  return result.body.singleResult.data as Record<string, unknown>;
}

/** Runs `work` for each item, `CONCURRENCY` at a time; the wall time in ms. */
async function concurrently<T>(items: readonly T[], work: (item: T) => Promise<void>): Promise<number> {
  const started = performance.now();
  let next = 0;
  await Promise.all(Array.from({ length: CONCURRENCY }, async () => {
    while (next < items.length) await work(items[next++]);
  }));
  return performance.now() - started;
}

export async function benchReferrals(orm: MikroORM, apollo: ApolloServer<Context>, coordinator: Viewer, staffOf: (providerGlobalId: string) => Promise<Viewer>, logger: Logger): Promise<void> {
  if (coordinator.kind !== 'user' || coordinator.agencyId === null) throw new Error('referrals bench: needs a coordinator of an agency');
  const em = orm.em.fork();
  // The provider with the most published in-person offers; its offers get room for every referral.
  const [provider] = await em.execute<Array<{ id: number }>>(`select provider_id as id from offer where status = 'PUBLISHED' group by provider_id order by count(*) desc, provider_id limit 1`);
  await em.execute('delete from referral where provider_id = ?', [provider.id]);
  const offers = await em.execute<Array<{ id: number }>>(
    `update offer set capacity = 100000, waitlist_open = true where id in (select id from offer where provider_id = ? and status = 'PUBLISHED' and (rolling_entry or start_date >= current_date) order by id limit ?) returning id`,
    [provider.id, OFFERS + 1],
  );
  if (offers.length < OFFERS + 1) throw new Error('referrals bench: the provider has too few joinable offers');
  const clients = await em.execute<Array<{ id: number }>>(`select id from client where agency_id = ? and status = 'ACTIVE' order by id limit ?`, [coordinator.agencyId, REFERRALS / OFFERS]);
  await em.execute(
    `insert into consent (client_id, purpose, recipient_provider_id, text_version, given_at)
     select c, 'REFERRAL', ?, 'bench', now() - interval '1 day' from unnest(?::int[]) c
     where not exists (select 1 from consent k where k.client_id = c and k.recipient_provider_id = ? and k.purpose = 'REFERRAL' and k.withdrawn_at is null)`,
    [provider.id, `{${clients.map((client) => client.id).join(',')}}`, provider.id],
  );
  const refer = (clientId: number, offerId: number) => async () => {
    const data = await run(apollo, orm, logger, coordinator, CREATE, { input: { client: toGlobalId('Client', clientId), offer: toGlobalId('Offer', offerId) } });
    const payload = data.referralCreate as { userErrors: unknown[] };
    if (payload.userErrors.length > 0) throw new Error(`referrals bench: ${JSON.stringify(payload.userErrors)}`);
  };

  const [single, ...many] = offers.map((offer) => offer.id);
  const oneOffer = clients.slice(0, ONE_OFFER).map((client) => refer(client.id, single));
  const oneMs = await concurrently(oneOffer, (work) => work());
  const spread = many.flatMap((offerId) => clients.map((client) => refer(client.id, offerId)));
  const spreadMs = await concurrently(spread, (work) => work());
  const onePerSecond = (oneOffer.length / oneMs) * 1000;
  const manyPerSecond = (spread.length / spreadMs) * 1000;
  console.log(`\nReferrals: referralCreate at concurrency ${CONCURRENCY}, in-process (server time)`);
  console.log(`  one offer:   ${oneOffer.length} in ${(oneMs / 1000).toFixed(1)} s => ${onePerSecond.toFixed(0)} referrals/s (every hold locks the same offer row)`);
  console.log(`  ${many.length} offers:   ${spread.length} in ${(spreadMs / 1000).toFixed(1)} s => ${manyPerSecond.toFixed(0)} referrals/s`);
  console.log(`  one offer / many offers: ${(onePerSecond / manyPerSecond).toFixed(2)}× (the price of the last-seat guarantee)`);

  const [{ count }] = await em.execute<Array<{ count: number }>>('select count(*)::int as count from referral where provider_id = ?', [provider.id]);
  const staff = await staffOf(toGlobalId('Provider', provider.id));
  const times: number[] = [];
  let after: string | null = null;
  for (let i = 0; i <= READS; i++) {
    const started = performance.now();
    const data = await run(apollo, orm, logger, staff, INCOMING, { after });
    const page = data.incomingReferrals as { pageInfo: { endCursor: string | null } };
    // Round 0 warms caches; every fifth read pages on, the others read the first page.
    if (i > 0) times.push(performance.now() - started);
    after = i % 5 === 4 ? page.pageInfo.endCursor : null;
  }
  times.sort((a, b) => a - b);
  console.log(`  incomingReferrals(first: 50) for a provider with ${count.toLocaleString('en')} referrals: p50 ${percentile(times, 50).toFixed(1)} ms, p95 ${percentile(times, 95).toFixed(1)} ms over ${READS} reads`);
}
