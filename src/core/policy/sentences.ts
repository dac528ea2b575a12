/**
 * Where one sentence ends and the next starts: after ".", "!", "?" or ";" and before a capital,
 * a quote, a bracket or a bullet. Not after an abbreviation ("platforms (e.g. Zoom, Google Meet)",
 * "Dr. Patel"): the sentence goes on.
 */
const SENTENCE_END =
  /(?<!\b(?:[Ee]\.[Gg]|[Ii]\.[Ee]|Mr|Mrs|Ms|Dr|St|[Ii]ncl|[Aa]pprox|[Vv]s)\.)(?<=[.!?;])\s+(?=[A-Z"'\u201c\u2018(•◦])/;

/**
 * Splits a clause into sentences and list items. Items of a fragment list ("by: • Text message")
 * are read together with their lead-in, since they do not stand alone.
 */
export function splitSentences(text: string): string[] {
  const sentences: string[] = [];
  let lead: string | undefined;
  for (const line of text.split('\n')) {
    const bullet = /^\s*(?:[•◦]|\d+\.)\s+(.*)$/.exec(line);
    if (bullet && lead !== undefined && bullet[1]!.split(/\s+/).length <= 4) {
      sentences.push(`${lead} ${bullet[1]}`);
      continue;
    }
    const parts = line
      .split(SENTENCE_END)
      .map((part) => part.trim())
      .filter(Boolean);
    for (const part of parts) {
      // "Use your own camera for work. Unless given permission by…": the exception belongs to the rule.
      if (/^(?:unless|except)\b/i.test(part) && sentences.length) sentences[sentences.length - 1] += ` ${part}`;
      else sentences.push(part);
    }
    const last = parts[parts.length - 1];
    lead = last?.endsWith(':') ? last : bullet ? lead : undefined;
  }
  return sentences;
}
