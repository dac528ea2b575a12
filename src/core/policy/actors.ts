/**
 * Who a question and a clause are about. "Can I text this young person?" asks what staff may do;
 * "Children under 13 are not permitted to be registered" rules on what children may do. A clause
 * about the other party is rarely the answer, so retrieval ranks it lower, and a clause addressed
 * to the asker's side a little higher.
 */
export type Actor = 'staff' | 'young-person' | 'unknown';

const YOUNG = String.raw`(?:the\s+|our\s+|a\s+|an\s+)?(?:children|child|kids?|young (?:people|persons?)|students?|pupils?|participants?|members?|teenagers?|yps?)`;
const STAFF = String.raw`(?:i|we|staff|a trustee|trustees|volunteers?|a volunteer|another member of staff|a member of staff|colleagues?|a colleague|leaders?|the activity leader|managers?|coordinators?)`;
const MODAL = String.raw`(?:can|could|may|might|should|must|shall|do|does|am|are|is|will|would)`;

/** The actor of a question: who would do the thing asked about. */
export function questionActor(question: string): Actor {
  const q = question.toLowerCase().trim().slice(0, 80);
  if (/^(?:is it (?:ok|okay|alright|all right|fine|acceptable|allowed)|am i)\b/.test(q)) return 'staff';
  const young = new RegExp(String.raw`\b${MODAL}\s+${YOUNG}\b`).exec(q);
  const staff = new RegExp(String.raw`\b${MODAL}\s+(?:another\s+|a\s+|the\s+)?${STAFF}\b`).exec(q);
  if (young && (!staff || young.index < staff.index)) return 'young-person';
  return staff ? 'staff' : 'unknown';
}

/** The actor of a clause: the subject of its first sentence. */
export function clauseActor(text: string): Actor {
  // Drop list markers and a leading "Exceptional Circumstances:" style label.
  const t = text
    .toLowerCase()
    .replace(/^[\s•◦\d.]+/, '')
    .replace(/^[a-z ]{3,40}:\s+/, '')
    .replace(/^if\s+(?:any\s+)?/, '');
  if (/^(?:children|child|young people|young person|kids|students|pupils|the students|participants|children and young people)\b/.test(t)) return 'young-person';
  if (/^(?:(?:all\s+)?(?:allsorts\s+)?(?:staff|trustees|volunteers|visitors)|we|you|your|all staff|adults?|an? (?:member of staff|trustee|volunteer))\b/.test(t)) {
    return 'staff';
  }
  // "In terms of private use by a child, … children under 13 are not permitted…": the ruled subject.
  const firstSentence = t.split(/(?<=[.;:])\s/)[0] ?? t;
  if (/\b(?:children|young people|students|pupils|participants)\b[^.,;]{0,30}?\b(?:are|is|should|must|may|can|will)\b/.test(firstSentence)) return 'young-person';
  return 'unknown';
}

/** Ranking factor for the pair: lower for the other party's clauses, a little higher for the asker's. */
export function actorFactor(question: Actor, clause: Actor, mismatch = 0.6, match = 1.15): number {
  if (question === 'unknown' || clause === 'unknown') return 1;
  return question === clause ? match : mismatch;
}
