/**
 * What kind of fact a "where", "who" or "when" question wants, and whether a clause states one.
 * A clause that says where phones are kept answers "where should I keep my phone?" better than
 * one that only mentions phones: the classic answer-type signal of question answering. A question
 * about what happens to someone who breaks a rule ("could they get banned?") wants the sanction; a
 * question for a value a record holds ("what's the wifi password?", "how much is a place?") wants
 * one stated, and a policy that states none is unfit for it, as for a where or when question. So
 * is one that states no duration for "how long…?", no number for "how many…?" or "what's the
 * minimum age…?", and names no money for a question about paying, refunds or expenses: questions
 * near a policy's topic that it does not answer are often of these kinds (docs/answers.md,
 * thirty-eighth session). A ratio, an age and how much notice are types of their own, and a
 * question for a number, a ratio, an age, a duration or notice that none of the best clauses
 * states is not answered at all (`refusedWhenNoneStated`, thirty-ninth session).
 */
export type AnswerType =
  | 'place'
  | 'person'
  | 'time'
  | 'duration'
  | 'quantity'
  | 'ratio'
  | 'age'
  | 'notice'
  | 'consequence'
  | 'value'
  | 'money'
  | 'any';

/**
 * A question about what befalls someone who breaks a rule: "what happens if someone breaks the
 * social media rules", "what could happen to me if i don't stick to the code", "could he get
 * banned", "what are the consequences". Not "what happens if a child discloses": that asks the
 * procedure.
 */
const CONSEQUENCE_QUESTION = new RegExp(
  [
    String.raw`\bwhat (?:\w+ ){0,2}(?:happens?|happened) (?:to (?:\w+ ){1,3})?(?:if|when|who|that) (?:\w+ ){0,4}(?:break|breaks|broke|breaking|breach\w*|ignor\w*|misus\w*|flout\w*|(?:gets?|got|is|are) caught|(?:doesn't|don't|dont|doesnt|does not|do not|didn't|did not|won't|will not) (?:follow|stick|comply|keep|obey))\b`,
    String.raw`\b(?:get|gets|getting|got|be|being) (?:banned|kicked out|sacked|fired|suspended|excluded|expelled|struck off|thrown out|disciplined|dismissed)\b`,
    String.raw`\b(?:consequences?|sanctions?|punishments?|disciplinary)\b`,
  ].join('|'),
);

/** A question for a value a record holds, not a rule: a password, a price, a fee, a postcode. */
const VALUE_QUESTION =
  /\b(?:what(?:'?s| is| are)|need|got|have|know|remind me of|send me|tell me) (?:the |our |a |an )?(?:\w+ ){0,2}(?:passwords?|passcodes?|log ?ins?|pins?|wifi codes?|door codes?|prices?|costs?|fees?|postcode|post code)\b|\bhow much (?:is|are|does|do|will|would) (?:it|a|an|the|they|we|parents?|families)\b(?:[^.?!]{0,40}\b(?:cost|charge|pay|price|place|ticket|session|course|term|membership))?/;

/**
 * A question about money: whether something is paid for, refunded or claimed back ("can i claim
 * back my mileage?", "do they get their money back?", "does the club pay towards my phone bill?").
 */
const MONEY_QUESTION =
  /\b(?:claim(?:ed|ing|s)? (?:back|for)|reimburs\w*|refund\w*|money back|paid back|expenses|mileage|(?:pay|pays|paying|paid) (?:for|towards|back|anything|me)|cover (?:the |my |their |his |her )?(?:cost|costs|fare|fares|bill|bills)|phone bill|bus fares?|train fares?)\b/;

/** What a clause says of money: a sum, a fee, a cost, a payment, a refund, expenses. */
const MONEY =
  /£\s?\d|\b(?:refunds?|refunded|reimburs\w*|expenses?|expenditure|costs?|pay|pays|paid|payments?|payable|charges?|charged|prices?|fees?|subscriptions?|subs|money|mileage|fares?|invoices?|receipts?|credits?|funds?|funded|funding|deposits?)\b/;

/** People counted: "two adults", "an additional member of staff", "the only adult", "another leader". */
const PEOPLE_COUNTED =
  /\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|twelve|both|additional|another|second|extra|only|sole) (?:[\w-]+ ){0,2}(?:adults?|staff|leaders?|coaches|instructors?|volunteers?|workers?|supervisors?|chaperones?|people|persons|first aiders?|members? of staff|responsible adults?)\b/;

/** A question for how many: "how many kids max", "the maximum number", "a minimum size". */
const QUANTITY_QUESTION =
  /\bhow many\b|\b(?:max|maximum|minimum|min)\b(?:\s+[\w'-]+){0,2}\s+(?:number|size)\b|\b(?:max|maximum|minimum) (?:of )?(?:kids|children|people|participants|members|players)\b/;

/**
 * A question for how many adults a group of young people needs: "what ratio", "staff to child",
 * "how many coaches do we need per player".
 */
const RATIO_QUESTION =
  /\bwhat(?:'?s| is| are)? (?:the |our |a )?(?:[\w-]+ ){0,4}ratios?\b|\b(?:is there|any|a set|set) (?:a |an )?(?:[\w-]+ ){0,3}ratios?\b|\bratios? (?:of|for|do we need|we need|needed|required)\b|\b(?:how many|number of) (?:\w+ ){0,2}(?:staff|adults?|leaders?|coaches|instructors?|volunteers?|workers?|chaperones?|supervisors?|grown ?ups|helpers?|first aiders?) (?:\w+ ){0,3}(?:per|for every|for each|to each)\b/;

/** A question for an age: "how old", "what age", "the minimum age", "an age limit", "the youngest". */
const AGE_QUESTION =
  /\bhow old\b|\bwhat age\b|\b(?:minimum|maximum|min|max|lower|upper) age\b|\bage (?:limit|range|restrictions?)\b|\b(?:youngest|oldest)\b/;

/** What a clause states as a ratio: "1:8", a ratio, "for every", "per child", a number of adults, staff or leaders. */
const RATIO = new RegExp(
  String.raw`\d+\s*:\s*\d+|\bratios?\b|\bfor every\b|\bper (?:child|children|kid|young person|participant|member|player|student|pupil|group)\b|${PEOPLE_COUNTED.source}`,
);

/** What a clause states as an age: an age, "aged 16", "under 18", "13 years old", "U12s", "18+". */
const AGE =
  /\b(?:ages?|aged|years? old|yrs? old|year-olds?|(?:under|over)[ -]?\d+s?|u\d+s?|\d+ (?:and|or) (?:under|over|above|below)|birthday)\b|\b\d+\+/;

/** What a clause states as a number: digits, a number word, a ratio, a minimum or maximum, people counted. */
const QUANTITY = new RegExp(
  String.raw`\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundred|single|both|pair|couple|half|dozen|ratios?|minimum|maximum|at least|at most|no more than|no fewer than)\b|${PEOPLE_COUNTED.source}`,
);

/** A question for how much notice: "how much notice do parents give?", "how many days' notice", "how far in advance". */
const NOTICE_QUESTION =
  /\bhow (?:much|many (?:days?|weeks?|hours?)'?) notice\b|\bhow (?:far|long) (?:in advance|ahead|beforehand)\b|\bnotice period\b/;

/** What a clause states as notice: a period ("48 hours", "two weeks"), "in advance", "beforehand". */
const NOTICE =
  /\b(?:\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|twelve|fourteen|twenty|thirty|several|a few)[ -](?:hours?|days?|weeks?|fortnights?|months?|terms?)\b|\b(?:in advance|beforehand|prior notice|advance notice|ahead of)\b/;

/** What a clause states as a duration: a number of hours to years, "until", "as long as", "immediately". */
const DURATION =
  /\b\d+\s*(?:hours?|hrs?|days?|weeks?|months?|years?|yrs?|minutes?|mins?|terms?|seasons?)\b|\b(?:an?|one|two|three|four|five|six|seven|eight|nine|ten|twelve|several|a few) (?:hours?|days?|weeks?|months?|years?|minutes?|terms?)\b|\b(?:until|till|as long as|indefinitely|immediately|permanently|for the duration|at the end of|no longer than|no longer needed)\b/;

/** What a clause states as a value: a price, a fee or a deposit, a postcode. */
const VALUE =
  /£\s?\d|\b\d+(?:\.\d+)?\s?(?:p|pounds?)\b|\bfree of charge\b|\b(?:fees?|deposits?)\b|\b[a-z]{1,2}\d[a-z\d]? ?\d[a-z]{2}\b/;

/** What a clause states as a sanction: a disciplinary step, suspension, exclusion, dismissal, a ban. */
const CONSEQUENCE =
  /\b(?:disciplinary|discipline|dismiss(?:al|ed)?|suspen(?:d|ded|sion|sions)|exclu(?:ded|sion)|expel(?:led)?|expulsion|remov(?:al|ed) from|ban(?:ned|ning|s)?|sanctions?|terminat(?:e|ed|ion)|struck off|(?:written |verbal |formal |final )warnings?|criminal proceedings|prosecut\w*)\b/;

/**
 * Answer types whose question contact and document details may answer: who someone is, where,
 * when, what a record holds. Any other question wants a rule, and those details rank lower for it.
 */
export function detailsMayAnswer(type: AnswerType): boolean {
  return type === 'place' || type === 'person' || type === 'time' || type === 'value';
}

/**
 * What a clause states, for the answer types it answers wherever it states it: a value (a price, a
 * fee or a deposit, "£5 a session", a postcode; never a password or a login: a policy that says
 * accounts are "password-protected" gives none), money, a number, a ratio, an age, notice, a
 * duration.
 */
const STATED: Partial<Record<AnswerType, RegExp>> = {
  value: VALUE,
  money: MONEY,
  quantity: QUANTITY,
  ratio: RATIO,
  age: AGE,
  notice: NOTICE,
  duration: DURATION,
};

/**
 * Answer types a clause that states none of what they ask for cannot answer (a where or when
 * question, and every type `STATED` reads), so the policies may not cover the question at all.
 */
export function unfitWhenNoneStated(type: AnswerType): boolean {
  return type === 'place' || type === 'time' || STATED[type] !== undefined;
}

/**
 * Answer types a question is not answered for when none of its best few clauses states what it
 * asks: a number, a ratio, an age, a duration or a notice period is stated or it is not, and a
 * policy that states none near the question's topic does not give it ("what's the staff to child
 * ratio for the trip?" against a policy with no ratio). Not a place, a time, a value or money:
 * clauses answer those in words the patterns do not read ("in the club's locked cabinet", "the
 * office holds the password"), and refusing them lost more right answers than it gained refusals
 * (docs/answers.md, thirty-ninth session).
 */
export function refusedWhenNoneStated(type: AnswerType): boolean {
  return type === 'quantity' || type === 'ratio' || type === 'age' || type === 'duration' || type === 'notice';
}

/** The answer type a question asks for. */
export function answerType(question: string): AnswerType {
  const q = question.trim().toLowerCase();
  // "whos", "wheres", "whens": chat spelling without the apostrophe.
  if (/^where(?:'?s)?\b/.test(q)) return 'place';
  if (/^(?:who(?:'?s)?|whom|whose)\b|^(?:which|what) (?:person|role|member of staff)\b/.test(q)) return 'person';
  if (/^how long\b/.test(q)) return 'duration';
  if (/^(?:when(?:'?s)?|how often|what time)\b/.test(q)) return 'time';
  if (CONSEQUENCE_QUESTION.test(q)) return 'consequence';
  if (VALUE_QUESTION.test(q)) return 'value';
  if (MONEY_QUESTION.test(q)) return 'money';
  if (NOTICE_QUESTION.test(q)) return 'notice';
  if (AGE_QUESTION.test(q)) return 'age';
  if (RATIO_QUESTION.test(q)) return 'ratio';
  if (QUANTITY_QUESTION.test(q)) return 'quantity';
  return 'any';
}

const PLACE =
  /\b(?:on|in|at|into|onto|out of|inside|within)\s+(?:an?\s+|the\s+|their\s+|your\s+|our\s+|its\s+)?(?:[\w'-]+\s+){0,2}(?:phones?|premises|home|sight|rooms?|computers?|devices?|cameras?|receptacles?|lockers?|office|vehicles?|site|building|laptops?|accounts?|pages?|groups?|drawers?|cupboards?|sessions?)\b|\b(?:stored|kept|locked) (?:securely|away|safely)\b/;
const PERSON =
  /\b(?:(?:head |lead |senior )?coach(?:es)?|(?:youth |group |session )?leaders?|welfare officer|co-?ordinator|manager|designated (?:person|safeguarding lead)|safeguarding (?:lead|officer|team)|dsl|trustees?|trustee board|host|chief executive|line manager|parents?|carers?|reviewer|communications team|officers?|chair(?:person|man|woman)?|secretary|directors?|supervisors?|committee|police|nspcc|lado|helpline|social (?:care|services|workers?))\b/;
const TIME =
  /\b(?:before|after|during|until|within|by|at the (?:start|end|beginning)|hours?|days?|weeks?|months?|years?|date|times?|breaks?|january|february|march|april|may|june|july|august|september|october|november|december|\d{4})\b/;

/** A name given for a role: after a dash, colon or bracket, a capitalised first name and surname. */
const NAMED =
  /(?:\s[-\u2013]\s*|[:(]\s*)(?:Mr|Mrs|Ms|Miss|Dr)?\.?\s?[A-Z][a-z]+(?:-[A-Z][a-z]+)? [A-Z][a-z']+(?:-[A-Z][a-z]+)?(?=\s*(?:$|[),;.]|\s[-\u2013(]))/;

/** How well a clause fits the answer type: it states one next to the question's words, elsewhere, or not at all. */
export type AnswerFit = 'near' | 'somewhere' | 'none' | 'not-asked';

/**
 * Whether the clause states the kind of fact the question asks for, and whether it states it
 * right after one of the question's own words ("to be taken on an Allsorts mobile phone").
 * @param isQuestionWord tells whether a word of the clause is one of the question's terms.
 */
export function answerFit(type: AnswerType, clauseText: string, isQuestionWord: (words: string) => boolean): AnswerFit {
  if (type === 'any') return 'not-asked';
  // A person's name given for a role ("Head coach - Shania Watton", "DSL: Mona Deyab"): who it is.
  if (type === 'person' && NAMED.test(clauseText)) return 'near';
  const text = clauseText.toLowerCase();
  // A sanction answers a question about breaking a rule wherever it stands: the question's words
  // name the rule broken, the clause's the step taken ("Warnings, suspensions, or removal from the club").
  if (type === 'consequence') return CONSEQUENCE.test(text) ? 'near' : 'none';
  // A value, money, a number, a ratio, an age, notice or a duration: stated anywhere in the clause.
  const stated = STATED[type];
  if (stated) return stated.test(text) ? 'somewhere' : 'none';
  // A place, a person or a time (the types left), near the question's words or not: every match in
  // turn, as `matchAll` gives them, on one pattern made when the module loads rather than a new one
  // per clause (which the engine may have to compile again).
  const pattern = EVERY[type as keyof typeof EVERY];
  pattern.lastIndex = 0;
  let fit: AnswerFit = 'none';
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    if (match[0] === '') pattern.lastIndex += 1;
    const before = text.slice(0, match.index).split(/\s+/).slice(-6).join(' ');
    if (isQuestionWord(before)) {
      pattern.lastIndex = 0;
      return 'near';
    }
    fit = 'somewhere';
  }
  return fit;
}

/** Each fact pattern, global, for walking its matches. */
const EVERY = {
  place: new RegExp(PLACE.source, 'g'),
  person: new RegExp(PERSON.source, 'g'),
  time: new RegExp(TIME.source, 'g'),
} as const;
