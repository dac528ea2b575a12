// One OS process racing another to create the same keys: reports which keys this process created.
import { createStore } from '../../../src/adapters/store/create-store.ts';
import { barrier } from './worker-support.ts';

const settings = JSON.parse(process.argv[2]!) as { url: string; namespace: string; keys: number; writer: number };
const store = await createStore({ url: settings.url, namespace: settings.namespace });
await store.get('warm-up');
await barrier();
const startedAt = Date.now();
const created: number[] = [];
const errors: string[] = [];
// Eight writers in flight at once, each walking the keys in a different order.
await Promise.all(
  Array.from({ length: 8 }, async (_, lane) => {
    for (let i = lane; i < settings.keys; i += 8) {
      const key = settings.writer % 2 ? settings.keys - 1 - i : i;
      try {
        if (await store.putIfAbsent(`k:${key}`, { writer: settings.writer, key })) created.push(key);
      } catch (error) {
        errors.push((error as Error).message);
      }
    }
  }),
);
const finishedAt = Date.now();
await store.close();
process.stdout.write(`${JSON.stringify({ created, errors, startedAt, finishedAt })}\n`);
