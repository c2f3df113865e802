import type { AttackReport } from './limits';

/**
 * 8 hostile clients, each its own address (X-Forwarded-For; the hub trusts one proxy hop), sending
 * documents the limits refuse and one they allow once or twice before the budget is spent, as fast
 * as they are answered. Forked by limits.ts; reports 'spent' once every client has been refused
 * for its budget, and stops on 'stop' or after five minutes.
 */
const hubUrl = process.env.HUB_URL!;
const CLIENTS = 8;

function hostileDocuments(): string[] {
  const teams = (depth: number): string => {
    const fields = ['viewer', 'agency'];
    while (fields.length < depth) fields.push(fields.length % 2 === 0 ? 'teams' : 'agency');
    return `{ ${fields.join(' { ')} { id ${'}'.repeat(fields.length)} }`;
  };
  const aliases = `{ ${Array.from({ length: 100 }, (_, i) => `a${i}: offers(first: 100) { nodes { title } }`).join(' ')} }`;
  const bomb = ['fragment F0 on Offer { title }', ...Array.from({ length: 12 }, (_, i) => `fragment F${i + 1} on Offer { ...F${i} ...F${i} }`), '{ offers(first: 100) { nodes { ...F12 } } }'].join(' ');
  // Allowed once or twice (15 × 501 points against 20,000): then the sender is over budget.
  const card = 'nodes { title provider { name } location { municipality { name district { name } } } }';
  const dear = `{ ${Array.from({ length: 15 }, (_, i) => `d${i}: offers(first: 100) { ${card} }`).join(' ')} }`;
  return [teams(40), aliases, bomb, dear].map((query) => JSON.stringify({ query }));
}

async function main(): Promise<void> {
  const bodies = hostileDocuments();
  const statuses: Record<string, number> = {};
  const spent = new Set<number>();
  let sent = 0;
  let stop = false;
  let reportedSpent = false;
  process.on('message', (message) => {
    if (message === 'stop') stop = true;
    if (message === 'count') process.send!({ kind: 'count', sent, statuses: { ...statuses } } satisfies AttackReport);
  });
  const deadline = Date.now() + 5 * 60_000;
  const client = async (index: number) => {
    const headers = { 'content-type': 'application/json', 'x-forwarded-for': `203.0.113.${index + 1}` };
    for (let i = 0; !stop && Date.now() < deadline; i++) {
      const response = await fetch(`${hubUrl}/graphql`, { method: 'POST', headers, body: bodies[(index + i) % bodies.length] });
      await response.arrayBuffer();
      sent++;
      statuses[response.status] = (statuses[response.status] ?? 0) + 1;
      if (response.status === 429) spent.add(index);
      if (!reportedSpent && spent.size === CLIENTS) {
        reportedSpent = true;
        process.send!({ kind: 'spent', sent, statuses: { ...statuses } } satisfies AttackReport);
      }
    }
  };
  await Promise.all(Array.from({ length: CLIENTS }, (_, index) => client(index)));
  process.send!({ kind: 'stopped', sent, statuses } satisfies AttackReport, () => process.exit(0));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
