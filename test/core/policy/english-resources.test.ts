import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  loadEverydayPhrases,
  loadEverydayWords,
  sharedEverydayPhrases,
  sharedEverydayWords,
} from '../../../src/adapters/everyday-words-file.ts';
import { sharedThesaurus } from '../../../src/adapters/thesaurus-file.ts';
import { sharedWordVectors } from '../../../src/adapters/word-vectors-file.ts';
import { ClauseIndex, defaultIndexOptions, type EnglishResources } from '../../../src/core/policy/clause-index.ts';
import { EverydayPhrases } from '../../../src/core/policy/everyday-phrases.ts';
import type { Clause } from '../../../src/core/policy/policy-types.ts';
import { TextAnalyser } from '../../../src/core/policy/text-analysis.ts';
import { Thesaurus } from '../../../src/core/policy/thesaurus.ts';

/** Clauses as a policy would hold them, written for these tests (no organisation's wording). */
function clauses(...texts: Array<readonly [string, string]>): Clause[] {
  return texts.map(([section, text], i) => ({
    id: `doc#${i + 1}`,
    documentId: 'doc',
    label: String(i + 1),
    section,
    text,
    line: i + 1,
    kind: 'clause',
  }));
}

const kit = clauses(
  ['Photographs', 'Players should not wear jewellery in team photographs.'],
  ['Photographs', 'Photographs may be shared on the club website once a parent has agreed.'],
  ['Club matters', 'Coaches respond only to messages about club matters.'],
  ['Transport', 'Coaches must not give a player a lift home alone.'],
  ['Conduct', 'Staff must not smoke in front of children.'],
  ['Supervision', 'Never remain unaccompanied with a single child.'],
  ['Kit', 'The club supplies shirts and shorts for every match.'],
);

const index = (english: EnglishResources): ClauseIndex =>
  new ClauseIndex(kit, new TextAnalyser(), defaultIndexOptions, [], english);
const top = (ix: ClauseIndex, question: string): string =>
  ix.search(ix.analyse(question), 3)[0]?.clause.text ?? '(nothing)';

describe('Thesaurus', () => {
  const thesaurus = new Thesaurus([
    'earring\t\tjewelry jewellery',
    'pick_on\ttease\tharass',
    'photo\tphotograph exposure\trepresentation',
  ]);

  it('finds a word as written, or by its dictionary form', () => {
    expect(thesaurus.lookup('earring')?.broader).toEqual(['jewelry', 'jewellery']);
    expect(thesaurus.lookup('earrings')?.broader).toEqual(['jewelry', 'jewellery']);
    expect(thesaurus.lookup('photos')?.same).toEqual(['photograph', 'exposure']);
    expect(thesaurus.lookup('pick on')?.same).toEqual(['tease']);
    expect(thesaurus.lookup('bracelet')).toBeUndefined();
  });

  it('ships WordNet synonyms and broader terms for everyday words', () => {
    const shipped = sharedThesaurus();
    expect(shipped.size).toBeGreaterThan(50_000);
    expect(shipped.lookup('earrings')?.broader).toContain('jewellery');
    expect(shipped.lookup('pic')?.same).toContain('photo');
    expect(shipped.lookup('lads')?.broader).toContain('boy');
  });
});

describe('general English in retrieval', () => {
  const vectors = sharedWordVectors();

  it('matches a question word the policies never use through the thesaurus', () => {
    const question = 'she still had her earrings in, is that ok';
    expect(top(index({ vectors }), question)).not.toContain('jewellery');
    expect(top(index({ vectors, thesaurus: sharedThesaurus() }), question)).toContain('jewellery');
  });

  it('does not count a thesaurus match as the policies knowing the word (abstention stays by meaning)', () => {
    const withThesaurus = index({ vectors, thesaurus: sharedThesaurus() });
    const question = withThesaurus.analyse('earrings');
    const earrings = withThesaurus.analyser.term('earrings')!;
    expect(question.soft.get(earrings)?.map(([term]) => term)).toContain(withThesaurus.analyser.term('jewellery'));
    expect(withThesaurus.knownShare(question)).toBe(
      index({ vectors }).knownShare(index({ vectors }).analyse('earrings')),
    );
  });
});

describe('everyday words (resources/everyday-words.json)', () => {
  const vectors = sharedWordVectors();
  const thesaurus = sharedThesaurus();

  it('counts a word the lexicon gives a policy word for as known, unlike a thesaurus match', () => {
    // A curated chat word ("vape" is smoking) says the policies are about it; a WordNet sense does not.
    const everyday = new Thesaurus(['vape\tsmoke\t']);
    const without = index({ vectors, thesaurus });
    const withLexicon = index({ vectors, thesaurus, everyday });
    expect(withLexicon.knownShare(withLexicon.analyse('vape'))).toBeGreaterThan(
      without.knownShare(without.analyse('vape')),
    );
    expect(withLexicon.knownShare(withLexicon.analyse('vape'))).toBeGreaterThanOrEqual(0.8);
  });

  it('matches what staff say to what policies write: "vape" finds "smoke"', () => {
    const question = 'quick vape?';
    expect(top(index({ vectors, thesaurus }), question)).not.toContain('smoke');
    expect(top(index({ vectors, thesaurus, everyday: sharedEverydayWords() }), question)).toContain('smoke');
  });

  it('loads every entry of the shipped lexicon, and refuses a malformed one saying which entry and why', () => {
    expect(sharedEverydayWords().size).toBeGreaterThan(500);
    expect(sharedEverydayWords().lookup('lifts')?.same).toContain('transport');
    const dir = mkdtempSync(path.join(tmpdir(), 'everyday-'));
    const file = path.join(dir, 'everyday-words.json');
    writeFileSync(
      file,
      JSON.stringify([
        { say: ['lift'], policy: ['transport'] },
        { say: ['Give Lift'], policy: [] },
      ]),
    );
    expect(() => loadEverydayWords(file)).toThrow(/everyday-words\.json: entry 1\.say\.0: one lower-case word/);
    // The character that is not allowed is named: an accented word stopped the bot once.
    writeFileSync(file, JSON.stringify([{ say: ['crèche'], policy: ['nursery'] }]));
    expect(() => loadEverydayWords(file)).toThrow(/entry 0\.say\.0: one lower-case word[^;]*\("crèche" has "è"\)/);
    writeFileSync(file, '[{"say": ["lift"],');
    expect(() => loadEverydayWords(file)).toThrow(/cannot read the lexicon .*everyday-words\.json: .*JSON/);
  });
});

describe('everyday phrases (resources/everyday-phrases.json)', () => {
  const vectors = sharedWordVectors();
  const thesaurus = sharedThesaurus();

  it('finds a chat expression whose meaning is not in its words: "just me and him" is "unaccompanied"', () => {
    const question = 'just me and him in the hall for ten mins, ok?';
    expect(top(index({ vectors, thesaurus }), question)).not.toContain('unaccompanied');
    expect(top(index({ vectors, thesaurus, phrases: sharedEverydayPhrases() }), question)).toContain('unaccompanied');
  });

  it('matches whole phrases only, across any spacing and curly apostrophes', () => {
    const phrases = new EverydayPhrases([
      { say: ['on my own'], policy: ['alone'] },
      { say: ["don't tell my mum"], policy: ['confidentiality'] },
    ]);
    expect(phrases.policyWords('can I stay ON  my own with them?')).toEqual(['alone']);
    expect(phrases.policyWords('she said don’t tell my mum')).toEqual(['confidentiality']);
    expect(phrases.policyWords('moon my owner')).toEqual([]);
  });

  it('matches a phrase whichever personal pronoun it is written with', () => {
    const phrases = new EverydayPhrases([{ say: ['kick them out'], policy: ['remove'] }]);
    expect(phrases.policyWords('can i kick him out of the session?')).toEqual(['remove']);
    expect(phrases.policyWords('ok to kick her out?')).toEqual(['remove']);
    expect(phrases.policyWords('kick the ball out')).toEqual([]);
  });

  it('loads the shipped phrases, and refuses a malformed entry saying which and why', () => {
    expect(sharedEverydayPhrases().size).toBeGreaterThan(1000);
    const dir = mkdtempSync(path.join(tmpdir(), 'phrases-'));
    const file = path.join(dir, 'everyday-phrases.json');
    writeFileSync(file, JSON.stringify([{ say: ['lift'], policy: ['transport'] }]));
    expect(() => loadEverydayPhrases(file)).toThrow(
      /everyday-phrases\.json: entry 0\.say\.0: two to six lower-case words/,
    );
  });
});

describe('compounds written open or closed', () => {
  const trip = clauses(
    ['Shop trip', 'A headcount will be done outside the shop before returning to the club.'],
    ['Shop trip', 'One leader must stay outside the shop at all times.'],
    ['Camp', 'No alcohol may be drunk at camp fire sessions.'],
    ['Camp', 'Tents are checked every evening by two leaders.'],
  );
  const ix = new ClauseIndex(trip, new TextAnalyser(), defaultIndexOptions, [], { vectors: sharedWordVectors() });
  const first = (question: string): string => ix.search(ix.analyse(question), 3)[0]?.clause.text ?? '(nothing)';

  it('reads two words the policies write as one English word as that word', () => {
    expect(first('do we do a head count before the shop run')).toContain('headcount');
    expect(first('do we do a head-count before we head back')).toContain('headcount');
  });

  it('reads a word the policies write as two as those two', () => {
    expect(first('ok to open a bottle of wine at the campfire?')).toContain('camp fire');
  });

  it('leaves words alone that the policies do not write together', () => {
    // "camp" and "site" are not side by side in these policies; "head" and "back" are not one word.
    expect(ix.analyse('who checks the campsite').ownTerms).toEqual(ix.analyser.terms('who checks the campsite'));
    expect(ix.analyse('we head back at six').ownTerms).toEqual(ix.analyser.terms('we head back at six'));
  });
});
