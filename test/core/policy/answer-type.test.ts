import { describe, expect, it } from 'vitest';
import { answerFit, answerType } from '../../../src/core/policy/answer-type.ts';

/** Whether a clause word is one of the question's: every word is, or none is. */
const anyWord = () => true;
const noWord = () => false;

describe('answerType', () => {
  it('reads where / who / when questions, in chat spelling too', () => {
    expect(answerType('Where should I keep my phone?')).toBe('place');
    expect(answerType('wheres the consent form kept')).toBe('place');
    expect(answerType('who is the welfare officer?')).toBe('person');
    expect(answerType('whos the welfare officer and hows best to reach him')).toBe('person');
    expect(answerType("who's on duty at the gala")).toBe('person');
    expect(answerType('whens the dbs renewal due')).toBe('time');
    expect(answerType('whose job is it to check the page?')).toBe('person');
    // "whole" starts with "who" but asks nothing of a person.
    expect(answerType('whole squad is going, can i drive?')).toBe('any');
    expect(answerType('can i text a player?')).toBe('any');
  });
});

describe('answerFit', () => {
  it('finds a person in a name given for a role, and in coaches and leaders', () => {
    // Paraphrased from a cheer club's and a supplementary school's contact lines (not the five).
    expect(answerFit('person', 'Head coach - Shania Watton', noWord)).toBe('near');
    expect(answerFit('person', 'Designated Safeguarding Lead: Mona Deyab', noWord)).toBe('near');
    expect(answerFit('person', 'Speak to the head coach before the session.', noWord)).toBe('somewhere');
    expect(answerFit('person', 'See section 4 - Code Of Conduct.', noWord)).toBe('none');
  });

  it('finds a person in the roles and agencies a UK policy names', () => {
    // Sentences of a junior football club's own policy (Newcastle City Juniors, not one of the shipped five).
    expect(answerFit('person', 'Report bullying incidents to the Club Welfare Officer.', anyWord)).toBe('near');
    expect(answerFit('person', 'Call the NSPCC 24 hour Helpline for advice.', anyWord)).toBe('near');
    expect(answerFit('person', 'Bullying of any kind is unacceptable at our club.', anyWord)).toBe('none');
  });
});

describe('a question about what befalls someone who breaks a rule', () => {
  it('wants the sanction, wherever the question asks it; not a question about a procedure', () => {
    // Written for this test.
    expect(answerType('what actually happens if a volunteer breaks the phone rules?')).toBe('consequence');
    expect(answerType("what could happen to me if i don't follow the code of conduct")).toBe('consequence');
    expect(answerType('could a parent get banned from the touchline for shouting?')).toBe('consequence');
    expect(answerType('what are the consequences of posting pics without consent')).toBe('consequence');
    expect(answerType('what happens if a child tells me something at training?')).toBe('any');
    expect(answerType('what happens now?')).toBe('any');
  });

  it('finds the sanction a clause states, as the answer type, wherever it stands', () => {
    // Sentences of a junior football club's own policy (Hanworth Villa FC, not one of the shipped five).
    expect(answerFit('consequence', 'Warnings, suspensions, or removal from the club', noWord)).toBe('near');
    expect(answerFit('consequence', 'Breach of the policy can result in disciplinary action.', noWord)).toBe('near');
    expect(answerFit('consequence', "Content shared must reflect the club's values.", noWord)).toBe('none');
  });
});

describe('a question for a value a record holds', () => {
  it('wants a password, a price or a fee, and finds one only in a clause that states such a value', () => {
    // Written for this test.
    expect(answerType("what's the wifi password at the office?")).toBe('value');
    expect(answerType('how much does a place on the summer course cost?')).toBe('value');
    expect(answerType('does anyone have the zoom login for tonight')).toBe('value');
    expect(answerType('how much supervision do the under 8s need?')).toBe('any');
    expect(answerType('can i share my password with a volunteer?')).toBe('any');
    expect(answerFit('value', 'Sessions cost £4.50, payable on the night.', noWord)).toBe('somewhere');
    expect(answerFit('value', 'Membership fees are reviewed each year by the trustees.', noWord)).toBe('somewhere');
    expect(answerFit('value', 'Using the private wifi connection on the phone or laptop.', noWord)).toBe('none');
  });
});

describe('questions for a number, a duration or money (thirty-eighth session)', () => {
  it('reads how long, how many or how old, and questions about paying or claiming back', () => {
    expect(answerType('how long do we keep the photos from the summer show?')).toBe('duration');
    expect(answerType('how many adults do we need on the camping trip?')).toBe('quantity');
    // Since the thirty-ninth session an age and a ratio are types of their own (below).
    expect(answerType("what's the minimum age to help out as a volunteer?")).toBe('age');
    expect(answerType('what ratio of leaders to kids on a residential?')).toBe('ratio');
    expect(answerType('can i claim back my mileage for driving to the gala?')).toBe('money');
    expect(answerType('family moving away mid term, do they get their money back?')).toBe('money');
    expect(answerType('does the club pay towards my phone bill if i use my own mobile?')).toBe('money');
    // Neither: asking leave, or when.
    expect(answerType('can i drive two of the kids to the gala?')).toBe('any');
    expect(answerType('how often should the dbs be renewed?')).toBe('time');
  });

  it('finds them stated, or not, in other organisations’ own sentences (none of the shipped five)', () => {
    // Pushkin's School of Russian Language and Literature.
    const kept = 'Unpublished or unused photographs and recordings are normally kept for no more than two years.';
    expect(answerFit('duration', kept, noWord)).toBe('somewhere');
    expect(
      answerFit(
        'duration',
        'Families must not publish identifiable photographs or recordings of other children without appropriate permission.',
        noWord,
      ),
    ).toBe('none');
    // Ealing and Hammersmith Woodcraft Folk.
    expect(
      answerFit('quantity', 'Will ensure that there are at least two adults supervising any activity.', noWord),
    ).toBe('somewhere');
    expect(answerFit('quantity', 'Leaders should dress appropriately for the activity.', noWord)).toBe('none');
    // Nidd United JFC.
    const expenses =
      'Out-of-pocket expenses can only be claimed back if you have been given an ExpensePlus account and have followed the Expenses & Purchasing Policy here.';
    expect(answerFit('money', expenses, noWord)).toBe('somewhere');
    expect(answerFit('money', 'Coaches should never give a lift to a player on their own.', noWord)).toBe('none');
  });
});

describe('questions for a ratio or an age (thirty-ninth session)', () => {
  it('reads a ratio or an age asked for, not one only mentioned', () => {
    expect(answerType('whats the staff to child ratio for the summer school groups?')).toBe('ratio');
    expect(answerType('is there a set ratio for the swimming outing?')).toBe('ratio');
    expect(answerType('how many coaches do we need per player for the minis?')).toBe('ratio');
    expect(answerType('is there a minimum age for the outdoor climbing sessions?')).toBe('age');
    expect(answerType('how old do you have to be to help at the tuck shop')).toBe('age');
    expect(answerType('up to what age do we count someone as a child?')).toBe('age');
    // A ratio mentioned in a question that asks something else.
    expect(answerType("we're a coach short tonight - can we count the parents watching in our ratios?")).toBe('any');
    expect(answerType('how many adults do we need on the camping trip?')).toBe('quantity');
  });

  it('finds a ratio, people counted or an age in other organisations’ own sentences (none of the shipped five)', () => {
    // Ealing and Hammersmith Woodcraft Folk.
    const two = 'Will ensure that there are at least two adults supervising any activity.';
    expect(answerFit('ratio', two, noWord)).toBe('somewhere');
    // Written for this test: an extra adult counted.
    expect(answerFit('quantity', 'Sessions should be supported by an additional member of staff.', noWord)).toBe(
      'somewhere',
    );
    // University College Dublin: a number that is no ratio, and no age.
    const schools = 'Children attending summer schools in the University;';
    expect(answerFit('ratio', schools, noWord)).toBe('none');
    expect(answerFit('age', schools, noWord)).toBe('none');
    // Newstead Road Pre-School: an age range stated.
    expect(answerFit('age', 'We take account of the need to protect young people aged 16-19.', noWord)).toBe(
      'somewhere',
    );
    expect(answerFit('ratio', 'We take account of the need to protect young people aged 16-19.', noWord)).toBe('none');
  });
});

describe('how much notice (thirty-ninth session)', () => {
  it('reads the question and finds a period or "in advance" stated, in other organisations’ own sentences', () => {
    expect(answerType('how much notice do i need to give to swap a shift?')).toBe('notice');
    expect(answerType("how many days' notice do parents give to cancel?")).toBe('notice');
    expect(answerType('how far in advance do we book the minibus?')).toBe('notice');
    // Music Performance Academy (not the five).
    expect(answerFit('notice', 'Private lessons: 7 days notice required for cancellation without charge', noWord)).toBe(
      'somewhere',
    );
    expect(answerFit('notice', 'All sessions must be booked in advance through our booking system', noWord)).toBe(
      'somewhere',
    );
    // People counted are no notice.
    expect(answerFit('notice', 'Two members of staff will be in attendance during video calls.', noWord)).toBe('none');
  });
});
