/** Parses a duration such as `30m`, `24h`, `7d` or `2w` into milliseconds; returns undefined when malformed. */
export function parseDuration(text: string): number | undefined {
  const match = /^(\d+)\s*(m|h|d|w)$/.exec(text.trim());
  if (!match) return undefined;
  const amount = Number(match[1]);
  const unit = match[2] as 'm' | 'h' | 'd' | 'w';
  const minutes = { m: 1, h: 60, d: 60 * 24, w: 60 * 24 * 7 }[unit];
  return amount * minutes * 60_000;
}

/** Formats milliseconds as the largest whole unit (`7d`, `36h`, `90m`). */
export function formatDuration(ms: number): string {
  const minutes = Math.round(ms / 60_000);
  if (minutes % (60 * 24 * 7) === 0 && minutes > 0) return `${minutes / (60 * 24 * 7)}w`;
  if (minutes % (60 * 24) === 0 && minutes > 0) return `${minutes / (60 * 24)}d`;
  if (minutes % 60 === 0 && minutes > 0) return `${minutes / 60}h`;
  return `${minutes}m`;
}
