// The PostgreSQL yardstick: a bare Hono + pg handler doing one insert per request in its own
// transaction (synchronous_commit=on, the server's default), nothing else.
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { Hono } from 'hono';
import { serve } from '@hono/node-server';

const pool = new pg.Pool({ connectionString: process.argv[2], max: 5, options: '-c synchronous_commit=on' });
await pool.query(
  'CREATE TABLE IF NOT EXISTS baseline_requests (id UUID PRIMARY KEY, idempotency_key TEXT UNIQUE, body JSONB NOT NULL)',
);

const app = new Hono();
app.post('/api/requests', async (c) => {
  const body = await c.req.json();
  const id = randomUUID();
  await pool.query('INSERT INTO baseline_requests (id, idempotency_key, body) VALUES ($1, $2, $3)', [
    id,
    c.req.header('Idempotency-Key') ?? id,
    JSON.stringify(body),
  ]);
  return c.json({ id, status: 'submitted' }, 201);
});

const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, (info) => {
  process.stdout.write(`${JSON.stringify({ event: 'listening', url: `http://127.0.0.1:${info.port}` })}\n`);
});
process.on('SIGTERM', () => server.close(() => void pool.end().then(() => process.exit(0))));
