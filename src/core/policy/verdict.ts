import { memoise } from './memoise.ts';
import { withoutRunInHeading } from './run-in-heading.ts';
import { splitSentences } from './sentences.ts';

export { splitSentences };

/** A clause's sentences, remembered: every question reads its cited clauses again. */
const clauseSentences = memoise(splitSentences);

/**
 * Verdicts read from the cited clauses' own wording: modal verbs, negation, "unless", "without
 * the permission of", "exceptional circumstances". The rules are general, never per question,
 * and lean safe: when unsure the verdict is `see-policy`, and it is never `allowed` where the
 * governing sentence forbids the act or makes it subject to someone's permission.
 */

/** What an answer tells staff to do. */
export type Verdict = 'allowed' | 'not-allowed' | 'needs-approval' | 'see-policy' | 'no-answer' | 'report-concern';

/** What kind of answer the question asks for. */
export type QuestionKind =
  /** "Can I…?", "Is it OK to…?": a permission question. */
  | 'permission'
  /** "Should I…?", "Do I need to…?": an obligation question. */
  | 'obligation'
  /** "Where…?", "Who…?", "How…?": wants information, not a verdict. */
  | 'open';

/** A permission cue wherever it stands: "hey quick one, can I…", "…on our fb page, fine?", "accept or not?". */
const PERMISSION_CUE = [
  // "Can" opening a question or a clause of one: "Can another member of staff use…", "…, can she borrow…".
  /(?:^|[,.;:!?(–-]\s*|\b(?:so|but|and|or|also|then|one|q)\s+)(?:can|could|may)\s+(?!you (?:tell|help|explain|remind|clarify|confirm|let)\b)[a-z]+/,
  /\b(?:can|could|may|might)\s+(?:i|we|you|he|she|they|staff|volunteers?|leaders?|coaches?|trustees?|parents?|(?:a|an|the|my|our|one of (?:the|our)) [\w-]+(?: [\w-]+)?)\b(?!\s+(?:you|i|we) (?:tell|help|explain|remind|clarify|confirm))/,
  /\b(?:am i|are (?:we|they|staff|volunteers)|is (?:it|that|this|he|she|this person))\s+(?:ok|okay|alright|all right|fine|acceptable|allowed|permitted|a problem|an issue|a no|enough|legal|against (?:the )?(?:rules|policy))\b/,
  /\b(?:allowed|permitted|ok|okay|alright|acceptable|fine)\s+(?:to|for (?:me|us|staff|volunteers|them) to)\b/,
  /\b(?:ok|okay|alright|all right|fine)\s+(?:if|for) (?:i|we|me|us|he|she|they)\b/,
  // "…ok if it's just for music?", "are fizzy drinks ok in the gym": whether a thing is allowed.
  /\b(?:ok|okay|alright|all right|fine)\s+if\s+(?:it'?s|it is|that'?s|that is|they'?re|they are)\b/,
  /(?:^|[,.;:!?]\s*)(?:are|is)\s+(?:[\w'-]+\s+){1,3}?(?:ok|okay|alright|acceptable|banned)\s+(?:in|at|during|on|for|to|inside|outside|here|there|now|anymore|any more)\b/,
  // "…disco on friday - are the adults supervising allowed a drink?": whoever is allowed, whatever.
  /(?:^|[,.;:!?–-]\s*)(?:are|is)\s+(?:[\w'-]+\s+){1,3}?(?:allowed|permitted)\b/,
  // A decision put as a bare verb after the situation: "…sent me a follow request, accept?", "…just
  // carry on??", "…its just me and 4 members left. keep going till the end?".
  /[,.;:!]\s*(?:just\s+|do i\s+|should i\s+)?(?:accept|ignore|reply|answer|block|delete|carry on|continue|keep going|follow (?:back|them|him|her)|add (?:them|him|her)|let (?:it|them|him|her) (?:slide|go|happen|carry on))(?:\s+[\w'-]+){0,6}\s*\?+\s*$/,
  // An act put forward as the easy way, for agreement: "…, easiest if i just ring her back on it yeah?".
  /\b(?:easiest|easier|quickest|quicker|simplest|simpler) (?:if|for) (?:i|we|me|us) (?:to )?(?:just |simply )?[a-z]+\b[^?]*\?+\s*$/,
  // A claim that it is fine, asked back: "they reckon vibrate is fine for their phones. is it?".
  /\b(?:is|are)\s+(?:fine|ok|okay|alright|all right|allowed|acceptable)\b[^?]{0,80}[.!,]\s*(?:is it|are they|is that (?:right|true|so)|right|true)\s*\?+\s*$/,
  /\b(?:ok|okay|alright|fine|allowed|permitted|acceptable|a problem|an issue|or not|a no)(?:\s+(?:tho|though|then|yeah|right|innit|yes|surely|too|isn'?t it|is it|ain'?t it|no))*\s*[?!.]*\s*$/,
  // A choice between doing it and not: "accept or just ignore it?", "keep going or stop?".
  /\bor (?:just |should i |do i |shall i |should we |do we )?(?:not|ignore|leave it|stop|block|delete|decline|refuse|wait|say no|report|avoid|steer clear|stay away|give it a miss)\b[^?]{0,20}[?]*\s*$/,
  // "is email an ok way to get in touch…", "is a group chat an acceptable option for…": whether a means is allowed.
  /\b(?:is|are)\s+(?:[\w'-]+\s+){1,3}?(?:an?\s+)?(?:ok|okay|alright|acceptable|fine)\s+(?:way|thing|option|idea)\s+(?:to|for)\b/,
  /\b(?:any problem|is there a problem|would that be|does that break|is that against|(?:does|would|will) that work|(?:would|will|could|does) it (?:really )?hurt|what'?s the harm)\b/,
  // "…for our newsletter - any issue?", "any issue with me having a beer with them?", "good to
  // go?", "any chance we can set up…", "ok for a helper on the tour to skip…".
  /\bany (?:issues?|problems?|objections?)(?:\s+with\b|\s*[?!.]*\s*$)|\bgood to go\s*[?!.]*\s*$|\bany chance (?:i|we|he|she|they)\s+(?:can|could)\b/,
  /(?:^|[,.;:!?–-]\s*)(?:is it\s+)?(?:ok|okay|alright|all right|fine|acceptable)\s+for\s+(?:[\w'-]+\s+){1,5}?to\s+[a-z]+/,
  // Asking to be told it is fine: "…, harmless right?", "no harm in it surely?".
  /\b(?:harmless(?: enough)?|no harm(?: in (?:it|that))?|(?:not a|no) big deal|nothing wrong with (?:it|that))(?:\s+(?:tho|though|then|yeah|right|innit|yes|surely|is it|isn'?t it|eh))*\s*[?!.]*\s*$/,
  // Whether it would be wrong, a bad or good idea, or against a rule: "would it be wrong to text
  // her?", "anything wrong with…", "any harm in…", "is there a rule against…", "…, good idea?",
  // "no issue with me sending it is there?", "i assume i can…".
  /\b(?:would|is|was) (?:it|that|this) (?:be )?(?:wrong|a bad idea|a good idea|frowned upon|inappropriate|unprofessional|against the rules)\b|\b(?:anything|something) wrong with\b|\bany harm in\b|\b(?:is there|there's|theres) (?:a|any) (?:rule|policy) against\b|\b(?:good|bad) idea\s*[?!.]*\s*$|\bno (?:issue|problem|harm) (?:with|in)\b[^?]*\bis (?:there|it)\s*[?!.]*\s*$|\b(?:assume|presume|take it) (?:i|we) (?:can|could|may|am allowed|are allowed)\b/,
];

const OBLIGATION_CUE =
  /^(?:should|must|shall|ought)\b|(?:^|[,.;:!?]\s*)do (?:i|we) (?:just |still |really |actually )?(?!know\b|think\b|mean\b|understand\b|remember\b|get it\b|need\b|have\b)[a-z]+\b|\b(?:do(?:es)?|did) (?:i|we|you|they|staff|students|members|children|volunteers|parents|coaches|he|she)\b.{0,40}\b(?:need|have) to\b|\b(?:do|does) (?:i|we|they|he|she) (?:need|have) to\b|\bdo (?:i|we) need\b|\bhave (?:i|we) got to\b|\bis it (?:required|necessary|mandatory|compulsory)\b|\bam i (?:required|expected|supposed|meant)\b|\b(?:should|must|shall) (?:i|we|they|staff|volunteers|he|she)\b|\b(?:anything|what(?: else)?|what do) (?:do )?(?:i|we) (?:need|have) to\b|\b(?:anything|what) (?:i|we) need\b|\bneed to (?:sort|do|check|get|ask) (?:first|before|beforehand)\b|\b(?:i|we) (?:don't|do not|dont) (?:need|have to)\b[^?]*\?/;

/** Opens with a word that asks for information rather than leave. */
const WH_OPENING = /^(?:who|what|where|when|why|which|how|whose|whom|tell me|explain|describe|list)\b/;

/** Asks who may do something: "who's allowed to use the work mobile?", "which staff are allowed to…". */
const WHO_MAY =
  /^(?:who(?:'s|s| is| are)?|which (?:[\w-]+ ){1,2}?(?:is|are)) (?:actually |really )?(?:allowed|permitted|able|meant|supposed|authori[sz]ed) to\b/;

/** Asks leave for the asker: "can i…", "ok to…". */
const ASKS_LEAVE = /\b(?:can|could|may) (?:i|we)\b|\b(?:allowed|ok|okay) to\b/;

/** The part of a message asked last: "…on the bus home, who do i need to tell?" -> "who do i need to tell?". */
function askedLast(q: string): string {
  // Chat ends a telling with a full stop, an emoticon or an emoji as often as with a comma ("left the
  // work phone on the bus :( what do i need to do").
  return q.split(/(?:[,;?.!]|:\(|:\)|\p{Extended_Pictographic}+)\s+(?=\S)/u).pop()!;
}

/**
 * Whether a message asks last how, what or whom after telling something ("member started sending
 * me flirty texts, how should i handle it?"), not whether it may ("…, can i reply?").
 */
function asksHowLast(question: string): boolean {
  const q = question.trim().toLowerCase().replace(/\s+/g, ' ');
  const last = askedLast(q);
  return last !== q && /^(?:who|what|where|when|which|how)\b/.test(last) && !ASKS_LEAVE.test(last);
}

/** A question as its form is read: trimmed, lower case, straight apostrophes, single spaces. */
function questionText(question: string): string {
  return question
    .trim()
    .toLowerCase()
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/\s+/g, ' ');
}

/** Classifies a question by its permission or obligation cues, wherever they stand, else by its opening word. */
export function classifyQuestion(question: string): QuestionKind {
  const q = questionText(question);
  const opensWithWh = WH_OPENING.test(q);
  // "How should I sign off emails, is 'cheers x' ok?": a permission asked last decides.
  const last = askedLast(q);
  // "…, do I need to stop her?": whether her act is allowed.
  if (STOP_THEM.test(q)) return 'permission';
  // "Who's allowed to use the work mobile?": who may, not whether the asker may.
  if (WHO_MAY.test(q)) return 'open';
  if (PERMISSION_CUE.some((cue) => cue.test(q)))
    return opensWithWh && !ASKS_LEAVE.test(q) && !(last !== q && PERMISSION_CUE.some((cue) => cue.test(last)))
      ? 'open'
      : 'permission';
  if (OBLIGATION_CUE.test(q)) return opensWithWh ? 'open' : 'obligation';
  return 'open';
}

/**
 * A wh-word asking a question anywhere in a message, not only first or last: "if he's unwell on
 * the call what do i do??", "whats the process", "who actually sends it", "…do we collect them or
 * what?".
 */
const ASKS_WH =
  /\b(?:who|what|where|when|why|which|how|whose|whom)(?:'?s\b|'re\b|\s+(?:(?:actually|exactly|really|else|then|now|usually|normally)\s+)?(?:do|does|did|should|shall|can|could|would|will|is|are|was|were|must|have|has|am|to|i|we|you|they|he|she|it|happens|sends|decides|deals|gets|counts|applies)\b)|\bor what\b/;

/** Something indefinite asked for: information wanted ("anything to check first?", "is anyone keeping track?"). */
const INDEFINITE = /\b(?:anything|something|anyone|anybody|someone|somebody|anywhere|somewhere)\b/;

/**
 * An indefinite in an idiom that asks no information: "is that something we do?", "is that against
 * anything?", "anything stopping me…?", "need to check with anyone first?".
 */
const INDEFINITE_IDIOM =
  /\bsomething (?:we|i|you|staff|they|the club|volunteers|coaches|leaders) (?:can |could |should |would |are allowed to |are meant to |are supposed to )?(?:do|does|allow|allows|permit|permits)\b|\b(?:against|covered by|break|breaks|breaking) anything\b|\banything (?:stopping|preventing|against)\b|\b(?:check|clear it|clear that|run it|run that|tell|ask|copy|cc|copy in) (?:with |by |past )?anyone\b/g;

/**
 * Asks who must approve something, or whether anyone must be asked first: "who has to ok that?",
 * "who gives the go-ahead?", "who needs to agree if…", "need to check with anyone first?". Read as
 * asking leave for its verdict: whether it needs approval.
 */
const ASKS_APPROVAL =
  /\bwho\b[^?.!]{0,30}\b(?:ok|okay|approve|authori[sz]e|agree|sign(?:s|ed)? (?:it |that |this )?off|give[s]? (?:the )?(?:permission|go[- ]ahead|ok|okay|nod)|say[s]? yes|clear)\b|\b(?:check|clear it|run it|ask) (?:with |by |past )?anyone\b[^?.!]{0,20}\b(?:first|before)\b/;

/** Whether a question asks who must approve something, or whether anyone must be asked first (`ASKS_APPROVAL`). */
export function asksApproval(question: string): boolean {
  return ASKS_APPROVAL.test(questionText(question));
}

/**
 * Whether a message asks yes or no: it neither opens with nor asks last who, what, where, when,
 * why, which or how, holds no such word asking a question anywhere, and asks for nothing
 * indefinite (unless whether anyone would mind). Staff ask leave in more ways than the cues above
 * hold ("…, kosher?", "would leaving it off be frowned on?", "…, flat no?"): a yes-or-no question
 * no cue reads is read as asking leave for its verdict (`readQuestion`).
 */
export function asksYesOrNo(question: string): boolean {
  const q = questionText(question);
  if (WH_OPENING.test(q) || WH_OPENING.test(askedLast(q)) || ASKS_WH.test(q)) return false;
  return !INDEFINITE.test(q.replace(INDEFINITE_IDIOM, ' ')) || /\bmind\b/.test(q);
}

/** The modal force of one sentence of a clause. */
export interface SentenceForce {
  readonly prohibits: boolean;
  readonly needsPermission: boolean;
  readonly permits: boolean;
  readonly obliges: boolean;
  /** "If X, …": the sentence sets conditions on something it presupposes may happen. */
  readonly conditional: boolean;
  /** The text after "unless", "except", "in the event of"…: cases the rule does not cover. */
  readonly exceptions: readonly string[];
  /** The text after "rather than": what the sentence steers people away from. */
  readonly discouraged?: string;
  /**
   * An instruction in the imperative ("Accept decisions… without dissent"): an obligation when
   * nothing else, the sentence, its lead-in or its heading ("Don't"), gives it a force.
   */
  readonly instructs?: boolean;
}

/** What a sentence says is not forbidden: "it's not an offence", "is not against the rules". */
const SAID_NOT_FORBIDDEN = String.raw`\b(?:is|are|it's)\s+not\s+(?:an offence|illegal|unlawful|against the (?:law|rules))`;

const PROHIBITION = [
  // Not what a rule forbids: what something does not always mean ("these signs do not necessarily
  // mean…"), or what does not stand in the way ("a criminal record does not prevent employment").
  /\b(?:must|should|shall|will|would|may|can)\s+(?:not|never)\b(?!\s+(?:necessarily|always|automatically)\b)(?!\s+(?:normally\s+|usually\s+|always\s+)?be\s+(?:necessary|required|needed|compulsory|mandatory|essential|an offence)\b)/,
  /\b(?:(?:do|does)\s+(?:not|never)|don't|doesn't)\b(?!\s+(?:necessarily|always|automatically|prevent|preclude|bar|stop|rule out)\b)/,
  /\b(?:are|is)\s+not\s+(?:to|permitted|allowed)\b|\bnot to\b|\bto never\b/,
  /\b(?:mustn't|shouldn't|won't|can't|cannot|can not)\b/,
  /(?:^|[^a-z])(?<!\b(?:is|are|was|were|be|been)\s)never\s+(?!be\s+(?:offensive|inappropriate))/,
  /^(?:[•◦\d.\s]*)(?:do not|don't|not to|not|no|never|nor)\b/,
  /\bnor\s+(?:should|must|will|shall|can|may)\b/,
  /\bnot\s+(?:permitted|allowed|acceptable|tolerated)\b/,
  // "Physical punishment is never acceptable", "Volunteers are discouraged from sharing…", "Taking
  // young people to your home is not advised", "Filming is not something we permit".
  /\b(?:is|are|will be)\s+never\s+(?:acceptable|appropriate|permitted|allowed|tolerated|justified)\b/,
  /\b(?:is|are)\s+(?:strongly\s+)?discouraged\s+from\b|\bnot\s+(?:advised|advisable|recommended)\b|\b(?:would not|wouldn't)\s+(?:advise|recommend)\b/,
  /\bnot something (?:that\s+)?(?:we|the club|the organisation|the school)\s+(?:permits?|allows?|accepts?|tolerates?)\b/,
  // Something the organisation does not offer is not to be had: "Refunds are not provided for
  // missed classes", "Pay as you go classes are not an option", "it is not appropriate to…". Not a
  // double negative ("no action is not an option", "doing nothing is not an option": an obligation).
  /(?<!\b(?:no\s+(?:[\w'-]+\s+){1,2}|nothing\s+|inaction\s+))\b(?:is|are|will be)\s+not\s+(?:an option|provided|offered|appropriate)\b/,
  /\b(?:prohibited|forbidden|banned)\b/,
  /\bunder no circumstances\b|\bat no (?:time|point)\b/,
  // "No staff must connect…", "no member of staff should…".
  /\bno\s+(?:[a-z]+\s+){1,3}?(?:must|should|shall|may|can|will|is to|are to)\s+(?!be\b)[a-z]+/,
  /\bunder any circumstances\b/,
  // Not what is said of someone's conduct as the case a rule is for ("…remove any participant if
  // behaviour is inappropriate").
  /(?<!un)(?<!\b(?:behaviour|behavior|conduct|language|content|material|posts?|comments?|messages?)\s+(?:is|are|was|were|becomes|become|seems|is deemed|are deemed)\s+)\b(?:inappropriate|unacceptable)\b(?!\s+(?:material|content|posts?|behaviour|conversation|contact|language))/,
  /\b(?:should|must)\s+(?:\w+\s+)?(?:be\s+)?avoid(?:ed)?\b|(?<!\bto\s)(?<!\bin order to\s)\bavoid(?:ing|ed|s)?\b/,
  /\bthere (?:are|is|will be|should be|must be) to be no\b|\bthere (?:are|is) to be no\b|\bthere (?:must|should|will|shall) be no\b/,
  /\brefrain from\b/,
  // "Being an excellent role model – this includes not smoking or drinking alcohol in the company
  // of young people": what good practice is said to include not doing.
  /\b(?:includes?|including|means?|meaning)\s+not\s+[a-z]+ing\b/,
  /\bno\s+(?:\w+\s+){0,3}(?:are|is|should|must)\s+(?:to\s+)?be\b/,
  // "No mobile phones or other electrical equipment are allowed on camp": however long what is
  // named between.
  /\bno\s+(?:[\w'-]+,?\s+){1,8}?(?:are|is|will be|shall be)\s+(?:allowed|permitted|tolerated|accepted)\b/,
];

const PERMISSION_NEEDED = [
  /\b(?:unless|until|without)\b[^.;]{0,50}?\b(?:permission|consent|approval|authori[sz]ation|agreement)\b/,
  /\bwithout\s+(?:the\s+|a\s+|their\s+|his\s+|her\s+|your\s+|our\s+|any\s+)?(?:prior\s+|explicit\s+|written\s+|express\s+|parental\s+)*(?:permission|consent|approval|agreement|authori[sz]ation)\b/,
  // "…will require signed parental consent", "consent will be required from…".
  /\brequir(?:e|es|ed|ing)\s+(?:[\w'-]+\s+){0,3}?(?:permission|consent|approval|authori[sz]ation)\b|\b(?:permission|consent|approval|authori[sz]ation)\s+(?:will be|is|must be|should be|are|is always)\s+(?:required|needed|obtained|sought)\b/,
  /\bunless\s+(?:it\s+is\s+|they\s+are\s+|this\s+is\s+|otherwise\s+)?(?:approved|authori[sz]ed|agreed|permitted|given permission|sanctioned)\b/,
  /\bwith\s+(?:the\s+)?(?:[\w'/-]+\s+){0,3}?(?:permission|consent|approval|agreement|authori[sz]ation)\b/,
  /\b(?:permission|consent|approval|authori[sz]ation)\s+(?:from|of|by)\b/,
  /\b(?:approved|authori[sz]ed|agreed)\s+by\b/,
  /\bauthori[sz]ation\s+(?:should|must|will|is to)\s+be\s+(?:provided|given|obtained|sought)\b/,
  /\bauthori[sz]ed\s+(?:volunteers?|staff|persons?|people|users?)\b/,
  // "Only authorised individuals may post…", "only approved coaches can…": whoever else asks needs
  // to be authorised first.
  /\bonly\s+(?:those\s+|the\s+)?(?:authori[sz]ed|approved|designated|nominated|named)\s+(?:[\w'-]+\s+){0,2}?(?:may|can|are (?:allowed|permitted) to|should)\b/,
  /\bon the proviso\b/,
  /\bexceptional circumstances?\b/,
  /\b(?:seek|obtain|ask for|asked for|request)\s+(?:\w+\s+){0,2}(?:permission|consent|approval|agreement)\b/,
  // "We would also ask any adult for their permission before…", "consent will be sought".
  /\bask(?:s|ed)?\s+(?:[\w'-]+\s+){1,3}for\s+(?:their\s+|his\s+|her\s+|written\s+|prior\s+)*(?:permission|consent|approval|agreement)\b|\b(?:permission|consent|approval)\s+(?:\w+\s+){0,3}sought\b/,
  /\b(?:give|given)\s+(?:their\s+|written\s+)*(?:permission|consent|approval)\b/,
  /\bexplicit (?:written )?consent\b/,
  // "A consent form signed by a parent is required", "permission slips must be completed".
  /\b(?:permission|consent|approval)\s+(?:forms?|slips?|letters?)\b[^.;]{0,40}?\b(?:required|needed|must|signed|completed)\b/,
];

/** Who asks the bot: the subject of a "may" that permits them something. */
const ASKER =
  /^(?:you|we|i|staff|volunteers?|leaders?|coaches|coach|employees?|trustees?|tutors?|mentors?|instructors?|officials?|helpers?|adults?|workers?|managers?|colleagues?|practitioners?|teachers?)$/;

/** A past participle, as a passive "may be…" has it: "used", "taken", "shown", "kept", "sent". */
const PAST_PARTICIPLE =
  /^(?:[a-z]+(?:ed|en|wn|ne)|kept|held|sent|put|set|left|met|paid|told|brought|bought|read|said|found|sold|shut|cut|let|lent|spent|built|taught|caught|sought|dealt|meant|lost|felt|run|won|hung|struck)$/;

/** Subjects of a passive "may be…" that is no permission to the asker. */
const NOT_PERMITTED_THING =
  /^(?:it|this|that|which|there|these|those|they|he|she|children|child|people|person|parents?|carers?|users?|participants?|members?|students?|pupils?|learners?)$/;

/**
 * "May" grants a permission only when nothing restricts it: not "may only…", "may … once the DSL
 * has checked", "may … with consent", "may … if…"; not a consequence ("may face disciplinary
 * action", "may be dismissed", "may lead to"); not a possibility ("it may be difficult", "children
 * may feel"). Otherwise the sentence is read as information (`see-policy`), never `allowed`.
 */
function mayPermits(sentence: string): boolean {
  const match = /\b([a-z'/-]+)\s+may\s+(?!not\b)(?:also\s+)?([a-z]+)(?:\s+([a-z]+))?/.exec(sentence);
  if (!match) return false;
  const [, subject, verb, next] = match;
  // Active voice: a permission only when its subject is the one asking ("staff may…", "you
  // may…"); "visitors may use the wifi" permits no member of staff anything. Passive voice: not
  // a possibility ("it may be difficult") nor what others may have done to them.
  if (verb === 'be' ? NOT_PERMITTED_THING.test(subject!) : !ASKER.test(subject!)) return false;
  // A passive permission is "may be" and a past participle ("may be taken", "may be kept"); "you
  // may be in shock", "may be victims", "may be to increase the risks" say what may be so.
  if (verb === 'be' && !PAST_PARTICIPLE.test(next ?? '')) return false;
  // "You may wish to run online sessions", "you may want to tell them…": advice, and leave to do it.
  if ((verb === 'wish' || verb === 'want') && next === 'to') return !RESTRICTION.test(sentence);
  if (
    /^(?:only|face|lead|result|need|have|want|feel|find|seem|appear|include|contain|become|cause|affect|constitute|amount|mean|vary|differ|wish|choose|get|pretend|misinterpret|gain|experience|encounter|receive|suffer|require)$/.test(
      verb!,
    )
  )
    return false;
  if (
    verb === 'be' &&
    /^(?:dismissed|disciplined|subject|held|liable|removed|reported|investigated|suspended|withdrawn|treated|considered|referred|asked|required|expected|difficult|possible|able|vulnerable|affected|at|necessary|appropriate|inappropriate|seen|used|misused|interpreted|misinterpreted)$/.test(
      next ?? '',
    )
  ) {
    return next === 'used' && !RESTRICTION.test(sentence);
  }
  return !RESTRICTION.test(sentence);
}

/** Opening the one case a rule holds for: "in the event of a fire", "in case of emergency". */
const FOR_A_CASE = String.raw`in the event of|in case of`;
/** "In an emergency", "in emergency situations": the case a permission is most often limited to (captured). */
const IN_AN_EMERGENCY = String.raw`in (?:an )?(emergenc(?:y|ies))(?: situations?)?`;

/** A sentence that opens with its condition: what follows holds only then. */
const CONDITION_OPENING = new RegExp(String.raw`^(?:[•◦\d.\s]*)(?:if|${FOR_A_CASE})\b`);

/** Words that make a permission conditional: then it is not a plain "allowed". */
const RESTRICTION = new RegExp(
  String.raw`\b(?:only|solely|exclusively|for the purposes? of|once|provided|providing|as long as|so long as|subject to|if|when|whenever|where|unless|${FOR_A_CASE}|${IN_AN_EMERGENCY}|in accordance with|after|following|until|except|but|however|although|though|should|must|(?:limited|certain|specific|exceptional|rare) (?:circumstances|cases|situations))\b|\bwith (?:the )?(?:[\w'/-]+\s+){0,3}?(?:permission|consent|approval|agreement|authori[sz]ation)\b`,
);

const PERMISSION = [
  // Not what something can serve to do: "photographs can be used to identify children" says what
  // a photo is capable of, not that anyone may take one.
  // Nor the harm it can serve: "phones … can be used for negative purposes".
  /\bcan\s+(?:be\s+)?(?:used|accepted|taken|agreed|shared)\b(?!\s+to\s+(?!(?:a|an|the|their|his|her|our|your|and|or)\b)[a-z]|\s+for\s+(?:negative|harmful|bad|malicious|inappropriate|illegal|criminal|abusive|sinister|bullying|grooming|harassment|abuse)\b)/,
  // Not "Codes of Conduct which include what is acceptable": what it names, not a leave.
  /(?<!\b(?:what|which)\s)\b(?:is|are|will be)\s+(?:permitted|allowed|acceptable|fine)\b/,
  /\b(?:are|is)\s+(?:the\s+)?preferred\b/,
  /\bare a positive\b|\bis a positive\b/,
  /\bit is possible\b/,
  // "NCD reserves the right to move an athlete", "staff are entitled to…", "staff able to call
  // emergency services": leave to do it, in other words.
  /\breserves? the right to\b|\b(?:is|are|will be|shall be) (?:entitled|free) to\b/,
  // "It's not an offence to take appropriate photographs in a public place", "there is nothing
  // wrong with…": what is said not to be forbidden.
  new RegExp(String.raw`${SAID_NOT_FORBIDDEN}\s+(?:to|for)\b|\bthere is nothing wrong with\b`),
  /\b(?:staff|you|we|volunteers|coaches|leaders|tutors|officers)\s+(?:are\s+|will\s+be\s+)?able\s+to\b/,
  // "Parents are welcome and encouraged to participate", "please feel free to…": an invitation.
  /\b(?:is|are|will be|shall be)\s+(?:(?!not\b)[a-z]+\s+){0,2}?(?:welcome|encouraged)\s+to\b|\bfeel free to\b/,
  // "We encourage you to do this", "we would encourage staff to…": the same invitation, said actively.
  /\b(?:we|i)\s+(?:would\s+)?(?:strongly\s+|actively\s+)?encourage\s+(?:you|staff|volunteers|coaches|leaders|tutors)\s+to\b/,
];

const OBLIGATION =
  /\b(?:must|should|shall|will|need to|needs to|are to|is to|has to|have to|required to|expected to|ask that|asked to|make sure|ensure|it is (?:important|essential|vital|crucial) (?:that|to)|is not an option|appl(?:y|ies) to (?:everyone|all|any|every))\b|^(?:[•◦\d.\s]*)all (?:club |our |the )?(?:members|staff|volunteers|coaches|parents|players|employees|adults|officials|leaders)(?: and (?:parents|carers|players|members|staff|volunteers))? (?!are\b|is\b|were\b|was\b|have\b|has\b|can\b|may\b|might\b|could\b)[a-z]+/;

/** Who alone may do it: "unless by the host", "made only by a parent/guardian or carer". */
const ONLY_BY =
  /\b(?:only|unless|except)\s+(?:be\s+)?(?:made\s+|done\s+|carried out\s+|taken\s+|given\s+)?by\s+(?:an?\s+|the\s+|their\s+|our\s+)?([^,.;]+?)(?=\s+(?:and|with|who|if|when|once|after|before)\b|[,.;]|$)/;

/** Someone other than the asker doing the thing asked about: "a parent wants to…", "noah's dad…", "can a 14 yr old…". */
const THIRD_PARTY =
  /\b(?:(?:a|an|the|one of (?:the|our|my))\s+(?:[\w'-]+\s+)?(?:parents?|mum|mom|dad|mother|father|carers?|guardians?|grandparents?|gran|nan|grandma|grandad|child|kids?|young (?:person|people)|members?|students?|learners?|participants?|players?|volunteers?|visitors?|helpers?|friends?|siblings?|brother|sister|\d+ ?(?:yr|year)s? olds?|yp)|[a-z]+'s (?:mum|mom|dad|mother|father|parents?|carer|gran|nan|brother|sister))\b/;

/** What a sentence says to do without ("…without dissent", "…without delay"). */
const WITHOUT = /\bwithout\s+(?:any\s+)?([^,.;()]+)/;

/**
 * What a rule allows only on a condition, or only for someone: everything after "only" up to the
 * end of the sentence ("…will only be authorised if the driver has taken a specific national test",
 * "children may only be collected by authorised adults named on the registration form").
 */
const ONLY_ON = /\bonly\s+([^.;]+)/;

/**
 * An instruction in the imperative, as policy lists write them ("Accept decisions of referees
 * without dissent.", "Contact the police directly.", "Always copy in a parent."): the sentence
 * starts with a verb in its base form. Not a noun phrase that starts with the same word ("Use of
 * mobile phones", "Contact details", "Report writing").
 */
const IMPERATIVE =
  /^(?:[•◦\d.\s]*)(?:(?:always|please)\s+)?(?:accept|act|adhere|alert|allow|ask|attend|be|behave|check|comply|consult|contact|copy|discuss|dress|encourage|ensure|explain|follow|give|inform|keep|let|listen|maintain|make|notify|obey|obtain|pass|place|promote|protect|provide|raise|read|record|refer|remain|remember|remove|report|request|respect|respond|retain|return|seek|share|show|speak|stay|stop|store|supervise|take|talk|tell|treat|use|wear|work|write)\s+(?!of\b|details\b|information\b|numbers?\b|forms?\b|writing\b|log\b|books?\b|sheets?\b|is\b|are\b|was\b|were\b|will\b|should\b|must\b|may\b|can\b)/;

/**
 * Asking leave not to do something: "can I just keep it to myself?", "ok to do nothing?", "deal
 * with it without telling the county?", "can the parents skip signing it?".
 */
const OMISSION =
  /\b(?:ignore|ignoring|skip|skipping|leave it|let (?:it|them) (?:go|slide|sort)|do nothing|doing nothing|not do anything|keep (?:it|this|that) to (?:myself|ourselves|themselves)|say nothing|not bother|don'?t bother|(?:not|never|without|don'?t|doesn'?t|no need to|(?:don'?t|do not) (?:have|need) to) (?:tell|telling|report|reporting|inform|informing|say|saying|mention|mentioning|pass(?:ing)? (?:it|this|that) on|record|recording|log|logging|sign|signing|follow|following|check|checking|let (?:\w+ ){0,2}know|letting (?:\w+ ){0,2}know|go(?:ing)? through))\b/;

const EXCEPTIONS = [
  /\bunless\s+([^.;]+)/g,
  /\bwith the exception of\s+([^.;]+)/g,
  /\bexcept(?:\s+(?:in|for|when|where))*\s+([^.;]+)/g,
  // "…must not be used, except in the event of an emergency" carves a case out of the rule before
  // it. Opening a clause of its own ("In the event of a refusal this will be recorded", "…so in the
  // event of a refusal…"), it is the condition for what follows, not a case the rule leaves out.
  /(?<!^\s*|\b(?:so|and|then|but|therefore|thus|also)\s+|[,;:]\s*)\bin (?:the event of|case of)\s+([^,.;]+)/g,
  /\bin (urgent cases)\b/g,
  /\bother than in\s+([^.;]+)/g,
  /\bthe only exception would be\s+([^.;]+)/g,
];

/** A sentence that opens with its exception ("Unless guidance states otherwise, …", "Except in an emergency, …", "With the exception of their own children, …"). */
const LEADING_EXCEPTION =
  /^([•◦\d.\s]*)(?:unless|with the exception of|except(?:\s+(?:in|for|when|where|if))*)\s+([^,.;]+),\s*(.+)$/i;

/**
 * The mark that closes an exception set off inside its rule, by commas ("Staff should not be alone
 * with a child, except in an emergency, in any changing room or vehicle") or brackets ("…(except in
 * an emergency) in vehicles"): then the case ends there, and what follows is the rule again, not
 * part of the case. Undefined for an exception that runs to the sentence's end.
 */
function closingMark(sentence: string, at: number): ',' | ')' | undefined {
  const opening = /([,(])\s*$/.exec(sentence.slice(0, at))?.[1];
  return opening === ',' ? ',' : opening === '(' ? ')' : undefined;
}

/**
 * A comma after which a main clause of its own begins: words with a verb of their own, not a
 * relative or conjoined part of what came before ("…, who must…", "…, in which case…", "…, or…").
 */
const NEW_MAIN_CLAUSE =
  /,\s+(?!(?:and|or|nor|but|which|who|whom|whose|where|when|whenever|while|if|in which|such as|e\.g\.|i\.e\.|including|for example|as|so that|provided|providing|unless|except|even|then)\b)(?:[a-z'/-]+\s+){1,8}?(?:is|are|was|were|will|would|must|should|shall|may|can|cannot|could|do|does|did|has|have|need|needs)\b/i;

/**
 * Where a case that runs on past a comma into a main clause of its own ends: "unless you're with a
 * facilitator, cupboards … are not under any circumstances to be opened", "Unless the fee
 * information says otherwise, a missed lesson is not refunded". The index of that comma in
 * `exception`, or -1.
 */
function mainClauseAfterCase(exception: string): number {
  return NEW_MAIN_CLAUSE.exec(exception)?.index ?? -1;
}

/** The exception at `at`, cut where a case set off inside its rule closes, or where a main clause of its own follows it. */
function caseAt(sentence: string, at: number, exception: string): string {
  const mark = closingMark(sentence, at);
  if (mark) return exception.split(mark)[0]!.trim();
  const end = mainClauseAfterCase(exception);
  return end < 0 ? exception : exception.slice(0, end).trim();
}

/** The exception a sentence opens with, and the rule after it. */
function leadingException(sentence: string): { exception: string; rule: string } | undefined {
  const match = LEADING_EXCEPTION.exec(sentence);
  return match ? { exception: match[2]!, rule: `${match[1]}${match[3]}` } : undefined;
}

function normalise(sentence: string): string {
  // An emphasised run-in heading names the topic, not the rule: "*Mobile Phones* - No mobile
  // phones … are allowed" is read from "No". "You're welcome to…", "we'll…" are read as their words,
  // as the patterns below are written.
  return withoutRunInHeading(sentence)
    .toLowerCase()
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/\b(you|we|they)'re\b/g, '$1 are')
    .replace(/\b(you|we|they)'ll\b/g, '$1 will')
    .replace(/\s+/g, ' ')
    .trim();
}

/** A leading "if …," or "if … then" condition, up to where the main clause starts. */
const CONDITION =
  /^(?:[•◦\d.\s]*)if\b[^.;]*?(?:,\s*|\s+then\s+)(?=(?:then\s+)?(?:you|we|they|he|she|it|staff|volunteers?|please|the|a|an|all|any|do|don't|never|no|this|that|our|your|their)\b)/;

/**
 * Negations that are not the rule's: in a relative clause about whom or what it concerns ("young
 * people … who cannot meet in person", "members who cannot attend on Saturdays"), when no modal
 * follows in it; "not an offence" itself (leave, in `PERMISSION`).
 */
const NOT_THE_RULES = new RegExp(
  String.raw`\b(?:who|which|that)\s+(?:cannot|can't|can not|do not|don't|does not|doesn't|did not|didn't|are not|aren't|is not|isn't|have not|haven't|has not|hasn't|were not|was not)\s+(?![^,.;]*\b(?:must|should|shall|will|may|can|are to|is to)\b)[^,.;]*|${SAID_NOT_FORBIDDEN}\b`,
  'g',
);
/** A trailing "even if …" concedes a case ("…even if asked not to do so"): no rule of its own, and no condition on the rest. */
const CONCEDED = /\beven if\b[^,.;]*$/;

/** Reads the modal force of one sentence. Clause sentences come back question after question: remembered. */
export const sentenceForce = memoise((sentence: string): SentenceForce => {
  const s = normalise(sentence);
  const exceptions: string[] = [];
  // "Unless guidance states otherwise, people will not share…": the case is what stands before the
  // comma, and the rest is the rule.
  const leading = leadingException(s);
  if (leading) exceptions.push(leading.exception);
  const rule = leading?.rule ?? s;
  for (const pattern of EXCEPTIONS)
    for (const match of rule.matchAll(pattern)) exceptions.push(caseAt(rule, match.index, match[1]!));
  const needsPermission = PERMISSION_NEEDED.some((pattern) => pattern.test(s));
  // A negation inside a leading condition ("If they do not comply, you may ask them to leave") is
  // not the rule's: the rule is the main clause.
  const unconditional = s.replace(CONCEDED, '');
  const main = unconditional.replace(CONDITION, '').replace(NOT_THE_RULES, ' ');
  const prohibits = PROHIBITION.some((pattern) => pattern.test(main));
  const rather = /\b(?:rather than|instead of|\(?not just|not simply|not merely)\s+([^,.;)]+)/.exec(s);
  return {
    prohibits,
    needsPermission,
    permits:
      !prohibits &&
      (mayPermits(s) || (PERMISSION.some((pattern) => pattern.test(s)) && !RESTRICTION.test(unconditional))),
    obliges: OBLIGATION.test(s),
    instructs: IMPERATIVE.test(main),
    // "If…", "In the event of…", "In case of…": what follows holds only then.
    conditional: CONDITION_OPENING.test(s),
    exceptions,
    ...(rather ? { discouraged: rather[1]! } : {}),
  };
});

/**
 * Asking whether to stop someone else ("…, do I need to stop her?", "should we tell them not to?"):
 * the question is whether their act is allowed, not about anything the asker would do.
 */
const STOP_THEM =
  /\b(?:do|should|must|shall|have|need) (?:i|we) (?:(?:need|have|got) to )?(?:stop (?:her|him|them)|ask (?:her|him|them) to stop|tell (?:her|him|them) (?:to stop|not to))\b/;

/**
 * The words that ask whether to stop someone else ("do i need to ask her to stop"), if the question
 * has them: they frame the question and name no part of the act it is about.
 */
export function stopFrame(question: string): string | undefined {
  return STOP_THEM.exec(question.toLowerCase())?.[0];
}

/** A question in lower case with straight apostrophes, as the question patterns below read it. */
function lowerCased(question: string): string {
  return question.toLowerCase().replace(/[\u2018\u2019]/g, "'");
}

/** True when the question is about the asker's own doing: "can I…", "we'd like to…", "do we need…". */
function askerActs(question: string): boolean {
  const q = lowerCased(question);
  // Whether to stop someone else is about their act.
  if (STOP_THEM.test(q)) return false;
  // Who the act asked about is done by, where the question says ("…one of the mums asked if she
  // can video her own daughter, is that ok?": she does, though "i'm the activity leader" opens it).
  let subject: string | undefined;
  for (const match of q.matchAll(ACTOR_CUE)) subject = match[1] ?? match[2];
  if (subject) return /^(?:i|we)$/.test(subject);
  return /\b(?:i|we|i'm|we're|i'd|we'd|i've|we've|me|us)\b/.test(q);
}

/** Who a permission is asked for: "can she…", "could we…", "she can…", "i can…". */
const ACTOR_CUE = /\b(?:can|could|may)\s+(i|we|he|she|they)\b|\b(i|we|he|she|they)\s+(?:can|could|may)\b/g;

/** Words that only say "a case of" ("in urgent cases", "in exceptional circumstances"): not what the case is. */
const CASE_WORDS = /\b(?:cases?|circumstances?|situations?|instances?|occasions?)\b/g;

/** Share of an exception's own words (by weight) a question must name to claim the case. */
const CASE_NAMED = 0.6;

/** What the verdict needs to know about relevance, supplied by the retrieval layer. */
export interface RelevanceModel {
  /** The analysis terms of a text (stemmed, canonical; stop words removed). */
  terms(text: string): readonly string[];
  /** How much a term says about the topic (rarer is more). */
  weight(term: string): number;
  /** True when the term occurs anywhere in the organisation's policies. */
  known(term: string): boolean;
  /** Related concepts of a term (texting and messages), credited at half weight. */
  related?(term: string): readonly string[];
}

/** Opposites that turn "the policy says X" into "so not Y". */
export const defaultAntonyms: ReadonlyArray<readonly [string, string]> = [
  ['privat', 'public'],
  ['organis', 'person'],
  ['work', 'person'],
  ['group', 'individu'],
  ['off', 'on'],
  ['formal', 'inform'],
  ['silent', 'loud'],
  ['lock', 'unlock'],
  ['secur', 'unsecur'],
  ['appropri', 'inappropri'],
  ['end', 'continu'],
  ['stop', 'continu'],
  ['insid', 'outsid'],
  ['indoor', 'outdoor'],
  ['open', 'shut'],
  ['supervis', 'unsupervis'],
  ['accompani', 'unaccompani'],
  ['uniqu', 'reus'],
  ['accept', 'declin'],
  ['accept', 'refus'],
];

/** Whether a text names one side of a pair of opposites and the question only the other. */
function opposes(
  antonyms: ReadonlyArray<readonly [string, string]>,
  terms: ReadonlySet<string>,
  questionTerms: ReadonlySet<string>,
): boolean {
  return antonyms.some(([a, b]) => {
    if (terms.has(a) === terms.has(b)) return false;
    const [named, opposite] = terms.has(a) ? [a, b] : [b, a];
    return !questionTerms.has(named) && questionTerms.has(opposite);
  });
}

/** The inputs of one verdict. */
export interface VerdictInput {
  readonly question: string;
  /** The governing clause's text. */
  readonly clauseText: string;
  /** The sentence of the clause retrieval matched: the rule the clause is cited for, read first. */
  readonly sentence?: string;
  /** The lead-in the clause continues, whose force its items inherit ("All staff should:"). */
  readonly context?: string;
  /** The clause's section path; a "Do not" section forbids what its items name. */
  readonly section?: string;
  readonly relevance: RelevanceModel;
  readonly antonyms?: ReadonlyArray<readonly [string, string]>;
  /**
   * The clause as `readClause` reads it from `clauseText`, `context` and `section`, when the caller
   * read it beforehand (the answerer reads every clause once, when it is built); read here otherwise.
   */
  readonly clause?: ClauseReading;
  /** The question as `readQuestion` reads it with `relevance`, when the caller has read it already; read here otherwise. */
  readonly asked?: QuestionReading;
}

/**
 * Whether a case a rule leaves out is someone's permission ("unless approved by an Activity
 * Leader", "without the consent of…"), not a status already settled: "other than in agreed
 * circumstances", "unless that individual is … an authorised volunteer" name circumstances or
 * people that are so, not a permission the asker could seek.
 */
function asksPermission(exception: string): boolean {
  const withoutStatus = exception.replace(
    /\b(?:pre-?)?(?:agreed|approved|authori[sz]ed)\s+(?!by\b|with\b|in advance\b|beforehand\b|first\b|to\b)[a-z]+/g,
    ' ',
  );
  return /\b(?:approv|authori|permission|consent|agree)/.test(withoutStatus);
}

/** Cuts the exceptions off a sentence, leaving the rule itself. */
const EXCEPTION_TAIL = /\b(?:unless|except|in the event of|other than in|with the exception of)\b.*$/i;

/** The rule without the case it carves out: to the sentence's end, or to the mark that closes a case set off by commas or brackets. */
function withoutException(rule: string): string {
  const tail = EXCEPTION_TAIL.exec(rule);
  if (!tail) return rule;
  const mark = closingMark(rule, tail.index);
  const close = mark ? rule.indexOf(mark, tail.index) : -1;
  if (close >= 0) return `${rule.slice(0, tail.index)}${rule.slice(close + 1)}`;
  // A main clause after the case ("unless …, cupboards … are not to be opened") is the rule again.
  const end = mainClauseAfterCase(rule.slice(tail.index));
  return end < 0 ? rule.slice(0, tail.index) : `${rule.slice(0, tail.index)}${rule.slice(tail.index + end + 1)}`;
}

/** Parties other than the staff who ask: whom a rule's exception or leave may be for. */
const OTHER_PARTY = String.raw`(?:parents?|carers?|guardians?|famil(?:y|ies)|children|young people|members?|participants?|students?|visitors?)`;

/** An exception about someone else doing it: "…with the exception of a parent or carer videoing…". */
const EXCEPTION_ACTOR = new RegExp(String.raw`^(?:an?\s+|the\s+)?${OTHER_PARTY}\b`);

/**
 * Leave given to a party other than the one asking, by the subject of "…are permitted / allowed /
 * welcome / entitled / free / able to": "Parents are permitted to…", "Spectators are welcome to…".
 */
const PERMITTED_PARTY = new RegExp(
  String.raw`\b((?:${OTHER_PARTY}|spectators?|players?|pupils?|learners?|athletes?)(?:\s*(?:\/|and|or)\s*[a-z]+)?)\s+(?:are|is|will be)\s+(?:(?!not\b)[a-z]+\s+){0,2}?(?:permitted|allowed|welcome|encouraged|entitled|free|able)\b`,
);

/** Saying one is someone: "i'm a …", "i am the …", "as a …". */
const SAYS_THEY_ARE = String.raw`\b(?:i'm|i am|im|as) (?:a |an |the |one of the )?`;

/**
 * For each party an exception may be made for (`EXCEPTION_ACTOR`), how an asker says they are one:
 * "i'm a mum", "as a parent" and, for parents, "my own daughter".
 */
const SELF_DESCRIPTIONS: ReadonlyArray<{ readonly party: RegExp; readonly self: RegExp }> = [
  {
    party: /^(?:an?\s+|the\s+)?(?:parents?|carers?|guardians?|famil(?:y|ies))\b/,
    self: new RegExp(
      String.raw`${SAYS_THEY_ARE}(?:mum|mam|mom|mother|dad|father|parent|carer|guardian|step ?(?:mum|dad|parent)|foster (?:carer|parent|mum|dad))s?\b|\bmy own (?:son|daughter|child|children|kids?|boy|girl|lad|little one)s?\b`,
    ),
  },
  ...['member', 'participant', 'student', 'visitor'].map((party) => ({
    party: new RegExp(String.raw`^(?:an?\s+|the\s+)?${party}s?\b`),
    self: new RegExp(String.raw`${SAYS_THEY_ARE}${party}s?\b`),
  })),
];

/** Whether the asker says they are one of the party an exception names. */
function askerIsOne(question: string, party: string): boolean {
  const entry = SELF_DESCRIPTIONS.find((description) => description.party.test(party));
  return !!entry && entry.self.test(lowerCased(question));
}

/** A leading "if …" condition on the asker's act, up to the modal of the main clause. */
const LEADING_CONDITION = /^(?:[•◦\d.\s]*)if\s+(.+?)\b(?:should|must|will|shall|need to|needs to|may|can|then)\b/i;

/** What the verdict reads of a clause whatever the question is: a pure function of its text, lead-in and heading. */
export interface ClauseReading {
  /** The clause's sentences and list items. */
  readonly sentences: readonly string[];
  /** The modal force of each sentence. */
  readonly forces: readonly SentenceForce[];
  /** Each sentence without its exceptions: the rule it states. */
  readonly rules: readonly string[];
  /** Each sentence's leading "if …" condition, or '' when it has none. */
  readonly conditions: readonly string[];
  /** What each sentence has switched on or off, if anything. */
  readonly switched: ReadonlyArray<'on' | 'off' | undefined>;
  /** The force of the lead-in, when there is one. */
  readonly contextForce: SentenceForce | undefined;
  /** The force the heading gives its items, when it gives one. */
  readonly sectionForce: SentenceForce | undefined;
  /** Every text of the clause whose terms a verdict may read (sentences, rules, conditions, exceptions…). */
  readonly texts: readonly string[];
}

/** Reads a clause for verdicts, as `readVerdict` would on every question that cites it. */
export function readClause(clauseText: string, context?: string, section?: string): ClauseReading {
  const sentences = clauseSentences(clauseText);
  const parts = sentences.map(sentenceParts);
  const forces = itemForces(
    sentences,
    parts.map((part) => part.force),
  );
  const rules = parts.map((part) => part.rule);
  const conditions = parts.map((part) => part.condition);
  const contextForce = context ? leadInForce(context) : undefined;
  const sectionForce = headingForce(section);
  const texts = new Set<string>([...sentences, ...rules, ...conditions]);
  if (!sentences.length) texts.add(clauseText);
  for (const force of [...forces, contextForce, sectionForce]) {
    if (!force) continue;
    for (const exception of force.exceptions) {
      texts.add(exception);
      const actor = EXCEPTION_ACTOR.exec(exception.trim());
      if (actor) texts.add(actor[0]);
    }
    if (force.discouraged !== undefined) texts.add(force.discouraged);
  }
  return {
    sentences,
    forces,
    rules,
    conditions,
    switched: parts.map((part) => part.switched),
    contextForce,
    sectionForce,
    texts: [...texts].filter(Boolean),
  };
}

/** A list item inside a clause: "◦ taking them alone in my vehicle,". */
const LIST_ITEM = /^\s*(?:[•◦-]|\d+[.)])\s/;

/**
 * "Avoid behaviour that could compromise … such as: ◦ spending time alone with them, ◦ taking
 * them alone in my vehicle": a list inside a clause takes the force of the sentence that leads
 * into it, as a clause takes its lead-in's, when an item has none of its own.
 */
function itemForces(sentences: readonly string[], own: readonly SentenceForce[]): SentenceForce[] {
  const forces = [...own];
  let lead: SentenceForce | undefined;
  sentences.forEach((sentence, i) => {
    const force = forces[i]!;
    if (!LIST_ITEM.test(sentence)) {
      lead = sentence.trimEnd().endsWith(':') && hasForce(force) ? leadInForce(sentence) : undefined;
    } else if (lead && !hasForce(force)) {
      forces[i] = { ...lead, exceptions: force.exceptions, conditional: force.conditional };
    }
  });
  return forces;
}

/** What `readClause` reads of one sentence: remembered, as policies repeat sentences. */
const sentenceParts = memoise((sentence: string) => ({
  force: sentenceForce(sentence),
  rule: withoutException(leadingException(sentence)?.rule ?? sentence),
  condition: LEADING_CONDITION.exec(sentence)?.[1] ?? '',
  switched: switchedTo(sentence),
}));

/** What the verdict reads of a question whatever the clause: read once for all the clauses it is held against. */
export interface QuestionReading {
  /**
   * What the question asks, for its verdict: what its cues read (`classifyQuestion`), and a
   * question no cue reads that asks yes or no (`asksYesOrNo`) or who must approve (`asksApproval`)
   * as asking leave.
   */
  readonly kind: QuestionKind;
  /** What its cues alone read: the search weighs the act asked about only when they read leave asked. */
  readonly cued: QuestionKind;
  readonly terms: ReadonlySet<string>;
  /** The weight of the question's terms (1 when they weigh nothing). */
  readonly topic: number;
  /** What the question has switched on or off, if anything. */
  readonly switched: 'on' | 'off' | undefined;
  /** What the question would do without ("without a dbs"), if anything. */
  readonly lacking: string | undefined;
  /** Whether the question asks leave not to do something ("ok to just keep it to myself?"). */
  readonly omits: boolean;
  /** Has the asker do it as the only one ("by myself", "i'm the only adult"). */
  readonly singleHanded: boolean;
  /** Asks to put off what may be asked for at once ("when I have time", "at the end of the day"). */
  readonly delays: boolean;
  /** Asks last how, what or whom after telling something, not whether ("…, how should i handle it?"). */
  readonly asksHow: boolean;
  /**
   * The terms of the act a permission question asks about: the words after its last permission
   * cue ("…since their AP is closed, fine if they keep phones on silent?" -> keep, phone, silent),
   * or the words before a cue that ends it ("…a smoke outside the front, ok?"). The rest of the
   * question is the situation it is asked in.
   */
  readonly actTerms: ReadonlySet<string>;
  /**
   * The message tells of an emergency (someone collapsed, a threat to life: read by the concern
   * detector), or asks for one in everyday words ("in case something happens"), so a case the
   * clause makes "in an emergency" is the one asked about, whatever words the question uses for it.
   */
  readonly emergency: boolean;
  /** The policy words the question's own words are near in meaning to ("taxi" -> "transport"), where the index read them. */
  readonly near: ReadonlyMap<string, ReadonlyArray<readonly [string, number]>>;
}

/** A question that says it is for an emergency in everyday words: "in case something happens", "if anything goes wrong". */
const IN_CASE_OF_TROUBLE = /\b(?:in case|if|for when) (?:any|some)thing (?:happens|goes wrong|comes up|kicks off)\b/;

/**
 * An emergency of the asker's own told in everyday words: someone rushed into hospital or in A&E,
 * an ambulance, a birth begun, an accident, someone hurt or injured; not a hospital appointment or
 * a check-up (docs/answers.md, thirty-fourth session).
 */
const EVERYDAY_EMERGENCY =
  /\b(?:rushed|taken|gone|went|been admitted|admitted) (?:in)?to (?:hospital|a ?& ?e)\b|\bin (?:hospital|a ?& ?e)\b(?! (?:for (?:a |an |my |his |her )?)?(?:appointment|appt|check ?up|scan))|\bambulance\b|\b(?:gone|went|going|is|she's|in) (?:into )?labou?r\b|\b(?:been|was|were|had) (?:in )?an? (?:accident|crash)\b|\bfamily emergency\b|\b(?:been|got|has been|have been) (?:badly |really |seriously )?(?:hurt|injured)\b/;

/** No word read as near in meaning: a question read without the index. */
const NOTHING_NEAR: ReadonlyMap<string, ReadonlyArray<readonly [string, number]>> = new Map();

/** Reads a question for verdicts. What only some verdicts need is read when first asked for. */
export function readQuestion(
  question: string,
  relevance: RelevanceModel,
  told: {
    readonly emergency?: boolean;
    readonly near?: ReadonlyMap<string, ReadonlyArray<readonly [string, number]>>;
  } = {},
): QuestionReading {
  const terms = new Set(relevance.terms(question));
  let switched: { value: 'on' | 'off' | undefined } | undefined;
  let lacking: { value: string | undefined } | undefined;
  let omits: boolean | undefined;
  let singleHanded: boolean | undefined;
  let delays: boolean | undefined;
  let asksHow: boolean | undefined;
  let actTerms: ReadonlySet<string> | undefined;
  const cued = classifyQuestion(question);
  const lower = question.toLowerCase();
  return {
    kind: cued === 'open' && (asksYesOrNo(question) || asksApproval(question)) ? 'permission' : cued,
    cued,
    terms,
    emergency: (told.emergency ?? false) || EVERYDAY_EMERGENCY.test(lower) || IN_CASE_OF_TROUBLE.test(lower),
    near: told.near ?? NOTHING_NEAR,
    topic: weightOf(relevance, terms) || 1,
    get switched() {
      switched ??= { value: switchedTo(question) };
      return switched.value;
    },
    get lacking() {
      lacking ??= { value: withoutWhat(question) };
      return lacking.value;
    },
    get omits() {
      omits ??= OMISSION.test(normalise(question));
      return omits;
    },
    get singleHanded() {
      singleHanded ??= SINGLE_HANDED.test(normalise(question));
      return singleHanded;
    },
    get delays() {
      delays ??= PUTTING_OFF.test(normalise(question));
      return delays;
    },
    get asksHow() {
      asksHow ??= asksHowLast(question);
      return asksHow;
    },
    get actTerms() {
      actTerms ??= new Set(relevance.terms(askedAct(question)));
      return actTerms;
    },
  };
}

/** A cue that the act asked about follows: "can i", "they can", "ok to", "fine if they", "allowed to". */
const ACT_CUE =
  /\b(?:(?:can|could|may|shall|should)\s+(?:i|we|he|she|they|you|staff|volunteers?|(?:a|an|the|my|our) [\w-]+)|(?:i|we|he|she|they|you)\s+(?:can|could|may)|(?:ok|okay|alright|all right|fine|allowed|permitted|acceptable)\s+(?:to|if|for)|(?:is it|am i|are we)\s+(?:ok|okay|alright|fine|allowed|permitted)(?:\s+to)?)\b/g;

/** The words of the act a question asks about: after its last act cue, or the words before a cue that ends it. */
function askedAct(question: string): string {
  const q = lowerCased(question);
  let after = '';
  let before = q;
  for (const match of q.matchAll(ACT_CUE)) {
    after = q.slice(match.index + match[0].length).split(/[?!.;]/)[0]!;
    before = q.slice(0, match.index);
  }
  const wordsAfter = after.split(/\s+/).filter((word) => word.length > 2);
  if (wordsAfter.length >= 2) return after;
  // "…have a smoke outside the front away from the kids, is that ok?": the last sentence before the cue.
  const sentencesBefore = before.split(/[?!.;]/).filter((part) => part.trim());
  return sentencesBefore.at(-1) ?? q;
}

/** The verdict with the sentence it rests on, for explanation and tests. */
export interface VerdictReading {
  readonly verdict: Verdict;
  readonly sentence: string;
  readonly reason: string;
}

function weightOf(relevance: RelevanceModel, terms: Iterable<string>): number {
  let sum = 0;
  for (const term of terms) sum += relevance.weight(term);
  return sum;
}

function relatedOverlap(relevance: RelevanceModel, questionTerms: ReadonlySet<string>, text: string): number {
  return overlapWithTerms(relevance, questionTerms, new Set(relevance.terms(text)));
}

/** `relatedOverlap` against terms already read. */
function overlapWithTerms(
  relevance: RelevanceModel,
  questionTerms: ReadonlySet<string>,
  terms: ReadonlySet<string>,
): number {
  let sum = 0;
  for (const term of questionTerms) {
    if (terms.has(term)) sum += relevance.weight(term);
    else if (relevance.related?.(term).some((related) => terms.has(related))) sum += relevance.weight(term) * 0.5;
  }
  return sum;
}

/** What a question would do without: "without a dbs for now" -> "dbs", "w/o consent" -> "consent". */
function withoutWhat(question: string): string | undefined {
  const q = question
    .toLowerCase()
    .replace(/[\u2018\u2019]/g, "'")
    // Chat drops the apostrophe: "his dbs hasnt come back", "i dont have a licence".
    .replace(/\b(has|have|do|does|did)nt\b/g, "$1n't");
  // "…left my passport in my room", "forgot my dbs letter": doing it without that thing.
  const left =
    /\b(?:forgot|forgotten|left)\s+(?:my|his|her|their|our)\s+([a-z][a-z'-]*)\s+(?:at home|behind|in (?:my|the|his|her) \w+|back at)/.exec(
      q,
    );
  if (left) return left[1];
  // "never done a towing test", "grandad's not on the form", "forgot his helmet, can he…".
  const missing =
    /\bnever (?:done|had|taken|passed|sat|got|completed|did) (?:a |an |the |any |my |his |her |their )?([a-z][a-z'-]*(?:\s+[a-z][a-z'-]*)?)|\b(?:(?:is|are|'s|'re|am|'m) not|isn't|aren't) (?:on|in) (?:the |a |our |your )?([a-z][a-z'-]*(?:\s+form|\s+list)?)\b|\b(?:forgot|forgotten) (?:my|his|her|their|our) ([a-z][a-z'-]*)/.exec(
      q,
    );
  if (missing) return missing[1] ?? missing[2] ?? missing[3];
  // "i'm not first aid trained", "she isn't dbs checked yet": without the training or check named.
  const unqualified =
    /\b(?:(?:i'm|i am|im|he's|he is|she's|she is|they're|they are|we're|we are) not|isn't|aren't|is not|are not) (?:yet )?((?:[a-z][a-z'-]* ){0,2}(?:trained|qualified|registered|checked|insured|certified|vetted|cleared))\b/.exec(
      q,
    );
  if (unqualified) return unqualified[1];
  const before =
    /\b(?:without|with no|w\/o|before (?:i|we|they|he|she|i'?ve|we'?ve|they'?ve|he'?s|she'?s) (?:get|gets|have|has|got|received|heard back from|had)|before (?:doing|completing|finishing|getting|having|passing|sending|filling in|signing)|(?:haven't|have not|hasn't|has not) got|(?:don't|do not|doesn't|does not) have)\s+(?:a |an |the |any |their |his |her |my |our |your )?([a-z][a-z'-]*(?:\s+[a-z][a-z'-]*)?)/.exec(
      q,
    );
  if (before) return before[1];
  // "dbs still pending", "enhanced one is still processing", "my dbs hasn't come through yet", "my
  // first aid cert lapsed": the thing named before it, up to three words.
  const after =
    /\b((?:[a-z][a-z'-]*\s+){0,2}[a-z][a-z'-]*)(?:'s| is| are| has| have)? (?:still |now |just )?(?:pending|in progress|processing|being processed|lapsed|expired|run out|ran out|out of date|(?:has not|hasn't|have not|haven't|not) (?:yet )?(?:come (?:through|back)|arrived|been (?:done|approved|cleared|processed|renewed)))\b/.exec(
      q,
    );
  return after?.[1];
}

/** A requirement that something be kept confidential. */
const CONFIDENTIAL =
  /\b(?:is|are|be|must be|should be|will be|to be|shall be)\s+(?:kept\s+|treated\s+as\s+|considered\s+|regarded\s+as\s+|held\s+)?(?:strictly\s+)?confidential\b/;
/** Passing something on: telling, sharing, sending, showing or posting it. */
const DISCLOSING =
  /\b(?:tell|telling|share|sharing|pass (?:it |them |this |that )?on|passing (?:it |them )?on|send|sending|forward|forwarding|show|showing|post|posting|give (?:out|away)|giving (?:out|away)|disclose|disclosing|reveal|revealing|mention|mentioning|discuss|discussing|let (?:her|him|them) know)\b/;

/** Doing it at once: "immediately", "as quickly as possible", "without delay", "do not delay". */
const PROMPTLY =
  /\b(?:immediately|as (?:soon|quickly) as (?:possible|practicable|you can)|promptly|without delay|straight ?away|at once|right away|do not delay|don't delay|on the same day|within (?:\d+|one|two|an?|twenty[- ]four) hours?)\b/;

/** Putting it off: "when I have time", "at the end of the day", "wait till she gets back", "next week". */
const PUTTING_OFF =
  /\b(?:when (?:i|we) (?:have|get|got|find) (?:the )?(?:time|a (?:minute|chance|sec|moment))|at the end of the (?:day|week|session|shift|term)|(?:wait|leave it|hold (?:off|on)|sit on it) (?:till|until|for a|a (?:few|couple|bit))|(?:till|until|til) (?:she|he|they|i|we) (?:gets?|get|comes?|is|are|am|have|has) back|in a (?:few|couple of) (?:days|weeks))\b|\b(?:later|tomorrow|next (?:week|month|session|time)|after the (?:weekend|holidays|break|half term))\s*[?!.]*\s*$/;

/**
 * The question has the asker do it as the only one ("by myself", "on my own", "solo", "i'm the
 * only adult", "just me and 5 young people"): against a rule that two or more must.
 */
const SINGLE_HANDED =
  /\b(?:on my own|by myself|myself alone|solo|single[- ]?handed(?:ly)?|just me|only me|(?:i am|i'm|im) (?:the only|on my own|alone)|the only (?:one|adult|grown[- ]?up|leader|member of staff|staff member|coach|volunteer|helper|instructor|tutor|person)(?! (?:of (?:them|the kids|the children)|child|kid|young person))|only one (?:of us|adult|grown[- ]?up|leader|member of staff|staff member|coach|volunteer|helper|instructor|tutor))\b/;

/**
 * A rule that two or more people must be there or do it: "Two members of staff will be in
 * attendance", "at least two adults present", "more than one adult Club member in a car", "at
 * least 2 members of staff will have access", "two persons will crew".
 */
const TWO_OR_MORE =
  /\b(?:two|2|more than one|at least (?:two|2)|a minimum of (?:two|2)|no fewer than (?:two|2)|a second)\s+(?:[a-z-]+\s+){0,2}?(?:adults?|people|persons|members? of staff|staff|leaders?|coaches|volunteers|instructors|helpers|officials|tutors|supervisors|members)\b/;

/** One person offered as an alternative to two: "…OR one member of staff plus a parent". */
const ONE_AS_ALTERNATIVE = /\bor (?:one|a single|1)\b/;

/** Words that negate what follows them closely ("not on my break", "isn't urgent", "no emergency"). */
const NEGATOR = /^(?:not|no|never|without|isn't|isnt|aren't|arent|wasn't|wasnt|nothing|hardly)$|n't$/;

/** True when every one of `terms` the question uses stands within three words after a negation. */
function negatedIn(relevance: RelevanceModel, question: string, terms: ReadonlySet<string>): boolean {
  const words = question
    .toLowerCase()
    .replace(/[\u2018\u2019]/g, "'")
    .split(/[^a-z']+/)
    .filter(Boolean);
  let found = false;
  for (let i = 0; i < words.length; i += 1) {
    if (!relevance.terms(words[i]!).some((term) => terms.has(term))) continue;
    found = true;
    if (!words.slice(Math.max(0, i - 3), i).some((word) => NEGATOR.test(word))) return false;
  }
  return found;
}

/** Where the act a sentence permits starts: after "may", "can", "are allowed to", "are welcome to", "it is fine for staff to"… (captured). */
const PERMITTED_ACT =
  /\b(?:may|can|(?:is|are)\s+(?:also\s+)?(?:allowed|permitted|welcome|encouraged|entitled|free|able)\s+to|(?:acceptable|fine|ok|okay|permissible)\s+(?:for\s+[a-z]+(?:\s+[a-z]+)?\s+)?to|nothing wrong with(?:\s+(?:staff|you|volunteers|coaches|leaders|us|them|adults))?)\s+(?:also\s+)?(?!be\b|not\b|only\b)([a-z][a-z'/-]*(?:\s+[a-z'/-]+){0,5})/;

/**
 * What an active "may" or "can" permits: its verb and the words after it, up to the first
 * punctuation or condition ("we may also collect additional personal data, such as…" permits
 * "collect additional personal data"). Undefined for the passive and for any other form.
 */
export function permittedAct(sentence: string): string | undefined {
  const match = PERMITTED_ACT.exec(normalise(sentence));
  if (!match) return undefined;
  return match[1]!.split(/\s+(?:if|when|once|where|unless|provided|as|so|under|because|but|and then|which|who)\b/)[0];
}

/**
 * The permitted act with all the (normalised) sentence says of it after: its objects, places and purposes ("use
 * social media to promote club events"; "collect additional personal data, such as age, gender,
 * height, weight…").
 */
function permittedSpan(normalised: string): string | undefined {
  const match = PERMITTED_ACT.exec(normalised);
  return match ? normalised.slice(match.index + match[0].length - match[1]!.length) : undefined;
}

/**
 * Which of `within` (terms of `text`, a case a clause makes) the question names: in the text's own
 * words, or by a word the index read as near enough in meaning ("lift" -> "transport").
 */
function namedIn(
  relevance: RelevanceModel,
  question: QuestionReading,
  text: string,
  within: ReadonlySet<string>,
): Set<string> {
  const named = new Set([...shared(relevance, question.terms, text)].filter((term) => within.has(term)));
  for (const neighbours of question.near.values())
    for (const [term, similarity] of neighbours) if (similarity >= NEAR_ENOUGH && within.has(term)) named.add(term);
  return named;
}

function shared(relevance: RelevanceModel, questionTerms: ReadonlySet<string>, text: string): Set<string> {
  return new Set(relevance.terms(text).filter((term) => questionTerms.has(term)));
}

const hasForce = (force: SentenceForce): boolean =>
  force.prohibits || force.needsPermission || force.permits || force.obliges;

/** Leave limited by "only": "may only take photographs…", "can only be used…". */
const LIMITED_LEAVE = /\b(?:may|can)\s+only\s+[a-z]{2,}/;

/**
 * Whether a sentence of a clause states a rule as a verdict reads it: it forbids, allows, obliges,
 * asks leave or instructs, gives leave limited by "only", or takes such force from its lead-in or
 * heading. A sentence with none only tells (a situation, a purpose, how things are), and a verdict
 * read from it is `see-policy`.
 */
export function statesRule(clause: ClauseReading, sentence: string): boolean {
  const i = clause.sentences.indexOf(sentence);
  const own = i >= 0 ? clause.forces[i]! : sentenceForce(sentence);
  return (
    hasForce(own) ||
    !!own.instructs ||
    // Leave limited by "only" ("Volunteers may only take photographs … in connection with group
    // activities"): a rule, though no plain permission.
    LIMITED_LEAVE.test(normalise(sentence)) ||
    [clause.contextForce, clause.sectionForce].some((force) => force !== undefined && hasForce(force))
  );
}

/**
 * A lead-in that offers its items as choices ("Options for reporting:", "You can either:", "You may
 * also:"): each item, an instruction in the imperative ("Contact the NSPCC directly."), is a way
 * open to the reader, a permission rather than an order. Not under a condition ("If you cannot
 * reach the welfare officer, you can either:"), which only some cases meet.
 */
const OPTIONS_LEAD_IN =
  /^(?:[•◦\d.\s]*)(?:(?:the |your |other |reporting |some )?(?:options?|choices|alternatives)\b[^.;]*|(?:you|staff|volunteers?|anyone|we|coaches|leaders|parents) (?:can|could|may) (?:either|also|choose to)?\s*(?:to )?|you (?:have|has) (?:the )?(?:following |these )?(?:options?|choices)[^.;]*|(?:any|one) of the following[^.;]*)[:\s]*$/;

/** The force a lead-in gives its items: its own, or a permission when it offers them as choices. */
function leadInForce(context: string): SentenceForce {
  const force = sentenceForce(context);
  if (force.prohibits || force.needsPermission || force.conditional || !OPTIONS_LEAD_IN.test(normalise(context)))
    return force;
  return { ...force, permits: true, obliges: false };
}

/** The force a section heading gives its items: "Do not" forbids, "Do" asks. */
function headingForce(section: string | undefined): SentenceForce | undefined {
  const last = section
    ?.split(' > ')
    .pop()
    ?.trim()
    .toLowerCase()
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[:.;]+$/, '');
  if (!last) return undefined;
  // "Do not", "Don't", "Never", or "Club officials and Coaches must not": each item is a prohibition.
  if (
    /^(?:do not|don'?ts?|never|avoid)$|\b(?:must not|must never|should not|should never|shall not|may not|are not (?:allowed|permitted) to|will not|never)$/.test(
      last,
    )
  )
    return sentenceForce('Do not');
  if (/^(?:do|dos|always)$|\b(?:must|should|shall|will)$/.test(last)) return sentenceForce('You should');
  return undefined;
}

/** An exception or a case that is an emergency, or an urgent need ("in urgent cases", "where there is an urgent need"). */
const EMERGENCY = /\bemergenc(?:y|ies)\b|\burgent(?:ly)?\b/i;

/** A permission for one case, stated first ("In the event of an emergency, staff may…") or last. */
const LEADING_EVENT = new RegExp(
  String.raw`^(?:[•◦\d.\s]*)(?:(?:${FOR_A_CASE})\s+([^,]+)|${IN_AN_EMERGENCY}),\s*(.+)$`,
);
const TRAILING_EVENT = new RegExp(String.raw`^(.+?)\s+(?:(?:${FOR_A_CASE})\s+([^,.;]+)|${IN_AN_EMERGENCY})[.;]?\s*$`);

/** The rule and the one case it is for, when a sentence gives a permission for a case. */
function eventPermission(sentence: string): { rule: string; event: string } | undefined {
  const leading = LEADING_EVENT.exec(sentence);
  if (leading) return { event: (leading[1] ?? leading[2])!, rule: leading[3]! };
  const trailing = TRAILING_EVENT.exec(sentence);
  return trailing ? { rule: trailing[1]!, event: (trailing[2] ?? trailing[3])! } : undefined;
}

/** How near in meaning a question's word must be to a policy word to name it ("lift" -> "transport": 0.8). */
const NEAR_ENOUGH = 0.7;

/** An act a sentence limits by "only", and the case it limits it to (see `onlyCase`). */
interface OnlyCase {
  /** The sentence less its case. */
  readonly act: string;
  /** The case. */
  readonly limit: string;
  /** The act alone, without who does it. */
  readonly actAlone: string;
}

/**
 * The case an "only" limits a sentence to: what follows "only" ("…only use their phones to confirm
 * transport"), or what precedes it when it follows its noun ("water or diluted juice only is to be
 * brought"). Not "not only", "if only", "the only…".
 */
function onlyCase(sentence: string): OnlyCase | undefined {
  const match = /(?<!\b(?:not|if|the|one and|an|their|our|its|his|her)\s)\bonly\b/.exec(sentence);
  if (!match) return undefined;
  const before = sentence.slice(0, match.index).replace(/^[•◦\d.\s]*/, '');
  const after = sentence.slice(match.index + match[0].length).replace(/[.;:]+\s*$/, '');
  if (/^\s+(?:is|are|was|were|will|may|can|should|must|to be)\b/.test(after))
    return before.trim() ? { act: after, limit: before, actAlone: after } : undefined;
  // The case is the purpose or condition after the act: "…only use their phones during sessions
  // [to confirm transport arrangements or in connection with group activities]".
  const purpose =
    /\b(?:to|for|when|whenever|if|where|in case|in the case of|in the event of|in connection with|with|by|under|after|once)\b/.exec(
      after,
    );
  if (!purpose) return undefined;
  const limit = after.slice(purpose.index).trim();
  return limit
    ? { act: `${before} ${after.slice(0, purpose.index)}`, limit, actAlone: after.slice(0, purpose.index) }
    : undefined;
}

/**
 * The case an "only" limits the sentence's act to, when the question asks about that act for
 * something else and names none of the case ("…only use their mobile phones during sessions to
 * confirm transport arrangements" against "ok if i have a scroll on facebook?"). A question that
 * names the case, in the clause's words or in a word near in meaning ("lift" -> "transport"), or
 * names no case at all ("can volunteers take photos?"), is left to the clause: undefined.
 */
function outsideOnlyCase(
  relevance: RelevanceModel,
  question: QuestionReading,
  sentence: string,
  limited: OnlyCase,
): string | undefined {
  if (shared(relevance, question.actTerms, sentence).size === 0) return undefined;
  const actOf = new Set(relevance.terms(limited.act));
  const caseTerms = termsOfCase(relevance, limited.limit, actOf);
  if (caseTerms.size === 0) return undefined;
  if (namedIn(relevance, question, limited.limit, caseTerms).size > 0) return undefined;
  // The question says what else it is for ("…to invite parents to the quiz").
  const saysWhatElse = [...question.terms].some((term) => !actOf.has(term) && !caseTerms.has(term));
  return saysWhatElse ? limited.limit : undefined;
}

/**
 * The case an "only" limits the sentence's act to, when the question asks about that act and names
 * the case's most telling word, in the clause's words or in a word near in meaning ("…only use
 * their mobile phones during sessions to confirm transport arrangements" against "can i use my
 * phone to sort the taxis home?"): the act is allowed for it. Undefined otherwise, and when the
 * question denies the case ("not for transport").
 */
function insideOnlyCase(
  relevance: RelevanceModel,
  question: QuestionReading,
  asked: string,
  limited: OnlyCase,
): string | undefined {
  // The act itself, not who does it ("…members and volunteers only use their mobile phones…").
  if (shared(relevance, question.actTerms, limited.actAlone).size === 0) return undefined;
  const actOf = new Set(relevance.terms(limited.act));
  // Each case the "only" allows, when it names more than one ("…to confirm transport
  // arrangements or in connection with group activities").
  return limited.limit.split(/\s*(?:,|;|\bor\b)\s*/).find((alternative) => {
    const caseTerms = termsOfCase(relevance, alternative, actOf);
    const named = namedIn(relevance, question, alternative, caseTerms);
    // The case's most telling word named, not only a light one beside it ("group" of "in
    // connection with group activities" is named by "while the group's on").
    const heaviest = Math.max(0, ...[...caseTerms].map((term) => relevance.weight(term)));
    return (
      [...named].some((term) => relevance.weight(term) >= ONLY_CASE_NAMED * heaviest) &&
      !negatedIn(relevance, asked, named)
    );
  });
}

/** The words of a case an "only" allows that the policies know, less the act's own. */
function termsOfCase(relevance: RelevanceModel, text: string, actOf: ReadonlySet<string>): Set<string> {
  return new Set(relevance.terms(text).filter((term) => relevance.known(term) && !actOf.has(term)));
}

/** How near the weight of the case's most telling word a word the question names must come. */
const ONLY_CASE_NAMED = 0.9;

/** An age a sentence bounds what it says to: "aged 16 and over", "16+", "under 18" (over: the age is the lowest). */
function ageBound(sentence: string): { age: number; over: boolean } | undefined {
  const from =
    /\b(?:aged\s+)?(\d{1,2})\s*(?:\+|(?:years?\s+(?:old\s+)?)?(?:and|or)\s+(?:over|above|older))|\b(?:over|above)\s+(?:the\s+age\s+of\s+)?(\d{1,2})\b/.exec(
      sentence,
    );
  if (from) return { age: Number(from[1] ?? from[2]) + (from[2] ? 1 : 0), over: true };
  const under =
    /\b(?:under|below)\s+(?:the\s+age\s+of\s+)?(\d{1,2})\b|\baged\s+(\d{1,2})\s+(?:and|or)\s+(?:under|below|younger)\b/.exec(
      sentence,
    );
  if (under) return { age: Number(under[1] ?? under[2]) + (under[2] ? 1 : 0), over: false };
  return undefined;
}

/** The age of the young person a question names: "a 13 year old", "13yo", "aged 13", "she's 13", "my u13s". */
function askedAge(question: string): number | undefined {
  const match =
    /\b(\d{1,2})\s*(?:-\s*)?(?:yo|y\/o|yrs?\s*olds?|years?\s*olds?|years\s+of\s+age)\b|\baged\s+(\d{1,2})\b|\b(?:she|he|they)(?:'s|\s+is|\s+are|'re)\s+(?:only\s+|just\s+)?(\d{1,2})\b(?!\s*(?:mins?|minutes|hours?|days?|weeks?|months?|miles?|km|%|pm|am|:))|\bu(\d{1,2})s?\b/.exec(
      question,
    );
  if (!match) return undefined;
  const [, a, b, c, under] = match;
  return under ? Number(under) - 1 : Number(a ?? b ?? c);
}

/** The share of the act asked about (by weight) that the act a sentence permits must name for "allowed". */
const ACT_COVERED = 0.5;

/**
 * Why a sentence that permits something gives no leave for what a permission question asks, as
 * the verdict to give and its reason; undefined when it does give leave.
 */
function leaveWithheld(
  input: VerdictInput,
  question: QuestionReading,
  best: string,
): { verdict: Verdict; reason: string } | undefined {
  const { relevance } = input;
  const questionTerms = question.terms;
  // Passive voice: "venues may be shared", "photographs may be taken": what may be done is its
  // subject, and it must be what the question asks about.
  const sentence = normalise(best);
  const permitted = /\b([a-z'/-]+)\s+(?:may|can)\s+(?:also\s+)?be\s+[a-z]+/.exec(sentence)?.[1];
  if (permitted && shared(relevance, questionTerms, permitted).size === 0)
    return { verdict: 'see-policy', reason: `the sentence permits something other than what is asked: "${permitted}"` };
  // Active voice: "we may also collect additional personal data" permits collecting data; what
  // may be done (the verb and its object) must be what the question asks about.
  const act = permittedAct(best);
  if (act) {
    if (shared(relevance, questionTerms, act).size === 0)
      return { verdict: 'see-policy', reason: `the sentence permits another act: "${act}"` };
    // "Staff are allowed to use social media to promote club events" against "can i message a young
    // person on social media?": leave for part of what is asked is no leave for the rest of it.
    const span = permittedSpan(sentence) ?? act;
    const asked = new Set([...question.actTerms].filter((term) => relevance.known(term)));
    const weight = weightOf(relevance, asked);
    if (weight > 0 && relatedOverlap(relevance, asked, span) < ACT_COVERED * weight)
      return { verdict: 'see-policy', reason: `the sentence permits less than what is asked: "${span}"` };
    // "Staff are free to decline friend requests" against "can i accept one?": leave for the opposite.
    if (opposes(input.antonyms ?? defaultAntonyms, new Set(relevance.terms(act)), questionTerms))
      return { verdict: 'see-policy', reason: `the sentence permits the opposite of what is asked: "${act}"` };
  }
  // "Parents are permitted to take photographs of their own children" against "can i take photos of
  // the children?": leave for someone else. It answers a question about them doing it, or an asker
  // who says they are one of them.
  const party = PERMITTED_PARTY.exec(sentence)?.[1];
  if (
    party &&
    !askerIsOne(input.question, party) &&
    (askerActs(input.question) || shared(relevance, questionTerms, party).size === 0)
  )
    return { verdict: 'see-policy', reason: `the sentence gives leave to someone else: "${party}"` };
  // "It is acceptable for coaches to communicate with players aged 16 and over by text" against
  // "can i text a 13 year old player?": leave for ages the young person asked about is not.
  const bound = ageBound(sentence);
  const age = bound ? askedAge(lowerCased(input.question)) : undefined;
  if (bound && age !== undefined && (bound.over ? age < bound.age : age >= bound.age))
    return {
      verdict: 'not-allowed',
      reason: `the clause allows it only ${bound.over ? 'from' : 'under'} age ${bound.age}`,
    };
  return undefined;
}

/** Reads the verdict of a question from the clause that answers it. */
export function readVerdict(input: VerdictInput): VerdictReading {
  const { relevance } = input;
  const question = input.asked ?? readQuestion(input.question, relevance);
  const { kind, terms: questionTerms, topic } = question;
  const clause = input.clause ?? readClause(input.clauseText, input.context, input.section);
  const { sentences } = clause;
  // The best sentence by its index in the clause, so what was read of it beforehand is reused.
  // For a permission question the act asked about decides first, then the whole question: the
  // situation it is asked in may match a sentence that only describes that situation ("…in
  // exceptional circumstances, such as the closure of their AP centre") when the rule on the act
  // is another ("We … require that they are switched off").
  let bestIndex = sentences.length ? 0 : -1;
  let bestAct = -1;
  let bestOverlap = -1;
  for (let i = 0; i < sentences.length; i += 1) {
    const sentence = sentences[i]!;
    const act = kind === 'permission' ? relatedOverlap(relevance, question.actTerms, sentence) : 0;
    const score = relatedOverlap(relevance, questionTerms, sentence) + (sentence === input.sentence ? 1e-6 : 0);
    if (act > bestAct || (act === bestAct && score > bestOverlap)) {
      bestIndex = i;
      bestAct = act;
      bestOverlap = score;
    }
  }
  const best = bestIndex >= 0 ? sentences[bestIndex]! : input.clauseText;
  // "…, how should i handle it?", "…, who am i supposed to flag that to?": asked last how, what or
  // whom, not whether. A rule against the act is quoted for it, not answered "not allowed".
  const reading = (verdict: Verdict, reason: string): VerdictReading =>
    verdict === 'not-allowed' && question.asksHow
      ? {
          verdict: 'see-policy',
          sentence: best,
          reason: `the question asks how, what or whom, not whether (${reason})`,
        }
      : { verdict, sentence: best, reason };
  if (kind === 'open') return reading('see-policy', 'the question asks for information, not permission');

  // A sentence with no force of its own takes it from its lead-in, then from its section heading.
  const own = bestIndex >= 0 ? clause.forces[bestIndex]! : sentenceForce(best);
  const inherited = [clause.contextForce, clause.sectionForce].find((f) => f && hasForce(f));
  const force: SentenceForce = hasForce(own)
    ? own
    : inherited
      ? { ...inherited, exceptions: own.exceptions, conditional: own.conditional }
      : own.instructs
        ? { ...own, obliges: true }
        : own;
  const clauseForces = clause.forces;

  // A case the clause carves out ("unless it is considered an emergency") counts only when it
  // names most of what the question asks beyond the rule itself.
  const ruleTerms = new Set(clause.rules.flatMap((rule) => relevance.terms(rule)));
  const beyondRule = [...questionTerms].filter((term) => !ruleTerms.has(term) && relevance.known(term));
  const beyondWeight = weightOf(relevance, beyondRule);
  for (const exception of clauseForces.flatMap((f) => f.exceptions)) {
    // "…unless it is considered an emergency" against "student has collapsed, can i ring his dad
    // from my own phone?": the message tells of the emergency the exception names.
    const toldEmergency = question.emergency && EMERGENCY.test(exception);
    const namedTerms = shared(relevance, new Set(beyondRule), exception);
    const named = weightOf(relevance, namedTerms);
    // Or the question names most of the case itself ("…sounds urgent, am i ok to pick up?" against
    // "in urgent cases, a call may be accepted"), however much else it tells of its situation.
    const caseTerms = new Set(
      relevance.terms(exception.replace(CASE_WORDS, ' ')).filter((term) => relevance.known(term)),
    );
    const caseWeight = weightOf(relevance, caseTerms);
    const caseNamed = namedIn(relevance, question, exception, caseTerms);
    const namesCase = caseNamed.size > 0 && weightOf(relevance, caseNamed) >= CASE_NAMED * caseWeight;
    if (!toldEmergency && !namesCase && (beyondWeight === 0 || named < 0.5 * beyondWeight)) continue;
    // "…(not on my break)", "it isn't urgent": the question says the exception does not apply.
    if (!toldEmergency && negatedIn(relevance, input.question, namesCase ? caseNamed : namedTerms)) continue;
    // "…with the exception of a parent or carer videoing their own children" is about someone else.
    // It applies only when the question is about that someone doing it, not the asker ("what do we
    // need from the parents?" names parents, but we are the ones taking the photos).
    // Unless the asker says they are that someone ("i'm a mum helping out on the trip, am i ok to take
    // a few snaps of my own daughter?").
    const actor = EXCEPTION_ACTOR.exec(exception.trim());
    if (
      actor &&
      !askerIsOne(input.question, actor[0]) &&
      (!shared(relevance, questionTerms, actor[0]).size || askerActs(input.question))
    )
      continue;
    if (asksPermission(exception)) {
      return reading('needs-approval', `the exception needs someone's permission: "${exception}"`);
    }
    // Only a permission question is answered "allowed" by an exception, and only when the rule
    // it excepts is about the act asked: "…should not meet alone with a child unless this is
    // necessary for pastoral reasons, in which case a record will be made and kept" opens no way
    // to "make fun of him in front of the group" (its light "make" and "keep" name no case).
    if (kind !== 'permission') continue;
    // (Asked whether to stop someone, the act is theirs, told before the frame.)
    if (!toldEmergency && !stopFrame(input.question) && overlapWithTerms(relevance, question.actTerms, ruleTerms) === 0)
      continue;
    return reading('allowed', `the question names the exception the clause makes: "${exception}"`);
  }

  // "In the event of an emergency, staff may text young people": allowed only when the question
  // says it is that event ("it's an emergency, can i text her?"), and not when it says it is not.
  const event = eventPermission(normalise(best));
  if (kind === 'permission' && event && sentenceForce(event.rule).permits) {
    const eventTerms = new Set(relevance.terms(event.event));
    const named = namedIn(relevance, question, event.event, eventTerms);
    if (
      (question.emergency && EMERGENCY.test(event.event)) ||
      (eventTerms.size > 0 &&
        weightOf(relevance, named) >= 0.5 * weightOf(relevance, eventTerms) &&
        !negatedIn(relevance, input.question, named))
    )
      return reading('allowed', `the question names the case the permission is for: "${event.event}"`);
  }

  if (force.discouraged && shared(relevance, questionTerms, force.discouraged).size > 0) {
    return reading('not-allowed', `the clause steers away from it: "rather than ${force.discouraged}"`);
  }
  // "We do not allow any recording… unless by the host", "Bookings… made only by a parent or
  // carer": the way the clause opens is for one party only. Asked about someone else doing it ("a
  // parent wants to record…", "can a 14 yr old book himself…"), it is not allowed.
  const onlyBy = ONLY_BY.exec(normalise(best))?.[1];
  if (
    kind === 'permission' &&
    onlyBy &&
    (force.prohibits || force.needsPermission || force.obliges) &&
    THIRD_PARTY.test(normalise(input.question)) &&
    !askerActs(input.question) &&
    shared(relevance, questionTerms, onlyBy).size === 0
  )
    return reading('not-allowed', `only one party may do it: "by ${onlyBy}"`);
  // "…should never be used. If it is necessary, it must be with the consent of…": the clause
  // itself opens a way to do it with someone's permission.
  const permissionException =
    clauseForces.some((f) => f.exceptions.some(asksPermission)) ||
    clauseForces.some((f) => f.conditional && f.needsPermission);
  if (force.prohibits) {
    if (force.needsPermission || permissionException)
      return reading('needs-approval', 'forbidden unless someone gives permission');
    return reading('not-allowed', 'the governing sentence forbids it');
  }
  // "Trailer towing will only be authorised if the driver has taken a specific national test"
  // against "never done a towing test, can i?", "grandad's not on the form, can i let her go with
  // him?": what the rule allows only on a condition, asked without it.
  // What the question would do without, when a text names it (read only when a rule asks).
  const namesLacking = (text: string): boolean =>
    !!question.lacking && shared(relevance, new Set(relevance.terms(question.lacking)), text).size > 0;
  const only = ONLY_ON.exec(normalise(best))?.[1];
  if (kind === 'permission' && only && namesLacking(only)) {
    return reading(
      'not-allowed',
      `the clause allows it only with what the question would do without: "${question.lacking}"`,
    );
  }
  if (force.needsPermission) return reading('needs-approval', 'the governing sentence makes it subject to permission');
  // "We may film events… We will ask for your consent": the clause's other sentences attach a
  // permission to what the governing one allows.
  if (force.permits && clauseForces.some((f) => f.needsPermission && !f.prohibits)) {
    return reading('needs-approval', 'the clause makes what it allows subject to permission');
  }
  if (force.permits && kind === 'permission') {
    const withheld = leaveWithheld(input, question, best);
    return withheld
      ? reading(withheld.verdict, withheld.reason)
      : reading('allowed', 'the governing sentence permits it');
  }
  if (!hasForce(force) && clauseForces.some((f) => f.needsPermission && !f.prohibits)) {
    return reading('needs-approval', 'the clause makes it subject to permission');
  }
  // "…the club is strongly advised to set up and run an account of its own. Coaches should not
  // contact players from a personal account" against "ok if i run it off my own account?": the
  // sentence the asked act matches best has no force at all, and another sentence of the clause
  // forbids something the act names. (Not for a sentence that obliges: measured, it decided more
  // questions the policy gives no plain answer to than it got right.)
  if (!hasForce(force) && kind === 'permission' && question.actTerms.size) {
    const terms = question.actTerms;
    const forbidding = sentences.find(
      (sentence, i) =>
        i !== bestIndex &&
        clauseForces[i]!.prohibits &&
        !clauseForces[i]!.needsPermission &&
        !clauseForces[i]!.exceptions.length &&
        relatedOverlap(relevance, terms, sentence) > 0,
    );
    if (forbidding) return reading('not-allowed', `another sentence of the clause forbids it: "${forbidding}"`);
  }

  // A sentence that names both sides of a pair ("separate personal and professional accounts")
  // requires neither against the other.
  // Read only for a clause that requires something.
  const antonymConflict = (): boolean =>
    opposes(input.antonyms ?? defaultAntonyms, new Set(relevance.terms(best)), questionTerms);
  // "Switch off any Bluetooth…" against "leave bluetooth on all the time?": any sentence of the
  // clause that switches the very thing asked about.
  const asked = question.switched;
  const switchConflict =
    !!asked &&
    sentences.some((sentence, i) => {
      const to = clause.switched[i];
      return !!to && to !== asked && shared(relevance, questionTerms, sentence).size > 0;
    });
  if (force.obliges && (antonymConflict() || switchConflict))
    return reading('not-allowed', 'the clause requires the opposite of what is asked');
  // "Two members of staff will be in attendance during video calls" against "ok if i run the zoom
  // by myself?": the rule wants two or more, the question one. Not when the rule gives one as an
  // alternative ("…OR one member of staff plus a parent"), nor when the question names the rule's
  // exception ("unless a parent is present").
  if (
    kind === 'permission' &&
    force.obliges &&
    question.singleHanded &&
    TWO_OR_MORE.test(normalise(withoutException(best))) &&
    !ONE_AS_ALTERNATIVE.test(normalise(best)) &&
    !force.exceptions.some((exception) => shared(relevance, questionTerms, exception).size > 0)
  )
    return reading('not-allowed', 'the clause wants two or more people; the question would have one');
  // "…can he start without a DBS?" against "coaches are required to hold a DBS check": doing it
  // without what the clause requires is not allowed.
  if (kind === 'permission' && force.obliges && namesLacking(best)) {
    return reading('not-allowed', `the clause requires what the question would do without: "${question.lacking}"`);
  }
  // "Accept decisions of referees without dissent" against "is a bit of dissent ok?": what the
  // clause says to do without is what the question would do.
  const without = WITHOUT.exec(normalise(best))?.[1];
  if (kind === 'permission' && force.obliges && without) {
    const named = shared(relevance, questionTerms, without);
    if (named.size > 0 && !negatedIn(relevance, input.question, named))
      return reading('not-allowed', `the clause says to do it without what the question would do: "${without}"`);
  }
  if (kind === 'permission' && force.obliges && !force.permits && question.omits) {
    return reading('not-allowed', 'the clause requires what the question asks leave not to do');
  }
  // "Record everything … as quickly as possible" against "ok if i write it up when i have time?":
  // the clause asks for it at once, and the question would put it off.
  if (kind === 'permission' && force.obliges && question.delays && PROMPTLY.test(normalise(best))) {
    return reading('not-allowed', 'the clause asks for it at once; the question would put it off');
  }
  // "Any information you acquire … must be considered confidential" against "can I tell her which
  // school my pupil goes to?": what is to be kept confidential is not to be told.
  if (
    kind === 'permission' &&
    CONFIDENTIAL.test(normalise(best)) &&
    !clauseForces.some((f) => f.exceptions.length > 0) &&
    DISCLOSING.test(askedAct(input.question))
  )
    return reading('not-allowed', 'the clause keeps it confidential; the question would pass it on');
  // "Water or diluted juice only is to be brought to the gym" against "are fizzy drinks ok?": the
  // act is limited to a case the question does not name. Never "allowed" from this.
  // The act limited by "only" to a case, read once for both readings.
  const limited =
    kind === 'permission' && !force.prohibits && !force.needsPermission ? onlyCase(normalise(best)) : undefined;
  const limit = limited && outsideOnlyCase(relevance, question, best, limited);
  if (limit !== undefined)
    return reading('not-allowed', `the clause allows it only in a case the question does not name: "${limit}"`);
  const within = limited && insideOnlyCase(relevance, question, input.question, limited);
  if (within !== undefined)
    return reading('allowed', `the question names the case the clause allows it for: "${within}"`);
  if (kind === 'obligation') return reading('see-policy', 'the clause describes what to do; quote it');

  // "If you post photos, make sure…": conditions on the asker doing the very thing asked about.
  // Only when the condition is the asker's own act and names most of the question: "If a member
  // misinterprets…, staff will…" permits nothing.
  const condition = bestIndex >= 0 ? clause.conditions[bestIndex]! : (LEADING_CONDITION.exec(best)?.[1] ?? '');
  const askersAct =
    /^(?:you|we|staff|volunteers?|a (?:member of staff|volunteer|coach|leader)|employees?|adults?|leaders?|coaches|trustees?)\b/i.test(
      condition.trim(),
    );
  if (
    force.conditional &&
    force.obliges &&
    askersAct &&
    relatedOverlap(relevance, questionTerms, condition) / topic >= 0.5
  ) {
    return reading('allowed', 'the clause sets conditions on doing it, so it is permitted when they are met');
  }
  return reading('see-policy', 'the clause gives no clear permission or prohibition');
}

/**
 * Whether a text has something switched on or off ("switch off any Bluetooth", "leave bluetooth
 * on all the time"). "On" and "off" are stop words to retrieval, so they are read here, and only
 * as the particle of a verb, not as a preposition ("on my phone").
 */
function switchedTo(text: string): 'on' | 'off' | undefined {
  const t = text.toLowerCase();
  const match =
    /\b(?:switch(?:ed|es|ing)?|turn(?:ed|s|ing)?|keep(?:s|ing)?|kept|leav(?:e|es|ing)|left|put|putting)\s+(?:(?!on\b|off\b)[a-z'-]+\s+){0,3}?(on|off)\b(?!\s+(?:my|the|a|an|your|their|his|her|our|its|this|that|to|with|from|at|duty|site|call|camera|screen)\b)/.exec(
      t,
    );
  return match?.[1] as 'on' | 'off' | undefined;
}
