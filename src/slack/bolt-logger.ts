import { LogLevel, type Logger as BoltLogger } from '@slack/bolt';
import type { Logger } from '../adapters/logger.ts';

const levels: readonly LogLevel[] = [LogLevel.DEBUG, LogLevel.INFO, LogLevel.WARN, LogLevel.ERROR];

/**
 * Bolt's and the Web API client's logger interface over the app's pino logger, so their lines are
 * structured JSON beside ours. The level stays pino's: Bolt asking for another one is ignored.
 */
export function boltLogger(logger: Logger): BoltLogger {
  const child = logger.child({ component: 'bolt' });
  const line = (parts: unknown[]): string => parts.map((part) => (part instanceof Error ? part.message : typeof part === 'string' ? part : JSON.stringify(part))).join(' ');
  return {
    debug: (...msg: unknown[]) => child.debug(line(msg)),
    info: (...msg: unknown[]) => child.info(line(msg)),
    warn: (...msg: unknown[]) => child.warn(line(msg)),
    error: (...msg: unknown[]) => child.error(line(msg)),
    setLevel: () => undefined,
    getLevel: () => (levels.find((level) => level === child.level) ?? LogLevel.INFO),
    setName: () => undefined,
  };
}
