import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { Pool } from 'pg';

/**
 * The benchmark's baseline: a bare Node `http` + `pg` handler that replays the exact SQL
 * statements the hub sent for a case (captured in-process by run.ts) and returns the rows as
 * JSON. The difference to the hub is the cost of GraphQL, the ORM and our own code.
 */
interface Statement {
  sql: string;
  bindings: unknown[];
}

const cases = JSON.parse(readFileSync(process.env.BASELINE_CASES_FILE ?? '', 'utf8')) as Record<string, Statement[]>;
const pool = new Pool({ connectionString: process.env.DATABASE_URL, max: 10 });
// An idle connection dropped by the server (e.g. at shutdown) must not crash the baseline.
pool.on('error', () => undefined);

const server = createServer((req, res) => {
  if (req.method === 'GET') {
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end('{"status":"ok"}');
    return;
  }
  const chunks: Buffer[] = [];
  req.on('data', (chunk: Buffer) => chunks.push(chunk));
  req.on('end', async () => {
    try {
      const { case: name } = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { case: string };
      const statements = cases[name];
      if (!statements) throw new Error(`unknown case ${name}`);
      // One connection per request, like the hub's request transaction (BEGIN … COMMIT are captured too).
      const results: unknown[] = [];
      const client = await pool.connect();
      try {
        for (const statement of statements) results.push((await client.query(statement.sql, statement.bindings)).rows);
      } finally {
        client.release();
      }
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ data: results }));
    } catch (error) {
      res.writeHead(500, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ error: String(error) }));
    }
  });
});

server.listen(Number(process.env.PORT), '127.0.0.1', () => process.send?.('ready'));
process.on('SIGTERM', () => server.close(() => pool.end().then(() => process.exit(0))));
