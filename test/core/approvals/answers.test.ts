import { describe, expect, it } from 'vitest';
import {
  calendarDateIn,
  defaultTimeZone,
  displayAnswer,
  normaliseInitials,
  validateAnswers,
} from '../../../src/core/approvals/answers.ts';
import { allsortsAnswers, shippedCorpus } from './helpers.ts';

const flow = async (id: string) => (await shippedCorpus()).organisations.get('allsorts')!.flowById.get(id)!;

describe('normaliseInitials', () => {
  it('removes dots and spaces and upper-cases', () => {
    expect(normaliseInitials(' j. s. ')).toBe('JS');
    expect(normaliseInitials('A B C')).toBe('ABC');
  });

  it('rejects anything that looks like a name or is not letters', () => {
    expect(normaliseInitials('Jamie')).toBeUndefined();
    expect(normaliseInitials('Jo Smith')).toBeUndefined();
    expect(normaliseInitials('J-S')).toBeUndefined();
    // Short first names are not initials, whatever their length.
    for (const name of ['Jo', 'Amy', 'Tom', 'jo', 'amy', 'Al.', 'Jo S'])
      expect(normaliseInitials(name), name).toBeUndefined();
    expect(normaliseInitials('TOM')).toBe('TOM');
    expect(normaliseInitials('j s')).toBe('JS');
    expect(normaliseInitials('12')).toBeUndefined();
    expect(normaliseInitials('')).toBeUndefined();
  });
});

describe('validateAnswers', () => {
  it('refuses a date in the past for a field that asks for today or later, and says why', async () => {
    const photos = await flow('photos');
    const now = new Date('2026-12-02T10:00:00Z');
    const past = validateAnswers(photos, { ...allsortsAnswers.photos, date: '2026-12-01' }, now);
    expect(past).toEqual({
      ok: false,
      fieldErrors: { date: "Enter today's date or a later one: this is for something still to happen." },
    });
    expect(validateAnswers(photos, { ...allsortsAnswers.photos, date: '2026-12-02' }, now).ok).toBe(true);
    expect(validateAnswers(photos, { ...allsortsAnswers.photos, date: '2026-12-24' }, now).ok).toBe(true);
  });

  it("means London's today, not UTC's: at 23:30 UTC in summer it is already tomorrow in the UK", async () => {
    const photos = await flow('photos');
    // 2026-06-30T23:30Z is 00:30 BST on 1 July.
    const now = new Date('2026-06-30T23:30:00Z');
    expect(validateAnswers(photos, { ...allsortsAnswers.photos, date: '2026-06-30' }, now)).toEqual({
      ok: false,
      fieldErrors: { date: "Enter today's date or a later one: this is for something still to happen." },
    });
    expect(validateAnswers(photos, { ...allsortsAnswers.photos, date: '2026-07-01' }, now).ok).toBe(true);
    // In winter London keeps UTC's date.
    const winter = new Date('2026-12-01T23:30:00Z');
    expect(validateAnswers(photos, { ...allsortsAnswers.photos, date: '2026-12-01' }, winter).ok).toBe(true);
  });

  it('checks "today" in the time zone it is given, behind UTC too', async () => {
    const photos = await flow('photos');
    // 02:00 UTC on 1 July is still 30 June in New York: today there, refused by UTC's date.
    const now = new Date('2026-07-01T02:00:00Z');
    expect(validateAnswers(photos, { ...allsortsAnswers.photos, date: '2026-06-30' }, now, 'America/New_York').ok).toBe(
      true,
    );
    expect(calendarDateIn(now, 'America/New_York')).toBe('2026-06-30');
    expect(calendarDateIn(now, defaultTimeZone)).toBe('2026-07-01');
  });

  it('accepts valid answers and normalises initials', async () => {
    const result = validateAnswers(await flow('trustee-contact'), allsortsAnswers['trustee-contact']);
    expect(result).toEqual({
      ok: true,
      answers: {
        'young-person': 'AB',
        purpose: 'Mentoring towards employment',
        'parent-agreement': { agreed: true, who: 'Parent', how: 'In writing' },
      },
    });
    const keep = validateAnswers(await flow('keep-contact-details'), allsortsAnswers['keep-contact-details']);
    expect(keep.ok && keep.answers['young-person']).toBe('JS');
  });

  it('returns a message per bad field instead of throwing', async () => {
    const result = validateAnswers(await flow('trustee-contact'), {
      'young-person': 'Jamie Smith',
      purpose: '',
      'parent-agreement': { agreed: true, who: 'Neighbour' },
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.fieldErrors['young-person']).toMatch(/initials only/);
    expect(result.fieldErrors.purpose).toBe('This is required.');
    expect(result.fieldErrors['parent-agreement']).toMatch(/Say who agreed: Parent, Carer/);
  });

  it('requires required attestations to be confirmed', async () => {
    const result = validateAnswers(await flow('photos'), { ...allsortsAnswers.photos, 'parental-consent': false });
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.fieldErrors['parental-consent']).toMatch(
        /^Confirm this before you submit: "Parental consent to photographs/,
      );
  });

  it('checks dates are real calendar dates and text lengths', async () => {
    const result = validateAnswers(await flow('photos'), {
      ...allsortsAnswers.photos,
      date: '2025-02-30',
      activity: 'x'.repeat(201),
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.fieldErrors.date).toMatch(/real date/);
    expect(result.fieldErrors.activity).toMatch(/200 characters/);
  });

  it('checks a choice is one of the options', async () => {
    const corpus = await shippedCorpus();
    const recordings = corpus.organisations.get('worknlearn')!.flowById.get('recordings')!;
    const result = validateAnswers(recordings, {
      kind: 'photos',
      purpose: 'Team day',
      date: '2025-04-01',
      device: 'Work tablet',
    });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.fieldErrors.kind).toBe('Choose one of: Images, Video, Audio.');
  });

  it('drops fields the flow does not define, so nothing unasked is stored', async () => {
    const result = validateAnswers(await flow('keep-contact-details'), {
      ...allsortsAnswers['keep-contact-details'],
      fullName: 'Jamie Smith',
    });
    expect(result.ok && Object.keys(result.answers)).toEqual(['young-person', 'reason']);
  });

  it('treats a non-object as an empty form', async () => {
    const result = validateAnswers(await flow('keep-contact-details'), 'nonsense');
    expect(result).toEqual({
      ok: false,
      fieldErrors: { 'young-person': 'This is required.', reason: 'This is required.' },
    });
  });
});

describe('displayAnswer', () => {
  it('shows choice labels and attestations in words', async () => {
    const trustee = await flow('trustee-contact');
    expect(displayAnswer(trustee.fields[2]!, { agreed: true, who: 'Parent', how: 'In writing' })).toBe(
      'Yes (Parent, In writing)',
    );
    const corpus = await shippedCorpus();
    const recordings = corpus.organisations.get('worknlearn')!.flowById.get('recordings')!;
    expect(displayAnswer(recordings.fields[0]!, 'video')).toBe('Video');
  });
});
