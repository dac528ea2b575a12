import { type IncomingMessage, request } from 'node:http';
import { connect } from 'node:net';
import { PassThrough, Readable } from 'node:stream';
import { afterEach, describe, expect, it } from 'vitest';
import { createLogger } from '../../src/adapters/logger.ts';
import { readBody } from '../../src/http/read-body.ts';
import { type HttpServer, startHttpServer } from '../../src/http/server.ts';

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
          const read = await readBody(req, { limit: 16, timeoutMs: 300 });
          if (read.ok) res.writeHead(200).end(read.body);
          else res.writeHead(read.status, { connection: 'close' }).end(read.reason);
        },
      },
    ],
  });
  return server.port;
}

/** Sends `chunks` one by one (chunked, so no Content-Length unless given); resolves with the status and body. */
function post(
  port: number,
  chunks: readonly string[],
  headers: Record<string, string> = {},
): Promise<{ status: number; body: string }> {
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
    expect(await post(port, ['x'.repeat(10), 'y'.repeat(10), 'z'.repeat(100_000)])).toEqual({
      status: 413,
      body: 'body over the 16-byte limit',
    });
  });

  it('refuses a declared Content-Length over the limit before reading', async () => {
    const port = await echo();
    expect(await post(port, ['x'.repeat(17)], { 'content-length': '17' })).toEqual({
      status: 413,
      body: 'body of 17 bytes over the 16-byte limit',
    });
  });

  it('answers 408 when a body stops arriving before its Content-Length, instead of waiting for ever', async () => {
    const port = await echo();
    const reply = await new Promise<string>((resolve, reject) => {
      const socket = connect(port, '127.0.0.1', () =>
        socket.write('POST /echo HTTP/1.1\r\nHost: x\r\nContent-Length: 10\r\n\r\nabc'),
      );
      let text = '';
      socket.on('data', (chunk) => (text += chunk));
      socket.on('close', () => resolve(text));
      socket.on('error', reject);
    });
    expect(reply).toMatch(/^HTTP\/1\.1 408 /);
    expect(reply).toMatch(/connection: close/i);
    expect(reply).toContain('body incomplete after 300 ms (3 of 10 bytes)');
  });
});

describe('readBody on a stream', () => {
  const stream = (chunks: Buffer[], headers: Record<string, string> = {}) =>
    Object.assign(Readable.from(chunks), { headers }) as unknown as IncomingMessage;

  it('reads a body of chunks within the limit', async () => {
    expect(await readBody(stream([Buffer.from('ab'), Buffer.from('cd')]), { limit: 4 })).toEqual({
      ok: true,
      body: Buffer.from('abcd'),
    });
  });

  it('refuses with 413 a declared length over the limit before reading, and a body that grows past it', async () => {
    expect(await readBody(stream([Buffer.from('a')], { 'content-length': '5' }), { limit: 4 })).toMatchObject({
      ok: false,
      status: 413,
    });
    expect(await readBody(stream([Buffer.from('abc'), Buffer.from('de')]), { limit: 4 })).toMatchObject({
      ok: false,
      status: 413,
    });
  });

  it('refuses with 400 a body whose connection closed before it was complete', async () => {
    const req = Object.assign(new PassThrough(), {
      headers: { 'content-length': '10' },
    }) as unknown as IncomingMessage & PassThrough;
    req.write(Buffer.from('abc'));
    const read = readBody(req, { limit: 100, timeoutMs: 5_000 });
    req.emit('aborted');
    expect(await read).toEqual({ ok: false, status: 400, reason: 'connection closed before the body was complete' });
  });
});
