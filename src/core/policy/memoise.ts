/**
 * A pure function of one text, remembered: the answer path reads the same clause sentences,
 * lead-ins and headings question after question, and each reading is a dozen regular expressions.
 * Bounded: when `limit` texts are held, the cache starts again, so unusual input cannot grow it.
 */
export function memoise<T>(read: (text: string) => T, limit = 20_000): (text: string) => T {
  const cache = new Map<string, T>();
  return (text) => {
    const known = cache.get(text);
    if (known !== undefined || cache.has(text)) return known as T;
    const value = read(text);
    if (cache.size >= limit) cache.clear();
    cache.set(text, value);
    return value;
  };
}
