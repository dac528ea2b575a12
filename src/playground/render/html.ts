/**
 * HTML built so that text can only ever land in it escaped: `html` escapes every interpolated
 * value unless it is already an `Html` fragment made by this module. Forgetting to escape a
 * request field, a name or a quote is then impossible rather than merely unlikely.
 */

/** A fragment of trusted, already-escaped HTML. */
export class Html {
  constructor(readonly text: string) {}

  /** The markup, for writing to a response. */
  toString(): string {
    return this.text;
  }
}

/** Anything `html` accepts in a `${}`: text (escaped), fragments, lists of either, or nothing. */
export type HtmlPart = Html | string | number | null | undefined | false | readonly HtmlPart[];

const entities: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Escapes text for an element's content or a double- or single-quoted attribute value. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => entities[char]!);
}

function partText(part: HtmlPart): string {
  if (part instanceof Html) return part.text;
  if (Array.isArray(part)) return part.map(partText).join('');
  if (part === null || part === undefined || part === false) return '';
  return escapeHtml(String(part));
}

/** Tagged template: the literal parts are markup, every `${value}` is escaped unless it is an `Html`. */
export function html(strings: TemplateStringsArray, ...values: readonly HtmlPart[]): Html {
  let out = strings[0]!;
  values.forEach((value, i) => {
    out += partText(value) + strings[i + 1]!;
  });
  return new Html(out);
}

/** Joins fragments and text (escaped) into one fragment. */
export function join(parts: readonly HtmlPart[]): Html {
  return new Html(partText(parts));
}

/** A JSON value for a `data-*` attribute: the attribute escaping in `html` keeps it inert. */
export function jsonAttr(value: unknown): string {
  return JSON.stringify(value);
}
