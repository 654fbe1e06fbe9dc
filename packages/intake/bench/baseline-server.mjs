// The yardstick: a bare Hono + better-sqlite3 handler doing one durable insert per request
// (WAL, synchronous=FULL, one transaction per request), nothing else.
import { randomUUID } from 'node:crypto';
import Database from 'better-sqlite3';
import { Hono } from 'hono';
import { serve } from '@hono/node-server';

const db = new Database(process.argv[2]);
db.pragma('journal_mode = WAL');
db.pragma('synchronous = FULL');
db.exec('CREATE TABLE IF NOT EXISTS requests (id TEXT PRIMARY KEY, idempotency_key TEXT UNIQUE, body TEXT NOT NULL)');
const insert = db.prepare('INSERT INTO requests (id, idempotency_key, body) VALUES (?, ?, ?)');

const app = new Hono();
app.post('/api/requests', async (c) => {
  const body = await c.req.json();
  const id = randomUUID();
  insert.run(id, c.req.header('Idempotency-Key') ?? id, JSON.stringify(body));
  return c.json({ id, status: 'submitted' }, 201);
});

const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, (info) => {
  process.stdout.write(`${JSON.stringify({ event: 'listening', url: `http://127.0.0.1:${info.port}` })}\n`);
});
process.on('SIGTERM', () => server.close(() => { db.close(); process.exit(0); }));
