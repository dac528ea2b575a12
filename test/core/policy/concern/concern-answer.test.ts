import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createAnswerer } from '../../../../src/adapters/answerer.ts';
import { loadCorpus } from '../../../../src/adapters/policy-files.ts';
import { defaultPoliciesDir } from '../../../../src/cli/cli-support.ts';
import { answerReply } from '../../../../src/core/conversation/answer-replies.ts';
import type { PolicyAnswerer } from '../../../../src/core/policy/answer.ts';
import { looksLikeQuestion, questionPart } from '../../../../src/core/policy/concern/concern-answer.ts';

const today = new Date('2026-11-21T12:00:00Z');
let answerer: PolicyAnswerer;

/** Allsorts with routes by kind added, as an admin would in organisation.yaml. */
beforeAll(async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'pd-routes-'));
  cpSync(path.join(defaultPoliciesDir, 'allsorts'), path.join(dir, 'allsorts'), { recursive: true });
  const file = path.join(dir, 'allsorts', 'organisation.yaml');
  const yaml = readFileSync(file, 'utf8')
    .replace(
      /^contacts:\n/m,
      'contacts:\n  lado:\n    title: Local authority designated officer (LADO)\n    phone: "01452 426994"\n  ceop:\n    title: CEOP\n    notes: report online sexual abuse\n',
    )
    .replace(
      /^reporting:\n/m,
      'reporting:\n  routes:\n    allegation:\n      summary: Tell the Safeguarding Lead today; they will contact the LADO.\n      contacts: [dsl, lado]\n    online-sexual-abuse:\n      summary: Tell the Safeguarding Lead; they may report it to CEOP.\n      contacts: [dsl, ceop]\n',
    );
  writeFileSync(file, yaml);
  answerer = createAnswerer(await loadCorpus(dir));
});

describe('answers to a concern', () => {
  it('give the general route, the first-response advice and contacts without their other duties', () => {
    const answer = answerer.answer('allsorts', "one of the boys said his mum's boyfriend hits him", today);
    expect(answer.verdict).toBe('report-concern');
    expect(answer.reporting).toMatchObject({ route: 'general', danger: false });
    expect(answer.reporting!.dont.join(' ')).toMatch(/Do not promise to keep it secret/);
    expect(answer.reporting!.doNow.join(' ')).toMatch(/in the person's own words/);
    expect(answer.contacts!.map((c) => c.id)).toEqual(['dsl', 'line-manager', 'emergency']);
    expect(answer.contacts!.every((c) => c.notes === undefined)).toBe(true);
    // Nothing asked: under the route, the organisation's own reporting clauses (reporting.clauses),
    // drawn as the reporting procedure, not as a yes or no.
    expect(answer.citations.map((c) => `${c.document}#${c.clause}`)).toEqual(['allsorts-mobile-phone-policy#6.1 (12)']);
    expect(answer.reportingProcedure).toBe(true);
    const reply = answerReply(answer, 'a0');
    expect(reply).toMatchObject({
      kind: 'concern',
      answerHeading: 'What your policy says about reporting',
      answer: { headline: 'Your reporting procedure', feedbackButtons: [] },
    });
  });

  it('route an allegation about a volunteer to the LADO, and online sexual abuse to CEOP, as organisation.yaml says', () => {
    const allegation = answerer.answer(
      'allsorts',
      'another volunteer keeps messaging a 15 year old late at night and told her to keep it secret',
      today,
    );
    expect(allegation.reporting).toMatchObject({
      route: 'allegation',
      summary: 'Tell the Safeguarding Lead today; they will contact the LADO.',
    });
    expect(allegation.contacts!.map((c) => c.id)).toEqual(['dsl', 'lado']);
    expect(allegation.reporting!.dont.join(' ')).toMatch(/Do not tell or question the adult/);
    const online = answerer.answer('allsorts', 'someone shared a nude of a 14 year old in the group chat', today);
    expect(online.reporting!.route).toBe('online-sexual-abuse');
    expect(online.reporting!.dont.join(' ')).toMatch(/Do not view, copy, screenshot, forward or delete/);
  });

  it('put the emergency line first for immediate danger, in every platform’s reply', () => {
    const answer = answerer.answer('allsorts', "a participant collapsed on the video call and isn't responding", today);
    expect(answer.reporting!.danger).toBe(true);
    const reply = answerReply(answer, 'a1');
    expect(reply).toMatchObject({
      kind: 'concern',
      danger: true,
      emergency: 'If someone is in immediate danger, call 999 now.',
    });
  });

  it('when in doubt, give both: the route first and the policy answer under it', () => {
    const answer = answerer.answer(
      'allsorts',
      'a yp told me an older man keeps messaging her on snapchat, can i add her as a friend on snapchat to keep an eye on it?',
      today,
    );
    expect(answer.verdict).toBe('report-concern');
    expect(answer.citations.length).toBeGreaterThan(0);
    expect(answer.policyVerdict).toBeDefined();
    const reply = answerReply(answer, 'a2');
    expect(reply.kind).toBe('concern');
    if (reply.kind === 'concern') expect(reply.answer?.citations.length).toBeGreaterThan(0);
  });

  it('answer the question a concern asks without a question mark, from the clause about it', () => {
    const answer = answerer.answer(
      'allsorts',
      'a yp just fainted at the session and the work phone is dead, can i ring her mum from my own phone',
      today,
    );
    expect(answer.verdict).toBe('report-concern');
    expect(answer.reportingProcedure).toBeUndefined();
    expect(answer.citations[0]?.text).toMatch(/mobile phone/i);
    expect(questionPart('she fell off the wall and is bleeding, should i call her dad')).toBe('should i call her dad');
    expect(looksLikeQuestion('he said his uncle hits him. i told the dsl')).toBe(false);
  });

  it('read "what\'s the process", "who should that go to", "anything i should do" as questions', () => {
    for (const message of [
      "a volunteer commented something pretty inappropriate on our fb page, what's the process",
      'a colleague keeps posting stuff about members on her personal fb, who should that go to',
      'he keeps coming in with his kit broken and stuff missing, anything i should do',
      'she went pale and slid off her chair on the call, what do i do',
    ])
      expect(looksLikeQuestion(message), message).toBe(true);
  });

  it('read the question a concern asks against the reporting procedure, towards caution only', () => {
    // Paraphrased, not from any test set: leaving a concern the procedure says to raise.
    const later = answerer.answer(
      'allsorts',
      'a member showed me bruises on her back and said her stepdad did it, can i leave it till next week?',
      today,
    );
    expect(later.verdict).toBe('report-concern');
    expect(later.reportingProcedure).toBe(true);
    expect(later.policyVerdict).toBe('not-allowed');
    // Nothing asked of the procedure: it is quoted, with no verdict of its own.
    const told = answerer.answer(
      'allsorts',
      'a member showed me bruises on her back and said her stepdad did it',
      today,
    );
    expect(told.policyVerdict).toBe('see-policy');
  });

  it('quote the reporting procedure for told harm that asks only "what do i do"', () => {
    // Paraphrased, not from any test set: a disclosure asking nothing beyond what to do now is
    // answered by the organisation's reporting procedure, not by the clause on messenger apps it
    // happened to be told over.
    const answer = answerer.answer(
      'allsorts',
      'a member told me on whatsapp that her dad hits her, what do i do',
      today,
    );
    expect(answer.verdict).toBe('report-concern');
    expect(answer.reportingProcedure).toBe(true);
  });

  it('quote the reporting procedure rather than a weak answer to the question a concern asks', async () => {
    const message = 'a yp just fainted at the session and the work phone is dead, can i ring her mum from my own phone';
    const question = 'the work phone is dead, can i ring a yp from my own phone';
    // With the bar for an answer under the route set above any clause's coverage, the procedure is
    // quoted; a plain question is still answered at the ordinary bar.
    const strict = createAnswerer(await loadCorpus(defaultPoliciesDir), { minCoverageUnderConcern: 1.01 });
    const answer = strict.answer('allsorts', message, today);
    expect(answer.verdict).toBe('report-concern');
    expect(answer.reportingProcedure).toBe(true);
    const plain = strict.answer('allsorts', question, today);
    expect(plain.verdict).not.toBe('no-answer');
    expect(plain.citations.length).toBeGreaterThan(0);
  });

  it('never repeat the message in the reply', () => {
    const reply = answerReply(answerer.answer('allsorts', 'Zebedee (12) said his uncle hits him', today), 'a3');
    expect(JSON.stringify(reply)).not.toContain('Zebedee');
    // Nor when the policy answer to a question in it comes under the route.
    const asked = answerReply(
      answerer.answer('allsorts', 'Zebedee (12) said his uncle hits him. can I text him tonight?', today),
      'a4',
    );
    expect(asked.kind === 'concern' && asked.answer?.citations.length).toBeGreaterThan(0);
    // No buttons of any kind under a concern, not even feedback.
    expect(asked.kind === 'concern' && asked.answer?.feedbackButtons).toEqual([]);
    expect(JSON.stringify(asked)).not.toContain('Zebedee');
  });
});
