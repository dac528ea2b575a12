import { CHILD, r } from './lexicon-words.ts';

/**
 * That something is being passed on, and about whom: the cues of a report ("said", "showed me",
 * "messaged me"), of something that happened, and of a particular person (a name, an initial, an
 * age, "one of ours", "he" or "she"). Patterns run over the normalised message.
 */

/** A member of staff passing on what they heard, saw or were sent. */
export const reportCues: readonly RegExp[] = [
  // "…one of ours is", "one of mine has": it is happening to one of the writer's own young people.
  r(String.raw`\bone of (?:ours|mine|our lot|my lot) (?:is|has|does|did|was|keeps|just)\b`),
  r(
    String.raw`\b(?:said|says|saying|told|tells|telling|mentioned|mentions|mentioning|disclosed|discloses|disclosing|confided|admitted|admits|let slip|hinted|hints|claims|claimed|alleged|alleges|reckons|reported|wrote|writes|explained|opened up|broke down|cried|blurted)\b`,
  ),
  r(
    String.raw`\b(?:showed|shows|showing) (?:me|us|a (?:colleague|leader|volunteer))\b|\b(?:messaged|texted|emailed|dmd|dm'd|snapchatted|whatsapped|sent) (?:me|us)\b`,
  ),
  r(
    String.raw`\b(?:i|we) (?:noticed|saw|seen|have seen|spotted|found|heard|overheard|think|believe|suspect|am worried|am concerned|am really worried|was worried|was told|have been told|got told|have noticed|have a feeling|am not sure|do not know what to do|dont know what to do|don't know what to do|am scared|witnessed|walked in on|caught)\b`,
  ),
  r(
    String.raw`\b(?:worried|concerned|concerning|uneasy|not right|something is up|something's up|something is off|alarm bells|red flag|odd|weird|strange|funny feeling|gut feeling|uncomfortable|creepy|dodgy|sus|suss)\b`,
  ),
  // A message the writer opens by calling it a concern: "Concern from my Y7 group: …", "safeguarding
  // concern re Jake -".
  r(
    String.raw`^\W*(?:(?:a |quick |small |possible |potential |safeguarding |welfare )+)?concerns? (?:from|about|re|regarding|with|for) \w`,
  ),
  // The writer unsure of what they saw: "am I overthinking?", "am I being paranoid?".
  r(
    String.raw`\bam i (?:overthinking|overreacting|being (?:paranoid|silly|daft|dramatic|over ?sensitive)|reading too much into)\b`,
  ),
];

/** Something that happened or keeps happening: weaker evidence of a report than the cues above. */
export const eventCues: readonly RegExp[] = [
  r(
    String.raw`\b(?:keeps|kept|been|has started|started|always|every time|again|lately|recently|today|tonight|yesterday|last night|this morning|this week|last week|at the weekend|on the trip|at camp|after (?:the )?session|during (?:the )?session|just now|earlier)\b`,
  ),
  r(
    String.raw`\b(?:has|had|have|got|is covered in|came in with|turned up with|arrived with)\s+(?:\w+\s+){0,2}(?:bruis\w*|marks|cuts|scars|burns|a black eye|injuries)\b`,
  ),
];

/** Someone in particular: the person a concern is about. */
export const particularPerson: readonly RegExp[] = [
  r(
    String.raw`\b(?:${CHILD}|befriendee|mentee|tenant|resident|client|adult at risk|vulnerable adult|service user|learner|trainee|apprentice)\b`,
  ),
  r(
    String.raw`\([^)]*\d[^)]*\)|\b(?:he|she|they) (?:is|are) (?:only |just )?\d{1,2}\b|\b(?:his|her|their) (?:mum|mom|dad|father|mother|nan|gran|grandad|step|stepdad|stepmum|uncle|aunt|auntie|brother|sister|cousin|nephew|niece|carer|foster)\w*`,
  ),
  r(String.raw`\b(?:\d{1,2}|[a-z]+teen) ?(?:year olds?|yr olds?|yo|y\/o)\b`),
];

/**
 * A word after a capitalised word or an initial that tells it is someone: a verb ("Jayden said",
 * "K is"), "and", "from", "in", or a negated verb as typed ("isn't", "isnt", "won’t": "K isn't
 * here").
 */
export const AFTER_A_NAME = String.raw`(?:(?:is|was|has|had|keeps|kept|said|says|told|seems|looks|came|got|went|and|from|in)\b|(?:(?:is|was|has|had|did|does|would|could)n['’]?t|won['’]?t|can['’]?t)\b)`;

/** A person named by an initial ("A's lost weight", "T (17)"), read on the message as typed; after an initial "will", "would", "did" and "does" tell it too. */
export const initialName = new RegExp(
  String.raw`\b[A-HJ-Z]'s\b|\b[A-HJ-Z] \(|\b[A-HJ-Z]\b(?= (?:${AFTER_A_NAME}|(?:will|would|did|does)\b))`,
);

/** Someone spoken of, when the message does not say who. */
export const personPronoun = r(String.raw`\b(?:he|she|they|him|her|his|them)\b`);

/** Someone in particular: a name (read separately), an age, "one of ours", "a girl in my group". */
export const individualPerson = r(
  String.raw`\(\d|\b\d{1,2} ?(?:year old|yr old|yo|y\/o)\b|\bone of (?:my|our|the|ours|mine)\b|\b(?:a|this|that) (?:girl|boy|lad|kid|child|member|learner|student|young person|participant|player|trainee|apprentice) (?:in|from|at|on|of) (?:my|our|the)\b|\b(?:my|our) (?:niece|nephew|son|daughter|neighbour)\b`,
);
