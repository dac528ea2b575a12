/** Reading Adaptive Cards back in tests. */

/** Every action on a card, wherever it sits (actions bar, ActionSets, nested containers). */
export function actionCount(card: unknown): number {
  let count = 0;
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) {
      node.forEach(walk);
      return;
    }
    if (!node || typeof node !== 'object') return;
    const type = (node as { type?: unknown }).type;
    if (typeof type === 'string' && type.startsWith('Action.')) count += 1;
    for (const [key, value] of Object.entries(node)) if (key !== 'refresh') walk(value);
  };
  walk(card);
  return count;
}
