import { memoise } from './memoise.ts';

/**
 * Who a question and a clause are about. "Can I text this young person?" asks what staff may do;
 * "Children under 13 are not permitted to be registered" rules on what children may do. A clause
 * about the other party is rarely the answer, so retrieval ranks it lower, and a clause addressed
 * to the asker's side a little higher.
 */
export type Actor = 'staff' | 'young-person' | 'parent' | 'unknown';

const YOUNG = String.raw`(?:the\s+|our\s+|a\s+|an\s+)?(?:children|child|kids?|young (?:people|persons?)|students?|pupils?|participants?|members?|teenagers?|yps?)`;
const STAFF = String.raw`(?:i|we|staff|a trustee|trustees|volunteers?|a volunteer|another member of staff|a member of staff|colleagues?|a colleague|leaders?|the activity leader|managers?|coordinators?)`;
const MODAL = String.raw`(?:can|could|may|might|should|must|shall|do|does|am|are|is|will|would|need|ought)`;
const PARENT = String.raw`(?:the\s+|a\s+|an\s+)?(?:parents?|carers?|guardians?|mums?|moms?|dads?|mothers?|fathers?|spectators?|parents? and carers)`;

const YOUNG_SUBJECT = new RegExp(String.raw`\b${MODAL}\s+${YOUNG}\b`);
const PARENT_SUBJECT = new RegExp(
  String.raw`\b${MODAL}\s+${PARENT}\b|^${PARENT}\s+(?:wants?|would like|asked|is asking|are asking)\b`,
);
const STAFF_SUBJECT = new RegExp(String.raw`\b${MODAL}\s+(?:another\s+|a\s+|the\s+)?${STAFF}\b`);

/** The actor of a question: who would do the thing asked about, wherever the question stands in the message. */
export function questionActor(question: string): Actor {
  const q = question
    .toLowerCase()
    .replace(/[\u2018\u2019]/g, "'")
    .trim();
  if (/^(?:is it (?:ok|okay|alright|all right|fine|acceptable|allowed)|am i)\b/.test(q)) return 'staff';
  const young = YOUNG_SUBJECT.exec(q);
  const staff = STAFF_SUBJECT.exec(q);
  const parent = PARENT_SUBJECT.exec(q);
  const first = [young, staff, parent].filter((m) => m).sort((a, b) => a!.index - b!.index)[0];
  if (first && first === young) return 'young-person';
  if (first && first === parent) return 'parent';
  if (staff) return 'staff';
  // "…shall i just delete it", "i'm a trustee, can i…", "ok for me to…": the asker acts.
  return /\b(?:i'm|i am|i've|i have|i need|i want|i'd|for me to|me to)\b/.test(q) ? 'staff' : 'unknown';
}

/**
 * The actor of a clause: the subject of its first sentence, else of its lead-in ("Students must
 * not:"), else of its heading ("Players must not", "Parent Guidance"), else of its document's title
 * ("Code of Conduct for Parents"): a list under "Students must not" is about the young people, not
 * the staff.
 */
export function clauseActor(text: string, context?: string, section?: string, title?: string): Actor {
  const own = sentenceActor(text);
  if (own !== 'unknown') return own;
  if (context) {
    const lead = sentenceActor(context);
    if (lead !== 'unknown') return lead;
  }
  const bySection = section ? sectionActor(section) : 'unknown';
  if (bySection !== 'unknown' || !title) return bySection;
  // Last, the document's title, when it says whom it addresses ("Code of Conduct for Coaches").
  return addressedActor(title);
}

const YOUNG_HEADING =
  /\b(?:children|child|young people|young person|kids|students|pupils|players|juniors|learners|young leaders|referees? u18)(?:'s|’s|’|')?\b/i;
// Foster carers are the organisation's own carers, not a member's family.
const PARENT_HEADING = /\b(?:parents?|(?<!foster )carers?|guardians?|spectators?|families)(?:'s|’s|’|')?\b/i;
const STAFF_HEADING =
  /\b(?:staff|employees?|volunteers?|coaches|coach|officials|leaders|trustees|adults|tutors|teachers|workers)\b/i;

/**
 * Who a section addresses: its own heading ("Player’s Guidance > Players must not" is about the
 * young people), else the nearest heading above it that says ("My responsibilities as a Parent >
 * Supporting the Club" is the parents').
 */
const sectionActor = memoise((section: string): Actor => {
  const headings = section.split(' > ');
  const own = headingActor(headings.pop() ?? '');
  if (own !== 'unknown') return own;
  // Above its own heading, only a heading that says whom it addresses ("as a Coach", "for
  // Parents"), not one that names a topic ("Safeguarding Children", "Worried About a Child").
  for (const heading of headings.reverse()) {
    const actor = addressedActor(heading);
    if (actor !== 'unknown') return actor;
  }
  return 'unknown';
});

/** A heading that names whom it addresses: "My responsibilities as a Parent, Guardian…", "Code of Conduct for Coaches". */
const ADDRESSED = /\b(?:as an?|for)\s+(.+)$/i;

/** Whom a heading or title says it addresses ("…as a Parent", "…for Coaches"), if it says. */
function addressedActor(heading: string): Actor {
  const addressed = ADDRESSED.exec(heading)?.[1];
  return addressed ? headingActor(addressed) : 'unknown';
}

/** Who one heading addresses. */
function headingActor(heading: string): Actor {
  if (!heading) return 'unknown';
  const young = YOUNG_HEADING.exec(heading);
  const staff = STAFF_HEADING.exec(heading);
  const parent = PARENT_HEADING.exec(heading);
  // "Parents, Guardians, and Spectators", "Parent Guidance": the families' own rules. Not a heading
  // that names staff as well ("Staff and parents").
  if (parent && !staff && (!young || parent.index < young.index)) return 'parent';
  if (young && (!staff || young.index < staff.index)) return 'young-person';
  return staff ? 'staff' : 'unknown';
}

/** Who a sentence's subject is. Clause sentences come back question after question: remembered. */
const sentenceActor = memoise((text: string): Actor => {
  // Drop list markers and a leading "Exceptional Circumstances:" style label.
  const t = text
    .toLowerCase()
    .replace(/^[\s•◦\d.]+/, '')
    .replace(/^[a-z ]{3,40}:\s+/, '')
    .replace(/^if\s+(?:any\s+)?/, '');
  if (
    /^(?:children|child|young people|young person|kids|students|pupils|the students|participants|children and young people)\b/.test(
      t,
    )
  )
    return 'young-person';
  // "Parents must not…", "Parents/carers should…": the families' own rule. Not "Parents will be
  // asked to give permission": that is a rule for whoever asks them.
  if (
    /^(?:parents?|carers?|parents and carers|parents\/carers|spectators)\s+(?:must|should|may|can|need to|are (?:expected|encouraged|asked|required) to)\s+(?!be\b)/.test(
      t,
    )
  )
    return 'parent';
  if (
    /^(?:(?:all\s+)?(?:allsorts\s+)?(?:staff|trustees|volunteers|visitors)|we|you|your|all staff|adults?|an? (?:member of staff|trustee|volunteer))\b/.test(
      t,
    )
  ) {
    return 'staff';
  }
  // "In terms of private use by a child, … children under 13 are not permitted…": the ruled subject.
  const firstSentence = t.split(/(?<=[.;:])\s/)[0] ?? t;
  if (
    /\b(?:children|young people|students|pupils|participants)\b[^.,;]{0,30}?\b(?:are|is|should|must|may|can|will)\b/.test(
      firstSentence,
    )
  )
    return 'young-person';
  return 'unknown';
});

/** Ranking factor for the pair: lower for the other party's clauses, a little higher for the asker's. */
export function actorFactor(question: Actor, clause: Actor, mismatch = 0.6, match = 1.15): number {
  if (question === 'unknown' || clause === 'unknown') return 1;
  if (question === clause) return match;
  // A question about what a parent may do is also answered by the organisation's own rules ("we
  // do not allow any recording…"): only the young people's rules are the other party's.
  if (question === 'parent') return clause === 'young-person' ? mismatch : 1;
  return mismatch;
}
