import { beforeAll, describe, expect, it } from 'vitest';
import { createAnswerer } from '../../../src/adapters/answerer.ts';
import { loadCorpus } from '../../../src/adapters/policy-files.ts';
import { defaultPoliciesDir } from '../../../src/cli/cli-support.ts';
import { evaluate, readEvalFile } from '../../../src/cli/eval.ts';
import { PolicyDeskError } from '../../../src/core/errors.ts';
import type { PolicyAnswerer } from '../../../src/core/policy/answer.ts';
import { defaultIndexOptions } from '../../../src/core/policy/clause-index.ts';
import type { Corpus } from '../../../src/core/policy/corpus.ts';

let answerer: PolicyAnswerer;
let corpus: Corpus;
const today = new Date('2026-11-21T12:00:00Z');

beforeAll(async () => {
  corpus = await loadCorpus(defaultPoliciesDir);
  answerer = createAnswerer(corpus);
});

describe('PolicyAnswerer.answer', () => {
  it('answers with verbatim citations, a verdict from the clause wording and the linked request', () => {
    const answer = answerer.answer('allsorts', 'Can I text this young person?', today);
    expect(answer.verdict).toBe('needs-approval');
    expect(answer.citations[0]).toMatchObject({
      document: 'allsorts-mobile-phone-policy',
      clause: '3.5',
      section: '3. MOBILE DEVICES',
      kind: 'clause',
    });
    expect(answer.citations[0]!.text).toContain('should never keep a child or young');
    expect(answer.flows).toContainEqual(expect.objectContaining({ id: 'keep-contact-details' }));
  });

  it('answers words that name JavaScript object members ("constructor", "toString") like any other word', () => {
    for (const question of [
      'constructor',
      'is toString allowed on my phone?',
      '__proto__ hasOwnProperty valueOf',
      'a young person told me constructor',
    ]) {
      expect(() => answerer.answer('allsorts', question, today)).not.toThrow();
    }
  });

  it('cites at most five clauses, best first', () => {
    const answer = answerer.answer('allsorts', 'Can I take photos of children on my phone?', today);
    expect(answer.citations.length).toBeGreaterThan(0);
    expect(answer.citations.length).toBeLessThanOrEqual(5);
  });

  it('shows up to three candidates at a fifth of the best score, and further citations only at two fifths', () => {
    // Paraphrased, not from any test set.
    for (const question of [
      'is it ok to use breakout rooms on zoom with members?',
      'how many staff have to be on a zoom call with members?',
    ]) {
      const { citations } = answerer.answer('allsorts', question, today);
      const best = citations[0]!.score;
      citations.forEach((citation, i) => {
        expect(citation.score, question).toBeGreaterThanOrEqual(Math.floor(best * (i < 3 ? 0.2 : 0.4) * 100) / 100);
      });
    }
    const question = 'is it ok to use breakout rooms on zoom with members?';
    const { citations } = answerer.answer('allsorts', question, today);
    expect(citations).toHaveLength(3);
    expect(citations[2]!.score).toBeLessThan(citations[0]!.score * 0.4);
    // Without the shortlist, only citations within two fifths of the best are shown.
    const plain = createAnswerer(corpus, { shortlist: { size: 0, cutoff: 0.4 } }).answer('allsorts', question, today);
    expect(plain.citations.length).toBeLessThan(3);
  });

  it('says no-answer and names who to ask when the policies do not cover the question', () => {
    const answer = answerer.answer('allsorts', 'What is the holiday entitlement for staff?', today);
    expect(answer.verdict).toBe('no-answer');
    expect(answer.citations).toEqual([]);
    expect(answer.contacts!.length).toBeGreaterThan(0);
    // In case the message was a worry the concern detector did not recognise: never a dead end.
    expect(answer.safetyNote).toMatch(
      /^Passing on a worry about someone’s safety\? Raise any concern .* call 999 now\.$/,
    );
  });

  it('answers a question full of words the policies never use when a clause matches it strongly, and not otherwise', () => {
    // Paraphrased, not from any test set: the group, event and place are names the policy never
    // uses (most of the question), but what is asked, posting photos on a personal account, is
    // squarely covered.
    const question =
      'got some pics of the drama crew at the canal boat regatta in Hebden Bridge, can i stick them on my personal insta?';
    const strong = answerer.answer('allsorts', question, today);
    expect(strong.verdict).toBe('not-allowed');
    expect(strong.citations[0]!.clause).toBe('2.3');
    // The same question with the strong-match allowance switched off, asking the policies to know
    // 60% of its words (they know half, some of it through the everyday-words lexicon), is
    // "not covered".
    // (The hand-set thresholds alone, without the learned answer gate, which weighs them together.)
    const strict = createAnswerer(corpus, {
      answerGate: null,
      confidentMatch: Number.POSITIVE_INFINITY,
      minKnownShare: 0.6,
    });
    expect(strict.answer('allsorts', question, today).verdict).toBe('no-answer');
    // Much unknown and only a weak match: still not covered.
    expect(
      answerer.answer('allsorts', 'when is the canal boat trip minibus rota for the drama crew?', today).verdict,
    ).toBe('no-answer');
  });

  it("treats a disclosure as a concern: the reporting route and emergency advice, then the policy's own reporting clauses", () => {
    const answer = answerer.answer('allsorts', 'A young person told me their step-dad hits them', today);
    expect(answer.verdict).toBe('report-concern');
    // The clauses organisation.yaml names under `reporting.clauses`, quoted whole, as the answer under the route.
    expect(answer.citations.map((c) => c.clause)).toEqual(['6.1 (12)']);
    expect(answer.citations[0]!.text).toMatch(/concern/i);
    expect(answer.policyVerdict).toBe('see-policy');
    expect(answer.flows).toEqual([]);
    expect(answer.reporting!.emergency).toMatch(/999/);
    expect(answer.contacts!.length).toBeGreaterThan(0);
  });

  it('shows as the rule cited the sentence the verdict was read from, the rule on the act asked', () => {
    // Paraphrased, not from any test set. The question's situation (the AP centre shut) matches the
    // clause's first sentences; the rule on keeping phones on silent is its last.
    const answer = answerer.answer(
      'worknlearn',
      'a couple of learners are in with us today because their AP centre is shut, is it ok if they keep their phones on silent?',
      today,
    );
    expect(answer.verdict).toBe('not-allowed');
    expect(answer.citations[0]!.clause).toBe('6.3 (4)');
    expect(answer.citations[0]!.rule).toMatch(/^We do not store phones but do require that they are switched off/);
  });

  it('reads an emergency the message tells as the emergency a clause makes an exception for', () => {
    // Paraphrased, not from any test set. Personal phones need the DSL's and the parent's consent
    // "unless it is considered an emergency": someone collapsed and not responding is one.
    const question =
      "a learner has collapsed in the car park and isn't responding, can i ring her mum from my own mobile?";
    const answer = answerer.answer('worknlearn', question, today);
    expect(answer.verdict).toBe('report-concern');
    expect(answer.reporting!.danger).toBe(true);
    expect(answer.citations[0]!.clause).toBe('6.5');
    expect(answer.policyVerdict).toBe('allowed');
    // Nothing told of an emergency: the consent the clause asks for.
    expect(answerer.answer('worknlearn', 'can i ring a learner’s mum from my own mobile?', today).verdict).toBe(
      'needs-approval',
    );
  });

  it('answers a concern whose own question says too little ("what now?") about the case it tells', () => {
    // Paraphrased, not from any test set. "what now?" alone matches nothing; the case told does:
    // the clause on a first aid emergency in an online session, under the emergency line.
    const answer = answerer.answer(
      'allsorts',
      "a member passed out on the zoom call and there's no adult in the room with her, what now?",
      today,
    );
    expect(answer.verdict).toBe('report-concern');
    expect(answer.reporting!.emergency).toMatch(/999/);
    expect(answer.citations.map((c) => c.clause)).toContain('6.1 (10)');
    expect(answer.reportingProcedure).toBeUndefined();
  });

  it('when the best clause gives no yes or no, a cited clause as relevant that forbids it decides, towards caution only', () => {
    // The best clause is about text messages ("not the preferred method"); the next, about instant
    // messaging such as Snapchat, forbids it. Ranked as matched: by default a sentence stating no
    // rule ranks lower for a question asking leave (`ruleless`), and the text-message clause with it,
    // a sentence under a heading whose clauses hold more of the question higher (`sectionWeight`),
    // the act asked about ("message … on Snapchat") weighs more in the search (`actWeight`), and a
    // lead-in's words count nearly as the sentence's own (`clauseCredit`); the learned order of the
    // candidates weighs all of these, so the hand ranking's order is read here.
    const answer = createAnswerer(corpus, {
      candidateOrder: null,
      ruleless: 1,
      actWeight: 1,
      index: { ...defaultIndexOptions, sectionWeight: 0, clauseCredit: 0.6 },
    }).answer('activity-alliance', 'Can I message a participant on Snapchat?', today);
    const cited = answer.citations.map((c) => c.clause);
    expect(cited[0]).toBe('Text messages (SMS) 1');
    expect(cited.slice(1, 3)).toContain('Instant messaging service 1');
    expect(answer.verdict).toBe('not-allowed');
  });

  it('adds how to pass on a worry to an answer the concern detector read as no concern but not beyond doubt', () => {
    // Written for this test: "feeling low" is no disclosure, but is not beyond doubt.
    const doubtful = answerer.answer(
      'allsorts',
      "a young person told me she's been feeling low, can i give her my number?",
      today,
    );
    expect(doubtful.verdict).not.toBe('report-concern');
    expect(doubtful.citations.length).toBeGreaterThan(0);
    expect(doubtful.safetyNote).toMatch(/^Passing on a worry about someone’s safety\?/);
    // A plain policy question carries no such line.
    expect(
      answerer.answer('allsorts', 'can i take photos of the members on my own phone?', today).safetyNote,
    ).toBeUndefined();
  });

  it('answers a message it doubts whenever a clause matches it, never refusing it as out of scope', () => {
    // Written for this test: a worry told in passing, then an admin question the policies do not
    // cover. Read as no concern, but not beyond doubt.
    const message = "she seemed upset at pick up today, where's the rota for next week?";
    const judgedAsAnyQuestion = createAnswerer(corpus, { answerDoubted: false }).answer('allsorts', message, today);
    expect(judgedAsAnyQuestion.verdict).toBe('no-answer');
    // When in doubt, both: the best clause it matches, and the line on how to pass on a worry.
    const answered = answerer.answer('allsorts', message, today);
    expect(answered.verdict).not.toBe('no-answer');
    expect(answered.verdict).not.toBe('report-concern');
    expect(answered.citations.length).toBeGreaterThan(0);
    expect(answered.safetyNote).toMatch(/^Passing on a worry about someone’s safety\?/);
    // Where no clause matches it even that much, it is judged as any question, and "not covered"
    // still ends with the same line.
    const unmatched = answerer.answer('activity-alliance', message, today);
    expect(unmatched.verdict).toBe('no-answer');
    expect(unmatched.safetyNote).toMatch(/^Passing on a worry about someone’s safety\?/);
  });

  it('flags a cited policy that is past its review date', () => {
    const answer = answerer.answer('activity-alliance', 'Can I message a participant on Snapchat?', today);
    expect(answer.citations[0]!.reviewOverdue).toEqual({ reviewDate: '2026-01' });
    expect(answer.notices!.join()).toMatch(/due for review in January 2026/);
    const before = answerer.answer(
      'activity-alliance',
      'Can I message a participant on Snapchat?',
      new Date('2025-12-01T00:00:00Z'),
    );
    expect(before.citations[0]!.reviewOverdue).toBeUndefined();
  });

  it('never says allowed when the governing clause forbids the act or needs permission', () => {
    for (const [org, question] of [
      ['allsorts', "Can I film the young people at today's session?"],
      ['allsorts', 'Can I use my phone while driving the minibus?'],
      ['allsorts', 'am i allowed to take pics of the kids on my own phone'],
      ['online-courses', 'Can I share the Zoom passcode with a friend?'],
    ] as const) {
      expect(answerer.answer(org, question, today).verdict, question).not.toBe('allowed');
    }
  });

  it('says allowed when the question names the exception the clause makes', () => {
    expect(
      answerer.answer('worknlearn', 'Can I phone a young person on my own mobile in an emergency?', today).verdict,
    ).toBe('allowed');
    expect(answerer.answer('worknlearn', 'Can I phone a young person on my own mobile?', today).verdict).toBe(
      'needs-approval',
    );
  });

  it('rejects an unknown organisation, an empty question and an over-long one with coded errors', () => {
    expect(() => answerer.answer('nowhere', 'Can I text?', today)).toThrow(PolicyDeskError);
    expect(() => answerer.answer('nowhere', 'Can I text?', today)).toThrow(
      /Unknown organisation "nowhere"\. Known organisations: activity-alliance/,
    );
    expect(() => answerer.answer('allsorts', '   ', today)).toThrow(/The question is empty/);
    expect(() => answerer.answer('allsorts', 'x'.repeat(100_000), today)).toThrow(
      /100000 characters long; the limit is 2000/,
    );
  });
});

describe('asking whether to stop someone else', () => {
  it('reads "do we have to ask him to stop?" as a frame, not as the act the clause must name', () => {
    // Allsorts 2.3: "No photographs or video are to be taken … with the exception of a parent or
    // carer videoing/photographing their own children on activities or trips." "Ask" and "stop" are
    // the question's frame; the act is the dad's filming, which the exception names.
    const answer = answerer.answer(
      'allsorts',
      'a dad on the zoo trip keeps filming his own kids, do we have to ask him to stop?',
      today,
    );
    expect(answer.citations[0]?.clause).toBe('2.3');
    expect(answer.verdict).toBe('allowed');
  });
});

describe('an emergency a rule makes its exception for', () => {
  it('is one the message tells by a strong sign, not a weak one that still puts the emergency line first', () => {
    // Worknlearn 6.5: own phones "should never be used for contacting children and young people …
    // unless it is considered an emergency".
    const noShow = answerer.answer(
      'worknlearn',
      "student didn't turn up to placement this morning, can i text him from my own mobile to see where he is?",
      today,
    );
    expect(noShow.reporting?.danger).toBe(true);
    expect(noShow.policyVerdict).not.toBe('allowed');
    const walkedOut = answerer.answer(
      'worknlearn',
      "a student has walked out of his placement and isn't answering, work phone is dead. can i ring him on my own phone?",
      today,
    );
    expect(walkedOut.reporting?.danger).toBe(true);
    expect(walkedOut.policyVerdict).toBe('allowed');
  });
});

describe('answer quality on the dev questions (regression gate for the issue targets)', () => {
  it('meets top-1, top-3, abstention, verdict and safety targets', async () => {
    const report = evaluate(await readEvalFile('test/fixtures/dev-questions.jsonl'), answerer, today);
    expect(report.top1 / report.answerable).toBeGreaterThanOrEqual(0.9);
    // 0.97 with the first method; the sentence-level method ranks "Who reviews this policy and when?" second.
    expect(report.top3 / report.answerable).toBeGreaterThanOrEqual(0.96);
    expect(report.abstained / report.outOfScope).toBeGreaterThanOrEqual(0.8);
    expect(report.falseAbstentions / report.answerable).toBeLessThanOrEqual(0.03);
    expect(report.verdictCorrect / report.verdictQuestions).toBeGreaterThanOrEqual(0.85);
    expect(report.dangerous).toBe(0);
  });

  it('stays safe on staff-style questions it was not tuned on', async () => {
    const report = evaluate(await readEvalFile('test/fixtures/staff-questions.jsonl'), answerer, today);
    expect(report.dangerous).toBe(0);
    expect(report.falseAbstentions).toBe(0);
    expect(report.top3 / report.answerable).toBeGreaterThanOrEqual(0.85);
  });
});
