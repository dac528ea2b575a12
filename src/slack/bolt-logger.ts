import { type Logger as BoltLogger, LogLevel } from '@slack/bolt';
import type { Logger } from '../adapters/logger.ts';

const levels: readonly LogLevel[] = [LogLevel.DEBUG, LogLevel.INFO, LogLevel.WARN, LogLevel.ERROR];

/**
 * Debug lines from Bolt and the Web API client print whole request and response bodies ("http
 * request body: {…}"): a reply's text, the channel it went to, form answers. Those would tie what
 * someone wrote (a disclosure, say) to who wrote it, so the body is cut and only the words before it
 * are kept.
 */
export function withoutBodies(text: string): string {
  const at = text.search(/[{[]/);
  return at < 0 ? text : `${text.slice(0, at).trimEnd()} [body not logged]`;
}

/**
 * Bolt's and the Web API client's logger interface over the app's pino logger, so their lines are
 * structured JSON beside ours. The level stays pino's: Bolt asking for another one is ignored.
 * Debug lines never carry payload bodies (see withoutBodies).
 */
export function boltLogger(logger: Logger): BoltLogger {
  const child = logger.child({ component: 'bolt' });
  const line = (parts: unknown[]): string =>
    parts
      .map((part) => (part instanceof Error ? part.message : typeof part === 'string' ? part : JSON.stringify(part)))
      .join(' ');
  return {
    debug: (...msg: unknown[]) => child.debug(withoutBodies(line(msg))),
    info: (...msg: unknown[]) => child.info(line(msg)),
    warn: (...msg: unknown[]) => child.warn(line(msg)),
    error: (...msg: unknown[]) => child.error(line(msg)),
    setLevel: () => undefined,
    getLevel: () => levels.find((level) => level === child.level) ?? LogLevel.INFO,
    setName: () => undefined,
  };
}
