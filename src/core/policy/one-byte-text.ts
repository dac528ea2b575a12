/**
 * Text held one byte a character. The JavaScript engine holds a string either one byte a
 * character (when every character is Latin-1) or two, and keeps the wider form for any string
 * made from a wider one, even when no wide character is left: a word cut from a clause that holds
 * a curly quote elsewhere, or a message once its curly apostrophes are made straight. Every
 * regular expression then runs on the slower two-byte form, and is compiled a second time for it
 * (milliseconds for the larger ones, on the first such message). The answer path runs hundreds of
 * patterns over each message, so it reads text in the narrow form wherever the text allows it.
 */

/** A character outside Latin-1: text holding one can only be held two bytes a character. */
const WIDE = /[\u0100-\uffff]/;

/** Characters converted per call, well under the engine's limit on arguments. */
const CHUNK = 4096;

/**
 * The same text (equal to it, character for character), held one byte a character when every
 * character is Latin-1; text with a wider character is returned as it is.
 */
export function oneByteText(text: string): string {
  if (WIDE.test(text)) return text;
  let out = '';
  for (let start = 0; start < text.length; start += CHUNK) out += latin1Chunk(text, start);
  return out;
}

/**
 * `text`, made from `original` by rewrites that may have removed its only wide characters (curly
 * quotes made straight), in the narrow form when it allows it. Text made from narrow text is narrow
 * already, and is returned as it is without the cost of rebuilding it.
 */
export function oneByteTextAfter(original: string, text: string): string {
  return WIDE.test(original) ? oneByteText(text) : text;
}

/** Up to `CHUNK` characters of Latin-1 `text` from `start`, rebuilt from their codes (one byte each). */
function latin1Chunk(text: string, start: number): string {
  const end = Math.min(text.length, start + CHUNK);
  const codes = new Uint8Array(end - start);
  for (let i = start; i < end; i += 1) codes[i - start] = text.charCodeAt(i);
  return String.fromCharCode.apply(null, codes as unknown as number[]);
}
