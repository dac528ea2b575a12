import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PolicyAnswerer } from '../../../src/core/policy/answer.ts';
import { buildCorpus } from '../../../src/core/policy/corpus.ts';

// A template-style policy (paraphrased, not any organisation's wording) in which one clause speaks
// well of one way to keep in touch, and another forbids the app asked about.
const templateDoc = `---
id: allsorts-contact-test
title: Keeping in Touch
organisation: allsorts
source: written for this test
numbering: positional
---

# Keeping in Touch

## Email

1. Email is a positive and simple way for leaders to send out session times to members, and groups are easy to set up.

## Instant messaging

1. WhatsApp, Messenger and other instant messaging apps should not be used by leaders to communicate with members under any circumstances.
`;

const policies = path.join(import.meta.dirname, '../../../policies');
const result = buildCorpus([
  {
    slug: 'allsorts',
    organisation: {
      file: 'allsorts/organisation.yaml',
      text: readFileSync(path.join(policies, 'allsorts/organisation.yaml'), 'utf8'),
    },
    documents: [
      // The organisation's own policy, which its organisation.yaml cites, beside the template.
      {
        file: 'allsorts/mobile-phone-social-networking.md',
        text: readFileSync(path.join(policies, 'allsorts/mobile-phone-social-networking.md'), 'utf8'),
      },
      { file: 'allsorts/keeping-in-touch.md', text: templateDoc },
    ],
  },
]);
if (!result.ok) throw new Error(result.problems.map((p) => p.message).join('; '));
const answerer = new PolicyAnswerer(result.corpus);
const today = new Date('2026-12-02T12:00:00Z');

describe('allowed only for the act asked about', () => {
  it('is not allowed from a clause that allows something else: the question names an app the clause does not', () => {
    const answer = answerer.answer(
      'allsorts',
      'thinking of setting up a whatsapp group for my members so i can send session times out, thats ok right?',
      today,
    );
    // The email clause matches most of the question's words (send, session times, group, set up)…
    expect(answer.citations[0]!.section).toBe('Email');
    // …but not WhatsApp, the rarest word it asks about that the policies use.
    expect(answer.verdict).toBe('see-policy');
  });

  it('is allowed when the clause names what is asked', () => {
    const answer = answerer.answer('allsorts', 'can i set up an email group to send session times to members?', today);
    expect(answer.citations[0]!.section).toBe('Email');
    expect(answer.verdict).toBe('allowed');
  });
});
