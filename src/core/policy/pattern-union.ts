/**
 * Many patterns tested as one. The answer path runs hundreds of regular expressions over every
 * message, and most of them match nothing: one pattern that matches wherever any of them would
 * answers "does any match?" in one scan instead of one call per pattern, and lets a list whose
 * patterns all miss be skipped whole. The union is exact, not a heuristic: it is built only from
 * patterns whose meaning does not change inside an alternation (the same flags, no
 * back-references, no named groups); for any other list there is no union and callers test the
 * patterns one by one, as before.
 */

/** Flags that only say where matching starts (`g`, `y`): `test` on the union ignores them. */
const POSITION_FLAGS = /[gy]/g;

/** A back-reference (`\1`, `\k<name>`) or a named group: numbering and names change in an alternation. */
const NOT_COMBINABLE = /\\(?:[1-9]|k<)|\(\?<(?![=!])/;

/**
 * One pattern that matches a text exactly when at least one of `patterns` matches it somewhere
 * (tested with `test` from the start: `g` and `y` are dropped), or undefined when they cannot be
 * combined exactly or there are none.
 */
export function patternUnion(patterns: readonly RegExp[]): RegExp | undefined {
  if (patterns.length === 0) return undefined;
  const flags = patterns[0]!.flags.replace(POSITION_FLAGS, '');
  for (const pattern of patterns) {
    if (pattern.flags.replace(POSITION_FLAGS, '') !== flags || NOT_COMBINABLE.test(pattern.source)) return undefined;
  }
  return new RegExp(patterns.map((pattern) => `(?:${pattern.source})`).join('|'), flags);
}

/**
 * Longest union, in characters of source: the regular expression engine optimises a large
 * pattern less (and one of tens of kilobytes runs far slower than its parts run one by one).
 */
const MAX_UNION_SOURCE = 6000;

/** Consecutive runs of `patterns` whose sources together stay under `MAX_UNION_SOURCE`. */
function runs<T>(items: readonly T[], source: (item: T) => string): T[][] {
  const out: T[][] = [];
  let run: T[] = [];
  let length = 0;
  for (const item of items) {
    const size = source(item).length + 5;
    if (run.length && length + size > MAX_UNION_SOURCE) {
      out.push(run);
      run = [];
      length = 0;
    }
    run.push(item);
    length += size;
  }
  if (run.length) out.push(run);
  return out;
}

/**
 * `patterns.some((pattern) => pattern.test(text))`, as a few tests of unions when the patterns
 * combine. For patterns without `g` or `y` (whose `test` keeps no position), the two always agree.
 */
export function anyMatcher(patterns: readonly RegExp[]): Matcher<boolean> {
  const stateless = patterns.every((pattern) => !pattern.global && !pattern.sticky);
  const unions = stateless ? runs(patterns, (pattern) => pattern.source).map(patternUnion) : [];
  if (unions.length && unions.every((union) => union !== undefined)) {
    return Object.assign((text: string) => anyTests(unions as RegExp[], text), { patterns: unions as RegExp[] });
  }
  return Object.assign((text: string) => anyTests(patterns, text), { patterns });
}

/** Whether any of the patterns matches the text. */
function anyTests(patterns: readonly RegExp[], text: string): boolean {
  for (let i = 0; i < patterns.length; i += 1) if (patterns[i]!.test(text)) return true;
  return false;
}

/** A test or rewrite of a text by patterns, with the patterns it runs (see `compilePatterns`). */
export type Matcher<T> = ((text: string) => T) & { readonly patterns: readonly RegExp[] };

/**
 * Texts the engine compiles a pattern for: it compiles separately for text held one byte a
 * character and for text that holds a wider character ("it’s", "–", an emoji).
 */
const COMPILE_FOR = ['', '\u2019'];

/**
 * Runs each pattern twice on a text of each kind, so the regular-expression engine has compiled it
 * to machine code before a message first needs it (it interprets a pattern the first time, and
 * compiles it the next): a large pattern takes milliseconds to compile, and would otherwise hold up
 * the first message that reaches it. Matching is unchanged, and each pattern is left as it was
 * found, at `lastIndex` 0.
 */
export function compilePatterns(patterns: Iterable<RegExp>): void {
  for (const pattern of patterns) {
    for (const text of COMPILE_FOR) {
      for (let i = 0; i < 2; i += 1) {
        pattern.lastIndex = 0;
        pattern.test(text);
      }
    }
    pattern.lastIndex = 0;
  }
}

/** Rewrites tested together: how many share one union. */
const REWRITE_BATCH = 6;

/**
 * Applies `rewrites` in order, each `text.replace(pattern, replacement)`, as a loop over them
 * would, but tests each batch of them with one union first and skips a batch none of whose
 * patterns matches the text as it stands when the batch's turn comes: such a batch would leave
 * the text unchanged. Most texts hold no rewrite at all, and are tested once.
 */
export function rewriter(rewrites: ReadonlyArray<readonly [RegExp, string]>): Matcher<string> {
  const batches: Array<{
    readonly any: RegExp | undefined;
    readonly rewrites: ReadonlyArray<readonly [RegExp, string]>;
  }> = [];
  for (const run of runs(rewrites, ([pattern]) => pattern.source)) {
    for (let i = 0; i < run.length; i += REWRITE_BATCH) {
      const batch = run.slice(i, i + REWRITE_BATCH);
      batches.push({ any: patternUnion(batch.map(([pattern]) => pattern)), rewrites: batch });
    }
  }
  const whole = rewrites.map(([pattern]) => pattern);
  const all =
    whole.reduce((sum, pattern) => sum + pattern.source.length + 5, 0) <= MAX_UNION_SOURCE
      ? patternUnion(whole)
      : undefined;
  const rewrite = (text: string): string => {
    if (all && !all.test(text)) return text;
    let out = text;
    for (const batch of batches) {
      if (batch.any && !batch.any.test(out)) continue;
      for (const [pattern, replacement] of batch.rewrites) out = out.replace(pattern, replacement);
    }
    return out;
  };
  const patterns = [
    ...(all ? [all] : []),
    ...batches.flatMap((batch) => [...(batch.any ? [batch.any] : []), ...batch.rewrites.map(([pattern]) => pattern)]),
  ];
  return Object.assign(rewrite, { patterns });
}
