/**
 * Run-in headings: a clause or sentence that opens with a few emphasised words naming its topic,
 * "*Mobile Phones* - No mobile phones…", "**Tutors**: Name, contact details…", "**Child:** Anyone
 * under the age of 18". Policies lay out lists of rules this way; the heading names the topic, the
 * words after it are the rule.
 */
const EMPHASISED_OPENING = /^([•◦\d.\s]*)(?:\*\*([^*.]{2,60}?)\*\*|\*([^*\s.][^*.]{1,60}?)\*|_([^_.]{2,60}?)_)/;

/** What follows a heading that is set off as one: a dash or a colon ("*Dogs* – …", "**Tutors**: …"). */
const SET_OFF = /^\s*[-–—:]\s*(?=\S)/;

/**
 * The run-in heading a clause opens with, if any: emphasised words followed by a dash, a colon or
 * the rest of the text ("**Data Protection Officer** Email: …"). What the index reads as the
 * clause's own heading.
 */
export function runInHeading(text: string): string | undefined {
  const match = EMPHASISED_OPENING.exec(text);
  if (!match) return undefined;
  const rest = text.slice(match[0].length);
  return SET_OFF.test(rest) || /^\s+\S/.test(rest) ? (match[2] ?? match[3] ?? match[4])! : undefined;
}

/**
 * The text without a run-in heading set off by a dash or a colon, or ending in one ("**Child:**
 * …"), any bullet or number before it kept: the rule a verdict reads. Emphasised words that run on
 * into the sentence ("**Do not** share…") are part of the rule and stay.
 */
export function withoutRunInHeading(text: string): string {
  const match = EMPHASISED_OPENING.exec(text);
  if (!match) return text;
  const heading = (match[2] ?? match[3] ?? match[4])!;
  const rest = text.slice(match[0].length);
  const setOff = SET_OFF.exec(rest);
  if (setOff) return match[1] + rest.slice(setOff[0].length);
  return heading.trimEnd().endsWith(':') ? match[1] + rest.trimStart() : text;
}
