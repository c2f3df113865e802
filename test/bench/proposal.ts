import type { ApolloServer } from '@apollo/server';
import type { MikroORM } from '@mikro-orm/postgresql';
import type { Logger } from 'pino';
import { requestEnvironment } from '../../src/app/hub';
import type { Viewer } from '../../src/core/auth/viewer';
import { createContext, runRequest, type Context } from '../../src/core/context';
import { toGlobalId } from '../../src/core/relay/global-id';
import { Client } from '../../src/caseloads/client.entity';
import { closeAssignmentSolvers } from '../../src/matching/assignment/solver-pool';
import { SuggestionService } from '../../src/matching/suggestion.service';

/**
 * `caseloadAssignment` for a coordinator's 200 clients over the whole catalogue, in-process (server
 * time), under the server's 15 s deadline: households placed freely, together and whole, for 200
 * clients in id order and for 200 who all live with another client of the caseload (the hardest
 * case: every member's candidates come from the household's reduction, assignment/candidates.ts).
 * The optimum is printed against greedy; a user error (TOO_COMPLEX, BUSY) is printed as such.
 * Baseline, in the same run: ranking each client's best 200 offers, which is what the proposal
 * ranked before it reduced its candidates (clients of households: every suggestion).
 * `BENCH_ONLY=proposal npm run bench`.
 */
const QUERY = `query($input: CaseloadAssignmentInput!) {
  caseloadAssignment(input: $input) { totalScore greedyTotalScore assignments { score } unassigned { reason } userErrors { code message } }
}`;
const DEADLINE_MS = 15_000;

interface Answer {
  totalScore: number;
  greedyTotalScore: number;
  assignments: Array<{ score: number }>;
  unassigned: Array<{ reason: string }>;
  userErrors: Array<{ code: string; message: string }>;
}

export async function benchProposal(orm: MikroORM, apollo: ApolloServer<Context>, viewer: Viewer, logger: Logger): Promise<void> {
  if (viewer.kind !== 'user' || viewer.agencyId === null) throw new Error('proposal bench: needs a coordinator of an agency');
  const em = orm.em.fork();
  const byId = await em.execute<Array<{ id: number }>>(`select id from client where agency_id = ? and status = 'ACTIVE' order by id limit 200`, [viewer.agencyId]);
  const inHouseholds = await em.execute<Array<{ id: number }>>(
    `select id from (select id, household_id, count(*) over (partition by household_id) as members from client where agency_id = ? and status = 'ACTIVE') c
     where household_id is not null and members > 1 order by household_id, id limit 200`,
    [viewer.agencyId],
  );
  console.log(`\nCaseload assignment over the catalogue, in-process, ${DEADLINE_MS / 1000} s deadline`);
  for (const [label, rows] of [
    ['200 clients by id', byId],
    ['200 clients in households', inHouseholds],
  ] as const) {
    const baseline = await rankEach(orm, logger, viewer, rows.map(({ id }) => id));
    console.log(`  ${label}: baseline, each client's best 200 ranked: ${(baseline / 1000).toFixed(1)} s`);
    for (const households of ['ANY', 'TOGETHER', 'WHOLE']) {
      const context = createContext(requestEnvironment(orm, logger), undefined, viewer, { signal: AbortSignal.timeout(DEADLINE_MS), deadline: performance.now() + DEADLINE_MS });
      const started = performance.now();
      const variables = { input: { clients: rows.map(({ id }) => toGlobalId('Client', id)), households } };
      const result = await runRequest(context, () => apollo.executeOperation({ query: QUERY, variables }, { contextValue: context })).catch((error: unknown) => error as Error);
      const elapsed = performance.now() - started;
      const seconds = `${(elapsed / 1000).toFixed(1)} s (${(elapsed / baseline).toFixed(2)}× the baseline)`;
      if (result instanceof Error) {
        console.log(`  ${label}, households ${households}: ${seconds}, ended: ${result.name} ${result.message}`);
        continue;
      }
      const body = result.body.kind === 'single' ? result.body.singleResult : undefined;
      const answer = (body?.data as { caseloadAssignment?: Answer } | undefined)?.caseloadAssignment;
      if (!answer) {
        console.log(`  ${label}, households ${households}: ${seconds}, failed: ${JSON.stringify(body?.errors?.map((error) => error.extensions?.code ?? error.message))}`);
      } else if (answer.userErrors.length > 0) {
        console.log(`  ${label}, households ${households}: ${seconds}, ${answer.userErrors.map((error) => `${error.code}: ${error.message}`).join('; ')}`);
      } else {
        console.log(
          `  ${label} (${rows.length}), households ${households}: ${seconds}, ${answer.assignments.length} assigned, ` +
            `total ${answer.totalScore.toFixed(3)} vs greedy ${answer.greedyTotalScore.toFixed(3)}`,
        );
      }
    }
  }
  await closeAssignmentSolvers();
}

/** Milliseconds to rank each client's best 200 offers with free seats, one after another, in one request. */
async function rankEach(orm: MikroORM, logger: Logger, viewer: Viewer, ids: readonly number[]): Promise<number> {
  const context = createContext(requestEnvironment(orm, logger), undefined, viewer);
  return runRequest(context, async () => {
    const clients = await context.em.find(Client, { id: { $in: [...ids] } });
    const suggestions = new SuggestionService(context.em);
    const criteria = { families: null, programmes: null, goalId: null, onlyWithFreeSeats: true, offerIds: null };
    const started = performance.now();
    for (const client of clients) await suggestions.best(viewer, client, criteria, 200);
    return performance.now() - started;
  });
}
