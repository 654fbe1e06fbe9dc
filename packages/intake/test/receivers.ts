import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { verifyWebhook } from '../src/outbox/signature.js';

/** One message as the test SMTP server received it. */
export interface CapturedMail {
  from: string;
  to: string[];
  raw: string;
}

/** A real SMTP server on 127.0.0.1 (port 0) that keeps what it accepts; `refuse` rejects mail, `hang` stalls. */
export async function startSmtp(): Promise<{
  url: string;
  mails: CapturedMail[];
  refuse: boolean;
  hang: boolean;
  attempts: number;
  close(): Promise<void>;
}> {
  const state = {
    url: '',
    mails: [] as CapturedMail[],
    refuse: false,
    hang: false,
    attempts: 0,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onMailFrom(_address, _session, callback) {
      state.attempts += 1;
      // Hanging: never answer, like a server that stalls mid-delivery.
      if (state.hang) return;
      if (state.refuse) callback(Object.assign(new Error('try again later'), { responseCode: 451 }));
      else callback();
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        state.mails.push({
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
          to: session.envelope.rcptTo.map((r) => r.address),
          raw: Buffer.concat(chunks).toString('utf8'),
        });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  state.url = `smtp://127.0.0.1:${(server.server.address() as AddressInfo).port}`;
  return state;
}

/** One webhook delivery as the receiver got it. */
export interface CapturedHook {
  deliveryId: string;
  verified: boolean;
  body: { event: string; deliveryId: string; request: { id: string; reference: string } };
}

async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/**
 * A webhook receiver on 127.0.0.1 (port 0) that verifies signatures. It answers `status` (default 204);
 * only deliveries it answered with 2xx count as accepted.
 */
export async function startReceiver(secret: string): Promise<{
  url: string;
  accepted: CapturedHook[];
  attempts: number;
  status: number;
  hang: boolean;
  close(): Promise<void>;
}> {
  const state = {
    url: '',
    accepted: [] as CapturedHook[],
    attempts: 0,
    status: 204,
    hang: false,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
  const server: Server = createServer((request, response) => {
    void readBody(request).then((text) => {
      state.attempts += 1;
      if (state.hang) return;
      const verified = verifyWebhook(
        secret,
        { timestamp: request.headers['npo-timestamp'] as string, signature: request.headers['npo-signature'] as string },
        text,
      );
      const status = verified ? state.status : 401;
      if (status >= 200 && status < 300) {
        state.accepted.push({
          deliveryId: request.headers['npo-delivery'] as string,
          verified,
          body: JSON.parse(text) as CapturedHook['body'],
        });
      }
      response.writeHead(status).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  state.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks/npo`;
  return state;
}

/** Waits until `predicate` holds, polling every 25 ms; throws after `ms`. */
export async function until(predicate: () => boolean | Promise<boolean>, ms = 15_000): Promise<void> {
  const end = Date.now() + ms;
  while (!(await predicate())) {
    if (Date.now() > end) throw new Error('timed out waiting');
    await new Promise((r) => setTimeout(r, 25));
  }
}
