/** Parses a duration such as `30m`, `24h`, `7d` or `2w` into milliseconds; returns undefined when malformed. */
export function parseDuration(text: string): number | undefined {
  const match = /^(\d+)\s*(m|h|d|w)$/.exec(text.trim());
  if (!match) return undefined;
  const amount = Number(match[1]);
  const unit = match[2] as 'm' | 'h' | 'd' | 'w';
  const minutes = { m: 1, h: 60, d: 60 * 24, w: 60 * 24 * 7 }[unit];
  return amount * minutes * 60_000;
}
