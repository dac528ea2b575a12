import { request } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { createLogger } from '../../src/adapters/logger.ts';
import { readBody } from '../../src/http/read-body.ts';
import { startHttpServer, type HttpServer } from '../../src/http/server.ts';

let server: HttpServer | undefined;
afterEach(async () => {
  await server?.stop();
  server = undefined;
});

/** A server whose one route echoes what readBody read (or its refusal), with a 16-byte limit. */
async function echo(): Promise<number> {
  server = await startHttpServer({
    host: '127.0.0.1',
    port: 0,
    logger: createLogger('silent'),
    health: async () => ({ status: 'ok' }),
    routes: [
      {
        method: 'POST',
        path: '/echo',
        handle: async (req, res) => {
          const read = await readBody(req, 16);
          if (read.ok) res.writeHead(200).end(read.body);
          else res.writeHead(read.status).end(`over ${read.limit} bytes`);
        },
      },
    ],
  });
  return server.port;
}

/** Sends `chunks` one by one (chunked, so no Content-Length unless given); resolves with the status and body. */
function post(port: number, chunks: readonly string[], headers: Record<string, string> = {}): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path: '/echo', method: 'POST', headers }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode!, body }));
    });
    req.on('error', reject);
    for (const chunk of chunks) req.write(chunk);
    req.end();
  });
}

describe('readBody (the size-limited reader every HTTP surface shares)', () => {
  it('returns a body within the limit, whole', async () => {
    const port = await echo();
    expect(await post(port, ['{"a":', '1}'])).toEqual({ status: 200, body: '{"a":1}' });
    expect(await post(port, ['x'.repeat(16)])).toEqual({ status: 200, body: 'x'.repeat(16) });
  });

  it('refuses a body that grows past the limit as it arrives, and the client still reads the 413', async () => {
    const port = await echo();
    expect(await post(port, ['x'.repeat(10), 'y'.repeat(10), 'z'.repeat(100_000)])).toEqual({ status: 413, body: 'over 16 bytes' });
  });

  it('refuses a declared Content-Length over the limit before reading', async () => {
    const port = await echo();
    expect(await post(port, ['x'.repeat(17)], { 'content-length': '17' })).toEqual({ status: 413, body: 'over 16 bytes' });
  });
});
