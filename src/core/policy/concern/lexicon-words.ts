/**
 * The building blocks the concern lexicons share, as regular-expression source: who (pronouns,
 * family, the young people as staff name them), whose, and parts of the body.
 */

export const PRONOUN = String.raw`(?:him|her|them|me|us|himself|herself|themselves|myself)`;
export const POSSESSIVE = String.raw`(?:his|her|their|my|your|the)`;
export const FAMILY = String.raw`(?:mum|mom|mother|mummy|mommy|mam|mammy|dad|daddy|father|step ?(?:mum|dad|father|mother|parent)|stepmum|stepdad|parents?|carers?|foster (?:mum|dad|carer|parent)s?|nan|nana|gran|grandad|grandma|grandpa|grandparents?|uncle|aunt(?:ie|y)?|brother|sister|cousin|family|(?:mum|mom|mother)'?s? (?:boyfriend|partner|new partner|fella|new man|new bloke)|(?:dad|father)'?s? (?:girlfriend|partner)|(?:mum|mom|mother|dad|father)s? (?:boyfriend|girlfriend|partner))`;
/** Young people as an adult's conduct names them: "a 13yo", "the yr10s", "the colts", "one of the cubs". */
export const YOUNG_ONES = String.raw`(?:kids?|children|child|boys?|girls?|lads?|lasses?|students?|pupils?|learners?|members?|players?|young people|young person|teens|teenagers?|trainees?|apprentices?|colts|juniors|cubs?|scouts?|brownies?|guides|gymnasts|swimmers|\d{1,2} ?(?:year olds?|yos?)|(?:yr|year) ?\d{1,2}s?)`;
export const BODY = String.raw`(?:arms?|wrists?|legs?|thighs?|neck|face|back|body|hands?|stomach|tummy|chest|eyes?|head|ribs?|shoulders?)`;
export const CHILD = String.raw`(?:child(?:ren)?|kids?|young (?:person|people)|boys?|girls?|lads?|teens?|teenagers?|members?|participants?|students?|pupils?|learners?|service users?|juniors?|players?|swimmers?|athletes?|trainees?|apprentices?|cadets?|campers?|mentees?|toddlers?|babys?|baby|son|daughter|youngsters?|(?:yr|year) ?\d{1,2}s?)`;

/**
 * Things, not people, that staff say are missing ("hours missing from my payslip", "two bibs
 * missing"): "missing" after one of them reads no missing child.
 */
export const MISSABLE_THING = String.raw`(?:hours?|pay|wages?|payments?|money|cash|funds|shifts?|receipts?|invoices?|pages?|forms?|files?|items?|things|stuff|kit|equipment|bibs?|cones?|balls?|bottles?|keys?|bags?|coats?|shoes?|socks?|phones?|laptops?|chargers?|tablets?|ipads?|books?|homework|lunch(?:box)?|data|details|information|paperwork|records?|entries|signatures?|marks|answers|parts?|pieces?|stock|resources|sessions?|dates?)`;

/** A pattern from its source. */
export const r = (source: string): RegExp => new RegExp(source);
/** Weeks or months out of school, college or the group ("not been in for three weeks", "not been to school for weeks"). */
export const WEEKS_OUT_OF_EDUCATION = String.raw`not been (?:in|at school|at college|to (?:school|college|club|group|sessions?|placement)) (?:for|in) (?:(?:\d+|two|three|four|five|six|several|a few|a couple of) )?(?:weeks|months)`;
/** Forcing a door, or trying to get one open, down or in: "trying to force the office door", "trying to get the door open". */
export const DOOR_FORCED = String.raw`trying to (?:(?:force|kick|break|smash) (?:the |my |her |his |their |a )?(?:\w+ )?door|(?:get|force|kick|break|smash) (?:the |my |her |his |their |a )?(?:\w+ )?door (?:open|down|in))\b`;
