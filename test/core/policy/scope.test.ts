import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { createAnswerer } from '../../../src/adapters/answerer.ts';
import { loadCorpus } from '../../../src/adapters/policy-files.ts';
import { sharedWordVectors } from '../../../src/adapters/word-vectors-file.ts';
import { defaultPoliciesDir } from '../../../src/cli/cli-support.ts';
import { gateFeatures } from '../../../src/core/policy/answer-gate.ts';
import { answerGateModel } from '../../../src/core/policy/answer-gate-model.ts';
import type { Corpus } from '../../../src/core/policy/corpus.ts';
import { probability, reads } from '../../../src/core/policy/logistic-model.ts';
import { scopeFeatures } from '../../../src/core/policy/scope-features.ts';
import { scopeModel } from '../../../src/core/policy/scope-model.ts';
import { allsortsWithTemplate } from '../../support/allsorts-with-template.ts';

// A template-style expenses policy (written for this test), beside Allsorts' own phone policy.
const expenses = `---
id: allsorts-expenses-test
title: Staff Expenses
organisation: allsorts
source: written for this test
numbering: positional
---

# Staff Expenses

## Mileage

1. Staff who drive their own car to an Allsorts activity may claim mileage at the rate set by the trustees, within 30 days of the journey.
`;
const today = new Date('2026-12-02T12:00:00Z');
/** The hand-set thresholds alone, without the learned answer gate that now decides for questions. */
const rules = { answerGate: null };
let corpus: Corpus;
/** What the answerer gives the model: the question's words and, through the word vectors, its meaning. */
const features = (question: string) => scopeFeatures(question, sharedWordVectors());
beforeAll(async () => {
  corpus = await loadCorpus(defaultPoliciesDir);
});

describe('the learned scope model', () => {
  it('reads pay, leave, parking and passwords as what safeguarding policies do not cover, and conduct as what they do', () => {
    const outOfScope = (q: string) => reads(scopeModel!, features(q));
    for (const admin of [
      'whats the wifi password at the office?',
      'how many days annual leave do i get this year',
      'when is payday this month?',
    ])
      expect(outOfScope(admin), admin).toBe(true);
    for (const policy of [
      'can i take photos of the members on my own phone?',
      'a lad wants to add me on snap, is that ok?',
      'who do i tell if a child discloses something?',
    ])
      expect(outOfScope(policy), policy).toBe(false);
  });

  it('refuses a question it reads as out of scope unless a clause answers it strongly', () => {
    const answerer = allsortsWithTemplate('expenses.md', expenses);
    const withoutModel = allsortsWithTemplate('expenses.md', expenses, { scopeModel: null });
    const wifi = 'whats the wifi password at the office?';
    // Without the model the policies' words ("office", "password") find a clause to quote…
    expect(withoutModel.answer('allsorts', wifi, today).verdict).not.toBe('no-answer');
    // …with it, the question is not covered.
    expect(answerer.answer('allsorts', wifi, today).verdict).toBe('no-answer');
    // A policy that does cover the topic still answers it: the match is strong.
    const mileage = answerer.answer('allsorts', 'how do i claim mileage for driving my own car to an activity?', today);
    expect(mileage.citations[0]?.section).toBe('Mileage');
    // And conduct questions are answered as before.
    expect(answerer.answer('allsorts', 'can i take photos of the members on my own phone?', today).verdict).toBe(
      'not-allowed',
    );
  });

  it('asks a stronger match to overrule it the surer it is (scopeOverrule)', () => {
    // Read at 0.97: its words ("zoom", "classes") match a clause of the Zoom policy strongly enough
    // to overrule a doubtful reading, not one this sure.
    const pay = 'when do tutors get paid for the zoom classes this month?';
    expect(probability(scopeModel!, features(pay))).toBeGreaterThan(0.95);
    expect(
      createAnswerer(corpus, { ...rules, scopeOverrule: 0 }).answer('online-courses', pay, today).verdict,
    ).not.toBe('no-answer');
    expect(createAnswerer(corpus, rules).answer('online-courses', pay, today).verdict).toBe('no-answer');
  });

  it('answers a question most of whose everyday words a small policy never uses (minKnownShare 0.3)', async () => {
    // A tutoring company's three short policies (Give and Grow CIC, a test fixture): "hold onto",
    // "info" and "stop" are words they never use, so the policies know little more than half of the
    // question (some of it known through the everyday-words lexicon).
    const small = await loadCorpus('test/fixtures/unseen-policies/give-and-grow-cic');
    const question = 'how long will you hold onto my info if I stop tutoring for you';
    // The scope model reads this question at the edge of its threshold (0.70); it is left out, so
    // what is measured here is the share of the question the policies know.
    const answer = createAnswerer(small, { ...rules, scopeModel: null }).answer('give-and-grow-cic', question, today);
    expect(answer.verdict).not.toBe('no-answer');
    expect(answer.citations.map((citation) => citation.section)).toContain('7. Data Retention');
    expect(
      createAnswerer(small, { ...rules, scopeModel: null, minKnownShare: 0.6 }).answer(
        'give-and-grow-cic',
        question,
        today,
      ).verdict,
    ).toBe('no-answer');
  });

  it('refuses from a probability of 0.7 (scopeThreshold)', () => {
    // The model reads this at 0.76: out of scope at the answer's threshold, in scope at a higher one.
    const question = 'can i change how much goes into my pension';
    const p = probability(scopeModel!, features(question));
    expect(p).toBeGreaterThan(0.7);
    expect(createAnswerer(corpus, rules).answer('worknlearn', question, today).verdict).toBe('no-answer');
    expect(
      createAnswerer(corpus, { ...rules, scopeThreshold: p + 0.01 }).answer('worknlearn', question, today).verdict,
    ).not.toBe('no-answer');
  });

  it('refuses a where or when question from 0.4 when its best clause states no place or time (unfitScopeThreshold)', () => {
    // Read at about 0.57: below the answer's threshold, above the lower one; Allsorts' clauses say
    // nothing of where anyone parks.
    const park = 'where do volunteers park on a tuesday night?';
    const p = probability(scopeModel!, features(park));
    expect(p).toBeGreaterThan(0.4);
    expect(p).toBeLessThan(0.7);
    expect(createAnswerer(corpus, rules).answer('allsorts', park, today).verdict).toBe('no-answer');
    expect(
      createAnswerer(corpus, { ...rules, unfitScopeThreshold: 0.7 }).answer('allsorts', park, today).verdict,
    ).not.toBe('no-answer');
    // Read at about 0.66, but its best clause says when: answered.
    const check = 'when can i check my phone during activities?';
    expect(probability(scopeModel!, features(check))).toBeGreaterThan(0.4);
    expect(createAnswerer(corpus, rules).answer('allsorts', check, today).verdict).not.toBe('no-answer');
  });

  it('reads a question by its meaning as well as its words: words no training question used still count', () => {
    // No training question says "salary" or "trailers"; words near them in meaning ("pay",
    // "vehicles") are what the model learned from.
    const training = readFileSync('test/fixtures/training/scope-train.jsonl', 'utf8');
    expect(training).not.toMatch(/salary|trailer/i);
    for (const question of [
      'is my salary paid on the last friday',
      'can visiting crews leave their trailers by the gate?',
    ]) {
      expect(probability(scopeModel!, features(question)), question).toBeGreaterThan(0.7);
      expect(probability(scopeModel!, scopeFeatures(question)), question).toBeLessThan(0.7);
    }
  });
});

describe('the learned answer gate', () => {
  it('reads general measures of the best match, by name', () => {
    const features = gateFeatures({
      outOfScope: 0.8,
      score: 9,
      coverage: 0.5,
      rank: 4,
      knownShare: 0.6,
      unfit: true,
      asksForContact: false,
      terms: 7,
    });
    expect(Object.fromEntries(features)).toEqual({
      bias: 1,
      outOfScope: 0.8,
      logScore: Math.log(10),
      coverage: 0.5,
      logMatch: Math.log(5.5),
      knownShare: 0.6,
      unfit: 1,
      asksForContact: 0,
      logTerms: Math.log(8),
      logRank: Math.log(5),
    });
    // Every feature the model weighs is one the gate reads.
    expect(Object.keys(answerGateModel!.weights).sort()).toEqual([...features.keys()].sort());
  });

  it('weighs them together where the hand-set thresholds weighed each alone', () => {
    const gate = createAnswerer(corpus);
    const byRules = createAnswerer(corpus, rules);
    // Office chat the rules let through on a weak match to a phone clause: refused.
    const printer = 'can i use the office printer for my own stuff?';
    expect(byRules.answer('allsorts', printer, today).verdict).not.toBe('no-answer');
    expect(gate.answer('allsorts', printer, today).verdict).toBe('no-answer');
    // A conduct question the rules refused for its unknown words ("hotspot", "rubbish", "community
    // centre"): answered, from the rule on personal phones.
    const hotspot = 'the wifi at the community centre is rubbish, can i hotspot from my phone for the zoom session?';
    expect(byRules.answer('allsorts', hotspot, today).verdict).toBe('no-answer');
    expect(gate.answer('allsorts', hotspot, today).verdict).not.toBe('no-answer');
    // Without the scope model, whose reading the gate weighs most, the thresholds decide alone:
    // the gate is never consulted.
    let consulted = 0;
    const observe = { gateObserver: () => (consulted += 1) };
    createAnswerer(corpus, { ...observe, scopeModel: null }).answer('allsorts', printer, today);
    expect(consulted).toBe(0);
    createAnswerer(corpus, observe).answer('allsorts', printer, today);
    expect(consulted).toBe(1);
    // A question for a value a record holds (a password, a price) whose best clause states none is
    // read as unfit for it, as a where or when question is whose best clause names no place or time.
    const unfitOf = (question: string): number | undefined => {
      let unfit: number | undefined;
      createAnswerer(corpus, { gateObserver: (read) => (unfit = read.get('unfit')) }).answer(
        'allsorts',
        question,
        today,
      );
      return unfit;
    };
    expect(unfitOf("does anyone have the wifi password for the office? my laptop won't connect")).toBe(1);
    expect(unfitOf('can i use the allsorts wifi on my own laptop?')).toBe(0);
    // Conduct questions are answered by both.
    for (const question of [
      'can i take photos of the members on my own phone?',
      'a lad wants to add me on snap, is that ok?',
    ])
      expect(gate.answer('allsorts', question, today).verdict, question).toBe('not-allowed');
  });
});

describe('questions for a number, a duration or money the policies never state (thirty-eighth session)', () => {
  it('refuses a question about money the policies never mention, and answers one they do', () => {
    const answerer = createAnswerer(corpus);
    for (const question of [
      'is there a mileage rate when i drive my own car to an allsorts trip?',
      'does allsorts pay anything towards my phone bill when i use my own mobile for work?',
    ])
      expect(answerer.answer('allsorts', question, today).verdict, question).toBe('no-answer');
    // A policy that states the rate answers it (the expenses paragraph above, beside Allsorts' own).
    const withExpenses = allsortsWithTemplate('expenses.md', expenses);
    expect(
      withExpenses.answer('allsorts', 'is there a mileage rate when i drive my own car to an allsorts activity?', today)
        .citations[0]?.text,
    ).toContain('may claim mileage');
  });
});

describe('questions for a number, a ratio, an age or a duration none of the best clauses states (thirty-ninth session)', () => {
  let answerer: ReturnType<typeof createAnswerer>;
  beforeAll(async () => {
    answerer = createAnswerer(await loadCorpus('test/fixtures/unseen-policies'));
  });

  it('refuses a ratio the policy never gives, and answers one it does', () => {
    // University College Dublin's policy names summer schools but gives no ratio.
    expect(
      answerer.answer(
        'university-college-dublin',
        'whats the staff to child ratio for the summer school groups on campus?',
        today,
      ).verdict,
    ).toBe('no-answer');
    // Ealing and Hammersmith Woodcraft Folk's states how many adults supervise.
    expect(
      answerer.answer(
        'ealing-and-hammersmith-woodcraft-folk',
        'how many adults do we need to supervise an activity?',
        today,
      ).citations[0]?.text,
    ).toContain('at least two adults supervising');
    // Pushkin's states how long photographs are kept.
    expect(
      answerer.answer(
        'pushkins-school-of-russian-language-and-literature',
        'how long do we keep unused photos for?',
        today,
      ).citations[0]?.text,
    ).toContain('kept for no more than two years');
  });
});
