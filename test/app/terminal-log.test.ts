import { describe, expect, it } from 'vitest';
import { createLogger } from '../../src/adapters/logger.ts';
import { formatLogLine, terminalDestination } from '../../src/terminal-log.ts';

describe('terminal log lines', () => {
  it('writes time, level, message and the fields a person needs, without the JSON noise', () => {
    let out = '';
    const logger = createLogger('info', terminalDestination({ write: (text: string) => (out += text) }));
    logger.info({ url: 'http://localhost:3978', platforms: ['playground'] }, 'Open http://localhost:3978');
    expect(out).toMatch(
      /^\d\d:\d\d:\d\d INFO {2}Open http:\/\/localhost:3978 {2}url=http:\/\/localhost:3978 platforms=\["playground"\]\n$/,
    );
    expect(out).not.toContain('"level"');
    expect(out).not.toContain('app=');
  });

  it('keeps the redaction of the JSON logger: question text never reaches the terminal', () => {
    let out = '';
    const logger = createLogger('info', terminalDestination({ write: (text: string) => (out += text) }));
    logger.info({ question: 'my uncle hurts me' }, 'asked');
    expect(out).toContain('question=[redacted]');
    expect(out).not.toContain('uncle');
  });

  it('shows an error with its stack indented below the line', () => {
    const line = JSON.stringify({
      level: 50,
      time: '2026-12-02T02:03:04.000Z',
      msg: 'clock tick failed',
      err: { message: 'boom', stack: 'Error: boom\n    at tick (x.ts:1:1)' },
    });
    expect(formatLogLine(line)).toBe('02:03:04 ERROR clock tick failed\n    Error: boom\n        at tick (x.ts:1:1)\n');
  });

  it('passes through a line that is not JSON', () => {
    expect(formatLogLine('plain text')).toBe('plain text\n');
  });
});
