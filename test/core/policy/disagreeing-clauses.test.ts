import { describe, expect, it } from 'vitest';
import { allsortsWithTemplate } from '../../support/allsorts-with-template.ts';

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

const answerer = allsortsWithTemplate('keeping-in-touch.md', templateDoc);
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
