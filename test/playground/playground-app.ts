import { Writable } from 'node:stream';
import { createLogger } from '../../src/adapters/logger.ts';
import { MemoryRecordStore } from '../../src/adapters/store/memory-store.ts';
import { type App, buildApp } from '../../src/app.ts';
import { type Config, loadConfig } from '../../src/config.ts';
import type { RecordStore } from '../../src/core/approvals/ports.ts';
import { type PlaygroundOptions, playgroundPlatform } from '../../src/playground/playground-platform.ts';
import { shippedCorpus } from '../support/conversation-fixture.ts';
import { ManualClock } from '../support/manual-clock.ts';

/** Log lines written by the app, parsed. */
export class LogLines extends Writable {
  readonly lines: Array<Record<string, unknown>> = [];

  override _write(chunk: Buffer, _encoding: string, done: () => void): void {
    for (const line of chunk.toString('utf8').split('\n').filter(Boolean))
      this.lines.push(JSON.parse(line) as Record<string, unknown>);
    done();
  }
}

/** The whole app (core, shared HTTP server, the playground) on 127.0.0.1 and a free port. */
export async function startPlaygroundApp(
  options: {
    store?: RecordStore;
    closeStore?: () => Promise<void>;
    playground?: PlaygroundOptions;
    config?: Partial<Config>;
  } = {},
) {
  // loadConfig sets playground when no Slack or Teams is configured; port 0 picks a free port.
  const config: Config = { ...loadConfig({ DEFAULT_ORG: 'allsorts' }), port: 0, host: '127.0.0.1', ...options.config };
  // The backing map of the default store, so a test can edit the "database" behind the app's back.
  const data = new Map<string, string>();
  const store = options.store ?? new MemoryRecordStore(data);
  const clock = new ManualClock('2026-03-02T09:00:00Z');
  const logs = new LogLines();
  const app: App = await buildApp({
    config,
    corpus: await shippedCorpus(),
    store,
    closeStore: options.closeStore ?? (async () => undefined),
    clock,
    logger: createLogger('info', logs),
    platforms: [playgroundPlatform({ ...options.playground })],
  });
  const base = `http://127.0.0.1:${app.http.port}`;
  return {
    app,
    base,
    store,
    data,
    clock,
    logs,
    config,
    /** POSTs JSON to a path; returns the status and the parsed body. */
    async post(path: string, body: unknown): Promise<{ status: number; body: any }> {
      const response = await fetch(base + path, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
      return { status: response.status, body: await response.json() };
    },
    /** GETs a path; returns the status, the content type and the text. */
    async get(path: string): Promise<{ status: number; type: string; text: string }> {
      const response = await fetch(base + path);
      return { status: response.status, type: response.headers.get('content-type') ?? '', text: await response.text() };
    },
    stop: () => app.stop(),
  };
}

/** Valid photos-form inputs as the browser sends them. */
export const photosInputs = {
  activity: 'Summer trip',
  date: '2026-07-14',
  subject: 'Group activities at the park',
  'parental-consent': 'yes',
  'allsorts-phone': 'yes',
} as const;
