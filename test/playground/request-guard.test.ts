import { request } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { hostName } from '../../src/playground/request-guard.ts';
import { photosInputs, startPlaygroundApp } from './playground-app.ts';

const stops: Array<() => Promise<void>> = [];
afterEach(async () => {
  while (stops.length) await stops.pop()!();
});

/** A raw HTTP request, so the test sets Host and Origin as a browser (or an attacker's page) would. */
function send(
  port: number,
  options: { method: string; path: string; headers: Record<string, string>; body?: unknown },
): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const body = options.body === undefined ? undefined : JSON.stringify(options.body);
    const req = request(
      {
        host: '127.0.0.1',
        port,
        method: options.method,
        path: options.path,
        headers: {
          ...options.headers,
          ...(body ? { 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(body)) } : {}),
        },
      },
      (res) => {
        let text = '';
        res.on('data', (chunk: Buffer) => (text += chunk.toString()));
        res.on('end', () => resolve({ status: res.statusCode!, text }));
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

const submission = { org: 'allsorts', person: 'sam', flow: 'photos', fields: photosInputs };

describe('the playground refuses DNS rebinding and cross-site requests', () => {
  it('answers only to loopback names: a page rebound to 127.0.0.1 under another name can neither read nor act', async () => {
    const running = await startPlaygroundApp();
    stops.push(running.stop);
    const port = Number(new URL(running.base).port);

    const page = await send(port, {
      method: 'GET',
      path: '/records?org=allsorts',
      headers: { host: `evil.example:${port}` },
    });
    expect(page.status).toBe(403);
    expect(JSON.parse(page.text).error).toMatchObject({
      code: 'playground_forbidden',
      message: expect.stringContaining(`open http://localhost:${port}/`),
    });
    const act = await send(port, {
      method: 'POST',
      path: '/playground/api/submit',
      headers: { host: `evil.example:${port}`, origin: `http://evil.example:${port}` },
      body: submission,
    });
    expect(act.status).toBe(403);
    expect((await running.get('/records?org=allsorts')).text).not.toContain('data-request-id=');

    for (const host of [`localhost:${port}`, `127.0.0.1:${port}`, `[::1]:${port}`]) {
      expect((await send(port, { method: 'GET', path: '/', headers: { host } })).status, host).toBe(200);
    }
  });

  it('acts only on requests from its own pages: a POST from another origin is refused, one from its own (or with no Origin) is served', async () => {
    const running = await startPlaygroundApp();
    stops.push(running.stop);
    const port = Number(new URL(running.base).port);
    const host = `localhost:${port}`;

    const crossSite = await send(port, {
      method: 'POST',
      path: '/playground/api/submit',
      headers: { host, origin: 'https://evil.example' },
      body: submission,
    });
    expect(crossSite.status).toBe(403);
    expect(JSON.parse(crossSite.text).error.message).toContain('from another site (https://evil.example)');
    expect((await running.get('/records?org=allsorts')).text).not.toContain('data-request-id=');

    const own = await send(port, {
      method: 'POST',
      path: '/playground/api/submit',
      headers: { host, origin: `http://${host}` },
      body: submission,
    });
    expect(own.status).toBe(200);
    const noOrigin = await send(port, {
      method: 'POST',
      path: '/playground/api/submit',
      headers: { host },
      body: submission,
    });
    expect(noOrigin.status).toBe(200);
  });

  it('reads the host name out of a Host header', () => {
    expect(['localhost:3978', '127.0.0.1:3978', '[::1]:3978', 'LOCALHOST', 'evil.example:80'].map(hostName)).toEqual([
      'localhost',
      '127.0.0.1',
      '::1',
      'localhost',
      'evil.example',
    ]);
  });
});
