import type { DestinationStream } from 'pino';

const LEVELS: Readonly<Record<number, string>> = {
  10: 'TRACE',
  20: 'DEBUG',
  30: 'INFO',
  40: 'WARN',
  50: 'ERROR',
  60: 'FATAL',
};
/** Fields every line carries that a person reading a terminal does not need. */
const HIDDEN = new Set(['level', 'time', 'msg', 'app', 'pid', 'hostname']);

function shown(value: unknown): string {
  if (typeof value === 'string') return /^[^\s"=]+$/.test(value) ? value : JSON.stringify(value);
  return JSON.stringify(value);
}

/**
 * One pino JSON line as a person reads it: `14:02:07 INFO  Open http://localhost:3978  records=…`,
 * with an error's stack on the lines below. Anything that is not a pino line passes through.
 */
export function formatLogLine(line: string): string {
  let entry: Record<string, unknown>;
  try {
    entry = JSON.parse(line) as Record<string, unknown>;
  } catch {
    return line.endsWith('\n') ? line : `${line}\n`;
  }
  const time = typeof entry.time === 'string' ? entry.time.slice(11, 19) : new Date().toISOString().slice(11, 19);
  const level = (LEVELS[entry.level as number] ?? String(entry.level)).padEnd(5);
  const fields = Object.entries(entry)
    .filter(([key]) => !HIDDEN.has(key) && key !== 'err')
    .map(([key, value]) => `${key}=${shown(value)}`);
  let text = `${time} ${level} ${String(entry.msg ?? '')}${fields.length ? `  ${fields.join(' ')}` : ''}\n`;
  const err = entry.err as { message?: string; stack?: string } | undefined;
  if (err) text += `${(err.stack ?? err.message ?? JSON.stringify(err)).replace(/^/gm, '    ')}\n`;
  return text;
}

/** A pino destination that writes readable lines (see formatLogLine) to `out`, synchronously. */
export function terminalDestination(out: { write(text: string): unknown } = process.stdout): DestinationStream {
  return {
    write(chunk: string) {
      for (const line of chunk.split('\n')) if (line) out.write(formatLogLine(line));
    },
  };
}
