/**
 * A harm named as the subject of a lesson, a talk, a film or a document rather than as something
 * that happened to anyone: "a talk on weapons and knife crime for our older group", "a refresher on
 * using an epipen", "the news story about knife crime stats", "the video in module 3 about neglect
 * won't load", "a drama piece about someone being bullied", "the missing child procedure". Staff
 * teach, train and write about harm all the time; such a phrase tells of no one harmed, so the
 * concern reading takes it as the topic it is. What the rest of the message says is read as
 * before: "in the lesson on grooming she told me her coach messages her" still reports what she
 * said.
 */

/** What teaches or tells about a subject: a lesson, a talk, a video, a leaflet… */
const MATERIAL = String.raw`(?:talks?|lessons?|sessions?|workshops?|discussions?|debates?|videos?|films?|documentar(?:y|ies)|modules?|courses?|training|assembl(?:y|ies)|presentations?|(?:drama )?pieces?|plays?|scenes?|stor(?:y|ies)|books?|novels?|leaflets?|posters?|quiz(?:zes)?|worksheets?|resources?|units?|campaigns?|podcasts?|episodes?|slides?|e-?learning|webinars?|refreshers?|recaps?|demos?|demonstrations?|tutorials?|awareness (?:day|week|month))`;

/** What kind of material: "a drama piece", "the online safety talk", "a good video", "the news story". */
const KIND = String.raw`(?:drama|creative|short|online|safety|awareness|training|police|assembly|pshe|rshe|rse|school|class|group|first aid|information|info|good|great|new|useful|helpful|decent|free|brilliant|interesting|age appropriate|news|newspaper|tv|radio)`;

/** "About", and the other words that introduce a subject. */
const ABOUT = String.raw`(?:about|on|around|covering|regarding|exploring)`;

/**
 * Where the subject ends: a word that starts a clause of its own or says when, where or to whom
 * ("…about neglect won't load", "…on knife crime for our older group", "…about bullying and it
 * was moving", "…on grooming when she told me").
 */
const BOUNDARY = String.raw`(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tues?|weds?|thurs?|fri|sat|sun|the (?:day|week|weekend|morning|afternoon|evening)|saturdays?|sundays?|and (?:it|we|she|he|they|i|then|the)|but|for|won't|will|would|is|was|were|are|isn't|wasn't|aren't|do|does|did|can|could|should|at|in|today|tonight|yesterday|this|last|next|from|she|he|they|i|we|you|when|while|because|so|which|that|who|whose|where|if|to|has|have|had|with|after|before|during|me|him|her|them|us|said|says|told|tells)`;

/** The subject: up to six words, inside one sentence, none of them a boundary. */
const SUBJECT = String.raw`(?:(?!${BOUNDARY}\b)[a-z0-9'-]+(?: |(?=[^a-z0-9' -]|$))){1,6}`;

/**
 * What stands before the material: an article or a possessive ("a talk on…", "our session on…",
 * "in module 3 about…"), so that "the kids talk about…" and "keeps sharing videos about…", where
 * the young people themselves talk or share, are not read as a topic.
 */
const DETERMINER = String.raw`(?:a|an|the|our|this|their|your|my|today's|tonight's|next|last|another|in)`;

const MATERIAL_ABOUT = new RegExp(
  String.raw`\b(${DETERMINER} (?:${KIND} )?${MATERIAL}(?: (?:\d+|[a-z]))? ${ABOUT}) ${SUBJECT}`,
  'g',
);

/** Harms and emergencies as they name a procedure, policy or document: "the missing child procedure", "the fgm flowchart". */
const HARM_TOPIC = String.raw`(?:missing (?:child(?:ren)?|person|persons|pupils?|students?|learners?|young persons?|people)|lost child(?:ren)?|child protection|child abuse|abuse|neglect|fgm|female genital mutilation|self[- ]?harm|suicide(?: prevention)?|grooming|radicali[sz]ation|extremism|bullying|cyber ?bullying|knife crime|county lines|exploitation|cse|cce|domestic (?:abuse|violence)|online safety|e-?safety|sexting|sextortion|first aid|medical emergency|allegations?|whistle ?blowing|lockdown|evacuation|emergency|safeguarding|restraint|physical intervention|(?:peer|child) on (?:peer|child)(?: abuse)?)`;

/** What a harm names when it names a document or a process about it. */
const DOCUMENT = String.raw`(?:procedures?|polic(?:y|ies)|flowcharts?|protocols?|guidance|training|modules?|courses?|forms?|posters?|leaflets?|awareness|videos?|talks?|lessons?|workshops?|drills?|checklists?|sections?|e-?learning|documentar(?:y|ies)|films?|clips?|programmes?|podcasts?)`;

/**
 * Cases of a harm counted or filed as a kind ("where do self-harm concerns get logged?", "should fgm
 * disclosures go on the incident form?"), not about anyone: no "about", "with" or "for" someone after.
 */
const CASES = String.raw`(?:concerns|disclosures|incidents|cases|referrals)\b(?! (?:about|with|for|over|regarding|re|in|at|from|around|involving|of)\b)`;

const HARM_DOCUMENT = new RegExp(String.raw`\b${HARM_TOPIC} (?:${DOCUMENT}\b|${CASES})`, 'g');

/** The message with each harm named as a topic replaced by a neutral word, the rest unchanged. */
export function withoutTopics(normalised: string): string {
  if (!normalised.includes(' ')) return normalised;
  return normalised
    .replace(MATERIAL_ABOUT, '$1 the topic ')
    .replace(HARM_DOCUMENT, 'the procedure')
    .replace(/ {2,}/g, ' ')
    .trimEnd();
}
