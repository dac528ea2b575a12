import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createLogger } from '../../src/adapters/logger.ts';
import { BackgroundWork } from '../../src/teams/background-work.ts';

function capture() {
  const lines: string[] = [];
  const logger = createLogger(
    'info',
    new Writable({
      write: (chunk, _encoding, done) => {
        lines.push(String(chunk));
        done();
      },
    }),
  );
  return { lines, logger };
}

describe('BackgroundWork', () => {
  it('waits for work in flight, including work started while waiting', async () => {
    const { logger } = capture();
    const work = new BackgroundWork(logger);
    const done: string[] = [];
    work.run('first', async () => {
      await new Promise((resolve) => setTimeout(resolve, 20));
      done.push('first');
      work.run('second', async () => {
        await new Promise((resolve) => setTimeout(resolve, 20));
        done.push('second');
      });
    });
    await work.settle();
    expect(done).toEqual(['first', 'second']);
    expect(work.size).toBe(0);
  });

  it('logs a failure by task name instead of leaving it unhandled', async () => {
    const { lines, logger } = capture();
    const work = new BackgroundWork(logger);
    work.run('remember conversation', async () => {
      throw new Error('store down');
    });
    await work.settle();
    expect(lines.join('')).toContain('"task":"remember conversation"');
  });

  it('stops waiting after the timeout and says what is left', async () => {
    const { lines, logger } = capture();
    const work = new BackgroundWork(logger);
    work.run('stuck', () => new Promise(() => {}));
    const started = Date.now();
    await work.settle(50);
    expect(Date.now() - started).toBeLessThan(1000);
    expect(lines.join('')).toContain('teams background work still running at stop');
  });
});
