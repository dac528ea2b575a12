import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { Logger } from '../adapters/logger.ts';

/** One HTTP route a platform serves: `/slack/events`, `/api/messages`, the playground pages. */
export interface Route {
  readonly method: 'GET' | 'POST' | '*';
  /** An exact path, or a prefix ending in `/*`. */
  readonly path: string;
  handle(req: IncomingMessage, res: ServerResponse): void | Promise<void>;
}

/** The shared HTTP server: every platform's routes, `GET /healthz`, and a graceful stop. */
export interface HttpServer {
  readonly server: Server;
  /** The port actually bound (useful with port 0 in tests). */
  readonly port: number;
  /** Stops taking connections, waits for requests in flight (up to `graceMs`), then closes. */
  stop(graceMs?: number): Promise<void>;
}

function matches(route: Route, method: string, path: string): boolean {
  if (route.method !== '*' && route.method !== method) return false;
  return route.path.endsWith('/*')
    ? path === route.path.slice(0, -2) || path.startsWith(route.path.slice(0, -1))
    : path === route.path;
}

/** Starts the server on `host:port` with `routes`; `health()` says what `/healthz` reports. */
export async function startHttpServer(options: {
  readonly host: string;
  readonly port: number;
  readonly routes: readonly Route[];
  readonly logger: Logger;
  readonly health: () => Promise<Record<string, unknown>>;
}): Promise<HttpServer> {
  let inFlight = 0;
  let stopping = false;
  const server = createServer(async (req, res) => {
    const path = (req.url ?? '/').split('?')[0]!;
    if (stopping) {
      res.writeHead(503, { 'content-type': 'application/json', connection: 'close' }).end('{"error":"shutting down"}');
      return;
    }
    inFlight += 1;
    res.on('close', () => {
      inFlight -= 1;
    });
    try {
      if (req.method === 'GET' && path === '/healthz') {
        const body = await options.health();
        res
          .writeHead(body.status === 'ok' ? 200 : 503, { 'content-type': 'application/json' })
          .end(JSON.stringify(body));
        return;
      }
      const route = options.routes.find((candidate) => matches(candidate, req.method ?? 'GET', path));
      if (!route) {
        res.writeHead(404, { 'content-type': 'application/json' }).end('{"error":"not found"}');
        return;
      }
      await route.handle(req, res);
    } catch (error) {
      options.logger.error({ err: error, path }, 'request failed');
      if (!res.headersSent)
        res.writeHead(500, { 'content-type': 'application/json' }).end('{"error":"internal error"}');
    }
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => resolve());
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : options.port;
  return {
    server,
    port,
    async stop(graceMs = 10_000) {
      stopping = true;
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeIdleConnections();
      const deadline = Date.now() + graceMs;
      while (inFlight > 0 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 25));
      server.closeAllConnections();
      await closed;
    },
  };
}
