/**
 * A stand-in for a queue's webhook in browser tests: answers POSTs with the
 * status the test sets (500 to fail, 200 to accept), records what it was
 * sent, and allows the cross-origin request the help site makes.
 * content/handoff.yaml points the billing queue at http://127.0.0.1:4329/cases.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';

/** The port content/handoff.yaml's billing webhook uses. */
export const WEBHOOK_PORT = 4329;

/** A running webhook stand-in. */
export interface WebhookServer {
  /** The status POSTs get from now on. */
  respondWith(status: number): void;
  /** Every POST body received, parsed as JSON, oldest first, with the status it got. */
  readonly received: Array<{ status: number; body: unknown }>;
  close(): Promise<void>;
}

const CORS = {
  'access-control-allow-origin': '*',
  'access-control-allow-methods': 'POST, OPTIONS',
  'access-control-allow-headers': 'content-type',
  'access-control-allow-private-network': 'true',
};

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let text = '';
    req.setEncoding('utf8');
    req.on('data', (chunk: string) => (text += chunk));
    req.on('end', () => resolve(text));
    req.on('error', reject);
  });
}

/** Starts the stand-in on 127.0.0.1:`port`, answering `status` (default 500) until told otherwise. */
export function startWebhookServer({ port = WEBHOOK_PORT, status = 500 } = {}): Promise<WebhookServer> {
  let current = status;
  const received: WebhookServer['received'] = [];
  const server: Server = createServer((req: IncomingMessage, res: ServerResponse) => {
    if (req.method === 'OPTIONS') {
      res.writeHead(204, CORS).end();
      return;
    }
    void readBody(req).then((text) => {
      let body: unknown = text;
      try {
        body = JSON.parse(text);
      } catch {
        // Kept as text: the test will see what arrived.
      }
      received.push({ status: current, body });
      res.writeHead(current, { ...CORS, 'content-type': 'application/json' }).end(JSON.stringify({ ok: current < 300 }));
    });
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () =>
      resolve({
        respondWith: (next) => {
          current = next;
        },
        received,
        close: () => new Promise((done) => server.close(() => done())),
      }),
    );
  });
}
