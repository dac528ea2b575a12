/**
 * Recognises a message that reads like a safeguarding disclosure or an immediate danger. Such a
 * message is not a policy question: it gets the reporting route at once and its text is never
 * stored. Errs towards recognising: a policy question caught here still gets a correct (if
 * blunt) answer, while a disclosure treated as a policy question would be a failure.
 */
const DISCLOSURE_PATTERNS: readonly RegExp[] = [
  // Someone told the member of staff something.
  /\b(?:told|tells|telling|confided in|disclosed to|said to)\s+(?:me|us|a (?:colleague|volunteer|member of staff))\b/,
  /\b(?:has|have|just)\s+(?:disclosed|made a disclosure|confided)\b/,
  /\bdisclos(?:ed|ure)\b.*\b(?:abuse|harm|hurt|touch|hit|assault)/,
  // Harm described as happening.
  /\b(?:is|are|was|were|being|been|getting|got)\s+(?:abused|hit|hurt|beaten|assaulted|groomed|touched|threatened|bullied|exploited|neglected|attacked|raped|molested)\b/,
  /\b(?:abusing|grooming|hitting|beating|touching|threatening|exploiting|assaulting|molesting)\s+(?:me|him|her|them|a child|a young person|the child|one of)\b/,
  /\b(?:sexual(?:ly)?|physical(?:ly)?|emotional(?:ly)?)\s+(?:abuse[ds]?|assault(?:ed)?)\b/,
  /\b(?:self[- ]?harm(?:ing|s)?|suicid(?:e|al)|kill (?:him|her|them)sel(?:f|ves)|end (?:his|her|their) life|overdose[ds]?|cutting (?:him|her|them)sel(?:f|ves))\b/,
  /\b(?:hurt|harm|harming|hurting)\s+(?:him|her|them)sel(?:f|ves)\b/,
  // Danger now.
  /\b(?:in|at)\s+(?:immediate\s+|serious\s+)?(?:danger|risk of harm)\b/,
  /\b(?:is|are)\s+(?:not safe|unsafe|scared to go home|afraid to go home|missing|in danger)\b/,
  /\b(?:scared|afraid|frightened)\s+(?:to go home|of (?:his|her|their) (?:dad|mum|father|mother|parent|carer|step))/,
  /\b(?:run(?:ning)? away from home|has gone missing|went missing)\b/,
  /\b(?:sent|sending|asked for|asking for)\s+(?:me\s+|him\s+|her\s+|them\s+)?(?:nudes?|naked (?:photos|pictures|images)|indecent (?:images|photos|pictures))\b/,
  /\b(?:asked|asking|told|telling|pressur\w*|forc\w*)\s+(?:me|him|her|them|a child|a young person)\s+to\s+send\s+(?:\w+\s+)?(?:nudes?|naked|indecent|explicit|sexual)/,
  /\bnudes\b/,
  /\bemergency\b.*\b(?:now|right now|happening|injured|bleeding|unconscious|not breathing)\b/,
  /\b(?:unconscious|not breathing|bleeding heavily|seizure)\b/,
];

/** True when the message reads like a disclosure or an immediate danger. */
export function looksLikeConcern(message: string): boolean {
  const text = message.toLowerCase().replace(/[\u2018\u2019]/g, "'").replace(/\s+/g, ' ');
  return DISCLOSURE_PATTERNS.some((pattern) => pattern.test(text));
}
