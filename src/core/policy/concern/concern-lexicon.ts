import type { ConcernKind } from './concern-kinds.ts';

/**
 * The words of safeguarding concerns, by the categories UK guidance uses (Working Together to
 * Safeguard Children 2023, Keeping Children Safe in Education, NSPCC): what a member of staff
 * might pass on when a child is being harmed or is in danger. A general English resource, not
 * fitted to any organisation or test message: each pattern names a sign the guidance lists.
 *
 * Patterns run over the normalised message (lower case, contractions expanded, common chat
 * abbreviations spelled out; see `normaliseMessage`). `strong` patterns are signs of harm on their
 * own ("his dad hits him", "not breathing"); `weak` ones are signs only when the message also
 * reports something about a particular person ("she has bruises", "he keeps going missing").
 */

export interface KindLexicon {
  readonly strong: readonly RegExp[];
  readonly weak: readonly RegExp[];
}

// Building blocks, as regex source.
const PRONOUN = String.raw`(?:him|her|them|me|us|himself|herself|themselves|myself)`;
const POSSESSIVE = String.raw`(?:his|her|their|my|your|the)`;
const FAMILY = String.raw`(?:mum|mom|mother|mummy|mommy|mam|mammy|dad|daddy|father|step ?(?:mum|dad|father|mother|parent)|stepmum|stepdad|parents?|carers?|foster (?:mum|dad|carer|parent)s?|nan|nana|gran|grandad|grandma|grandpa|grandparents?|uncle|aunt(?:ie|y)?|brother|sister|cousin|family|(?:mum|mom|mother)'?s? (?:boyfriend|partner|new partner|fella|new man|new bloke)|(?:dad|father)'?s? (?:girlfriend|partner)|(?:mum|mom|mother|dad|father)s? (?:boyfriend|girlfriend|partner))`;
/** Young people as an adult's conduct names them: "a 13yo", "the yr10s", "the colts", "one of the cubs". */
const YOUNG_ONES = String.raw`(?:kids?|children|child|boys?|girls?|lads?|lasses?|students?|pupils?|learners?|members?|players?|young people|young person|teens|teenagers?|trainees?|apprentices?|colts|juniors|cubs|scouts|brownies|guides|gymnasts|swimmers|\d{1,2} ?(?:year olds?|yos?)|(?:yr|year) ?\d{1,2}s?)`;
const BODY = String.raw`(?:arms?|wrists?|legs?|thighs?|neck|face|back|body|hands?|stomach|tummy|chest|eyes?|head|ribs?|shoulders?)`;
const CHILD = String.raw`(?:child(?:ren)?|kids?|young (?:person|people)|boys?|girls?|lads?|teens?|teenagers?|members?|participants?|students?|pupils?|learners?|service users?|juniors?|players?|swimmers?|athletes?|trainees?|apprentices?|cadets?|campers?|mentees?|toddlers?|babys?|baby|son|daughter|youngsters?|(?:yr|year) ?\d{1,2}s?)`;

const r = (source: string): RegExp => new RegExp(source);

/** Forced marriage: to be married abroad, or made to marry. */
export const forcedMarriage = r(
  String.raw`\b(?:hide|hiding|hidden|taken|took|keeping|kept|confiscat\w*|keep|got|has|have) (?:her|his|their|my) passports?\b.{0,80}\b(?:flying|fly|flown|taking|sending|sent|abroad|overseas|back home|marr\w*|wedding|engage\w*)|\b(?:planning|arranging|organising|booked) (?:a |her |his |the )?(?:wedding|marriage) (?:abroad|overseas|back home|in \w+) for\b|\b(?:taken|taking|take|sent|sending|send|going|flying|fly|goes|go) (?:\w+ ){0,3}(?:abroad|overseas|back home|to (?:pakistan|bangladesh|india|somalia|yemen|afghanistan|nigeria|iraq|turkey|morocco|egypt|sudan|the gambia|gambia)) (?:\w+ ){0,3}(?:to (?:get |be )?married|to marry|for (?:a |an |her |his )?(?:wedding|marriage)|to meet (?:her|his) (?:husband|wife|fianc\w*))|\bforced (?:to )?marr\w*|\bforced marriage\b|\b(?:want|wants|wanted|expect|expects|expected|arranging for|arranged for|planning for) (?:her|him|them|me) to (?:get )?marr(?:y|ied) (?:(?:to )?(?:her|his|their|my) (?:\w+ )?cousin|(?:to )?(?:a|an) (?:much )?older (?:man|woman)|(?:to )?(?:a man|a woman|someone) (?:she|he|they|i) (?:has|have) never met|(?:to )?(?:a man|a woman|someone) (?:she|he|they|i) (?:does not|doesn't|do not|don't) know|abroad|back home)\b|\b(?:made|making|make|has to|have to|having to|going to have to|being made to) (?:\w+ )?marry\b|\b(?:married|engaged) (?:off )?(?:to (?:a|an|her|his) (?:\w+ ){0,2}(?:cousin|man|older man|stranger)) (?:she|he) (?:has never|hasn't|has not|never|does not|doesn't) (?:met|know|want)|\b(?:wedding|marriage|nikah|engagement|shaadi|rishta)\b.{0,60}\b(?:(?:do not|don't|dont|does not|doesn't|doesnt) want (?:to|it)|not want to|scared|(?:say|said|saying) no|refus\w*|will be punished|not (?:be )?coming back|won't be coming back|not come back)|\b(?:not (?:be )?coming back|won't be coming back|not come back|might not come back) (?:\w+ ){0,2}after (?:the|her|his|my) (?:wedding|marriage|nikah|engagement)\b|\bmy (?:nikah|wedding|marriage)\b.{0,40}\b(?:do not|don't|dont) want\b`,
);

/** Signs of each kind of harm. */
export const harmLexicon: Readonly<Record<ConcernKind, KindLexicon>> = {
  'physical-abuse': {
    strong: [
      // Locked in a room from outside at night (restrictive practice; Care Act: organisational abuse).
      r(String.raw`\block(?:s|ed|ing)? (?:his|her|their) (?:room|door|bedroom) (?:from (?:the )?outside|at night)\b`),
      // Hair pulled out, marks round the neck (NSPCC; non-fatal strangulation is a high-risk sign of domestic abuse).
      r(
        String.raw`\bbald patch\w*\b|\bhair (?:(?:has|had|'s) been |was |being )?(?:pulled|ripped|yanked) out\b|\bmarks? (?:all )?(?:the way )?(?:round|around) (?:her|his|their) (?:neck|throat)\b|\bhands? (?:round|around) (?:her|his|their) (?:neck|throat)\b`,
      ),
      // Bruises in the shape of a hand, fingers or an object (NSPCC: physical abuse).
      r(
        String.raw`\b(?:hand|finger|fingertip|thumb|belt|buckle|shoe|slipper|loop)[- ]?(?:shaped|print|mark)s? (?:bruis\w*|marks?|welts?)\b|\bgrip marks\b|\bbruis\w* (?:in the )?shape of (?:a )?(?:hand|fingers?|belt|shoe)\b`,
      ),
      // A hurt face beside something thrown or a blow: "my face is still puffy, he threw the remote".
      r(
        String.raw`\b(?:face|eye|lip|cheek|nose|jaw)(?:'s| is| was)? (?:still |all |really )?(?:puffy|swollen|bruised|cut|busted|fat)\b.{0,40}\b(?:threw|thrown|hit|punched|slapped|pushed|kicked|smacked)\b|\b(?:threw|hit|punched|slapped|kicked|smacked)\b.{0,40}\b(?:face|eye|lip|cheek|nose|jaw)(?:'s| is| was)? (?:still |all |really )?(?:puffy|swollen|bruised|cut|busted)\b|\bgot pushed\b.{0,40}\b(?:do not|don't|dont) (?:say|tell)\b`,
      ),
      // Punishment in everyday words: "daddy does the belt", "gets a good hiding", "skelped" (NSPCC: physical abuse).
      r(
        String.raw`\b(?:gets?|got|getting|given|gives?|does|did|uses?|used) (?:a (?:good |proper |right )?(?:hiding|leathering|battering|belting|whack|wallop|clout|beating)|the (?:belt|slipper|strap|cane|wooden spoon))\b|\b(?:skelped|walloped|leathered|belted|clattered)\b`,
      ),
      // Something thrown at a child: "chucked a plate at her head" (NSPCC: physical abuse).
      r(
        String.raw`\b(?:threw|thrown|throws|throwing|chucked|chucks|chucking|lobbed|hurled|flung) (?:a |an |the |his |her |their |some )?(?:[\w-]+ )?(?:at|into) (?:him|her|them|his head|her head|their head|his face|her face|their face)\b`,
      ),
      r(
        String.raw`\b(?:hits?|hitting|beats?|beating|beaten|punch(?:es|ed|ing)?|kicks?|kicked|kicking|slaps?|slapped|slapping|smacks?|smacked|smacking|chok(?:es|ed|ing)|strangl(?:es|ed|ing)|throttl(?:es|ed|ing)|batters?|battered|whacks?|whacked|shak(?:es|ing)|shook|throws? things at|threw things at|burns?|burnt|burned|bites?|bit|pushes|pushed|pushing|shoves|shoved|shoving|grabbed|grabs|grabbing|pinned|pinning|drags|dragged|dragging|hurts?|hurting|hurt|harms?|harmed|harming|belts?|belted|thumps?|thumped|beat)\s+(?:${PRONOUN}|${POSSESSIVE} (?:${CHILD}|${BODY}))\b(?! out\b| off\b)`,
      ),
      r(
        String.raw`\b(?:${PRONOUN}|${CHILD}) (?:was |were |is |are |got |gets |being |been |getting )(?:hit|beaten|punched|kicked|slapped|smacked|choked|strangled|battered|hurt|burnt|burned|attacked|assaulted|thrown|whipped|belted|abused|harmed|beaten up|battered)\b(?! out\b| off\b)|\b(?:he|she|they|i) (?:was |were |is |are |am |gets |get |being |been |getting )(?:hit|beaten|punched|slapped|smacked|choked|strangled|whipped|belted|abused|beaten up)\b(?! out\b| off\b| by (?:a|the) (?:ball|car|bus|bike|door|swing|bat|racket|stick|puck|shuttlecock)\b| in (?:the|a) (?:tackle|match|game|scrum|ruck|face with)\b| playing\b| at (?:football|rugby|hockey|cricket|netball|training|chess|cards|games?|fifa|pool|darts|draughts|tennis|table tennis|the game|the match|the race|everything|\w+ games?)\b| \d)`,
      ),
      r(
        String.raw`\b(?:hits?|hitting|punch(?:es|ed|ing)?|kick(?:s|ed|ing)?|slap(?:s|ped|ping)?|beat(?:s|ing)?|batter(?:s|ed|ing)?|thump(?:s|ed|ing)?) (?:one|a|this|that|the|another|a younger|the younger) (?:\w+ )?(?:${CHILD})\b(?! out| off)|\b(?:gets?|got|getting|been|being) (?:slapped|punched|kicked|beaten|hit|battered|thumped|knocked) (?:about|around|up)\b|\bbroke (?:his|her|their) (?:arm|wrist|leg|nose|ribs?|jaw|finger|collarbone)`,
      ),
      r(
        String.raw`\b(?:black eye|broken (?:arm|wrist|leg|nose|rib|bone)s?|fractur|cigarette burns?|belt marks?|hand ?prints?|finger ?marks?|bite marks?|grip marks?)`,
      ),
      r(
        String.raw`\b(?:physical(?:ly)? (?:abus|assault|harm|hurt)|being abused|is abused|was abused|abusing ${PRONOUN}|beat(?:s|ing)? (?:${PRONOUN}|${POSSESSIVE} \w+) up)`,
      ),
      r(
        String.raw`\b(?:mark|marks|bruis\w*|welts?|scratch(?:es)?|cuts?|injur\w*|swelling|burns?) (?:on|all over|across|round|around|all up|up|down|all down|along) ${POSSESSIVE} ${BODY}`,
      ),
      r(
        String.raw`\b(?:heard|saw|hear|hearing) (?:a |the )?(?:slap|slapping|punch|thud|smack|smacking|hitting|beating)\b`,
      ),
      r(
        String.raw`\b(?:scared|afraid|frightened|terrified) (?:to go home|of going home|of ${POSSESSIVE} ${FAMILY}|of (?:him|her|them) at home)`,
      ),
      r(String.raw`\b(?:being|gets?|got|getting) (?:hit|beaten|battered|hurt|smacked|punched) (?:at home|by)\b`),
    ],
    weak: [
      r(
        String.raw`\b(?:bruis\w*|black and blue|marks|welts?|injur(?:y|ies|ed)|limp(?:ing)?|flinch(?:es|ed|ing)?|wince[sd]?|wincing)\b`,
      ),
      r(String.raw`\b(?:rough with|too rough|lashes out at)\b`),
    ],
  },
  'sexual-abuse': {
    strong: [
      // Soreness down below tied to a "game" or an adult; an adult in a child's bed; a "wriggly",
      // "tickle" or "doctors" game; someone followed into the toilets and the door locked (NSPCC signs
      // of sexual abuse).
      r(
        String.raw`\b(?:bum|bottom|privates|willy|fanny|front bottom|down there|between (?:my|her|his) legs)\b.{0,20}\b(?:sore|hurts?|hurting|bleeding|itchy|stings?)\b.{0,60}\b(?:game|uncle|daddy|dad|man|friend|secret|boyfriend|he|him)\b|\b(?:sleeps?|sleepovers?|gets?|got|comes?|came|climbs?|climbed) (?:[\w']+ ){0,3}in(?:to)? (?:my|her|his) bed\b.{0,60}\b(?:game|touch\w*|wriggl\w*|tickl\w*|secret|cuddl\w*)\b|\b(?:wriggly|wriggle|tickly|tickle|tickling|naughty|rude|touching|doctors?|bath) game\b|\bfollow\w* (?:[\w']+ ){0,4}(?:into|in to) (?:the )?(?:\w+ )?(?:toilets?|loos?|changing rooms?|showers?|cubicles?|bathroom)\b.{0,60}\block\w* (?:the )?door\b`,
      ),
      // Hands under a child's clothes (NSPCC: contact sexual abuse).
      r(
        String.raw`\b(?:puts?|putting|put) (?:his|her|their) hands? (?:under|up|inside|down) (?:her|his|their) (?:clothes|top|skirt|dress|shirt|t-?shirt|knickers|pants|trousers|jumper|nightie)\b`,
      ),
      // Touching a child's bottom, chest or private parts (NSPCC: contact sexual abuse).
      r(
        String.raw`\b(?:strok\w*|touch\w*|grop\w*|rubb\w*|feel\w* up|grabb\w*|pinch\w*|squeez\w*|fondl\w*) (?:a |the |her |his |their |[a-z]+'s )?(?:\w+'s )?(?:bottom|bum|backside|breasts?|boobs|chest|crotch|privates|private parts|thighs?|between (?:her|his|their) legs)\b`,
      ),
      // Pornography shown to a child (NSPCC: non-contact sexual abuse).
      r(
        String.raw`\bporn\w*\b.{0,40}\bshow\w* (?:it |them )?(?:to )?(?:his|her|their|a|the|my)\b|\bshow\w* (?:\w+ ){0,3}(?:porn\w*|sex (?:videos?|films?|clips?)|explicit (?:videos?|images?|pics?|material|content))\b`,
      ),
      // A photo up a skirt or dress (upskirting, Voyeurism Act 2019).
      r(
        String.raw`\b(?:photo|photos|pic|pics|picture|video|filming|filmed|film)\b.{0,20}\bup (?:[\w']+ ){0,6}(?:skirts?|dress(?:es)?)\b`,
      ),
      // Filming or photographing children getting changed or undressed (voyeurism).
      r(
        String.raw`\b(?:film\w*|record\w*|photograph\w*|photos? of|pics? of|pictures? of|videos? of|taking (?:pics|photos|pictures|videos?))\b.{0,40}\b(?:getting changed|changing(?! (?:rooms?|places?|areas?|facilities|tents?))|undress\w*|in the showers?|naked|in (?:their|his|her) (?:underwear|pants|knickers))\b`,
      ),
      // A child under 16 in a relationship with an adult (NSPCC: child sexual exploitation).
      r(
        String.raw`\b(?:1[0-5]|[4-9]) ?(?:year old|yr old|yo)\b.{0,40}\b(?:going out with|dating|seeing|sleeping with|boyfriend|girlfriend|in a relationship with|with) (?:a |an )?(?:1[89]|[2-9]\d) ?(?:year old|yr old|yo)\b|\b(?:boyfriend|girlfriend|partner)(?: is| who is|,)? (?:1[89]|[2-9]\d)\b.{0,40}\b(?:she|he|they)(?: is| are|'s)? (?:only )?(?:1[0-5]|[4-9])\b`,
      ),
      // Sexual knowledge or behaviour beyond a child's age (NSPCC signs of sexual abuse).
      r(
        String.raw`\b(?:sex|sexual)(?:ual)? (?:stuff|things|acts?|knowledge|words|language|talk|behaviou?r|games?)\b.{0,50}\b(?:for (?:his|her|their) age|too much detail|too young|(?:should|shouldn't|should not) (?:know|be doing)|way beyond)|\bsexuali[sz]ed (?:behaviou?r|play|language|talk|drawings?|games?)\b`,
      ),
      // Rating bodies: sexual harassment between children (KCSIE part five).
      r(
        String.raw`\brat(?:e|es|ed|ing) (?:the )?(?:girls?|boys?|\w+)(?:'s|')? (?:bodies|bodys|body|looks|bums|boobs|tits|chests?|legs)\b`,
      ),
      // Upskirting (Voyeurism (Offences) Act 2019; KCSIE child-on-child sexual harassment).
      r(
        String.raw`\bupskirt\w*|\b(?:film\w*|photo\w*|video\w*|record\w*|pics?|pictures?|phones?|camera) (?:\w+ ){0,2}(?:up|under) (?:\w+'?s? ){0,2}(?:skirts?|dress(?:es)?)\b`,
      ),
      r(
        String.raw`\b(?:made|forced|pressured|pressurised|pushed|told) (?:me |him |her |them )?to (?:have sex|sleep with|do (?:sexual|sex) (?:stuff|things)|give (?:him|them) (?:oral|a blow ?job))\b`,
      ),
      // Made to sit on a lap, get in a bed, touch or watch (NSPCC); a pregnancy by a family member.
      r(
        String.raw`\b(?:makes?|made|making) (?:me|him|her|them) (?:sit on (?:his|her) (?:lap|knee)|sleep in (?:his|her) bed|get in (?:his|her) bed|touch (?:him|her|it|his|hers)|watch (?:him|her|porn|videos))\b|\bpregnan\w*\b.{0,60}\b(?:is the (?:dad|father)|${FAMILY}|uncle|stepdad|step ?brother|cousin)\b`,
      ),
      r(
        String.raw`\b(?:touch(?:es|ed|ing)?|fondl\w*|grop\w*|molest\w*|interferes? with|interfered with|abus(?:es|ed|ing)) (?:${PRONOUN}|${POSSESSIVE} ${CHILD})? ?(?:inappropriately|sexually|down there|in (?:private|intimate) (?:places|areas|parts)|where (?:he|she|they) (?:did not|does not|didn't|doesn't) want|under (?:her|his|their) (?:clothes|top|skirt))`,
      ),
      r(
        String.raw`\b(?:rape[ds]?|raping|sexual(?:ly)? (?:abus\w*|assault\w*|touch\w*|harass\w*|exploit\w*|activity|act)|molest\w*|indecent(?:ly)? (?:assault|exposure|expos\w*)|private parts|down (?:there|below)|made (?:him|her|them|me) (?:touch|do (?:stuff|things|sexual))|(?:shows?|showed|showing) (?:${PRONOUN} )?(?:porn|videos? of (?:people|adults) having sex|sexual (?:videos|pictures|images))|having sex with|had sex with|sleeping with (?:an? )?(?:older|adult|grown)|in (?:his|her|their) bed at night|gets? into (?:his|her|their) bed|comes? into (?:his|her|their) (?:room|bed) at night|sexual (?:comments|remarks|messages|images|photos|pictures|content))`,
      ),
      r(
        String.raw`\b(?:touched|touches|touching) (?:${PRONOUN}|${POSSESSIVE} (?:${CHILD}|bum|bottom|breasts?|chest|crotch|groin|privates|legs?|thighs?))\b`,
      ),
      r(
        String.raw`\b(?:gets?|got|getting|climbs?|climbed|comes?|came) into (?:the |her |his |their )?bed with\b|\b(?:does|did|doing) (?:stuff|things|sex things) (?:to|with) (?:her|him|them|me)\b|\bsex things\b|\bsexuali[sz]ed (?:language|behaviour|play|talk)|\bsexual (?:language|behaviour|play|talk)|\b(?:take|took|taking|takes) (?:their|his|her|all their|off their) clothes off\b|\bmake (?:\w+ ){0,3}(?:take (?:their|his|her) clothes off|undress)|\b(?:special|secret) game\b`,
      ),
      r(String.raw`\bwas touched\b|\bbeen touched\b|\bgot touched\b|\bbeing touched\b`),
    ],
    weak: [
      r(
        String.raw`\b(?:touch(?:ed|es|ing)?|kiss(?:ed|es|ing)?|cuddl\w*|sexual\w*|inappropriate\w*|no clothes on|naked|undress\w*|in (?:her|his|their) bed|sleepover|babysit\w*)\b`,
      ),
    ],
  },
  'emotional-abuse': {
    strong: [
      // Humiliated at home: a diary read out for others to laugh at, deadnamed on purpose (NSPCC: emotional abuse).
      r(
        String.raw`\bread (?:out )?(?:their|his|her) (?:diary|messages|texts)\b.{0,40}\b(?:laugh|everyone|out loud|in front of)|\bdeadnam\w* (?:\w+ ){0,2}on purpose\b|\b(?:so|and|while) everyone (?:could|would) laugh\b`,
      ),
      // Singled out as "the stupid one", not allowed to talk or eat (NSPCC: emotional abuse).
      r(
        String.raw`\b(?:i am|i'm|she is|he is|she's|he's|they call (?:me|her|him)) the (?:stupid|thick|fat|ugly|bad|useless|naughty|evil|dumb) one\b|\bnot allowed to (?:talk|speak|eat|have (?:tea|dinner|food|a drink)) (?:at|during|when|because|cause|cos|till|until)\b`,
      ),
      // Named as unwanted, or made to stand for hours, or afraid of being sent away (NSPCC: emotional abuse).
      r(
        String.raw`\b(?:calls?|called|calling|introduces?|introduced|refers? to|referred to) (?:him|her|them) (?:\w+ ){0,4}(?:as )?(?:the|a|an) (?:mistake|accident|waste of space|burden|devil|monster|freak|problem child)\b|\b(?:make|makes|made|making) (?:her|him|them|me) (?:stand|sit|kneel|stay) (?:\w+ ){0,3}(?:for hours|for an hour|all (?:day|night|evening)|in the (?:corner|cold|dark|garden|shed|rain)|outside in)|\b(?:send|sent|sending) (?:her|him|them|me) away (?:too|again|like)\b`,
      ),
      // Frightened of someone at home (NSPCC).
      r(
        String.raw`\b${FAMILY} (?:\w+ ){0,2}(?:scares|frightens|terrifies|scared|frightened|terrified) (?:me|him|her|them)\b|\b(?:scared|frightened|terrified|afraid) of (?:my|his|her|their) (?:\w+ )?(?:dad|mum|mom|stepdad|stepmum|father|mother|brother|uncle|carer|boyfriend|partner)\b`,
      ),
      r(
        String.raw`\b(?:calls?|called|calling) (?:${PRONOUN}) (?:names|stupid|worthless|useless|fat|ugly|a (?:waste|mistake|disgrace|failure|burden))`,
      ),
      r(
        String.raw`\b(?:screams?|screamed|yells?|yelled|shouts?|shouted|swears?|swore) at (?:${PRONOUN}) (?:all the time|constantly|every day|every night|a lot|non ?stop)`,
      ),
      r(
        String.raw`\b(?:wishes|wished|says|said|told) (?:(?:him|her|them) )?(?:(?:he|she|they) (?:was|were|had) never been born|(?:he|she|they) (?:is|are|was|were) (?:worthless|useless|unwanted|a mistake))`,
      ),
      r(
        String.raw`\b(?:locks?|locked|locking|shuts?|shut) (?:${PRONOUN}) (?:in|out)\b|\b(?:was|is|got|gets|been) locked (?:in|out)\b`,
      ),
      r(
        String.raw`\b(?:won't|will not|does not|doesn't|never) let (?:${PRONOUN}) (?:eat|see (?:friends|anyone)|leave|go out|out of|have (?:any |(?:his|her|their) own )?(?:money|phone|bank card|friends|keys)|keep (?:any |(?:his|her|their) own )?(?:money|phone|wages))\b`,
      ),
      r(
        String.raw`\b(?:threatens?|threatened|threatening) (?:to )?(?:${PRONOUN}|to (?:hurt|hit|kill|kick (?:him|her|them) out|send (?:him|her|them) away|throw (?:him|her|them) out))`,
      ),
      r(
        String.raw`\b(?:calls?|called|calling|being called|gets called)\b.{0,30}\b(?:useless|stupid|worthless|fat|ugly|disgusting|retard\w*|r\*tard\w*|idiot|waste of space|embarrassment|pathetic|thick|loser|a mistake|a burden|slut|whore)\b|\bnot welcome at home\b|\b(?:tells?|told|telling|says?|said|saying) (?:him|her|them) (?:every day |all the time |constantly )?(?:that )?(?:he|she|they) (?:is|are|was|were) (?:fat|useless|stupid|worthless|ugly|disgusting|bad|evil|a mistake|the reason|to blame|a waste)|\b(?:do not|does not|will not|won't|never) (?:speak|talk) to (?:him|her|them) for (?:days|weeks)\b|\bas (?:a )?punishment\b|\b(?:leave|dump|abandon) (?:him|her|them) (?:at the side of the road|on the street|somewhere)`,
      ),
      r(
        String.raw`\b(?:emotional(?:ly)? abus\w*|humiliat\w* (?:${PRONOUN})|controlling (?:behaviour|him|her|them)|coercive control)`,
      ),
      r(
        String.raw`\b(?:kicked|thrown|threw|chucked) (?:${PRONOUN} out\b(?! of (?:the )?(?:call|meeting|room|session|chat|group|game|lesson|class))|out of (?:the )?(?:house|home))`,
      ),
    ],
    weak: [
      r(
        String.raw`\b(?:humiliat\w*|belittl\w*|mocking|mocked (?:him|her|them)|making fun of|in tears|sobbing|shrinks|scared|afraid|frightened|terrified|petrified|anxious|withdrawn|nervous|jumpy|on edge|crying|cries|upset|miserable|shaking)\b`,
      ),
      r(String.raw`\b(?:screams?|screamed|yells?|yelled|shouts?|shouted) at (?:${PRONOUN})\b`),
    ],
  },
  neglect: {
    strong: [
      // Personal care left undone, kit for health needs forgotten week after week (Ann Craft Trust: neglect of disabled children and adults).
      r(
        String.raw`\b(?:same|dirty|soiled|wet|soaked) (?:pad|nappy|pads|nappies|pull-?ups?) (?:as|from|since|all)\b|\b(?:pad|nappy)\b.{0,30}\b(?:soaked|soiled|not (?:been )?changed|since yesterday|all day)\b|\bskin (?:is |was |all )?(?:red raw|raw)\b|\b(?:forgot|forgets|forgotten|did not send|didn't send|never sends?) (?:his|her|their) (?:inhaler|meds|medication|feeding (?:tube|pump)|tube kit|epi ?pen|insulin|hearing aids?|wheelchair)\b.{0,60}\b(?:again|every week|most weeks|all the time|always)\b`,
      ),
      // A young child out in the street underdressed or alone, a home with dog mess everywhere and no beds (NSPCC: neglect).
      r(
        String.raw`\b(?:toddler|baby|little one|\d year old|child|kid)\b.{0,20}\b(?:wanders?|wandering|is out|playing) (?:\w+ ){0,2}(?:the street|the road|outside)\b.{0,40}\b(?:just a vest|a nappy|no (?:coat|shoes|clothes)|on (?:his|her|their) own|alone|most (?:mornings|days|nights)|every (?:morning|day|night))|\b(?:dog|animal|cat) (?:muck|mess|poo|poop|dirt) everywhere\b|\bno beds\b|\bnothing in the (?:fridge|cupboards)\b`,
      ),
      // A child alone at home week after week, a toddler wandering with nobody looking for him (NSPCC: neglect).
      r(
        String.raw`\bnever (?:seen|see|any sign of) (?:an? |any )?(?:adult|parent|grown ?up)s?\b|\bno (?:adult|parent|grown ?up)s? (?:is |are )?(?:ever )?(?:home|around|there|in)\b|\bnobody came (?:looking|for (?:him|her|them))\b|\bno one came looking\b`,
      ),
      // Health needs ignored: appointments always missed, aids left broken for months (NSPCC: medical neglect).
      r(
        String.raw`\b(?:missed|misses|missing|never (?:takes?|took) (?:him|her|them) to) (?:every|all (?:the |his |her |their )?|loads of|several|lots of) (?:[\w-]+ )?(?:appointments?|check ?ups?)\b|\b(?:hearing aids?|glasses|wheelchair|splint|walking frame|inhaler)(?:'s| is| has| have)? (?:been )?broken for (?:weeks|months|ages)\b`,
      ),
      // A child left somewhere, or for long, on their own ("she was left at the park on her own for hours"; NSPCC: neglect).
      r(
        String.raw`\b(?:was|were|been|is|are|being|got|gets|keeps? being|left (?:him|her|them|the (?:kids|children|baby|little ones|toddler))) (?:left )?(?:[\w']+ ){0,4}?(?:(?:(?:at|in) (?:the |a )?(?:park|house|home|flat|car|van|shop|street|station|playground|beach|town|road|bus stop|shopping centre)|for (?:hours|ages|the (?:night|day|weekend)|\d+ (?:hours|days|nights))|all (?:day|night|weekend)|overnight|every (?:night|evening|day)) (?:[\w']+ ){0,2}?(?:on (?:his|her|their) own|alone|by (?:himself|herself|themselves))|(?:on (?:his|her|their) own|alone|by (?:himself|herself|themselves)) (?:[\w']+ ){0,2}?(?:(?:at|in) (?:the |a )?(?:park|house|home|flat|car|van|shop|street|station|playground|beach|town|road|bus stop|shopping centre)|for (?:hours|ages|the (?:night|day|weekend)|\d+ (?:hours|days|nights))|all (?:day|night|weekend)|overnight|every (?:night|evening|day)))`,
      ),
      // Looking very thin beside someone spending the person's money (neglect, financial abuse).
      r(
        String.raw`\b(?:${FAMILY}|carers?|partner|husband|wife|son|daughter|landlord|flatmates?|mates|friends)\b.{0,20}\b(?:spends?|spent|spending|drinks?|drank|gambles?|gambled) (?:all )?(?:his|her|their) (?:benefits?|pip|dla|esa|universal credit|money|wages|pay|pension|allowance|savings|dinner money)\b`,
      ),
      // A baby or child left crying with no adult coming (NSPCC: neglect).
      r(
        String.raw`\b(?:baby|babies|toddler|little one|child|kid)\b.{0,30}\b(?:crying|screaming|howling|wailing)\b.{0,60}\b(?:no (?:adult|one|parent|body|grown ?up) (?:ever )?(?:came|went|picked|comforted|checked|responded)|nobody (?:ever )?(?:came|went|checked|responded)|left to cry)`,
      ),
      // Medical needs left unmet: medicine that keeps running out, a prescription never collected (NSPCC: neglect).
      r(
        String.raw`\b(?:meds|medication|medicine|inhaler|insulin|tablets|prescription|epipen)s? (?:keeps? |keep on |always |has )?(?:running out|run out)\b|\b(?:does not|doesn't|never|won't|will not) (?:collect|get|pick up|renew|order|give (?:him|her|them)) (?:his|her|their|the) (?:prescription|meds|medication|medicine|inhaler|insulin)\b`,
      ),
      // A child left to care for younger ones, night after night or while the parents are out (NSPCC: neglect).
      r(
        String.raw`\b(?:minding|babysitting|looking after|watching|in charge of|left (?:in charge of|with)|caring for) (?:(?:his|her|their|the|two|three|four|five|\d) ){0,2}(?:little ones|little brothers?|little sisters?|siblings|younger (?:ones|kids|brothers?|sisters?)|the baby|the kids|the little ones)\b.{0,50}\b(?:every night|all night|most nights|every weekend|on (?:his|her|their) own|while (?:the |his |her |their )?(?:parents|mum|mam|dad)|alone)`,
      ),
      // A parent drinking or using every day (NSPCC: parental substance misuse).
      r(
        String.raw`\b${FAMILY}(?:'s| is| are| has been| have been)? (?:always |constantly )?(?:drinking|drunk|wasted|high|stoned|using drugs|on drugs|off (?:her|his|their) face)\b.{0,30}\b(?:every day|every night|all the time|all day|constantly|most days|most nights|every weekend)\b`,
      ),
      r(
        String.raw`\b(?:leave|leaves|left|leaving) (?:him|her|them|\w+)(?: and (?:his|her|their) (?:\w+ )?(?:sister|brother|siblings|sisters|brothers))? (?:home )?(?:alone|on (?:their|his|her) own|by themselves|by (?:himself|herself)) (?:at home |in the house )?(?:overnight|all night|all weekend|for days|for the weekend|for hours|every weekend|every night)\b`,
      ),
      r(
        String.raw`\b(?:always|constantly|often|really|very|so|keeps? (?:coming in|turning up|arriving)|comes in|turns up|arrives?) (?:hungry|starving|filthy|dirty|smelly|unwashed|in (?:the )?same clothes|without (?:a )?(?:coat|food|lunch|shoes))`,
      ),
      r(
        String.raw`\b(?:no|not any|not enough) food (?:at home|in the house)|\bnothing to eat\b|\bhas not eaten|\bhasn't eaten|\bhad nothing to eat|\bnot been fed|\bnot fed\b|\bno one feeds|\bgoes? without (?:food|meals|dinner|breakfast)|\bsteal(?:s|ing)? food|\bscaveng\w*`,
      ),
      r(
        String.raw`\b(?:left|leaves|leaving|is|was|are|been) (?:home )?(?:alone|on (?:his|her|their) own) (?:at home|overnight|all night|all weekend|for days|for hours|for the weekend|with (?:his|her|their) (?:baby |little |younger )?(?:brother|sister|siblings))|\bhome alone\b|\blooks? after (?:his|her|their) (?:little|younger|baby) (?:brother|sister|siblings) (?:all|every|alone)`,
      ),
      r(
        String.raw`\b(?:no (?:heating|electricity|electric|bed|food|hot water|clean clothes)|sleeps? on the floor|head lice|nits|rotten teeth|untreated)\b`,
      ),
      r(
        String.raw`\bneglect\w*|\b(?:no|had no|without|not had|did not have|never has) (?:breakfast|tea|dinner|lunch|food|meals?)\b|\blooks? after (?:his|her|their) (?:\w+ ){0,2}(?:siblings|brothers?|sisters?)\b.{0,30}\b(?:every night|all night|alone|on (?:his|her|their) own|because|while)|\bleft (?:${PRONOUN}|(?:the |a |an |his |her |their |two |three |both |little )?(?:\w+ )?${CHILD}|(?:his|her|their|the) (?:\w+ )?(?:brother|sister|siblings|kids|children|little ones))(?: \w+){0,2} (?:in|inside) (?:the|a) (?:car|van)\b|\bleft \w+ (?:in|inside) (?:the|a) (?:car|van) (?:alone|on (?:his|her|their) own|for (?:ages|hours|an hour|\d+))|\b(?:was|were|been|is|are|being|got) left (?:\w+ ){0,2}(?:in|inside) (?:the|a) (?:car|van)\b|\b(?:mum|dad|parents?|carers?) (?:is |are )?(?:still asleep|asleep|drunk|passed out|out all night|not home|never home|goes out)`,
      ),
      r(
        String.raw`\b(?:nobody|no one|no-one|nobody's|noone) (?:at home|looks after|picks? (?:him|her|them) up|came to (?:collect|pick)|has collected|collected (?:him|her|them))`,
      ),
    ],
    weak: [
      r(
        String.raw`\b(?:hungry|starving|unwashed|smells?|smelly|dirty|filthy|holes in|too small|on (?:his|her|their) own|by (?:himself|herself|themselves)|scruffy|same clothes|underweight|too thin|lost (?:a lot of )?weight|skinny|tired all the time|always tired|falls? asleep|exhausted|no coat|unkempt|poor hygiene|not collected|never collected|left behind)\b`,
      ),
    ],
  },
  'self-harm-suicide': {
    strong: [
      // Fresh lines on the thighs, blades hidden away, banging the head until it bleeds, goodbye letters (NHS: self-harm and suicide warning signs).
      r(
        String.raw`\b(?:fresh|new|red|raw) (?:lines|cuts|scratches|marks|scars) on (?:his|her|their|[a-z]+'s) (?:thighs?|arms?|wrists?|legs?|stomach|tummy)\b|\b(?:blades?|razors?|razor blades?|sharpener blades?)\b.{0,30}\b(?:hidden|taped|stashed|in (?:his|her|their|[a-z]+'s) (?:pencil case|bag|room|drawer|phone case|pocket))|\b(?:bangs?|banging|banged) (?:his|her|their) head (?:on|against|off) (?:the )?(?:wall|floor|door|table)\b|\b(?:written|wrote|writing|left) (?:my|his|her|their) (?:letters|goodbye (?:letters?|notes?))\b|\bthis is my last (?:lesson|session|day|class|message)\b`,
      ),
      // Cuts played down: "it's only little cuts, everyone does it" (self-harm, NHS).
      r(String.raw`\b(?:only|just) (?:a few |some )?(?:little |small |tiny )?(?:cuts|scratches|nicks)\b`),
      // Lines of scratches or cuts; being sick after eating; wanting to disappear (NHS: self-harm, eating disorders).
      r(
        String.raw`\b(?:neat |straight |parallel |little )?(?:lines|rows) of (?:scratches|cuts|marks|scars|nicks)\b|\b(?:goes|going|went|runs?|ran|disappears?) (?:to the (?:loo|toilet|bathroom) )?(?:straight |right )?after (?:eating|lunch|dinner|tea|meals?|food) to (?:be sick|throw up|vomit)\b|\bmak(?:es|ing) (?:herself|himself|themselves) sick\b|\b(?:want|wants|wanted|wanting|wish|wishes) (?:to )?(?:(?:i|she|he|they) could )?(?:disappear|vanish|stop existing)\b`,
      ),
      // Covering the arms and defensive about it (self-harm warning signs, NHS).
      r(
        String.raw`\b(?:plasters?|bandages?|dressings?|long sleeves|sweatbands?)\b.{0,30}\b(?:his|her|their) (?:forearms?|wrists?|arms?|thighs?)\b.{0,60}\b(?:defensive|hides?|hiding|covers?|won't say|will not say|won't show|will not show|gets? (?:really )?(?:angry|upset|funny))|\b(?:you|u) (?:will not|won't) (?:ever )?see me again\b`,
      ),
      // Scratching or picking at the skin until it bleeds (self-harm, NHS).
      r(
        String.raw`\b(?:scratch\w*|pick(?:s|ing|ed)?|claw\w*|bit(?:es|ing)?|bite) (?:at )?(?:his|her|their) (?:own )?(?:arms?|skin|legs?|wrists?|hands?|face)\b.{0,20}\b(?:till|until|so (?:much|hard) (?:that )?) ?(?:they|it|he|she)? ?(?:bleed|bleeds|bled|bleeding|raw)\b`,
      ),
      // Feeling a burden, or that no one would notice their absence (NSPCC, Samaritans warning signs).
      r(
        String.raw`\b(?:nobody|no one|no-one|noone) (?:would|will|'d|is going to|would even) (?:miss|care about|notice|care if|even notice) (?:me|him|her|them|i|he|she|they)\b|\b(?:better off|be better|happier) without (?:me|him|her|them)\b|\b(?:i am|i'm|im|he is|she is|they are|feel(?:s)? like) (?:just )?a burden\b`,
      ),
      r(
        String.raw`\b(?:self[- ]?harm\w*|suicid\w*|kill(?:ing)? (?:himself|herself|themselves|myself|themself)|end (?:it all|(?:his|her|their|my) (?:own )?life|things|it)|take (?:his|her|their|my) own life|took (?:his|her|their) own life|overdos\w*|od'?d|took (?:a load of|loads of|lots of|too many|a bunch of) (?:pills|tablets)|hang (?:himself|herself|themselves)|jump (?:off|in front)|slit (?:his|her|their) wrists?)`,
      ),
      r(
        String.raw`\b(?:does not|doesn't|don't|do not|no longer|not) (?:want|wanna) to (?:be (?:alive|here|around)|live|wake up|exist|go on)|\b(?:wants?|wanted|wanting|wanna) to die\b|\bbetter off (?:dead|without (?:him|her|them|me))|\bno (?:point|reason) (?:in )?(?:living|being alive|going on)|\bnot worth living|\bcan't go on|\bcannot go on|\b(?:note|letter|message|text|goodbye|bye|sorry)\b.{0,60}\b(?:cannot|can not) (?:do this|do it|go on|cope|take (?:it|this)|carry on|keep going) any ?more\b|\b(?:suicide|goodbye|farewell) (?:note|letter)\b|\bwish(?:es|ed)? (?:(?:he|she|they|i) (?:was|were) )?dead\b|\bwishes (?:he|she|they) (?:was|were) not (?:alive|here)`,
      ),
      r(
        String.raw`\b(?:cuts|cutting|cut|scratch(?:es|ing)|burn(?:s|ing)|hurt(?:s|ing)?|harm(?:s|ing)?|scratched|burnt|burned) (?:himself|herself|themselves|myself|themself)\b`,
      ),
      r(
        String.raw`\b(?:cuts|cut marks|scars?|slashes|scratches|fresh cuts|lines) (?:on|up|across|down|all over) (?:${POSSESSIVE}) (?:arms?|wrists?|legs?|thighs?|stomach|tummy|body)`,
      ),
      r(
        String.raw`\b(?:been|is|started|starts|keeps|was|has been|admitted) cutting\b(?! (?:the|a|out|it|paper|hair|down|back|up|class|lessons|school))|\bpunch(?:es|ed|ing)? (?:walls|the wall|doors)\b|\bknuckles (?:bleed|bleeding|bled)\b|\btalk(?:s|ed|ing)? about (?:dying|death|suicide|killing (?:himself|herself|themselves)|not being (?:here|around)(?: (?:much longer|for long|anymore|any more))?)\b|\b(?:going to|about to|threatening to|wants to|says (?:he|she|they) will|said (?:he|she|they) would) (?:jump|end it|kill (?:himself|herself|themselves|myself))\b|\b(?:has |have )?taken (?:a load of|loads of|lots of|too many|a bunch of|all (?:her|his|their)|a handful of|some) (?:pills|tablets|paracetamol)|\b(?:will not|wont|won't) be (?:here|around) (?:next|much longer|tomorrow)|\b(?:drew|draws|drawing|drawn) (?:a picture|pictures) of (?:himself|herself|themselves) (?:dead|hanging|dying)`,
      ),
      r(
        String.raw`\b(?:showed|shows|showing|show) (?:me|us) (?:${POSSESSIVE} )?(?:cuts|scars|marks|wounds|arm|arms|wrists?)`,
      ),
    ],
    weak: [
      r(
        String.raw`\b(?:cuts|scars|blades?|razors?|razor blade|hanging|dying|pills|tablets|plasters? on|long sleeves|hopeless|worthless|can't cope|not coping|dark thoughts|goodbye (?:note|letter|message))\b|\b(?:messaged|sent|posted|texted|wrote|put|dm'?d) (?:\w+ ){0,4}(?:goodbye|bye) (?:to )?(?:everyone|everybody|all of you|you all|forever)\b|\b(?:i'?m|i am) done\b.{0,30}\b(?:goodbye|bye|with (?:everything|life|it all))|\b(?:giving|gave|given) away (?:all )?(?:of )?(?:his|her|their) (?:stuff|things|belongings|possessions)\b|\b(?:giving|gave|given) (?:all )?(?:of )?(?:his|her|their) (?:stuff|things|belongings|possessions) away\b|\byou (?:won'?t|will not) (?:have to )?(?:see|hear from|worry about) me\b`,
      ),
    ],
  },
  'online-sexual-abuse': {
    strong: [
      // Going off to live with or meet someone met online (CEOP).
      r(
        String.raw`\b(?:off|going|gone|heading|on (?:her|his|their) way|run off|ran off) to (?:\w+ ){0,3}(?:meet|live with|stay with) (?:someone|a man|a guy|a woman|a boy|a girl|him|her) (?:she|he|they) met online\b`,
      ),
      // Private pictures doing the rounds; an online 'friend' who knows the school and wants to meet; a child pictured in the bath in public.
      r(
        String.raw`\b(?:private|intimate|personal|naked|nude|rude|topless|sexy|explicit) (?:pics?|photos?|pictures?|images?|videos?|snaps?)\b.{0,40}\b(?:doing the rounds|going round|going around|shared|sent round|posted|leaked|spread)|\b(?:from|on|off) (?:fortnite|roblox|minecraft|xbox|playstation|discord|snapchat|instagram|tiktok|a game|online|the internet)\b.{0,80}\b(?:wants? to meet|meet (?:up|her|him|them)|knows (?:where|which school))|\b(?:pics?|photos?|pictures?|videos?) of (?:\w+ ){0,4}(?:in the bath|naked|in (?:his|her|their) (?:pants|underwear|nappy))\b.{0,60}\b(?:public|facebook|instagram|online|tiktok)`,
      ),
      // Asking a young person for pictures of their body (NSPCC: grooming, image-based abuse).
      r(
        String.raw`\b(?:ask(?:ed|ing|s)?|wants?|wanted|begg(?:ed|ing)|pressur\w*|get (?:her|him|them) to send|send (?:me|him|her|us))\b.{0,40}\b(?:pics?|photos?|pictures?|selfies?|snaps?|videos?)\b.{0,60}\b(?:no top|topless|shirtless|no shirt|top off|in (?:his|her|their|your) (?:underwear|pants|boxers|bra|bikini|pyjamas)|naked|undressed|in the (?:shower|bath)|in bed|(?:his|her|their|your) (?:body|chest|abs|bum))\b`,
      ),
      r(
        String.raw`\b(?:nudes?|naked (?:photos?|pics?|pictures?|images?|selfies?|videos?)|nude (?:photos?|pics?|pictures?|images?|selfies?|videos?)|topless (?:photos?|pics?|pictures?)|explicit (?:photos?|pics?|pictures?|images?|videos?|messages)|indecent (?:photos?|pics?|pictures?|images?|videos?)|sexual (?:photos?|pics?|pictures?|images?|videos?)|dick pics?|sexts?\b.{0,40}\b(?:from|to|with) (?:an? )?(?:older|adult|man|woman|guy|stranger)|sexting (?:an? )?(?:older|adult|man|stranger))`,
      ),
      r(
        String.raw`\b(?:sextortion|blackmail\w*|threaten\w* to (?:share|post|send|leak|put) (?:the |her |his |their )?(?:photos?|pics?|pictures?|images?|videos?)|(?:share|post|send|leak)s? (?:the |her |his |their )?(?:photos?|pics?|pictures?|images?|videos?) (?:unless|if (?:she|he|they) (?:does not|doesn't|don't|won't)))`,
      ),
      r(
        String.raw`\b(?:groom\w*|(?:older|adult|grown)(?: \w+)? (?:man|men|guy|woman|person|people|bloke|lad|boyfriend|friend|friends)\b.{0,60}\b(?:online|snapchat|snap|insta|instagram|tiktok|discord|whatsapp|messag\w*|dm\w*|chat\w*|game|gaming|xbox|playstation|roblox|fortnite)|(?:met|meeting|talking to|talks to|chatting to|chatting with|speaking to) (?:someone|a (?:man|guy|stranger|person|bloke)|an (?:adult|older)|people) (?:online|on (?:snapchat|snap|insta|instagram|tiktok|discord|a game|roblox|fortnite|xbox)))`,
      ),
      r(
        String.raw`\b(?:asked|asking|asks|pressur\w*|forc\w*|told|telling|made|wants?|wanted|begging|keeps asking) (?:(?:${PRONOUN}) (?:to )?(?:send|sending|take) (?:(?:him|her|them|me) )?|for )(?:pics|photos|pictures|images|videos|selfies)(?: of (?:herself|himself|themselves|her body|his body|themself))?(?:\s+(?:in (?:her|his|their) (?:underwear|bra|pants)|without (?:clothes|anything on)|naked|nude|topless))?`,
      ),
      r(
        String.raw`\b(?:wants?|wanted|arranged|arranging|planning|going) to meet (?:up with )?(?:${PRONOUN}|someone|a (?:man|guy|person|friend)) (?:(?:she|he|they) )?(?:met|from|off) (?:online|the internet|snapchat|insta|a game|an app)|\bmeet(?:ing)? (?:up with )?(?:someone|a (?:man|guy|stranger|person)) (?:(?:she|he|they) )?(?:met|from) online`,
      ),
      r(
        String.raw`\b(?:demand\w*|wants?|asking for|asked for|pay) (?:\w+ ){0,2}(?:£|\$|money|cash|gift cards?|\d+ (?:pounds|quid))\b.{0,60}\b(?:or|else|otherwise)\b.{0,40}\b(?:send|share|post|leak|show)|\b(?:or|else|otherwise) (?:they|he|she|someone) (?:will|would|are going to|is going to) (?:send|share|post|leak|show) (?:it|them|the (?:pics|photos|video))|\b(?:no top on|topless|in (?:her|his|their) (?:underwear|bra|pants))\b.{0,60}\b(?:going round|going around|shared|posted|sent|on (?:whatsapp|snapchat|instagram|social media|the group chat))|\b(?:going round|going around|being shared|passed round)\b.{0,60}\b(?:no top on|topless|naked|nude|underwear)|\bonline (?:boyfriend|girlfriend|friend|partner)\b.{0,60}\b(?:\d\d|older|adult|meet|grown)|\bwants? (?:her|him|them) to (?:meet|come and meet|visit) (?:him|her|them|up)|\b(?:keep|keeping) (?:their|the|our|his|her) (?:chats?|messages|conversations?|friendship|relationship) (?:private|secret|hidden|quiet)`,
      ),
      r(
        String.raw`\b(?:webcam|on camera|on cam|live ?stream\w*)\b.{0,40}\b(?:undress|naked|strip|take (?:off|her|his) (?:clothes|top))`,
      ),
    ],
    weak: [
      r(
        String.raw`\b(?:pics|photos|pictures|images|videos|selfies)\b.{0,40}\b(?:of (?:herself|himself|themselves|her body|his body)|in (?:her|his|their) underwear)`,
      ),
      r(
        String.raw`\b(?:stranger|someone (?:she|he|they) (?:does not|doesn't|don't) know|older (?:man|guy|boy|lad|girl|woman|person))\b.{0,40}\b(?:messag\w*|dm\w*|chat\w*|add\w*|follow\w*|online)`,
      ),
    ],
  },
  exploitation: {
    strong: [
      // Used as a servant for no pay (Modern Slavery Act: domestic servitude).
      r(
        String.raw`\b(?:used as|treated (?:like|as)) (?:a |an |their )?(?:skivvy|slave|servant|maid|cleaner|dogsbody)\b|\b(?:cleaning|cooking|working) (?:\w+ ){0,3}(?:all day|every day)\b.{0,40}\b(?:no money|not paid|for nothing|no pay|gets nothing)\b`,
      ),
      // Made to beg for someone who takes the money (Modern Slavery Act: forced begging).
      r(
        String.raw`\b(?:made|makes|make|making|forced|forces|forcing) (?:(?:him|her|them|me) )?(?:to )?beg\b|\bbegging (?:outside|on|in)\b.{0,40}\b(?:made|forced|takes|took|pocket\w*)`,
      ),
      // A debt to older people paid by holding or carrying for them (county lines: debt bondage).
      r(
        String.raw`\b(?:owe|owes|owed|owing) (?:them|him|some (?:older )?(?:lads|boys|guys|men)|a dealer|the dealers?)\b.{0,60}\b(?:hold|holding|keep|keeping|stash|store|carry|run|sell|work)\b|\b(?:got to|have to|has to|made to) (?:hold|keep|stash|store) (?:stuff|things|gear|bags|packages|parcels|it) (?:at (?:mine|his|hers|theirs|home)|for (?:them|him))\b`,
      ),
      // Money muling, and money sent to someone met online (NCA: money mules; romance fraud).
      r(
        String.raw`\b(?:borrow|use|lend|rent|buy) (?:his|her|their|your|a) (?:bank )?(?:account|bank card|card details)\b|\b(?:sending|sent|wiring|wired|transferr\w*|giving|gave|lending|lent) (?:\w+ ){0,3}(?:money|cash|£\d+|thousands|savings|gift cards)\b.{0,40}\b(?:met online|(?:met|knows?) (?:him|her|them) online|on (?:a )?dating|soldier|online (?:boyfriend|girlfriend|partner|friend))`,
      ),
      // Cuckooing: others moved into someone's home and dealing from it (county lines guidance).
      r(
        String.raw`\b(?:moved|moving|staying|living) in(?:to)? (?:his|her|their) (?:flat|house|home|place)\b.{0,60}\b(?:dealing|drugs|selling|taken over|won'?t leave|will not leave|using it)|\b(?:dealing|selling(?: drugs)?) (?:from|out of) (?:his|her|their) (?:flat|house|home|place)\b`,
      ),
      // Financial abuse of an adult at risk (Care Act 2014): money taken out of their account.
      r(
        String.raw`\b(?:taking|taken|took|takes|stealing|stole|drawing|drew|withdrawing|withdrew) (?:\w+ ){0,2}(?:money|cash|benefits|pension|pip|wages)\b.{0,20}\b(?:out of|from) (?:his|her|their|[a-z]+'s) (?:bank )?(?:account|bank|card|purse|wallet)\b`,
      ),
      // Paid to carry or deliver for others (county lines: KCSIE annex B).
      r(
        String.raw`\b(?:paid|pays|paying|given money|get money|gets money) (?:me |him |her |them )?(?:to|for) (?:carry|carrying|deliver|delivering|drop|dropping|hold|holding|move|moving|take|taking) (?:\w+ ){0,2}(?:bags?|packages?|parcels?|stuff|things|boxes|phones?|money)\b|\b(?:carry|carrying|deliver|delivering) (?:bags?|packages?|parcels?) for (?:older|some|these|the) (?:lads|boys|men|guys|people)\b`,
      ),
      r(
        String.raw`\b(?:county lines|drug (?:runn\w*|deal\w*|mule)|running drugs|carrying (?:drugs|packages|parcels|a package|a parcel|weed|gear)|deal(?:s|ing)? (?:drugs|weed|for)|sells? (?:drugs|weed)|selling (?:drugs|weed)|holding (?:drugs|stuff|a package) for|(?:money|cash|paid|pays|paying|£ ?\d+)\b.{0,40}\b(?:for )?(?:keeping|holding|storing|stashing|hiding|minding|looking after) (?:stuff|things|packages?|parcels?|bags?|a bag|something|it|gear) (?:for|at)\b|\b(?:keeps|keeping|holds|holding|stores|storing|stashing|hiding|minding) (?:stuff|things|packages?|parcels?|bags?|a bag|gear) (?:for|at) (?:\w+ ){0,3}(?:for (?:money|cash)|and (?:gets|got) paid)|cuckoo\w*|trafficked|trafficking|exploit\w*|(?:owes?|in debt to) (?:money to )?(?:older|some|these|a gang|dealers?)|gang (?:member|members|involvement|involved)|in a gang|joined a gang)`,
      ),
      r(
        String.raw`\b(?:older|adult|grown) (?:men|man|guys|guy|boys|lads|boyfriend|girlfriend|friends)\b.{0,80}\b(?:picks? (?:him|her|them) up|picking (?:him|her|them) up|in (?:a|his|their) car|gives? (?:him|her|them) (?:money|cash|alcohol|drugs|gifts|lifts|a phone)|buys? (?:him|her|them)|bought (?:him|her|them)|parties|hotel|takes? (?:him|her|them) (?:to|out))`,
      ),
      r(
        String.raw`\b(?:new|expensive|designer|extra|second|unexplained|loads of|wads of|lots of) (?:phones?|trainers|clothes|money|cash|gifts|jewellery|stuff)\b.{0,80}\b(?:can't explain|cannot explain|won't say|will not say|would not say|wouldn't say|no idea where|does not know where|doesn't know where|from (?:an? )?(?:older|someone|man|guy|friend)|not sure where|unexplained)`,
      ),
      r(
        String.raw`\b(?:gifts?|presents?|money|cash|top ?ups?|lifts?|phones?|trainers|clothes|alcohol|fags|cigarettes|vapes?|drugs|weed)\b.{0,40}\bfrom (?:an? |this |some )?(?:older |adult |grown )?(?:man|men|guy|guys|adult|stranger|uncle|bloke|lads|boys)\b|\b(?:takes?|took|taking) (?:her|him|them) (?:back )?to (?:his|her|their) (?:flat|house|place|car)\b|\b(?:use|uses|used|using|took|takes|taking|has|have|got|keeps?|kept) (?:all )?(?:of )?(?:his|her|their) (?:bank card|bank account|benefits?|money|pin|card|pip|pension|wages|savings)\b|\bsigned (?:his|her|their) (?:house|home|flat|savings|money) over\b|\b(?:never has|has no|has not got) any money\b|\btrain tickets? to\b`,
      ),
      r(
        String.raw`\b(?:paid|given (?:money|cash|alcohol|drugs|gifts)|gets (?:money|cash|alcohol|drugs)|in exchange for|for (?:money|cash|alcohol|drugs|gifts))\b.{0,40}\b(?:sex|sexual|favours|stuff|photos|pics)`,
      ),
    ],
    weak: [
      r(
        String.raw`\b(?:(?:his|her|their) (?:line|trap house|trap)|older (?:boyfriend|girlfriend|friends?|men|man|guys|lads)|gifts|cash|alcohol|drunk|high|stoned|weed|drugs|second phone|burner|gang|postcode|debt)\b`,
      ),
    ],
  },
  'peer-on-peer': {
    strong: [
      // Made to do something degrading "for a laugh" (KCSIE: initiation and hazing, child-on-child abuse).
      r(
        String.raw`\b(?:made|make|makes|making|forced|forces|forcing) (?:me|him|her|them|(?:the )?(?:new |little |quiet |younger )?(?:boy|girl|lad|kid|one|child)) (?:to )?(?:lick|eat|drink|strip|kneel|crawl|bark|beg|take (?:his|her|their|my) (?:clothes|trousers|pants|shorts|top) off|get (?:naked|undressed))\b`,
      ),
      // Scoring girls out of ten, sending pictures of private parts, shutting a child in a cupboard (KCSIE: child-on-child abuse).
      r(
        String.raw`\b(?:scor\w*|mark\w*|grad\w*|rank\w*) (?:the )?(?:girls?|boys?) out of (?:10|ten)\b|\b(?:sends?|sent|sending) (?:a |the |her |him )?(?:\w+ ){0,2}(?:pics?|photos?|pictures?|videos?|snaps?) of (?:his|her|their) (?:bits|privates|private parts|willy|penis|dick|boobs|bum|junk)\b|\b(?:shut|shuts|locked|locks|trapped) (?:a |the |one of the )?(?:\w+ )?(?:kid|child|boy|girl|lad|lass|him|her|them|member|player) (?:in|into|inside) (?:a |the )?(?:\w+ )?(?:cupboard|room|toilet|shed|locker|changing room|car|boot|cubicle)\b`,
      ),
      r(
        String.raw`\b(?:other|older|some|group of|two|three|seniors|the seniors|the other|the older|year \d+s?) (?:\w+ )?(?:${CHILD}|kids|lads|girls|boys|members|students|seniors)\b.{0,60}\b(?:hurt|hit|hitting|held|holding|punch\w*|kick\w*|slap\w*|took (?:pics|photos|videos|a video)|take (?:pics|photos|videos)|make|made|beat|beating|beaten|touch\w*|film\w*|record\w*|strip\w*|pinned|held (?:him|her|them) down|forced|made (?:him|her|them)|attack\w*|jump\w*|threaten\w*|shar\w* (?:a |the )?(?:photo|pic|video|image))`,
      ),
      r(
        String.raw`\b(?:trousers down|pants down|initiation|hazing|made to drink|held (?:him|her|them|a \w+ \w+|a \w+) down|pinned (?:him|her|them) down)\b|\b(?:upskirt\w*|up ?skirt|happy slapping|sexual harassment|sexually harass\w*|pass(?:ed|ing)? (?:it|them|the (?:pics?|photos?|videos?|images?)) (?:round|around)|(?:pics?|photos?|videos?|images?|nudes?|screenshots?)\b.{0,80}\bpass(?:ed|ing)? (?:round|around)|shared (?:it|the (?:pic|photo|video|image)) (?:round|around|with everyone|in the group))`,
      ),
      r(
        String.raw`\b(?:bully\w*|bullied|picked on|picking on|ganging up|ganged up|excluded|tormented|tormenting)\b.{0,80}\b(?:every day|all the time|constantly|for weeks|for months|scared|afraid|crying|hurt|hit|does not want to come|doesn't want to come|won't come|stopped coming|self|online|messages|threat)`,
      ),
    ],
    weak: [
      r(
        String.raw`\b(?:bully\w*|bullied|picked on|picking on|ganging up|ganged up|teas(?:ed|ing)|threat\w*|fight|fighting|fought)\b`,
      ),
    ],
  },
  'domestic-abuse': {
    strong: [
      // Violence at home in a child's words, police called when a parent is angry, a child guarding a parent, locked in a room (domestic and honour-based abuse).
      r(
        String.raw`\b${FAMILY}\b.{0,10}\b(?:threw|throws|smashed|smashes|punched|kicked) (?:the |a |her |his |their )?(?:telly|tv|plates?|chairs?|table|door|phone|cups?|things|glass)\b|\bpolice (?:\w+ ){0,3}(?:coming round|come round|came round|come to the house|at the house)\b.{0,40}\b(?:cross|angry|fighting|shouting|drunk|kicks off)|\b(?:keep an eye on|protect|look after) (?:his|her|their) (?:mum|mam|mother|dad)\b.{0,50}\b(?:alone with (?:him|her)|from (?:him|her))|\b(?:will not|won't) leave (?:her|him|(?:his|her|their) (?:mum|mam|mother|dad)) alone with (?:him|her|them|(?:his|her|their) (?:dad|stepdad|mum|partner|boyfriend))\b|\blocked (?:in|into) (?:her|his|their) (?:room|bedroom)\b.{0,60}\b(?:for talking|brothers?|dad|father|uncle|family|outside the door)`,
      ),
      // One person at home thrown or pushed through, into or against something by another ("her dad
      // put her mum through the glass door", "threw his mum against the wall").
      r(
        String.raw`\b${FAMILY}\b.{0,12}\b(?:put|puts|threw|throws|thrown|pushed|pushes|shoved|shoves|slammed|slams|dragged|drags|smashed|smashes|flung|kicked|kicks) (?:${POSSESSIVE} )?(?:${FAMILY}|him|her|them|me) (?:through|into|against|down|across|out of|onto|to the (?:floor|ground))\b(?! (?:the |a )?(?:pool|water|sea|river|lake|sand|snow|mud|leaves|ball pit|bouncy castle|hay|foam)\b)`,
      ),
      // A child shutting out the sound of a parent in distress ("i turn my music up so i don't have to
      // hear mum crying"); someone at home trying to get through a locked door now (domestic abuse).
      r(
        String.raw`\bso (?:i|he|she|they) (?:do not|don't|dont|does not|doesn't|doesnt|can't|cannot) (?:have to )?hear (?:my |his |her |their )?(?:mum|mam|mom|mummy|dad|daddy|parents|stepdad|stepmum|them|him|her)\b|\b(?:he|she|they|dad|mum|stepdad|stepmum)(?: is| are|'s|s)? trying to (?:get|break|kick|force) (?:the |my |her |his )?door (?:open|down|in)\b|\btrying to get (?:in|into) (?:my|her|his|the) (?:room|bedroom)\b`,
      ),
      // Hiding from a partner breaking the door down (domestic abuse happening now).
      r(
        String.raw`\b(?:kicking|smashing|breaking|banging) (?:the )?door (?:in|down)\b|\bhiding (?:in|from) (?:the |a )?(?:bathroom|bedroom|toilet|loo|cupboard|him|her|them|(?:her|his|their) (?:partner|husband|boyfriend|dad|stepdad|ex))\b.{0,60}\b(?:partner|husband|boyfriend|dad|stepdad|ex|he|him|hitting|kicking|shouting|screaming)`,
      ),
      // Forced marriage (KCSIE, the Forced Marriage Unit's guidance): taken abroad to be married, made to marry.
      r(forcedMarriage.source),
      r(
        String.raw`\b(?:domestic (?:abuse|violence|incident)|${FAMILY} (?:hits?|hit|beats?|beat|hurts?|hurt|attacks?|attacked|punch\w*|chok\w*|strangl\w*|threaten\w*|shouts? at|screams? at|throws? things at|pushed|shoved) (?:${POSSESSIVE} )?(?:${FAMILY}|mum|dad|him|her|them)|(?:police|cops) (?:came|come|were called|called) (?:round|to (?:the|their|his|her) (?:house|home|flat))|fight(?:s|ing)? at home|(?:mum|dad|parents) (?:fight|fighting|fights|argue|arguing) (?:all the time|every night|a lot|really bad)|violence at home|(?:police|cops) (?:have been|has been|had been|were|came|come|called|keep coming) (?:out|round|over|to the house)|(?:man|woman|someone|adult|dad|mum) (?:is )?(?:shouting|screaming|yelling)\b.{0,60}\b(?:screaming|crying|get off me|hitting|smashing)|(?:dad|mum|father|mother|stepdad|stepmum|partner|boyfriend)\b.{0,20}\b(?:loses it|lost it|has a go|had a go|kicks off|kicked off)\b.{0,30}\b(?:with|at|on) (?:mum|dad|her|him|them)|hiding (?:in (?:his|her|their) (?:room|wardrobe)|from (?:his|her|their) ${FAMILY}))`,
      ),
    ],
    weak: [
      r(
        String.raw`\b(?:shouting at home|arguments at home|rows at home|(?:mum|mom|dad|parents)'?s? (?:new )?(?:boyfriend|girlfriend|partner)|refuge|police at (?:the|their) (?:house|home))\b`,
      ),
    ],
  },
  fgm: {
    strong: [
      // "Taking my little sister … for the thing they did to me" (FGM guidance: a sibling at risk).
      r(
        String.raw`\b(?:the thing|what) (?:they|she|he|you|my (?:mum|nan|gran|aunt|auntie|family)) (?:did|done|do) to (?:me|her|my (?:big |older )?sister)\b.{0,80}\b(?:sister|cousin|her|abroad|summer|holiday|trip|egypt|somalia|sudan|ethiopia|eritrea|kenya|nigeria|gambia|guinea|mali|sierra leone|yemen|kurdistan)\b|\b(?:sister|cousin)\b.{0,80}\b(?:the thing|what) (?:they|she|he|you) (?:did|done) to (?:me|her)\b`,
      ),
      // What was done to a sister about to be done to her; virginity checks (FGM guidance; honour-based abuse, illegal since 2022).
      r(
        String.raw`\b(?:do|did|done|doing) (?:the thing|it|what they did|the same) to (?:me|her)\b.{0,60}\b(?:sister|married|marry|no man|husband|pure|clean)|\b(?:do|did|done) to (?:me|her) what (?:they|you|she|he) (?:did|done|had done) to (?:my|her) (?:big |older |little |younger )?sister\b|\bvirginity (?:checks?|tests?|testing|examinations?)\b`,
      ),
      // A girl taken to a country where FGM is practised, with an elder or a euphemism for it (FGM multi-agency guidance: risk indicators).
      r(
        String.raw`\b(?:sudan|somalia|somaliland|egypt|ethiopia|eritrea|djibouti|gambia|guinea|mali|sierra leone|burkina faso|chad|mauritania|yemen|kurdistan)\b.{0,80}\b(?:sort (?:her |him |them )?out|sorted out|special (?:ceremony|procedure|celebration|party|operation)|become a (?:woman|proper girl|real woman)|cleans\w*|purif\w*|(?:the )?(?:women|aunties|elders|grandmother|grandma|gran|nan) (?:in the family |of the family )?(?:will|are going to|is going to|are gonna|want to))|\b(?:sort (?:her |him |them )?out|sorted out|special (?:ceremony|procedure|celebration|party|operation)|become a (?:woman|proper girl|real woman)|cleans\w*|purif\w*|(?:the )?(?:women|aunties|elders|grandmother|grandma|gran|nan) (?:in the family |of the family )?(?:will|are going to|is going to|are gonna|want to)).{0,80}\b(?:sudan|somalia|somaliland|egypt|ethiopia|eritrea|djibouti|gambia|guinea|mali|sierra leone|burkina faso|chad|mauritania|yemen|kurdistan)\b`,
      ),
      // A trip to a country where FGM is practised for a "special ceremony" (KCSIE annex B indicators).
      r(
        String.raw`\b(?:abroad|back home|overseas|to (?:somalia|somaliland|sudan|egypt|ethiopia|eritrea|djibouti|sierra leone|mali|guinea|the gambia|gambia|nigeria|kenya|yemen|indonesia|iraq|kurdistan|burkina faso|senegal|liberia|chad))\b.{0,80}\b(?:special (?:procedure|ceremony|operation)|(?:a |the )?ceremony (?:to|for) (?:become|becoming|make|making)|to be cut|to become a woman|become a (?:proper )?woman)\b`,
      ),
      r(
        String.raw`\b(?:taking|take|taken|sending|send|sent|bringing|flying) (?:me|her|them|us|my sister|her sister) (?:\w+ ){0,3}(?:to (?:get|be|have it) (?:cut|done)|for (?:the |her )?(?:cutting|cut))\b`,
      ),
      r(
        String.raw`\b(?:purif\w*|make (?:her|them|us) clean|made clean|be made clean|sunna|khitan|tahur|tahoor|kakia|bondo|megrez|halalays|gudniin)\b|\b(?:was|were|been|got|get|be|being|to be|having it|had it) (?:cut|done)\b.{0,60}\b(?:little|baby|young|small|sister|daughter|girl|abroad|summer|holiday|back home|ceremony|celebration)|\b(?:become|becoming) a woman\b|\b(?:have|has|having|get|gets|getting|had|got|do|doing) the cut\b|\b(?:do|does|doing|did|done|have|having|get|getting|carry out|carrying out) (?:the |a |her |their |our |what'?s |what is )?(?:family |cultural |traditional )?(?:tradition|traditional (?:thing|ceremony|procedure)|custom|ritual|initiation|cutting|cut) (?:\w+ )?(?:on|to|for) (?:her|them|the (?:\w+ )?girls|girls|(?:her|my|his|their) (?:little |younger |baby )?(?:sisters?|daughters?|nieces?))\b|\b(?:get|gets|getting|got|have|has|having|had) (?:\w+ ){0,3}(?:girls?|daughters?|sisters?|nieces?|granddaughters?|her|them) done\b.{0,80}\b(?:abroad|back home|visit(?:ing)? family|family (?:visit|holiday)|summer|holiday|same as (?:she|her|me|i) was|ceremony|tradition\w*|somalia|sudan|egypt|ethiopia|eritrea|sierra leone|mali|guinea|djibouti|kenya|nigeria|gambia|yemen|iraq|indonesia)\b|\b(?:abroad|back home|this summer|the summer|the holidays|over the holiday)\b.{0,60}\b(?:to be cut|be cut|get cut|being cut|getting cut|cut there)\b`,
      ),
      r(
        String.raw`\b(?:fgm|female genital|genital mutilation|female circumcision|circumcis\w* (?:for|of) (?:girls?|her|a girl)|(?:cut|cutting|cut ceremony|special (?:procedure|ceremony|operation)|ceremony|be cut)\b.{0,80}\b(?:abroad|summer|holiday|back home|become a woman|to be cut|family (?:tradition|culture|custom)|grandmother|aunt|country)|(?:procedure|operation|ceremony)\b.{0,20}\b(?:back home|abroad|in (?:her|their|the family's) (?:home )?country)|(?:going|taken|sent|travelling|flying|go|goes) (?:abroad|back home|home to|to (?:see )?family|to (?:somalia|sudan|egypt|ethiopia|eritrea|sierra leone|mali|guinea|djibouti|kenya|nigeria|gambia|the gambia|yemen|iraq|indonesia))\b.{0,80}\b(?:cut|cutting|ceremony|special (?:procedure|celebration|operation)|become a woman))`,
      ),
    ],
    weak: [
      r(
        String.raw`\b(?:long holiday abroad|extended holiday|special procedure|ceremony|becoming a woman|pain (?:when )?(?:weeing|peeing|going to the toilet)|difficulty walking|walks differently|walking (?:awkwardly|funny|strangely|differently|oddly)|(?:long |extended )?(?:trip|holiday|visit) (?:abroad|back home)|takes (?:ages|a long time) in the toilet)\b`,
      ),
    ],
  },
  radicalisation: {
    strong: [
      // Misogynist extremism: women deserving to be hurt (Prevent: incel ideology).
      r(String.raw`\bwomen (?:deserve|deserving|should) (?:to )?(?:get )?(?:hurt|raped|hit|beaten|punished|die)\b`),
      // Extreme right-wing codes, bomb-making and plans of a school, a list of people to 'get first', a fixation on shooters (Prevent).
      r(
        String.raw`\b(?:1488|14\/88|14 words|skull masks?|siege culture|atomwaffen|sonnenrad|sun ?wheel|black sun|remigration|white (?:race|genocide)|black ?shirts?)\b|\bdefend\w* (?:the )?white (?:race|people|britain)\b|\bpipe ?bombs?\b|\bfloor ?plans? of (?:his|her|their|the) (?:old )?(?:school|college|club|centre)\b|\blist\b.{0,60}\b(?:get first|to kill|to hurt|to shoot|to stab|pay back)\b|\bobsess\w* (?:with )?(?:guns|shooters|school shootings?|mass shootings?|columbine|massacres?)\b|\b(?:loves?|love of) (?:the )?killing\b`,
      ),
      // Recruiting at the gate for a 'patriot' group; praising attackers (Prevent).
      r(
        String.raw`\b(?:flyers?|leaflets?|stickers?)\b.{0,40}\b(?:patriot\w*|nationalist|white (?:power|pride|lives)|far[- ]right|nazi\w*|islamic state|caliphate|jihad\w*)|\bpatriot(?:ic)? (?:youth|group|movement|gym|club|lads)\b|\b(?:prais\w*|glorif\w*|worship\w*|idoli[sz]\w*|hero(?:es)?)\b.{0,40}\b(?:attacker|shooter|bomber|terrorist|gunman)s?\b|\b(?:christchurch|columbine|manchester arena|buffalo|utoya) (?:attacker|shooter|shooting|bomber|attack|gunman)\b`,
      ),
      // An online 'teacher' sending videos, a list of 'traitors', a banned group's flag or patch (Prevent).
      r(
        String.raw`\bnasheed\w*\b|\bonline (?:teacher|mentor|sheikh|imam|preacher|brother|leader)\b|\blist of (?:\w+ ){0,2}(?:traitors|targets|enemies)\b|\b(?:hit|kill) ?list\b|\b(?:banned|proscribed|terrorist|extremist) (?:group|organisation|organization|flag|symbol|patch|badge)s?\b`,
      ),
      // An attack planned on a place of worship (Prevent: hate-motivated violence).
      r(
        String.raw`\b(?:torch|torching|burn(?:ing)? down|set(?:ting)? fire to|firebomb\w*|petrol[- ]bomb\w*|attack\w*|smash(?:ing)? up|bomb\w*) (?:the |a |that |their )?(?:[\w-]+ )?(?:mosque|church|synagogue|temple|gurdwara)\b`,
      ),
      // A group said to deserve death, and wanting to travel to a conflict zone or to join fighters (Prevent).
      r(
        String.raw`\b(?:non[- ]?believers|unbelievers|infidels|kuffar|kafirs?|immigrants|foreigners|asylum seekers|refugees|muslims|jews|christians|sikhs|hindus|gay people|gays|trans people|black people|white people|anyone who (?:is not|isn't) \w+)\s+(?:all )?(?:deserve|deserves|should|need|needs|ought) (?:to )?(?:all )?(?:die|be killed|be wiped out|be shot|burn)\b|\b(?:how (?:to|you|do you|would you|you would|could i|can i|do i|they) |wants? to |wanting to |planning to |plans to |talks? about |talking about |dreams? (?:of|about) )(?:get|go|travel|fly|move|getting|going|travelling|flying|moving) (?:over )?to (?:syria|iraq|the caliphate|the islamic state)\b|\b(?:travel\w*|go|going|leave|leaving|fly|flying) (?:abroad |overseas )?to (?:join|fight (?:for|with|alongside)) (?:them|the (?:fighters|cause|brothers|mujahideen|group))\b`,
      ),
      // Violence against a group for who they are (Prevent).
      r(
        String.raw`\b(?:killing|kill|killed|attacking|attack|bombing|bomb|wipe out|wiping out|getting rid of) (?:all )?(?:the )?(?:non[- ]?believers|unbelievers|infidels|kuffar|kafirs?|immigrants|foreigners|asylum seekers|refugees|muslims|jews|christians|sikhs|hindus|gay people|gays|trans people|black people|white people)\b`,
      ),
      r(
        String.raw`\b(?:radicali[sz]\w*|extremis\w*|terroris\w*|jihad\w*|isis|isil|al[- ]qaeda|daesh|far[- ]right|white (?:power|supremac\w*|pride)|neo[- ]?nazi\w*|nazi\w*|swastika\w*|race war|great replacement|incel\w*|blow (?:up|(?:\w+ ){1,2}up)|bomb (?:making|a|the|school|club)|make a bomb|bomb[- ]making|martyr\w*|infidels?|kill (?:all|the) (?:muslims|jews|immigrants|foreigners|gays|women|kafirs?)|prevent referral|(?:school|mass) shoot\w*|(?:is |are |obsessed with |admires? |worships? )(?:terrorists?|shooters|extremists|hitler|bombers)|do something big|(?:make|making|build|building) (?:a )?(?:bomb|explosives?|weapons?)|extremist (?:videos?|material|content|views|group|websites?|propaganda)|propaganda)`,
      ),
    ],
    weak: [
      r(
        String.raw`\b(?:hate (?:speech|videos?|material)|racist (?:videos?|material|views|comments|stickers|symbols)|conspiracy|manifesto|us (?:and|vs|versus) them|shooter|shootings?)\b`,
      ),
    ],
  },
  'missing-child': {
    strong: [
      // A child not on the coach at a headcount, searched for (missing now).
      r(
        String.raw`\b(?:is not|isn't|was not|wasn't|not) on the (?:coach|bus|minibus|train)\b.{0,50}\b(?:searched|looked everywhere|cannot find|can't find|can not find)\b`,
      ),
      // A police appeal for a young person (missing now).
      r(String.raw`\bpolice appeal\b|\bmissing (?:person )?(?:appeal|poster)\b`),
      // Not in the house, by a parent's word (missing now).
      r(
        String.raw`\b(?:mum|mam|mom|dad|parents?|carers?|foster (?:mum|dad|carer))(?: says| said| says that| said that|'s saying)? (?:she|he|they)(?: is|'s| are| was)? not (?:in the house|at home|home|in (?:her|his|their) room)\b`,
      ),
      // Lost on an outing, or searched for: "we've lost mia on the trip", "can't find him, staff are searching".
      r(
        String.raw`\b(?:we|i|staff|they) (?:have |had )?lost (?!(?:the|my|our|his|her|their|a|an) (?:keys?|phone|register|bag|coat|kit|ball|wallet|money|receipt|form|list|signal|wifi|connection|match|game)\b)(?:[\w']+ ){1,3}(?:on|at|in|during) (?:the|a) (?:trip|visit|outing|walk|beach|park|festival|museum|zoo|station|airport|camp|fair|show|match|residential)\b|\b(?:lost|cannot find|can not find|missing)\b.{0,60}\b(?:staff|we|everyone|people|police|security) (?:are|is|have been|has been) (?:searching|looking)\b`,
      ),
      // Not seen for days, not come home, a bed not slept in: missing now (statutory guidance on children who run away or go missing).
      r(
        String.raw`\b(?:not|nobody has|no one has|has not been|have not been|hasn't been|haven't been) (?:been )?seen (?:him|her|them )?(?:for|since) (?:\w+ ){0,2}(?:days?|nights?|hours|weeks?|yesterday|last night|the weekend|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b|\bbed (?:has not|hasn't|had not|hadn't) been slept in\b|\b(?:did not|didn't|has not|hasn't|never) (?:come|came|gone|went) home (?:last night|all weekend|for (?:two|three|\d+) (?:days|nights))\b`,
      ),
      // Run away in everyday words: "done a runner", "legged it from home".
      r(
        String.raw`\b(?:done|did|doing|does) a runner\b|\blegged it (?:from|out of) (?:home|the house|care|school|the unit)\b`,
      ),
      r(
        String.raw`\b(?:walked|wandered|run|ran|went|gone|slipped) (?:off|away) from (?:the )?(?:group|session|trip|outing|camp|site|club|leaders|staff)\b|\b(?:was not|is not|were not|was never|is nowhere|not) (?:on (?:it|board)|anywhere to be (?:seen|found))\b|\b(?:nobody|no one|no-one) knows (?:if|whether|where)\b|\b(?:has not|hasn't|have not|not) been (?:back|home|seen)\b|\bsleeping (?:rough|on the streets?|at (?:a|the) (?:bus|train) station|in (?:a|the) (?:park|car|tent|stairwell|bus shelter|doorway|shed|garage|woods))\b|\bbeen looking (?:for|everywhere)\b|\blooked everywhere\b|\b(?:do not|don't|dont) (?:look|come looking) for me\b`,
      ),
      r(
        String.raw`\b(?:gone missing|went missing|run away|ran away|running away|runaway|absconded|wandered off|disappeared|vanished)\b|\bmissing\b(?! (?:(?:their|his|her|my|our|your|a|an|some|any|out|stuff|things|items?|kit|coats?|bags?|phones?|money|keys?|homework|deadlines?|pages?|forms?|the point)\b))|\b(?:nobody|no one|no-one)(?: has| have|'s|s)? (?:seen|heard from) (?:him|her|them)\b|\blost (?:one of (?:the|our|my) |a |track of (?:a |one of (?:the|our|my) )?)${CHILD}`,
      ),
      r(
        String.raw`\b(?:can(?:no|')?t|cannot|could not|couldn't|can not) (?:find|locate|see|reach|get hold of) (?:${PRONOUN}|(?:one of )?(?:the |our |my |a )?${CHILD}|${POSSESSIVE} ${CHILD}|anyone|any of)`,
      ),
      r(
        String.raw`\b(?:has not|hasn't|have not|haven't|did not|didn't|never) (?:come|came|got|gone|arrived|returned|turned up|made it|been) (?:back|home)\b|\b(?:not|isn't|is not|wasn't|was not|aren't|are not|no longer) (?:on|in|at|back (?:on|in|at)) (?:the )?(?:coach|bus|minibus|van|car|train|register|headcount|head count|room|tent|site|camp|pool)\b|\bno one knows where (?:he|she|they|the)|\bnobody knows where|\bnot been seen (?:since|for)|\blast seen\b|\bmissing from (?:home|care|the)`,
      ),
      r(
        String.raw`\b(?:one|two|a (?:kid|child|boy|girl|yp|young person)) (?:short|missing) (?:on|at|from) (?:the )?(?:head ?count|register|coach|bus|count)`,
      ),
    ],
    weak: [
      r(
        String.raw`\b(?:not turned up|didn't turn up|did not turn up|no show|not picked up|not home|stay(?:ing|ed|s)? out (?:all night|overnight|late)|out all night)\b|\b(?:has not|hasn't|have not|haven't|not) been (?:in|at school|at college|to (?:school|college|club|group|sessions?|placement)) (?:for|in) (?:\d+|two|three|four|five|six|several|a few|a couple of) weeks\b`,
      ),
    ],
  },
  'medical-emergency': {
    strong: [
      // A hypo: a diabetic shaking, sweating, confused, or a reading under 4 (NHS: low blood sugar).
      r(
        String.raw`\b(?:type 1|diabetic|diabetes)\b.{0,60}\b(?:shaking|sweating|confused|talking rubbish|not making sense|drowsy)\b|\b(?:meter|reading|blood sugar|sugars?|bm) (?:says|is|of|at|reads|reading) [0-3](?:\.\d)?\b`,
      ),
      // Cannot feel the legs or hands, a neck that went crunch, a bottle of spirits drunk (NHS: call 999).
      r(
        String.raw`\b(?:cannot|can not|can't|cant) feel (?:my|his|her|their) (?:legs|arms|hands|feet|fingers|toes)\b|\bneck (?:went|made a|go|goes) (?:crunch|crack|snap)\b|\b(?:drunk|drank|downed|necked) (?:a (?:whole )?bottle|half a bottle)\b`,
      ),
      // Bleeding that soaks through a towel, blue round the mouth, silent choking (NHS first aid).
      r(
        String.raw`\b(?:towel|bandage|dressing|tissues?|cloth|t-?shirt|top)(?:'s| is| has| was)? (?:\w+ ){0,2}(?:soaked|soaking|drenched|full of blood|red through)\b|\b(?:blood|it)(?:'s| is) still (?:coming|pouring|going)\b|\b(?:gone|going|turned|turning|went) (?:a )?(?:\w+ )?(?:blue|grey|gray)(?: colour)? (?:round|around) (?:the|his|her|their) (?:mouth|lips)\b|\bno (?:noise|sound) (?:is )?coming out\b`,
      ),
      // A head wound with the person dazed, confused or drowsy (NHS: call 999 for a head injury with these).
      r(
        String.raw`\b(?:head wound|head injury|gash (?:on|to|in) (?:his|her|their) head|cut (?:on|to) (?:his|her|their) head|blow to the head|bang(?:ed)? (?:on|to) the head)\b.{0,60}\b(?:dazed|confused|drowsy|sleepy|being sick|vomiting|blurred|not making sense|unconscious)\b|\b(?:dazed|confused|drowsy)\b.{0,60}\b(?:head wound|head injury|gash (?:on|to|in) (?:his|her|their) head)\b`,
      ),
      // A burn from a fryer, hob or kettle, or skin blistering (NHS: call 999 for large or deep burns).
      r(
        String.raw`\bskin(?:'s| is| has)? (?:\w+ ){0,3}(?:blister(?:ing|ed|s)|peeling off|charred|leathery)\b|\b(?:caught|burnt|burned|scalded|touched|put) (?:\w+ ){0,3}(?:on|with|from|in) (?:the |a )?(?:deep fat fryer|fryer|hot oil|hob|grill|oven door)\b`,
      ),
      r(
        String.raw`\b(?:not breathing|isn't breathing|is not breathing|stopped breathing|can(?:no|')?t breathe|cannot breathe|struggling to breathe|difficulty breathing|unconscious|unresponsive|not responding|isn't responding|is not responding|won't wake up|will not wake up|can't wake (?:him|her|them)|cannot wake (?:him|her|them)|collapsed|collapsing|passed out|fainted|seizure|seizing|fitting|having a fit|(?:took|taken|has taken|swallowed|had) (?:a load of|loads of|lots of|a handful of|a bunch of|too many|a (?:whole )?packet of|a (?:whole )?box of|all (?:of )?(?:his|her|their|the|my|mum's|dad's)) (?:\w+ )?(?:tablets|pills|paracetamol|painkillers|meds|medication)|convuls\w*|anaphyla\w*|allergic reaction|(?:use|used|using|give|gave|giving|needed|needs|need|administer\w*|jabbed|jab) (?:\w+ ){0,2}epi ?pens?|choking|chok(?:ed|es) on|bleeding (?:heavily|badly|a lot|everywhere|loads|won't stop|will not stop)|lots of blood|heart attack|cardiac|cpr|turned blue|going blue|lips (?:are )?blue|hit (?:his|her|their) head|head injury|knocked out|broken (?:neck|back)|drowning|drowned|pulled (?:him|her|them) out of the (?:pool|water|river|sea)|overdosed|swallowed (?:pills|tablets|bleach|something)|diabetic (?:hypo|emergency)|hypo\b|asthma attack|severe pain|slumped|floppy|(?:cannot|can not|could not) (?:get|catch) (?:his|her|their) breath|barely (?:breathing|breathe|talk|conscious)|(?:cannot|can not) stand up|(?:took|taken|swallowed) something|banged (?:his|her|their) head|blood(?:'s| is)? (?:pumping|pouring|spurting|gushing|everywhere)|(?:will not|won't) stop bleeding|bleeding (?:will not|won't) stop|blood\b.{0,30}\b(?:will not|won't) stop|not moving|isn't moving|is not moving|can't move|cannot move|(?:face|lips?|tongue|throat|mouth|eyes?) (?:is |are |has |have |have gone |has gone |went |going |started )?(?:swelling|swollen|swelled|puffing up|puffed up)|swelling (?:of|in|on) (?:his|her|their) (?:face|lips?|tongue|throat|mouth)|rash (?:that )?(?:does not|doesn't|won't|will not) fade|(?:non-blanching|purple|purplish) (?:rash|spots)|meningitis|(?:having|had|has had|is having|might be having) (?:a )?stroke|face (?:is )?(?:drooping|droopy)|slurr(?:ing|ed) (?:his|her|their )?(?:words|speech)|bones? (?:is |are )?sticking out|(?:badly|severely) burn(?:t|ed)|severe burns?|electric shock|electrocuted|hypothermi\w*|heat ?stroke|(?:drank|drunk|swallowed|ate|eaten|taken) (?:some (?:of (?:the|his|her|their) )?|a bottle of |a load of |the )?(?:bleach|poison|chemicals|batteries|a battery|cleaning (?:fluid|stuff))|(?:fell|fallen|came|come) (?:from|off) (?:the |a )?(?:roof|wall|climbing wall|balcony|window|tree|top|height|ladder|cliff|horse|bars|apparatus|frame|climbing frame)|(?:is |it'?s |at |an? )(?:funny|odd|weird|strange|unnatural|wrong) angle|bent the wrong way|(?:think|looks like|might be|could be|may be|probably) (?:it'?s |he'?s |she'?s |they'?ve |he has |she has )?(?:a )?broken|broken (?:arm|leg|wrist|ankle|collarbone|bone|neck|back|hip)|in (?:a lot of|loads of|severe|serious|real|so much) pain|in agony|screaming in pain|vomiting blood|coughing up blood|shaking uncontrollably|(?:eyes|eye) rolled|(?:went|gone|has gone|is|has gone all) limp|(?:lips|face|skin) (?:turning|going|gone|went|are|is) (?:blue|grey)|(?:grey|gray|pale|white|clammy|sweaty|shaky|shaking) and (?:confused|muddled|disorientated|disoriented|drowsy|not making sense|slurring)|(?:confused|muddled|disorientated|disoriented|drowsy) and (?:grey|gray|pale|clammy|sweaty|shaky|shaking)|(?:can't|cannot|can not) (?:finish (?:a|his|her|their) sentences?|speak properly|talk properly))\b`,
      ),
      // More of the signs first-aid guidance (NHS "when to call 999", St John Ambulance) lists:
      // colour change, anaphylaxis, heat stroke, serious burns, stroke (FAST), a serious head
      // injury, sepsis and meningitis, something swallowed or splashed that must not be, an overdose.
      r(
        String.raw`\b(?:lips|fingertips|fingers|skin|tongue) (?:have |has |are |is )?(?:gone|going|turned|turning|look(?:s|ing)?|went|gone all) (?:a )?(?:bit |funny |really |very |kind of )?(?:blue|grey|gray|purple|mottled)\b|\bwheez\w*\b.{0,60}\b(?:allerg\w*|nuts?|peanuts?|epi ?pens?|pen|sting|stung)\b|\b(?:allerg\w*|nuts?|peanuts?|sting|stung)\b.{0,60}\bwheez\w*|\bstopped sweating\b|\b(?:hot|burning) to (?:the )?touch\b.{0,40}\b(?:confused|muddled|drowsy|not making sense|dizzy)\b|\b(?:confused|muddled|drowsy)\b.{0,40}\b(?:hot|burning) to (?:the )?touch\b|\bskin (?:\w+ ){0,4}(?:blister(?:ing|ed)|peeling|leathery|charred)\b|\b(?:boiling|scalding|hot) (?:water|kettle|oil|fat|pan|tea|coffee)\b.{0,40}\b(?:over|on|onto|down) (?:his|her|their|[a-z]+'s) (?:legs?|arms?|hands?|face|chest|body|back|stomach|feet)\b|\bburn (?:over|across|covering|all over) (?:his|her|their) (?:whole |entire )?\w+|\bface (?:has |is )?(?:dropped|drooped|fallen|sagging|slipped) (?:on )?(?:one|the left|the right) side\b|\b(?:cannot|can not|can't) (?:lift|raise|move) (?:his|her|their|one|either) (?:arms?|legs?)\b|\bfluid (?:\w+ ){0,3}(?:nose|ears?)\b|\bpupils? (?:is |are )?(?:bigger|larger|smaller|different sizes?|uneven|unequal)\b|\b(?:being|been|keeps being|was|is) (?:sick|vomiting|throwing up) (?:\w+ ){0,2}(?:after|since) (?:\w+ ){0,4}(?:head|banged|hit|knock|fell|fall)\b|\b(?:hands|feet|skin|legs) (?:are |is |look |looks )?(?:cold and (?:blotchy|mottled)|(?:blotchy|mottled) and cold|mottled)\b|\bcold,? (?:blotchy|mottled) (?:hands|feet|skin)\b|\bstiff neck\b.{0,60}\b(?:light|rash|temp\w*|fever|headache|sick)\b|\b(?:swallowed|swallowing|ate|eaten|eating) (?:a |an |some |the |two |three )?(?:button |watch |coin )?(?:batter(?:y|ies)|magnets?|washing (?:pod|capsule|tablet)s?|liquitabs?|dishwasher tablets?)\b|\b(?:bleach|chemicals?|drain cleaner|oven cleaner|acid|cleaning (?:fluid|spray|stuff)|hand sanitiser) (?:[\w']+ ){0,6}(?:in|into) (?:his|her|their) (?:eyes?|face|mouth)\b|\b(?:splashed|sprayed|squirted) (?:[\w']+ ){0,5}(?:in|into) (?:his|her|their) eyes?\b|\bempty (?:packet|box|bottle|blister pack|strip) of (?:\w+ )?(?:paracetamol|pills|tablets|meds|painkillers|ibuprofen|medication)\b|\b(?:took|taken|swallowed|had) (?:them all|all of them|the lot|the whole (?:packet|box|bottle|strip)|a load of (?:(?:his|her|their|\w+'s|\w+s) )?(?:\w+ )?(?:tablets|pills|meds|paracetamol|painkillers))\b`,
      ),
    ],
    weak: [
      r(
        String.raw`\b(?:wheezing|wheezy|not making (?:any )?sense|(?:confused|pale|shaky|clammy|sweaty) and (?:confused|pale|shaky|clammy|sweaty)|slurring|hypo|barely stand|not answering|drowsy|really sleepy|very sleepy|being sick|injured|hurt (?:his|her|their) (?:head|neck|back)|fell|fallen|dizzy|vomiting|throwing up|sick|faint|blood|bleeding|burnt|burned|allergic|asthma|inhaler|ambulance|a&e|hospital|swollen|swelling|rash|high temperature|fever|burning up|unsteady|wobbly|grey)\b`,
      ),
    ],
  },
  'threat-to-life': {
    strong: [
      // A threat to kill in everyday words: "you're dead when you get back".
      r(
        String.raw`\b(?:you(?:'re| are|re)|ur|she(?:'s| is)|he(?:'s| is)|they(?:'re| are|re)) (?:so )?dead (?:when|if|once|the minute|as soon as)\b`,
      ),
      // A young child shut in a car with no adult (NHS: call 999 for a child left in a hot car).
      r(
        String.raw`\b(?:baby|toddler|child|kid|little one|infant)\b.{0,30}\b(?:in|strapped in|locked in) (?:a|the) (?:car|van)\b.{0,60}\b(?:no (?:adult|one|parent)|nobody|on (?:his|her|their) own|alone|heat|hot|windows? (?:up|shut|closed))`,
      ),
      // Setting fire to a place: "planning to torch the mosque tonight".
      r(
        String.raw`\b(?:torch|torching|torched|burn(?:ing)? down|set(?:ting)? fire to|firebomb\w*|petrol[- ]bomb\w*) (?:the |a |that |their |his |her |our )?(?:[\w-]+ )?(?:mosque|church|synagogue|temple|gurdwara|school|house|flat|home|building|centre|hall|club|shop)\b`,
      ),
      r(
        String.raw`\b(?:knife|knives|blade|machete|gun|shotgun|rifle|air rifle|firearm|pistol|weapon|axe|crossbow|acid|petrol bomb)\b.{0,80}\b(?:on site|in (?:his|her|their) bag|brought|bringing|carrying|has got|has a|had a|pulled|waving|threaten\w*|in (?:the )?(?:building|hall|club|centre|school|car park|changing rooms?))|\b(?:brought|bringing|carrying|has got|(?:has|is) got an?|has a|had a|pulled (?:out )?a|waving (?:a|around)|threatened (?:him|her|them|me|someone|people) with a) (?:knife|blade|machete|gun|shotgun|rifle|weapon|axe|firearm)(?! (?:block|set|and fork|skills|sharpener|crime|safety|awareness))|\b(?:knows where|can get (?:hold of )?|has access to|got access to) (?:\w+ ){0,4}(?:gun|guns|shotgun|rifle|firearm|weapons?)\b`,
      ),
      r(
        String.raw`\b(?:threaten\w*|going|would|will|says (?:he|she|they) will|said (?:he|she|they) (?:would|will|is going to)) (?:to )?(?:kill|stab|shank|shoot|murder|seriously hurt|batter|jump) (?:${PRONOUN}|someone|people|everyone|a (?:kid|child|teacher|member|leader)|${POSSESSIVE} \w+)|\b(?:fire|arson)\b.{0,30}\b(?:started|set|in the building|now)|\b(?:going to|about to|will|threaten\w* to|(?:says|said) (?:he|she|they) (?:will|would|is going to)) (?:blow (?:up|(?:\w+ ){1,2}up)|bomb|set fire to|burn down)\b|\bhostage\b|\b(?:attack|attacking|stabbed|shot|stabbing|shooting) (?:happening|right now|outside|in the)`,
      ),
      // Held under water: drowning is a threat to life whether or not it is called a game or a dare.
      r(
        String.raw`\b(?:holding|held|holds|pushing|pushed|pushes|keeps? pushing|dunking|dunked|forcing|forced) (?:\w+ ){0,3}(?:head |face )?under (?:the )?water\b`,
      ),
      r(
        String.raw`\b(?:in|at) (?:immediate |serious |real )?danger\b|\bat risk of (?:serious )?harm\b|\bnot safe (?:at home|to go home|with)\b|\b(?:do not|does not|did not|never|not) feel (?:safe|ok|okay) (?:at home|going home|to go home|with (?:him|her|them|my|his)|around (?:him|her|them|my|his)|there)\b|\bunsafe at home\b`,
      ),
    ],
    weak: [
      r(String.raw`\b(?:knife|knives|blade|gun|shotgun|rifle|weapon|threatening|threatened|stab|stabbed|shank\w*)\b`),
    ],
  },
};

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

/** A person named by an initial ("A's lost weight", "T (17)"), read on the message as typed. */
export const initialName =
  /\b[A-HJ-Z]'s\b|\b[A-HJ-Z] \(|\b[A-HJ-Z]\b(?= (?:is|was|has|had|keeps|kept|said|says|told|seems|looks|came|got|went|will|would|did|does|and|from|in)\b)/;

/** Someone spoken of, when the message does not say who. */
export const personPronoun = r(String.raw`\b(?:he|she|they|him|her|his|them)\b`);

/** An adult of the organisation, the subject of an allegation. */
export const organisationAdult = r(
  String.raw`(?:(?:^|\b(?:another|a|one of (?:the|our)|the|our|my|new|male|female|this|that) )(?:(?!(?:and|or|on|of|in|at|for|with|to|from|by|about|as|is|was|are|be|being)\b)[\w-]+ ){0,2}(?:volunteers?|coach(?:es)?|leaders?|staff(?: members?)?|members? of staff|colleagues?|workers?|youth workers?|teachers?|tutors?|instructors?|trustees?|drivers?|helpers?|mentors?|supervisors?|managers?|adults?|assistant coach|session leader|activity leader|chaperones?|support workers?|carers?|befrienders?|escorts?|key ?workers?|caretakers?|cooks?|cleaners?|receptionists?|site managers?|groundsm[ae]n|lifeguards?|physios?|stewards?|caterers?|contractors?|security guards?|supply (?:staff|teachers?)|agency (?:staff|workers?)|guest speakers?|trainer|assistants?|wardens?|assessors?|employers?|officials?|referees?|umpires?|examiners?|invigilators?|senseis?|vicars?|curates?|pastors?|youth pastors?|priests?|rectors?|ministers?|churchwardens?|vergers?|elders?|choirmasters?|(?:musical |choir |music |drama |dance )?directors?)|\b(?:volunteer|coach|leader|colleague|teacher|tutor|instructor|trustee|driver|mentor|manager|chaperone) (?:called|named))\b(?! (?:handbook|room|meeting|training|rota|toilets?|party|briefing|list|car park|kitchen|area|badges?|lanyards?|survey|induction|portal|newsletter|pack|guide|trip|journey|station|hire|company)\b)`,
);

/** What an adult of the organisation does that safeguarding guidance treats as an allegation or a low-level concern. */
export const allegationConduct: readonly RegExp[] = [
  // Safer working practice: a child kept back alone on a call and asked to show a bedroom; long hugs,
  // a chair pulled up close; going into the children's dorms at night; a past dismissal over children;
  // a clip round the head.
  r(
    String.raw`\b(?:turn|point|move|show)\w* (?:his|her|their|the) (?:camera|laptop|phone)\b.{0,30}\b(?:bedroom|bed|bathroom)\b|\bstay (?:on|behind) after (?:everyone|the others|the rest)\b|\bhug\w* (?:\w+ ){0,4}(?:for ages|for too long|all the time)\b|\b(?:long|lingering) hugs\b|\b(?:pulls?|pulled|moves?|moved) (?:his|her) chair (?:right )?(?:up )?close\b|\b(?:going|went|goes|walked|came|caught going) (?:into|in) (?:the )?(?:girls'?|boys'?|kids'?|children'?s'?) (?:dorms?|dormitory|bedrooms?|rooms?|tents?)\b|\b(?:sacked|dismissed|fired|let go|struck off|barred|arrested|suspended) (?:from|at|by|for) (?:\w+ ){0,4}(?:kids|children|a child|young people|pupils|students|something to do with)\b|\b(?:clipped|cuffed|clouted) (?:a |the |him |her )?(?:\w+ )?(?:round|around|across|on) the (?:head|ear|face)\b`,
  ),
  // Unfit to look after children: drunk, high, smelling of drink or drugs; sexual content shown or
  // sent to a young person; a young person posted on an adult's own social media; a private streak
  // or chat kept up with one (safer working practice).
  r(
    String.raw`\b(?:clearly|totally|really|pretty|very|obviously|completely|absolutely|off (?:his|her|their) face|was|is|seemed|seems|looked|looks|got) (?:so )?(?:high|stoned|wasted|hammered|tipsy|pissed|drunk)(?=\s*(?:[.,!?;:]|$|\band\b|\bon (?:duty|shift|the)\b|\bat (?:the|training|camp|club|work)\b|\bwhen\b|\bwhile\b|\bduring\b|\bagain\b|\bin front\b|\bwith (?:the|a|kids|children)\b|\baround\b|\bsupervising\b|\bin charge\b))|\bsmel\w* (?:of |strongly of )?(?:booze|alcohol|drink|beer|wine|weed|cannabis|spliff|skunk)\b|\bsmel\w* (?:booze|alcohol|drink|beer|weed|cannabis) on\b|\b(?:onlyfans|only fans|porn\w*|explicit (?:pics|pictures|photos|videos?|images|content|messages|jokes)|x-rated|nsfw)\b|\bpost\w* (?:a |an |the )?(?:\w+ ){0,2}(?:\d{1,2} year old'?s?|kid'?s?|child'?s?|boy'?s?|girl'?s?|student'?s?|learner'?s?|member'?s?|player'?s?|pupil'?s?|young person'?s?) (?:\w+ ){0,3}on (?:his|her|their) (?:own |personal )?(?:instagram|facebook|fb|tiktok|snapchat|story|stories|page|account|twitter|status)\b|\b(?:snapchat )?streaks? (?:going )?with\b`,
  ),
  // Behaviour outside work that may make an adult unsuitable to work with children (KCSIE part
  // four, LADO): arrested, charged, in court, convicted, on the sex offenders register, a court or
  // protection order, violence at home, a child protection plan for their own children.
  r(
    String.raw`\b(?:got |been |was |were |is |are |has been |have been )?(?:arrested|charged (?:with|for)|convicted|cautioned|in court|up in court|on bail|under (?:police )?investigation|done for (?:drink|drug)|nicked for)\b|\bon the (?:sex offenders?'? |sex offender'?s )?register\b|\b(?:court|restraining|non-molestation|protection) order against (?:him|her|them)\b|\b(?:own )?(?:kids|children) (?:are |is )?on (?:a |the )?child protection plan\b|\bviolent (?:to|towards) (?:his|her|their) (?:own )?(?:kids|children|partner|wife|husband|family)\b`,
  ),
  // Sexualised conduct: underwear asked about or shown, clothes off, their sex life shared, a
  // child's hand put on their body, touching intimate places, stroking (NSPCC, safer working practice).
  r(
    String.raw`\b(?:what |his |her |their |in (?:his|her|their) )(?:underwear|boxers|knickers|bra|pants)\b|\b(?:told|asked|made|got|gets|tells|asks|makes) (?:the |a |one of the )?(?:\w+ ){0,2}(?:to )?(?:take|taking) (?:their|her|his|your) (?:tops?|t-?shirts?|shirts?|clothes|bras?|trousers|shorts|pants|knickers) off\b|\b(?:his|her|their) sex life\b|\b(?:crotch|groin|privates|genitals|between (?:his|her|their) legs)\b|\bstrok\w* (?:[\w']+ ){0,3}(?:hair|face|leg|legs|arm|back|knee|thigh|cheek)\b|\b(?:smacked|slapped|pinched|grabbed|patted) (?:\w+ ){0,3}on the (?:bum|bottom|backside|bum cheeks)\b`,
  ),
  // Private contact and gifts: their own number, phone, money or presents given to one young person;
  // contact from a personal email or account; a young person added on social media; invited home (NSPCC grooming signs).
  r(
    String.raw`\b(?:gave|gives|giving|given|give|handed|hands|passed|passes) (?:a |an |the |one |one of the |this |that )?(?:\w+ ){0,2}${YOUNG_ONES} (?:\w+ ){0,2}(?:his|her|their) (?:old |spare |personal |own |private )?(?:phone|iphone|laptop|ipad|number|mobile number|phone number|snap(?:chat)?|insta(?:gram)?)\b|\b(?:gave|gives|giving|given|give|handed|hands) (?:a |an |the |one |one of the )?(?:\w+ ){0,2}${YOUNG_ONES} (?:£\d+|\d+ (?:quid|pounds)|cash|money)\b|\bfrom (?:his|her|their) (?:personal |own |private )?(?:gmail|hotmail|yahoo|email account|personal email|own phone|personal phone|personal account|personal number|own account)\b|\b(?:added|adds|adding|friended|follows|followed|following) (?:a |an |the |one of the |several |some )?(?:\w+ ){0,2}${YOUNG_ONES} on (?:facebook|fb|instagram|snapchat|tiktok|discord|xbox|playstation)\b|\binvit\w* (?:\w+ ){0,3}(?:to|round to|back to|over to) (?:his|her|their) (?:house|flat|home|caravan|place|room|hotel room|car|boat|garage|shed)\b`,
  ),
  // Unfit or unsafe with children: drugs or drink shared with them, smoking weed before a session,
  // reeking of drink or drugs, sleeping in their dorm, filming or keeping pictures of them on an
  // adult's own phone or laptop (safer working practice).
  r(
    String.raw`\b(?:vaping|smoking|drinking|sharing (?:a |some )?(?:spliff|joint|vape|drink|bottle|cans?|weed)) with (?:\w+ ){0,4}${YOUNG_ONES}|\bsmoking (?:weed|a joint|a spliff|skunk)\b|\b(?:reek\w*|stink\w*|stank|stunk) (?:of )?(?:booze|alcohol|drink|beer|wine|weed|cannabis|spliff|skunk)\b|\b(?:puts?|putting|posts?|posting|posted|uploads?|uploading|uploaded) (?:\w+ ){0,2}(?:kids?|children|boys|girls|lads|students|pupils|young people|members|players|team|squad) on (?:his|her|their) (?:own |personal )?(?:tiktok|insta\w*|instagram|facebook|fb|snapchat|youtube|story|stories)\b|\b(?:taken|took|takes|taking) (?:a |an |the |one of the )?(?:\w+ ){0,2}${YOUNG_ONES} (?:in|into|to|round to|behind) (?:the |his |her |their |a )?(?:\w+ )?(?:office|cupboard|storeroom|store room|back room|changing room|toilets?|loos?|van|car|shed|bedroom|room)\b.{0,60}\b(?:(?:blinds?|door|curtains?) (?:down|shut|closed|locked|drawn)|(?:shut|closed|locked|pulled) the (?:door|blinds?|curtains?))|\b(?:pulled|pulls|closed|shut|drew|drawn) (?:the |all the )?(?:blinds?|curtains?)(?: down)?\b|\b(?:slept|sleeps|sleeping|stayed|stays|staying) (?:\w+ ){0,2}in the (?:girls'?|boys'?|kids'?|children'?s'?) (?:dorms?|dormitory|bedrooms?|rooms?|tents?)\b|\b(?:pics?|photos?|pictures|videos?|footage|filming|filmed|photographing|photographed|images) (?:of )?(?:the )?(?:\w+ ){0,2}${YOUNG_ONES}\b.{0,40}\bon (?:his|her|their) (?:own |personal )?(?:phone|laptop|camera|tiktok|insta\w*|facebook|snapchat)\b|\b(?:found|finds|find) (?:\w+ ){0,2}(?:pics?|photos?|pictures|videos?|images) of (?:\w+ ){0,2}${YOUNG_ONES} on (?:his|her|their|the \w+'s) (?:phone|laptop|computer|pc|tablet|hard drive)\b`,
  ),
  // Going into the toilets or changing rooms with children when there is no need (safer working practice).
  r(
    String.raw`\b(?:goes|going|went|go|follows?|followed|following) (?:into|in) (?:the )?(?:toilets?|loos?|changing rooms?|showers?|cubicles?) with (?:the )?(?:kids|children|boys|girls|young people|him|her|them)\b`,
  ),
  // Alcohol, cigarettes or drugs given to young people; a child locked in a room (safer working practice).
  r(
    String.raw`\b(?:gave|given|giving|handed|handing|bought|buying|offered|offering|supplied|supplying|let) (?:\w+ ){0,2}(?:kids?|children|child|boys?|girls?|lads?|lasses?|students?|learners?|members?|players?|young people|year olds?|him|her|them) (?:\w+ ){0,3}(?:cider|beer|lager|wine|vodka|alcohol|booze|spirits|alcopops?|vapes?|cigarettes|fags|weed|cannabis|pints?|cans|shots)\b|\b(?:gave|given|giving|handed|handing|bought|buying|offered|offering|supplied|supplying) \w+ \(\d{1,2}\) (?:\w+ ){0,3}(?:cider|beer|lager|wine|vodka|alcohol|booze|spirits|alcopops?|vapes?|cigarettes|fags|weed|cannabis|pints?|cans|shots)\b|\block(?:ed|s|ing)? (?:a |the |one of the )?(?:\w+ )?(?:him|her|them|boy|girl|child|kid|lad|lass|member|man|woman|resident|service user|client|person|adult|patient) (?:in|into|inside) (?:a |the |his |her |their )?(?:\w+ )?(?:cupboard|room|toilet|shed|car|van|cage|store|office|loo|bathroom|cellar|pantry|closet|locker|garage|cubicle|attic|loft|boot|bedroom|kitchen)\b`,
  ),
  // Online lessons: asking a child to move the camera into a bedroom or bathroom (safer working practice for remote teaching).
  r(
    String.raw`\b(?:camera|webcam|laptop|phone|ipad|tablet) (?:[\w']+ ){0,3}(?:into|in|to) (?:her|his|their) (?:bedroom|bed|bathroom)\b|\b(?:move|take|go|sit) (?:[\w']+ ){0,3}(?:into|in|to) (?:her|his|their) (?:bedroom|bed|bathroom)\b.{0,40}\b(?:camera|call|video|zoom|lesson|session)\b`,
  ),
  // Asking a young person for private contact, and gifts bought for one (NSPCC grooming signs; safer working practice).
  r(
    String.raw`\b(?:asked|asks|asking) (?:(?:\w+ ){0,4}for |for )?(?:his|her|their) (?:number|mobile|phone number|snap(?:chat)?|insta(?:gram)?|whatsapp|tiktok|personal (?:number|account|email)|home address|address)\b|\bbought (?:a|an|one of (?:the|our)|the|this|that) (?:\w+ ){0,3}(?:a |an )?(?:new |expensive |brand new )?(?:phone|iphone|trainers|present|gift|vapes?|clothes|jewellery|necklace|laptop|games?|console|perfume|makeup|make-up)\b`,
  ),
  r(
    String.raw`\b(?:keeps|kept|has been|have been|always|often|constantly|every night|late at night|at night|at (?:1[0-2]|[1-9]) ?(?:pm|am|o'?clock)|after midnight|midnight|in the middle of the night)\b.{0,80}\b(?:messag\w*|text\w*|dm\w*|snap\w*|whatsapp\w*|call\w*|ring\w*|chat\w*|contact\w*|driv\w*|giv\w*|buy\w*|bought|hug\w*|touch\w*|alone|lifts?)`,
  ),
  r(
    String.raw`\b(?:messag\w*|text\w*|dm\w*|snap\w*|whatsapp\w*|call\w*|chat\w*)\b.{0,60}\b(?:late at night|at night|every night|in the middle of the night|after midnight|at (?:1[0-2]|[1-9]) ?(?:pm|am)|all the time|constantly)`,
  ),
  r(
    String.raw`\b(?:gifts?|presents?|money|cash|sweets|vapes?|alcohol|cigarettes)\b.{0,40}\b(?:only (?:to )?(?:her|him|one)|just (?:her|him)|favourite|special|secret)|\b(?:favourite|special friend|treats (?:her|him) differently|singles (?:her|him) out)\b`,
  ),
  r(
    String.raw`\b(?:changing rooms?|lingers|lingering|back room|door (?:shut|closed|locked)|camera on|(?:her|his|their|your) outfit|what (?:she|he|they) (?:is|are|was|were) wearing|grab\w*(?! (?:it|that|this|one|some|lunch|a (?:coffee|tea|bite|drink|seat|sandwich|lift)|the (?:phone|mobile|register|keys?|kit|bags?|ball|minibus|van|laptop|first aid kit))\b)|drag\w*|yank\w*|restrain\w*|(?:picks?|picking|chooses?|choosing) (?:the same|one|her|him)\b(?! up\b)|sweets|little game|special game|secret game)\b`,
  ),
  r(
    String.raw`\b(?:alone with|on (?:his|her|their) own with|one to one with|1:1 with|1-1 with|took (?:her|him|them) (?:home|to (?:his|her|their) (?:house|flat|car))|in (?:his|her|their) car (?:alone|on (?:her|his|their) own)|back to (?:his|her|their) (?:own )?(?:house|place|flat|home)|stayed over)\b`,
  ),
  r(
    String.raw`\b(?:inappropriate(?:ly)?|sexual|flirt\w*|creepy|touchy|too close|too friendly|over ?familiar|crossing (?:the )?line|boundaries|lingering|comments? (?:about|on) (?:her|his|their) (?:bod(?:y|ies)|looks|figures?|bums?|chests?|bikini \w+)|not appropriate|screenshot\w*|bikini|drunk|smelled of alcohol|under the influence|swore at|grabbed|shoved|slapped|smacked|whacked|thumped|punched|hit|kicked|shouted at|screamed at|humiliat\w*|pushed|rough)\b`,
  ),
  r(
    String.raw`\b(?:to|on|onto|into) (?:his|her|their) (?:own|personal|private) (?:phone|device|laptop|account|camera|computer)\b|\b(?:follows?|following|followed|added|adds|friends?|friended)\b.{0,40}\b(?:learners|students|members|young people|kids|girls|boys|children|participants|pupils|players)\b.{0,20}\b(?:on|via) (?:instagram|snapchat|facebook|tiktok|social media)|\bbought (?:him|her|them) (?:a |an )?(?:new |expensive )?\w+`,
  ),
  r(
    String.raw`\b(?:added|adds|adding|follows|followed|following|friended|friend requested)\b.{0,30}\b(?:on|from) (?:his|her|their) (?:personal|own|private) (?:account|insta|snapchat|facebook|tiktok|phone|number)|\b(?:photos?|pics?|pictures?|videos?) of (?:the )?(?:kids|children|girls|boys|young people|members)\b.{0,40}\b(?:on (?:his|her|their) (?:own|personal|private) (?:phone|camera|account))`,
  ),
  // Safer-working-practice boundaries an adult in a position of trust crosses (NSPCC, KCSIE
  // low-level concerns): physical closeness, private contact, personal life, adult material.
  r(
    String.raw`\b(?:kiss(?:ed|es|ing)?|cuddl\w*|tickl\w*|massag\w*|on (?:his|her|their) lap|stroking (?:her|his) (?:hair|leg|arm|back))\b|\b(?:gave|given|giving|sent) (?:her|him|them) (?:his|her|their) (?:own |personal |private )?(?:number|mobile|phone number|snapchat|instagram|whatsapp)\b|\b(?:gave|given|giving|shared|sharing|sent) (?:his|her|their) (?:own |personal |private )?(?:number|mobile|phone number|snapchat|instagram|whatsapp) (?:to|with) (?:a |an |one of (?:the |our )?|the )?(?:\w+ )?(?:kids?|child(?:ren)?|students?|members?|girls?|boys?|players?|learners?|young (?:people|person)|participants?|pupils?|teens?|\d+ ?(?:year old|yo))\b|\b(?:personal|private|intimate) (?:stuff|things|problems|details|life|issues)\b|\b(?:at|to|round|back to) (?:his|her|their) (?:flat|house|place|home)\b|\b(?:porn\w*|sex scenes?|explicit|18 ?rated|adult (?:videos?|content|films?)|nudes?)\b`,
  ),
];

/** A request to keep harm hidden: a sign in itself. */
export const secrecyCues: readonly RegExp[] = [
  // Telegraphic, as on a communication aid: "secret, daddy, no tell".
  r(String.raw`\b(?:secret\b.{0,20}\b(?:no|not) tell|(?:no|not) tell\b.{0,20}\bsecret)\b`),
  // In dialect: "don't say nothing", "don't tell nobody".
  r(String.raw`\b(?:do not|don't|dont) (?:say|tell) (?:nothing|nowt|owt|nobody|no one|noone)\b`),
  // An adult deciding not to pass on what a child said ("we don't need to pass it on, we know the family").
  r(
    String.raw`\b(?:do not|does not|no|not) need to (?:pass (?:it |this |that )?on|report (?:it|this|that)|tell anyone|record (?:it|this))\b|\bwe know the family\b`,
  ),
  r(
    String.raw`\b(?:(?:makes?|made|making|tells?|told|telling|asks?|asked|asking|wants?) (?:me|him|her|them|us) (?:to )?keep (?:secrets|(?:it|this|that|things) (?:a )?secret|a secret)|keep (?:it|this|that|things) (?:a )?secret|keep (?:it|this|that) (?:between|to) (?:us|ourselves|themselves)|(?:our|a|their|his|her) (?:little )?secret|(?:do not|don't|dont|not to|never) tell (?:anyone|anybody|(?:(?:your|my) )?(?:mum|mom|dad|parents|family|carers?|foster \w+|social worker)|(?:his|her|their) (?:mum|dad|parents)|the (?:leaders|staff|police|teachers))|promise (?:not to|to (?:delete|keep)|(?:i|you|we) (?:won't|will not|wouldn't)) (?:tell|say|it|this|that|\w+)|(?:you|u) (?:have|need) to promise|promise(?:d)? to keep|made me promise|swore me to secrecy|between you and me|between us|delete (?:the|our|these|those) (?:messages|chats?|texts?)|(?:asked|told|begged) (?:me|us|her|him|them) not to (?:tell|say)|(?:not allowed|not supposed|must not|cannot|can not|mustn't) (?:to )?(?:tell|talk about|say)(?! (?:us |you |me |anyone )?(?:verbally|in words|what (?:they|he|she) (?:need|want)s?|how (?:they|he|she) feels?|the difference|if|whether))|keep (?:\w+ ){0,3}between (?:them|us|you|ourselves)|if i tell you (?:something|a secret)|will you (?:have to )?tell|you (?:will not|won't|would not|wouldn't) tell|swear (?:not to|to not|that you (?:will not|won't)) (?:say|tell)|have to swear|not (?:to )?write (?:it|this|that|anything) down|forget (?:what|about what) (?:she|he|they|i)|(?:told|asked|wants?|made|makes|telling|asking) (?:me|him|her|them|us) to delete(?! (?:[\w']+ ){0,3}(?:data|details|records?|account|information|info|files?|registration|email address)\b))`,
  ),
];

/** What is kept secret for a celebration, and keeping something secret ("keep the cake a secret"). */
const CELEBRATION = String.raw`birthday|surprise|present|gift|party|cake|card|celebration|leaving do`;
/** A surprise for someone: never a "party" or a "celebration", which FGM guidance lists as euphemisms. */
const SURPRISE = String.raw`birthday (?:card|present|cake|surprise)|surprise|present for|gift for|card for`;
const KEPT_SECRET = String.raw`(?:keep|keeping|kept) (?:the |his |her |their |it |this )?(?:\w+ ){0,2}(?:a )?secret`;

/**
 * Everyday English that borrows harm words and means no harm: "they smashed the relay", "my
 * phone's dead". Read as what it means before anything looks for signs of harm.
 */
export const innocentIdioms: ReadonlyArray<readonly [RegExp, string]> = [
  [
    /\b(?:smashed|smashing|smash|killed|killing|kill|nailed|nailing|bossed|bossing|crushed|crushing|destroyed|murdered|slayed|slaying|aced|acing) (?:it|(?:his|her|their|my) (?:mocks?|mock exams?|exams?|tests?|gcses?|assessment|interview|audition|driving test|presentation|race|heat|match|game|final|placement|work experience|trial|coursework|project|assignment|essay|grading|solo|speech|recital|shift|first day|first week|pb|personal best|record|time|target)|the (?:relay|race|match|game|final|semi|test|exam|quiz|performance|show|gig|routine|session|tournament|competition|comp|audition|presentation|interview|assessment|heat|league|cup))\b/g,
    'did really well',
  ],
  [
    /\bi am (?:literally |actually |absolutely |just )?dying (?:here|of (?:boredom|laughter|the heat)|for (?:a|some) (?:coffee|tea|brew|break|sleep|drink))\b/g,
    'i am worn out',
  ],
  [
    /\b(?:got|get|were|was|been) (?:absolutely |properly |well )?(?:battered|thrashed|hammered|smashed|destroyed|murdered|slaughtered|annihilated)(?= \d+ ?- ?\d+\b)/g,
    'lost',
  ],
  [/\b(?:bleeding|bloody) (?:hell|heck|typical)\b/g, 'oh no'],
  // Photos of pets and new things, not of a child: "photos of her new guinea pigs".
  [
    /\b(?:photos?|pics?|pictures|videos?|vids?) of (?:her|his|their|my|the) (?:new |little |baby )?(?:dogs?|puppy|puppies|cats?|kittens?|hamsters?|guinea pigs?|rabbits?|bunny|bunnies|pony|ponies|horses?|fish|tortoise|snake|lizard|pets?|house|room|bedroom|bike|trainers|car|cake|garden|holiday)\b/g,
    'pet photos',
  ],
  // Done independently: "chose them all by herself", "tied his laces by himself".
  [
    /\b(?:chose|picked|made|did|built|drew|tied|read|wrote|cooked|baked|paid|ordered|walked|swam|rode|got dressed|packed) (?:[\w']+ ){0,3}(?:all )?by (?:herself|himself|themselves|myself)\b/g,
    'did it independently',
  ],
  // Tears of joy: "cried when he got his medal".
  [
    /\bcried\b(?= (?:when|because|as) (?:he|she|they) (?:won|got (?:his|her|their) (?:medal|trophy|award|certificate|badge|results?|belt)|scored|passed|was picked|got picked|heard (?:she|he|they) (?:had )?(?:got in|passed|won)))/g,
    'was delighted',
  ],
  // No longer needing help, for a good reason: "passed her driving test so won't need the lift".
  [
    /\b(?:so|because|as|now) (?:she|he|they|i) (?:won't|will not|does not|doesn't|do not|don't) need (?:the|a|her|his|their|my) (?:lift|lifts|bus pass|taxi|pick ?up|tutor|support worker|glasses|brace|plaster cast|cast|crutches)\b/g,
    'no longer needs help',
  ],
  // Medicine given by a parent or first aider for an ordinary ailment.
  [
    /\b(?:mum|mam|mom|dad|parent|carer|nurse|first aider|the first aider|gp|doctor)(?:'s| has| have| had)? (?:given|gave) (?:her|him|them) (?:some )?(?:paracetamol|calpol|ibuprofen|nurofen|antihistamine|piriton|medicine)\b/g,
    'gave medicine',
  ],
  // Told not to tell about a surprise: "she's making her mum a birthday card and we're not allowed to tell".
  [
    new RegExp(
      String.raw`\b(?:(?:we are|we're|i am|i'm|you're|you are) )?(?:not allowed to|must not|mustn't|can't|cannot|do not|don't) tell(?: (?:anyone|anybody|her|him|them|mum|dad|the others))?\b(?<=\b(?:${SURPRISE})\b[^.!?]{0,80})|\b(?:${SURPRISE})\b[^.!?]{0,80}\b(?:do not|don't) tell (?:anyone|anybody|her|him|them)\b`,
      'g',
    ),
    'a surprise',
  ],
  // Hyperbole: "literally starving to death", "literally dying", "sick to my stomach" with nerves.
  [/\bliterally (?:starving(?: to death)?|dying|dead|died|killing (?:me|him|her)|on fire)\b/g, 'very much'],
  [/\bsick to (?:my|her|his|their|the) stomach\b/g, 'very nervous'],
  // Scored, not hit: "battered in a hat trick", "smashed one in from 30 yards".
  [
    /\b(?:battered|smashed|blasted|hammered|thumped|walloped) (?:in |home )?(?:a |an |the |his |her |their )?(?:hat[- ]?trick|goal|header|volley|penalty|pen|shot|free kick|winner|equaliser|six|boundary)\b/g,
    'scored',
  ],
  // A connection, not skin: "the internet kept cutting out".
  [
    /\b(?:internet|wifi|wi-fi|connection|signal|sound|audio|video|mic|camera|zoom|call|line|laptop|screen|power) (?:kept |keeps |was |is |were |has been )?(?:cutting|cuts|cut) out\b/g,
    'kept dropping',
  ],
  // A child's tooth, not a lost child: "lost a baby tooth".
  [
    /\b(?:lost|pulled out|wiggled out|knocked out) (?:a |his |her |their |one of (?:his|her|their) )?(?:baby |milk |wobbly |front )teeth?\b|\b(?:lost|pulled out) (?:a |his |her |their )?wobbly tooth\b/g,
    'a tooth came out',
  ],
  // Dressing up: "came as a zombie with a knife through his head", "fake blood everywhere".
  [/\b(?:fake|pretend|stage|halloween|zombie) blood\b/g, 'face paint'],
  [
    /\b(?:came|dressed|went|turned up) (?:up )?as (?:a |an |the )?(?:[\w-]+ ){0,2}(?:zombie|vampire|ghost|witch|skeleton|mummy|bride|werewolf|monster|pirate|ninja|clown|devil|grim reaper)\b(?:[^.!?]{0,40}\b(?:knife|axe|sword|arrow|blood|murdered|dead)\b)?/g,
    'came in costume',
  ],
  // A fitting for clothes is no fit  // A fitting for clothes is no fit: "the costume fitting", "her bra fitting".
  [
    /\b(?:costume|dress|bra|shoe|kit|uniform|wig|suit|wedding dress|prom dress|mask|harness|helmet|mouthguard|gum ?shield) fittings?\b|\b(?:for|at|to|after|before) (?:the|a|her|his|their|our|your) fittings?\b/g,
    'try-on',
  ],
  // Too much of a treat, not a drug: "overdosed on sugar at the bake sale".
  [
    /\b(?:overdosed|overdosing|overdose|od'?d|oded) on (?:sugar|sweets|chocolate|caffeine|cake|cakes|haribo|fizzy \w+|e-?numbers|energy drinks?|crisps|pizza|tv|telly|screen time|glitter|christmas|cuteness)\b/g,
    'ate too much',
  ],
  // A care plan's risk, not a choking child: "a choking risk", "a choking hazard".
  [/\b(?:a |the )?(?:choking (?:risk|hazard)|risk of choking)\b/g, 'a swallowing plan'],
  // Felt faint and was fine after a drink or a biscuit.
  [
    /\b(?:felt|feeling|was|went) (?:a bit |a little |slightly |really )?(?:faint|light-?headed|dizzy|wobbly)\b(?=[^.!?]{0,80}\b(?:was|is|felt|feels) (?:fine|ok|okay|better)\b)/g,
    'felt unwell',
  ],
  // Out of a competition, not unconscious: "knocked out of the cup in the first round".
  [
    /\b(?:got |were |was |been |get )?knocked out (?:of|in) (?:the )?(?:\w+ )?(?:cup|competition|tournament|league|round|quarters?|quarter-?finals?|semis?|semi-?finals?|final|group stage|heats?|contest|draw)\b/g,
    'eliminated',
  ],
  // A film, game or book named by its kind of story: "that hostage thriller", "a murder mystery".
  [
    /\b(?:hostage|murder|horror|crime|war|zombie|serial killer|slasher|gangster|heist|disaster|true crime|kidnap\w*|vampire|shooter|spy)\s+(?:thrillers?|films?|movies?|series|shows?|dramas?|documentar(?:y|ies)|games?|books?|novels?|myster(?:y|ies)|podcasts?|box ?sets?|stor(?:y|ies)|comedy|musical|play)\b/g,
    'a show',
  ],
  // History, not harm: "nan fought in the war".
  [
    /\b(?:fought|fighting|fights|fight|died|killed) in (?:the|a) (?:war|wars|world war|army|battle|trenches)\b/g,
    'served in the war',
  ],
  [
    /\b(?:off (?:sick|ill)|(?:a|the) (?:sickness|tummy|stomach) bug|(?:is|are|was|were) (?:sick|ill) (?:today|this week))\b/g,
    'absent',
  ],
  [/\bsecret santa\b/g, 'gift swap'],
  // Nerves before an ordinary event: exams, a first day, a match, a presentation, an interview.
  [
    /\b(?:nervous|scared|anxious|worried|nervy|bricking it|dreading|terrified|petrified|stressed|panicking)\b(?= (?:about|before|for|to) (?:(?:his|her|their|the|a|an|my|starting|going (?:up )?to|doing|sitting|taking|giving|meeting|presenting|sharing|performing (?:in|at))\s)?(?:[\w']+ ){0,3}?(?:exams?|mocks?|tests?|results|gcses?|a-levels|interview|first day|new school|high school|secondary|college|uni|race|match|game|final|heat|presentation|project|screen|speech|assessment|audition|performance|show|concert|recital|wedding|new befriender|new mentor|driving test|dentist|injection|jab|placement|competition|comp|gala|nationals|trip|reading|solo (?:bus|train) (?:journey|ride|trip)|(?:bus|train) journey|christmas do|works? do|party|sleepover|residential|camp|first match|grading|operation|op|appointment|results day|sports day|prom|paper|papers|maths|chemistry|physics|biology|english)\b)/g,
    'has nerves',
  ],
  // A secret that is only a surprise or a knack: "his secret weapon for spelling tests", "her secret to
  // getting up on time", "told me a secret, she's making her mum a birthday card".
  [/\b(?:his|her|their|my|the|our) secret (?:weapon|to|recipe|talent|move|trick|tip)\b/g, 'a knack'],
  [new RegExp(String.raw`\ba secret\b(?=[^.!?]{0,80}\b(?:${CELEBRATION})\b)`, 'g'), 'a surprise'],
  // Hay fever is an allergy season, not a fever; happy tears are joy; a running blade is a prosthetic.
  [/\bhay ?fever\b/g, 'hayfever'],
  [/\b(?:happy tears|tears of joy|cried with happiness)\b/g, 'was delighted'],
  [/\brunning blades?\b/g, 'prosthetic'],
  // Treated and sorted: "A&E sorted it", "the hospital patched him up".
  [
    /\b(?:a&e|a and e|hospital|the doctors?|gp|the nurse|first aider) (?:sorted|treated|checked|patched|strapped|plastered|fixed) (?:it|him|her|them|his \w+|her \w+)(?: out| up)?\b/g,
    'was treated',
  ],
  // A secret kept for a celebration: "her mum asked us to keep the cake a secret", "it's a secret, it's for his birthday".
  [
    new RegExp(
      String.raw`\b${KEPT_SECRET}\b(?=[^.!?]{0,80}\b(?:${CELEBRATION})\b)|\b(?:${CELEBRATION})\b[^.!?]{0,80}\b${KEPT_SECRET}\b`,
      'g',
    ),
    'a surprise',
  ],
  // Good news kept for its owner to tell: "told me a secret, she's got a place at college".
  [
    /\b(?:told|tell|telling) (?:me|us|you) a secret\b(?=[,:;! -]+(?:she|he|they)(?: is| has| have| are|'s|'ve)? (?:got|getting|passed|won|engaged|moving|going to (?:college|uni|university))\b)/g,
    'shared some good news',
  ],
  // A surprise kept quiet: "a secret collection for Mick's birthday", "keep his costume a secret till the party".
  [
    /\b(?:a |the |our |their |his |her )?secret (?:collection|whip-?round|party|present|gift|card|surprise|plan|mission|menu|recipe|project|dance|song)\b/g,
    'a surprise',
  ],
  // "Dying to know", "dying to see it": eager, not dying.
  [
    /\b(?:is |are |am |'s |'re |'m )?(?:literally |absolutely )?dying to (?:know|see|hear|find out|try|meet|get|go|tell|show|start|have|join|play|watch)\b/g,
    'eager to',
  ],
  // Dying of embarrassment, of laughter: strong feeling, not dying.
  [/\b(?:dying|died|die|dead) of (?:embarrassment|shame|laughter|boredom|cringe)\b/g, 'so embarrassed'],
  // A player who goes down injured in a match: a knock in sport, which first aid deals with.
  [/\b(?:went|goes|gone|going) down (?:injured|hurt)\b/g, 'got a knock'],
  // Water bombs and a game that "bombed": messy fun or a flop, not an attack.
  [
    /\b(?:water|balloon) ?bomb\w*|\bbomb(?:ed|ing)? (?:the |a |their |his |her |my )?(?:water balloon \w+|test|exam|quiz|audition|gig|interview|presentation|performance|show)\b|\b(?:absolute|total|utter) carnage\b/g,
    'messy fun',
  ],
  // "…gets defensive if you ask", "bit beyond banter if you ask me": an aside, not a supposed case.
  [/\bif (?:you|u) ask(?: (?:me|her|him|them|about (?:it|them|that)))?\b/g, 'when asked'],
  // Lost property: things left behind, not a child left.
  [
    /\blost property\b|\b(?:umbrellas?|lunch ?box(?:es)?|coats?|jackets?|bags?|water bottles?|bottles?|keys|hoodies?|jumpers?|scarf|scarves|hats?|gloves|glasses|chargers?|pencil cases?|books?|kit bags?)\b(?: (?:and|or) (?:a |an |the )?(?:[\w-]+ ){0,2}\w+)? (?:was |were |has been |have been |got )?left (?:at|in|on|behind)\b/g,
    'items found',
  ],
  // Trainers spoilt in a mishap ("spilled oil all over his new trainers"): his shoes, not a gift from someone.
  [/\b(?:on|over|all over|ruined|wrecked|scuffed|soaked|muddied) (?:his|her|their) new trainers\b/g, 'on his shoes'],
  // A planned operation, a register mark, the writer's own absence: no harm and no one missing.
  [
    /\b(?:planned|routine|scheduled) (?:[\w-]+ ){0,2}(?:op|operation|surgery|procedure|replacement)\b/g,
    'planned appointment',
  ],
  [/\b(?:showed|shows|marked|came up) (?:as )?missing on the register\b|\bmissing on the register\b/g, 'marked absent'],
  [/\b(?:i|we) (?:will|'ll|am|are|'m|'re|shall) (?:be )?missing\b/g, 'i will skip'],
  // A bone broken in an accident the message explains: "broke his arm falling off his skateboard".
  [
    /\bbroke (?:his|her|their) (?:arm|leg|wrist|ankle|collarbone|finger|toe) (?:falling|when (?:he|she|they) fell|playing|skiing|skateboarding|on (?:the|a) trampoline)\b/g,
    'had an accident',
  ],
  // Paperwork that "hasn't come back": a DBS check, references, a form.
  [
    /\b(?:dbs|dbs check|check|results?|forms?|paperwork|references?|refs|emails?|application|certificate)(?: \w+)? (?:has not|hasn't|have not|haven't|not|never) come back\b/g,
    'is still pending',
  ],
  // "Dying of hunger" twenty minutes after lunch: hungry, which the neglect signs still read.
  [/\b(?:dying|dead) of (?:hunger|starvation)\b/g, 'peckish'],
  [/\b(?:dying|dead) of (?:thirst|the heat|heat)\b/g, 'really thirsty'],
  // Planned care, not an emergency: "having her appendix out", "a hospital appointment on thursday".
  [
    /\b(?:(?:is|was|are|were) in hospital (?:for |to have |having |getting ))?(?:having|had|getting|got|has|to have|for)? ?(?:(?:his|her|their) )?(?:appendix|tonsils|adenoids|grommets|wisdom teeth|brace|cast|stitches) (?:out|removed|taken out|fitted|off)\b|\bhospital (?:appointment|check-?up|visit)\b|\b(?:a |an |his |her |their )?(?:planned|routine|small|minor) (?:operation|op|surgery|procedure)\b/g,
    'an appointment',
  ],
  // Hungry for a reason of their own: "starving cos he skipped lunch to finish his project".
  [
    /\b(?:starving|starved|famished|so hungry|really hungry)\b(?=(?: \w+){0,4} (?:because|as|since) (?:he|she|they|i) (?:skipped|missed|forgot|left|did not have time for|was too busy for) (?:(?:his|her|their|my) )?(?:lunch|breakfast|dinner|tea|snack|packed lunch)\b)/g,
    'peckish',
  ],
  // A knock from sport or play, explained and not doubted: "a massive bruise on his shin from football".
  [
    /\b(?:a |an )?(?:\w+ )?(?:bruises?|bruised \w+|black eye|graze[sd]?|cuts?|scrapes?|scratch(?:es)?|bumps?|sprain(?:ed)? \w+|twisted (?:his |her |their )?ankle|fat lip|nosebleed)\b(?: \w+){0,5} (?:from|at|in|during) (?:his |her |their |the |a |an )?(?:\w+ ){0,2}(?:football|rugby|hockey|netball|basketball|cricket|boxing|karate|judo|taekwondo|kickboxing|martial arts|wrestling|match|game|fixture|training|pe|tackle|trampoline|trampolining|bike|scooter|skateboard|climbing|gymnastics|sports?|playground|play fight|fall off (?:his|her|their) (?:bike|scooter|skateboard))\b(?![^.!?]{0,80}\b(?:but|though|although|does not add up|doesn't add up|story|not sure|do not believe|don't believe|not convinced|changed|changes|keeps changing|odd|weird|strange|worried|concerned)\b)/g,
    'a sports knock',
  ],
  // First aid given: "cleaned it and popped a plaster on" (not plasters worn to hide cuts).
  [/\b(?:popped|stuck|slapped) (?:a |some )?plasters? on\b/g, 'gave first aid'],
  // Toy weapons and play: "shot in the nerf war", "a water pistol fight".
  [
    /\b(?:(?:been|got|getting|was|were) )?(?:shot|killed|stabbed|murdered|blasted) (?:in|during|playing) (?:the |a )?(?:nerf|water|toy|foam|laser|pretend|play) ?(?:gun |pistol |sword |blaster )?(?:war|wars|fight|fights|battle|game|tag)\b|\b(?:nerf|water|toy|foam|pretend) (?:guns?|pistols?|blasters?|swords?|wars?|fights?|battles?)\b|\blaser tag\b/g,
    'a toy game',
  ],
  // Hungry before a meal: "starving by 11:45, lunch is at 12", "so hungry before tea".
  [
    /\b(?:starving|famished|so hungry|really hungry)\b(?=[^.!?]{0,60}\b(?:(?:before|until|till|by) (?:lunch|dinner|tea|breakfast|snack ?time)|(?:lunch|dinner|tea|breakfast)(?: is|'s| was) (?:at|not (?:till|until)))\b)/g,
    'peckish',
  ],
  // A medicine's side effects: "the new meds might make her drowsy".
  [
    /\b(?:might|may|can|could|will|would) make (?:him|her|them|me|you) (?:a bit |a little |quite |really |very )?(?:drowsy|sleepy|tired|dizzy|sick|nauseous|hungry|thirsty)\b/g,
    'has side effects',
  ],
  // Paperwork about a condition, not the condition happening: "new seizure protocol", "head injury letter went home".
  [
    /\b(?:seizure|epilepsy|allergy|anaphylaxis|asthma|diabetes|diabetic|head injury|first aid) (?:protocol|plan|care plan|action plan|letter|advice sheet|form|training|policy|procedure)s?\b/g,
    'care plan',
  ],
  [/\bi am literally dying\b/g, 'i am worn out'],
  // Things that collapse, go missing or are naked, and knocks and shocks of one's own: "the gazebo
  // collapsed", "the jigsaw is missing 3 pieces", "nude tights", "a naked flame", "nearly fainted
  // at the quote", "whacked my head on the door", "missing you all already".
  [
    /\b(?:gazebo|tent|marquee|shelf|shelves|shelving|table|bench|deckchair|bunk|bed|wall|ceiling|fence|sandcastle|tower|stage|structure|scaffold(?:ing)?|den|bridge|plan|deal|league|wifi|network|server|website|system|app|cake|souffle|pile|stack) (?:(?:has|had|just|completely|totally) )?collaps(?:ed|ing|es)\b/g,
    'fell down',
  ],
  [
    /\b(?:jigsaw|puzzle|kit|box|set|game|pack|deck|book|register|form|file|folder|document|page|piece|sock|glove|shoe|boot|trainer|coat|jacket|bag|phone|key|keys|lid|button|cable|charger|remote|ball|bib|cone|pen|pencil|laptop|ipad|tablet|item|money|cash|receipt|parcel|delivery|package|order|lanyard|badge|card|stapler|scissors|paperwork|medal|trophy)s? (?:is|are|was|were|has gone|have gone|went|has been|have been) (?:still )?missing\b|\bmissing (?:\d+|a few|some|two|three|four|five) (?:pieces|parts|bits|pages|cards|pens|pencils|chairs|tables|bibs|cones|balls|forms|signatures|items|questions|answers|letters|words|days)\b|\bmiss(?:ing)? (?:you|you all|u|u all|everyone|everybody|you guys|the group|the gang) (?:already|loads|lots|so much|a lot|all)?\b/g,
    'mislaid',
  ],
  [
    /\bnude (?:tights|colou?r(?:ed)?|shade|heels|shoes|lipstick|lippy|make-?up|leotards?|tones?|bra|palette|nail polish|varnish)\b/g,
    'skin-tone clothing',
  ],
  [/\bnaked (?:flames?|lights?|eye)\b/g, 'open flame'],
  [
    /(?:\b(?:i|we) |^)(?:nearly|almost|practically) (?:fainted|died|collapsed|passed out|had a heart attack|choked)\b/g,
    'i was shocked',
  ],
  [
    /\b(?:whacked|banged|bumped|hit|smacked|cracked|stubbed|knocked) my (?:head|knee|elbow|arm|toe|leg|shin|hand|finger|funny bone)\b(?= (?:on|against|into) )/g,
    'knocked myself',
  ],
  [
    /\b(?:so |really |very |super |absolutely )?(?:hungry|starving|famished|ravenous)\b(?= (?:after|from) (?:the |a |their |our )?(?:hike|walk|match|game|training|swim|swimming|session|run|race|football|rugby|pe|climb|bike ride|day out|trip|activity|activities|practice|workout|dance|gala|tournament))/g,
    'peckish',
  ],
  [
    /\bcut(?:ting)? out (?:(?:the|some|paper|card|felt|fabric|more) )*(?:shapes|snowflakes|pictures|letters|stars|hearts|templates|pieces|circles|squares|triangles|masks|crowns|leaves|flowers|bunting|paper|card)\b/g,
    'crafting',
  ],
  // A topic taught or discussed, not a harm happening: "a piece on knife crime for the youth
  // council", "looking at the rise of the far right in the 1930s".
  [
    /\b(?:session|lesson|piece|project|workshop|talk|assembly|topic|unit|debate|essay|presentation|documentary|campaign|module|resources?|videos?|leaflets?|posters?|display|quiz|film) (?:on|about|around|covering|tackling|raising awareness of) (?:how |why )?(?:the )?(?:dangers of |rise of (?:the )?|history of |effects of )?(?:isis|the taliban|al[- ]qaeda|the ira|the suffragettes|suffragettes|the holocaust|ww2|world war (?:one|two|1|2|i|ii)|the blitz|knife crime|gun crime|the far right|far right|fascism|the nazis|extremism|radicalisation|terrorism|county lines|grooming|online safety|bullying|cyberbullying|consent|healthy relationships|fgm|forced marriage|domestic abuse|racism|self-harm|self harm|suicide prevention|drugs|vaping|alcohol|knife awareness)\b|\b(?:looking at|learning about|studying|researching|discussing|reading about) the (?:rise|history|causes) of (?:the )?(?:far right|fascism|the nazis|extremism|terrorism)\b/g,
    'an educational topic',
  ],
  // A break or fracture from sport or play, explained: "broke his wrist at the skatepark on sunday".
  [
    /\bbr(?:oke|oken) (?:his|her|their) (?:wrist|arm|leg|ankle|finger|toe|collarbone|elbow|thumb|foot|nose)\b(?= (?:\w+ ){0,2}(?:at|on|playing|in|doing|during) (?:the |a |his |her |their )?(?:skatepark|skate park|trampoline park|trampoline|park|football|rugby|hockey|netball|cricket|match|game|training|bike|scooter|skateboard|climbing|gymnastics|pe|playground|swings?|slide|holiday|ski(?:ing)?|snowboard(?:ing)?|horse riding|horse))/g,
    'had a sports injury',
  ],
  // Cutlery and craft tools: "a knife and fork in her lunchbox", "knife skills in cookery".
  [
    /\b(?:knife and fork|knives and forks|knife, fork|butter knife|bread knife|table knife|plastic knife|craft knife|palette knife|cutlery knife|knife skills|knife block)\b/g,
    'cutlery',
  ],
  [/\bdrowning in (?:paperwork|work|emails|admin|marking|forms|washing|laundry|reports)\b/g, 'very busy'],
  [/\b(?:is|are) (?:actually |literally |absolutely )?killing (?:me|us)\b/g, 'is hard work'],
  [
    /\bmissing (?:the|this|next|tomorrow's|tonight's|(?:mon|tues|wednes|thurs|fri|satur|sun)day's) (?:trip|session|match|game|training|practice|lesson|class|club|party|show|meeting|outing|concert|fixture|tournament|disco)\b/g,
    'not coming to the event',
  ],
  // Work not handed in or kit left at home: "missing coursework", "missing her pe kit" (not missed lessons, which can be a sign).
  [
    /\bmissing (?:(?:his|her|their|the|some|a|an|any|my|last week's|this week's|two|three|a few|a couple of) )?(?:bits of |pieces of )?(?:coursework|homework|assignments?|essays?|deadlines?|worksheets?|(?:pe |sports |swim |football )?kit|uniform|paperwork|(?:consent |permission )?forms?|signatures?|work)\b/g,
    'not handed in',
  ],
  [
    /\b(?:phone|battery|laptop|wifi|wi-fi|internet|printer|ipad|tablet|charger|projector|speaker|mic|microphone|car|van|minibus)(?: is| has| was|'s|s)? (?:dead|died|dying)\b/g,
    'not working',
  ],
];

/**
 * Everyday English for a good outcome or a good time ("all fine", "right as rain", "loved the
 * session"): read by the learned model only, never to overrule a sign of harm.
 */
export const reassuranceCues = r(
  String.raw`\b(?:all (?:fine|good|ok|okay|sorted)|no harm done|was treated|then (?:was|were|seemed|is|was totally|seemed totally) (?:fine|ok|okay|alright|all right|grand|happy|back to normal)|(?:seemed|seems|was|is) (?:fine|ok|okay|alright|all right|happy|grand) (?:about|with) it|walked it off|shook it off|right as rain|(?:was|is|seems|seemed) (?:grand|fine|ok|okay|happy|alright|all right) (?:after|again|now)|back (?:playing|to normal|in class|to (?:his|her|their) (?:usual|normal))|(?:loved|enjoyed|loves|enjoys) (?:the|it|every|our|this)|had (?:a|the) (?:lovely|great|brilliant|fab|fantastic|amazing|best)|(?:the )?best (?:chat|day|session|time)|so proud|well done|went down a storm|buzzing|great session|lovely (?:afternoon|morning|day|session)|gave first aid|first aid (?:given|done)|no symptoms|shook hands|made up (?:straight away|after|again)|(?:carried|went) on (?:with )?(?:the |their )?(?:game|playing)|back to (?:the )?game|accident (?:form|book|report|slip|sheet)s? (?:done|filled(?: in| out)?|completed|signed|in|logged|submitted|sent)|ice pack (?:done|on|applied)|(?:filled in|filled out|did|done|completed) (?:an |the )?accident (?:form|book|report|slip|sheet))\b`,
);

/**
 * The writer's own word that the person is glad, or that it ended well ("she seemed
 * genuinely upbeat", "he was grinning by the end", "good tears", "it's all amicable", "he's doing
 * great"): everyday English for a good outcome, read as `reassuranceCues` is. Never "fine" or
 * "ok", which someone at risk says of themselves ("insists she's fine"), nor "loves" or "likes"
 * (words a groomer's message may hold); never what they are said to say.
 */
export const goodOutcomeCues = r(
  String.raw`(?<!\b(?:says?|said|insists?|insisted|claims?|claimed|tells? (?:me|us|everyone)|told (?:me|us|everyone)) )\b(?:he|she|they) (?:is|was|are|were|seems?|seemed|looked|looks) (?:so |really |genuinely |totally |absolutely |very |honestly )?(?:upbeat|chuffed|thrilled|buzzing|delighted|grinning|beaming|over the moon|doing great|loving it)\b|\bseem(?:s|ed)? (?:genuinely |really |totally |absolutely )?(?:upbeat|chuffed|thrilled)\b|\b(?:good|happy) tears\b|\btears of joy\b|\bamicabl[ey]\b|\bstill (?:good )?(?:friends|get on|gets on)\b|\b(?:perked|cheered|brightened) up\b|\b(?:he|she) is (?:lovely|brilliant|a star|a legend)\b|\bdoing (?:great|brilliant|really well|so well|amazingly)\b|\bit is (?:all )?(?:routine|sorted)\b|\bso excited\b|\b(?:he|she|they) will (?:survive|live)\b|\bcalmed down (?:after|in|within|by)\b`,
);

/**
 * An injury written up as an accident ("logged in the accident book", "is the accident form
 * enough?"): the record first aiders keep of knocks and falls, not of concerns. Not when the
 * message says it is missing from the record ("not in the accident book").
 */
export const accidentRecord =
  /\baccident (?:book|form|report|slip|sheet|log|record)s?\b|\b(?:first aider|ice pack|plaster on|cold water|under the (?:cold )?tap|no blister|nothing broken|antiseptic)\b.{0,80}\b(?:recorded|logged|written up|on the form|in the book)\b/;
/**
 * An injury or a faint told as an accident and dealt with: how it happened ("fell off his mountain
 * bike", "on the trampoline", "in the heat") and who saw to it ("A&E said it's a fractured wrist and
 * mum was with him", "logged it, mum picked her up"). Read with `injuryDoubted`.
 */
export const injuryDealtWith =
  /\b(?:burn(?:ed|t)|scald(?:ed)?|nicked|grazed)\b[^.!?]{0,40}\b(?:on|with|from) (?:the |a |his |her |their )?(?:\w+ )?(?:coffee machine|oven|kettle|iron|hob|grill|toaster|glue gun|knife|scissors|saw|mixer|fryer|tray|pan)\b[\s\S]{0,200}\b(?:cold water|under the (?:cold )?tap|accident book|first aid|plaster|logged|mum knows|dad knows|no blister)\b|\ba tooth came out\b|\b(?:fell|fallen|falling|tripped|slipped|came off|come off|crashed|collided|landed)\b[^.!?]{0,60}\b(?:bike|scooter|skateboard|trampoline|climbing frame|monkey bars|wall|stairs|horse|pony|pitch|court|tackle|garden|ice|party|playground|swing|slide)\b[\s\S]{0,200}\b(?:a&e|a and e|hospital said|doctor said|gp said|in a cast|cast on|in a sling|splint|mum (?:took|was with|picked|knows|came)|dad (?:took|was with|picked|knows|came)|first aid|logged|accident book|all (?:set|sorted|fine))\b|\b(?:broke|broken|fractured|sprained)\b[^.!?]{0,40}\b(?:on|at|in|during|playing|doing) (?:the |a |his |her |their )?(?:\w+ )?(?:trampoline|bike|ride|match|game|training|tackle|party|holiday|skiing|climbing|gymnastics|football|rugby|netball)\b[\s\S]{0,200}\b(?:a&e|hospital|cast|sling|splint|mum|dad|all (?:set|sorted|fine))\b|\b(?:fainted|felt faint|went dizzy|passed out)\b[^.!?]{0,60}\b(?:in the heat|skipped (?:breakfast|lunch)|hadn't eaten|not eaten|standing too long|giving blood|at the sight of)\b[\s\S]{0,200}\b(?:right as rain|fine|better|okay|ok|picked (?:her|him|them) up|logged)\b/;

/** Doubt about how an injury happened: then it is not dealt with, whatever was done. */
export const injuryDoubted =
  /\b(?:does not add up|doesn't add up|not sure (?:i |we )?believe|don't believe|do not believe|story (?:keeps )?chang\w*|different stor\w*|not convinced|wouldn't say how|won't say how|would not say how|will not say how|again\b|another one|third time|second time|keeps (?:having|getting|turning up))/;

export const accidentNotRecorded =
  /\b(?:no|not|never|nothing|without|is not|was not|are not|were not|has not|have not|did not|none)\b(?: [\w']+){0,4} (?:the |an |any )?accident (?:book|form|report|slip|sheet|log|record)s?\b/;

/**
 * The writer says outright it is no safeguarding matter ("not a safeguarding thing but…", "no
 * safeguarding concerns, just…"). Not "not sure if it is a safeguarding thing".
 */
export const saidNotSafeguarding =
  /(?<!\b(?:sure|know|certain|clear) (?:if|whether) (?:it is |this is |that is )?)\b(?:not a safeguarding (?:thing|issue|concern|matter|question|one)|no safeguarding (?:concerns?|issues?|worries)|nothing (?:to do with )?safeguarding)\b/;

/**
 * Chat laughter: "lol", "haha", a laughing emoji. Written beside a threat to kill ("his mum's going
 * to kill him for losing his coat lol") it marks the idiom, not a threat. Not "jk" or "joking": a
 * young person may say that right after telling something real.
 */
export const chatLaughter =
  /\b(?:lol|lmao|lmfao|haha\w*|hehe\w*|creased up|in stitches|crying laughing|laughing (?:their|our|my) heads off|(?:both|all) (?:of (?:them|us) )?(?:laughing|giggling))\b|\u{1F602}|\u{1F923}|\u{1F606}|\u{1F605}/u;

/** The threat words of the idiom: "going to kill him", "will murder her". */
export const killIdiomWords = /\b(?:kill|murder)\b/g;

/**
 * Looser ways of asking for something to be kept quiet ("keep it to yourself", "don't say
 * anything", "not a word to my mum"). Everyday news is kept quiet the same way ("don't say anything
 * yet, she wants to announce it"), so these count only beside a sign of harm, and as a feature of
 * the learned model.
 */
export const hushCues = r(
  String.raw`\bkeep (?:it|this|that|things|everything) (?:to (?:yourself|myself|ourselves)|quiet|hush|on the down ?low|under wraps|between (?:ourselves|us|you and me))\b|\b(?:do not|never|not to) (?:say (?:anything|a word|owt)|mention (?:it|this|that|anything)|let (?:anyone|anybody|on|(?:him|her|them|my \w+) know)|report (?:it|this|that|him|her)|grass|snitch|repeat (?:it|this|that))\b|\bnot a word (?:to|about)\b|\b(?:can|could|will|would) (?:you|u) not (?:mention|say|tell|report|repeat|pass (?:it|this) on)\b|\b(?:stay|remain|be kept) (?:between (?:ourselves|us|you and me)|secret|private|quiet)\b|\bhas to (?:stay|be) (?:a )?secret\b|\b(?:swear|swore|promise|promised) (?:that )?(?:i|you|u) (?:would not|will not|wouldn't|won't) (?:tell|say)|\bmade (?:me|him|her|them) (?:swear|promise)\b|\bonly tell (?:you|u) if\b|\boff the record\b|\b(?:nobody|no one|no-one) (?:can|must|is allowed to|is meant to) (?:find out|know)\b|\b(?:do not|does not) want (?:anyone|anybody|people|them|(?:my|his|her) \w+)(?: else)? to (?:know|find out)\b`,
);

/** Happening now: with any sign of harm, the emergency line goes first. */
export const immediacyCues: readonly RegExp[] = [
  // On a live call with the young person now: "i've got him on my mobile".
  r(
    String.raw`\b(?:i've got|i have got|i have|got|keeping|i'm keeping|i am keeping) (?:him|her|them) on (?:the |my |a )?(?:phone|line|mobile|call|video call|zoom)\b|\bon the (?:phone|line) (?:with|to) (?:him|her|them) (?:now|right now|still)\b`,
  ),
  // Someone trying to get through the door of the room a young person is hiding in.
  r(
    String.raw`\b(?:is|are|'s|s) trying to (?:get|break|kick|force) (?:the |my |her |his )?door (?:open|down|in)\b|\b(?:is|are|'s|s) trying to get (?:in|into) (?:my|her|his|the) (?:room|bedroom)\b`,
  ),
  // A scream or a bang and the call cut off.
  r(
    String.raw`\b(?:screamed|screaming|a bang|a crash|a thud)\b.{0,40}\b(?:call|line|zoom|video|camera) (?:dropped|cut (?:off|out)|went (?:dead|off)|ended)\b`,
  ),
  // Alone since yesterday not knowing where the parent is; goodbye letters written; off to meet someone met online.
  r(
    String.raw`\b(?:by (?:himself|herself|themselves)|on (?:his|her|their) own|alone) since (?:yesterday|last night|this morning|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b|\b(?:does not|doesn't|did not|didn't) know where (?:his|her|their) (?:mum|mam|dad|parents|carer) (?:is|are|was|were)\b|\b(?:written|wrote|left) (?:my|his|her|their) (?:letters|goodbye (?:letters?|notes?))\b|\bthis is my last (?:lesson|session|day|class|message)\b|\bto (?:\w+ ){0,3}(?:meet|live with|stay with) (?:someone|a man|a guy|him|her) (?:she|he|they) met online\b`,
  ),
  // Missing now: not seen for days, nobody knows where they are, gone with someone the family does not know.
  r(
    String.raw`\b(?:not|nobody has|no one has|has not been|have not been|hasn't been|haven't been) (?:been )?seen (?:him|her|them )?(?:for|since)\b|\bno idea where (?:she|he|they) (?:is|are|has gone|have gone|is sleeping|is staying|are staying)\b|\b(?:left|went|gone|picked up|collected|taken) (?:\w+ ){0,3}(?:by|with) (?:a |an |some )?(?:man|woman|stranger|adult|someone|person|cousin|uncle|aunt|friend)\b.{0,60}\b(?:(?:does not|do not|did not) (?:know|have|recognise)|no (?:idea|cousins?|uncle|aunt))`,
  ),
  r(
    String.raw`\b(?:right now|just now|currently|at the moment|as we speak|happening now|is happening|still on (?:the )?(?:call|zoom|teams|camera)|in progress|urgent|urgently|asap|emergency|help me|need help now)\b`,
  ),
  r(
    String.raw`\b(?:going to|about to|threatening to|planning to|will) (?:jump|kill|cut|hurt|end|stab|shoot|hang|drown|overdose|take (?:all |an overdose|a load of |(?:his|her|their|my) (?:\w+ )?(?:pills|tablets|meds|medication)))\b|\b(?:has|is|have) (?:just )?(?:taken|swallowed)\b|\b(?:will not|won't) come out\b|\b(?:cannot|can not|could not) (?:get hold of|reach|contact) (?:him|her|them)\b|\bon the (?:roof|bridge|ledge|edge|railway|tracks)\b|\blocked (?:himself|herself|themselves) in\b|\bwith a (?:knife|blade|razor|razor blade|rope)\b`,
  ),
  r(
    String.raw`\b(?:\d+|a few|a couple of|couple of|two|five|ten|fifteen|twenty) ?(?:mins?|minutes) ago\b|\b(?:messaged|sent|posted|texted|wrote|put|dm'?d) (?:\w+ ){0,4}(?:goodbye|bye) (?:to )?(?:everyone|everybody|all of you|you all|forever)\b|\bjust (?:drove|driven|went|gone|left|ran|run|walked|wandered|cycled|got in(?:to)?|taken|took) (?:off|away|out|a car|(?:his|her|their|the|a) car)\b|\bjust (?:punched|hit|slapped|kicked|stabbed|attacked|assaulted|headbutted|strangled|choked|pushed|thrown|collapsed|fainted|passed out|stopped breathing)\b|\b(?:is|are) (?:lying )?(?:on the (?:floor|ground)|bleeding|unconscious|fighting|being (?:attacked|beaten|hit))\b|\b(?:is|are) trying to (?:keep|hold|pull|stop|restrain|calm) (?:\w+ ){0,2}(?:back|off|apart|down)\b|\bstill (?:somewhere )?(?:on site|on the premises|in the building|here|outside)\b|\boutside (?:his|her|their|the) (?:house|home|door|building|hall|centre|club|school) (?:right )?now\b`,
  ),
  // Harm being done as the message is written: "he is kicking him", "is in the car park shaking her".
  r(
    String.raw`\b(?:is|are|'s) (?:\w+ ){0,5}(?:kicking|hitting|punching|shaking|strangling|choking|beating|attacking|dragging|touching|grabbing|shoving|slapping|stabbing|chasing|threatening|filming|undressing) (?:\w+ )?(?:${PRONOUN}|${POSSESSIVE}|[a-z]+'s|one of|a |the |someone|everyone|people)|\b(?:have|has|'s|is) got (?:\w+ ){1,2}(?:pinned|pushed up|held (?:up|down)|cornered)\b|\bpinned (?:\w+ ){0,2}(?:down|on the|to the|against)\b|\btrying to (?:get|take|grab|lure|drag|pull|persuade) (?:\w+ ){0,4}(?:to come|into|in(?:to)? (?:his|her|their|the|a) (?:car|van)|to go with|away)\b|\btrying to (?:take|snatch|grab) (?:him|her|them|(?:his|her|their) (?:son|daughter|child|kid|boy|girl))\b|\b(?:there'?s|there is|can hear) (?:\w+ ){0,3}(?:shouting|screaming|smashing|banging|crashing|fighting) (?:\w+ ){0,3}(?:behind|in the background|going on|in the house|at home)|\bthere(?:'s| is) (?:a|an|some) (?:man|woman|guy|bloke|adult|stranger|lad|men) (?:\w+ ){0,4}(?:at|by|outside|near|in) the (?:fence|gate|door|window|play ?area|car ?park|entrance|toilets?|changing rooms?)\b`,
  ),
  // About to happen: someone on their way, waiting outside, due at a time today, a plan for tonight.
  r(
    String.raw`\bon (?:his|her|their|my) way\b|\b(?:is|are|'s) (?:sat|sitting|waiting|parked|stood|standing) (?:\w+ ){0,3}(?:outside|in the car|at the (?:gate|door|fence|entrance))|\b(?:coming|come) (?:back |down |round |over |up )?(?:here |there )?(?:for|to get|to collect|to pick up|to find|to sort) (?:${PRONOUN}|${POSSESSIVE})|\b(?:will|'ll) be here (?:at|in|soon|any minute)|\bjust (?:pulled|turned|rocked|arrived|shown) up\b|\b(?:is|are|'s) (?:just )?about to (?:get|go|leave|be|meet)\b|\b(?:tonight|this evening|later today|after (?:club|school|college|the session))\b|\b(?:picking|collecting) (?:${PRONOUN}|${POSSESSIVE} \w+) up (?:today|tonight|at|later)|\bmeeting (?:${PRONOUN}) (?:at|in|outside|tonight|later)|\bin (?:(?:\d+|a few|two|five|ten|fifteen|twenty) ?(?:mins?|minutes)|half an hour|an hour)\b`,
  ),
  // Someone cannot be reached: no answer, phone off, gone to voicemail.
  r(
    String.raw`\b(?:no answer|not answering|(?:not|never) picking up|phone(?:'s| is)? (?:off|dead|switched off)|(?:goes|went|going) (?:straight )?to voicemail|left the (?:call|meeting|zoom|room|building|site) and)\b`,
  ),
  // Someone trying to get at a child or holding one, now: at the door trying to get in, banging on
  // the door, out looking for them, not letting her out, outside her house.
  r(
    String.raw`\b(?:at|outside|banging on|kicking|trying to (?:get|break) in(?:to)?) (?:the |her |his |their |our )?(?:front |back )?(?:door|window|house)\b.{0,30}\b(?:trying to get in|shouting|banging|won't leave|will not leave)|\b(?:banging|hammering|kicking) on (?:the |her |his |their |our )?(?:front |back )?(?:door|window)s?\b|\btrying to (?:get|break) in\b|\b(?:is|are|'s) (?:out )?looking for (?:him|her|them)\b.{0,40}\b(?:with a|knife|bat|weapon|angry|furious|drunk)|\b(?:will not|won't|wont|doesn't|does not) let (?:him|her|them|me) (?:out|go)\b|\b(?:he|she|they)(?: is|'s| are|'re) (?:outside|at) (?:his|her|their|the) (?:house|home|door|school|flat|gate)\b|\b(?:is|are|'s) in the (?:foyer|car park|reception|hall|building|corridor) (?:\w+ ){0,3}(?:shouting|screaming|threatening|drunk|banging)|\bturned up (?:\w+ ){0,3}(?:drunk|shouting|threatening|saying (?:he|she)(?:'s| is) taking)`,
  ),
  // About to do harm: about to drive drunk, to take a child; a plan for suicide with a time or the means.
  r(
    String.raw`\b(?:is|are|'s) (?:just )?about to (?:drive|take|get in|set off)\b|\b(?:has|have|got|'s got) (?:a date|a plan|a time|a day) (?:in mind|set|planned|for it)|\b(?:saving|stockpiling|hoarding|collecting|hiding) (?:up )?(?:[\w']+ ){0,2}(?:tablets|pills|meds|medication|paracetamol)|\b(?:will not|won't) be (?:here|around|alive) (?:by|for|next|tomorrow|much longer|after)|\blooking up (?:ways|how) to (?:kill|die|end)`,
  ),
  // A young child left alone, or found wandering: a baby in a hot car, toddlers home alone.
  r(
    String.raw`\b(?:baby|babies|toddlers?|infants?|little ones|[1-6] ?(?:year old|yr old|yo)s?)\b.{0,60}\b(?:on (?:their|his|her) own|by (?:them|him|her)sel(?:f|ves)|alone|unattended|left)\b.{0,40}\b(?:car|house|flat|home|dark|road|boiling|roasting|windows up)\b|\b(?:mum|mom|dad|parents?|carers?)(?:'s| has| have| is| are)? (?:been )?(?:gone|away|not (?:been )?home) (?:for )?(?:a few |several |two |three |\d+ )?(?:days|nights|weeks?)\b|\b(?:went|gone) (?:abroad|away) and left (?:him|her|them)\b|\b(?:does not|doesn't|do not|don't) know where (?:she|he|they) (?:is|are)\b|\bwandering (?:by|on|near|along|down) (?:the |a )?(?:main )?(?:road|street|motorway|river|canal)|\b(?:nobody|no one|no-one)(?: is|'s)? answering\b`,
  ),
];

/**
 * A young person thought missing and found safe ("…turned up 20 mins later, all fine", "went awol but
 * was just having a fag round the back"): the worry is over.
 */
export const foundSafe = r(
  String.raw`\b(?:turned up|turns up|was found|were found|been found|found (?:him|her|them)|came back|come back|got home|arrived home|is home|was home|is back)\b.{0,60}\b(?:all fine|all ok|all good|fine|safe and well|safe|okay|ok|no harm done|false alarm|panic over)\b|\b(?:but|and) (?:he|she|they) (?:was|were) just (?:in|at|having|with|outside|round|hiding|playing|in the|on (?:his|her|their) phone)\b|\bfalse alarm\b`,
);

/** A pattern or a past episode rather than something happening now ("keeps going missing"). */
export const habitualCues: readonly RegExp[] = [
  r(
    String.raw`\b(?:keeps|kept|used to|often|sometimes|regularly|always|again and again)\s+(?:\w+\s+){0,2}(?:going missing|gone missing|running away|run away|missing|disappearing|staying out)\b|\b(?:has |have )?been (?:going missing|running away|running off|disappearing|staying out)\b|\b(?:going missing|goes missing|went missing|runs away|ran away|stays out|stayed out)\b.{0,40}\b(?:a lot|every (?:weekend|week|night|time)|often|regularly|sometimes|a few times|several times|in the past|last (?:year|month|term|summer|week)|lately|recently)\b`,
  ),
];

/** A hypothetical ("if a child ever tells me…", "suppose someone…"): a report inside it is no report. */
export const hypotheticalFraming = r(
  String.raw`\b(?:if|when|in case|suppose|supposing|say) (?:a|an|any|one of (?:the|our)|someone|somebody|anyone|i|we|you|the) (?:(?:[\w-]+ )?(?:${CHILD}|person|adult|adult at risk|vulnerable adult|service user|volunteer|parent|carer|member of staff))?\s*(?:ever )?(?:tells?|told|discloses?|disclosed|reports?|says?|said|mentions?|comes? to|came to|is|are|was|has|had|suspects?|thinks?|thought|finds?|sees?|notices?|gets?|wants?|asks?|shows?|showed|sends?|sent|messages?|messaged|seems?|looks?|appears?|starts?|becomes?|goes|does)\b`,
);

/** Said outright to be hypothetical ("hypothetically, if…", "in theory"): nothing in it is a report. */
export const statedHypothetical = r(
  String.raw`\b(?:hypothetically|hypothetical|in theory|theoretically|for (?:the|a) (?:training|scenario|quiz|role ?play)|training (?:course |day |session )?(?:scenario|exercise|case study|role ?play)|(?:scenario|case study|role ?play) (?:for|from|in) (?:the |our |tonight'?s? |today'?s? )?(?:training|course|session|induction|workshop))\b`,
);

/**
 * What a course taught ("on the course they said if you notice a bruise…"): guidance repeated, not a
 * case, when nothing else in the message reports one.
 */
export const courseTaught = r(
  String.raw`\b(?:on|at|in|during) the (?:\w+ )?(?:course|training|induction|webinar|workshop|refresher)\b,? (?:they|the trainers?|the tutor|the facilitator|the speaker|the presenter|it) (?:said|says|told us|taught us|mentioned|explained|showed us)\b`,
);

/** Told from the news ("news says there was a stabbing in town last night", "it was in the paper"). */
export const newsReport = r(
  String.raw`\b(?:the |local |national |bbc |itv |sky |evening )?(?:news|paper|papers|radio|headlines?|news article|article) (?:says?|said|reported|reports|reporting|is saying|are saying|is reporting|had a (?:story|piece))\b|\b(?:in|on) the (?:local )?(?:news|paper|papers|radio)\b|\b(?:news|bbc|itv|sky) (?:story|report|piece) (?:about|on)\b`,
);

/**
 * Said to be for preparing guidance or training ("making a checklist", "putting together a crib
 * sheet", "need to brief new tutors", "just so I know the process"): a case it describes is one
 * supposed, when nobody in particular is named (see `individualPerson`).
 */
export const preparingMaterial = r(
  String.raw`\b(?:making|make|putting together|put together|writing|write|drafting|draft|updating|update|preparing|prepare|prepping|prep|designing|creating|building|planning) (?:up )?(?:a |an |the |our |some |my )?(?:[\w-]+ )?(?:checklist|crib sheet|cheat sheet|flow ?chart|faqs?|briefing|handout|poster|leaflet|slides|presentation|induction|session plan|lesson plan|quiz|scenarios?|script|template|training (?:session|pack|slides|materials?|course))\b|\b(?:brief|briefing|prep|prepping|induct|inducting) (?:the |our |my |new |all (?:the )?|some )?(?:new )?(?:team|staff|tutors|volunteers|coaches|leaders|mentors|befrienders|helpers|trainees|starters)\b|\bjust so (?:i|we) know (?:the|what|who|how)\b|\b(?:it is |this is |it's |asking )?for (?:the|our|a|my) (?:\w+ ){0,2}(?:q ?& ?a|q and a|faqs?|handbook|crib sheet|cheat sheet|info sheet|fact sheet|briefing|induction pack|training pack|training slides|quiz|newsletter)\b`,
);

/**
 * The framing of a question about policy or procedure rather than a report: "what's the policy on
 * reporting abuse?", "who is the DSL?", "if a child discloses, what do I do?". A report wins over
 * these when the message also describes something that happened to someone in particular.
 */
/** Words about policy and procedure: a framing of their own, weaker than a question's form. */
export const policyWords = r(
  String.raw`\b(?:policy|policies|procedure|procedures|guidance|handbook|flow ?chart|training|course|rules|dbs|safeguarding lead|dsl|designated|first aid|risk assessment|consent form|code of conduct|duty|mandatory|requirement|responsibilit\w*|practitioners|awareness|lesson|workshop|slides|assembly|resources|leaflets?|posters?|illegal|legal|the law)\b`,
);

/**
 * A question about a kind of harm in general, not about anyone: "is neglect something we report?",
 * "does domestic abuse count as…", "what should go in an incident report", "at what point does it
 * become neglect", "what does grooming look like with adults", "are students allowed to…". It frames
 * the message only when nobody in particular is in it (see `individualPerson`).
 */
export const generalQuestionFraming = r(
  String.raw`^what (?:is|are|'s|does|do) (?:a |an )?(?!going on|wrong|up|happening|happened|the matter)[a-z -]{3,40}?(?: mean| and how\b.*| and what\b.*)?\?$|^(?:generally speaking|in general|as a general rule|just wondering|out of interest|for future reference)\b|^(?:is|are) (?:[\w'-]+ ){1,3}(?:something|a thing|an issue|a safeguarding (?:issue|matter|concern|thing)|covered|included|mentioned|part of|a (?:bigger |higher |real |big |particular )?risk)\b|^(?:does|do|would|could|can|is|are) (?:[\w'-]+ ){1,6}(?:count as|counts as|classed as|class as|considered)\b|\bwhat (?:should|do|would|must) (?:go|be put|be included|we (?:teach|cover|include|say|put|write)) (?:in|about|into|on)\b|^(?:are|can|do|may) (?:the |our )?(?:students|kids|children|members|learners|young people|pupils|participants|players|trainees|apprentices) (?:allowed|able|permitted|meant|supposed)\b|\bat what point\b|\bwhat (?:does|do) (?:[\w'-]+ ){1,3}look like\b`,
);

/** Someone in particular: a name (read separately), an age, "one of ours", "a girl in my group". */
export const individualPerson = r(
  String.raw`\(\d|\b\d{1,2} ?(?:year old|yr old|yo|y\/o)\b|\bone of (?:my|our|the|ours|mine)\b|\b(?:a|this|that) (?:girl|boy|lad|kid|child|member|learner|student|young person|participant|player|trainee|apprentice) (?:in|from|at|on|of) (?:my|our|the)\b|\b(?:my|our) (?:niece|nephew|son|daughter|neighbour)\b`,
);

export const policyFraming: readonly RegExp[] = [
  r(
    String.raw`^(?:(?:is|are|does|do|did) (?:the|our|this|that|a|an|any|there)\b|what(?: is|'s)? (?:the |our |your )?(?:minimum |maximum |legal |youngest |lowest |upper |age )?(?:policy|procedure|process|guidance|rule|rules|protocol|law|age|limit|plan (?:if|when|for))|what does (?:the|our) (?:policy|procedure|guidance) say|(?:is|are) there (?:a|any) (?:policy|procedure|guidance|training|rules?)|do (?:we|i|you) (?:have|need|get)|does (?:the|our) (?:policy|procedure)|where (?:is|are|can i find|do i find|(?:do|should|can|would) (?:i|we) (?:log|record|report|write|put|send|upload|flag|note|file))|who(?: is|'s| are) (?:the|our|my)|who (?:do|should|can|would) (?:i|we) (?:tell|report|contact|ask|speak|talk|go|call|ring|phone|email|text)|how (?:do|should|can|would|often|long|much|many) |when (?:do|should|must|can) (?:i|we)|can (?:i|we|you|staff|volunteers|parents|leaders|coaches)|could (?:i|we)|am i (?:allowed|supposed|meant|expected|required|ok)|are (?:we|staff|volunteers|leaders|coaches|befrienders|tutors|helpers|trustees|mentors|drivers|escorts|carers|parents) (?:allowed|supposed|meant|expected|required|trained)|is (?:it|there) (?:ok|okay|alright|allowed|fine|a rule|a policy)|should (?:i|we|staff|volunteers)|must (?:i|we)|what (?:should|do|must|would) (?:i|we) do (?:if|when|about)|what (?:should|do|would) (?:i|we) (?:say|tell|reply)|can (?:a|an|the|our) (?:[\w-]+ ){0,2}(?:helpers?|volunteers?|parents?|coach(?:es)?|leaders?|staff|adults?|trustees?|drivers?|tutors?|mentors?)\b|what happens (?:if|when)|what training|what counts as|what(?: is|'s) the difference between|what (?:are|is) (?:the )?signs)`,
  ),
  // Asking how to respond: "what's the right thing to say?", "what's the right response?".
  r(
    String.raw`\bwhat(?:'s| is) the (?:right|best|correct|proper) (?:thing to (?:say|do)|way to (?:respond|handle|deal|reply)|response|answer|procedure|thing)\b`,
  ),
  hypotheticalFraming,
  statedHypothetical,
  policyWords,
];
