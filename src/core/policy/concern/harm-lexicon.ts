import type { ConcernKind } from './concern-kinds.ts';
import {
  BODY,
  CHILD,
  DOOR_FORCED,
  FAMILY,
  MISSABLE_THING,
  POSSESSIVE,
  PRONOUN,
  r,
  WEEKS_OUT_OF_EDUCATION,
} from './lexicon-words.ts';

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

/** Forced marriage: to be married abroad, or made to marry. */
export const forcedMarriage = r(
  String.raw`\b(?:being|getting|be|get) married off\b|\bmarr(?:y|ying|ied) (?:her|him|them|me) off\b|\b(?:hide|hiding|hidden|taken|took|keeping|kept|confiscat\w*|keep|got|has|have) (?:her|his|their|my) passports?\b.{0,80}\b(?:flying|fly|flown|taking|sending|sent|abroad|overseas|back home|marr\w*|wedding|engage\w*)|\b(?:planning|arranging|organising|booked) (?:a |her |his |the )?(?:wedding|marriage) (?:abroad|overseas|back home|in \w+) for\b|\b(?:taken|taking|take|sent|sending|send|going|flying|fly|goes|go) (?:\w+ ){0,3}(?:abroad|overseas|back home|to (?:pakistan|bangladesh|india|somalia|yemen|afghanistan|nigeria|iraq|turkey|morocco|egypt|sudan|the gambia|gambia)) (?:\w+ ){0,3}(?:to (?:get |be )?married|to marry|for (?:a |an |her |his )?(?:wedding|marriage)|to meet (?:her|his) (?:husband|wife|fianc\w*))|\bforced (?:to )?marr\w*|\bforced marriage\b|\b(?:want|wants|wanted|expect|expects|expected|arranging for|arranged for|planning for) (?:her|him|them|me) to (?:get )?marr(?:y|ied) (?:(?:to )?(?:her|his|their|my) (?:\w+ )?cousin|(?:to )?(?:a|an) (?:much )?older (?:man|woman)|(?:to )?(?:a man|a woman|someone) (?:she|he|they|i) (?:has|have) never met|(?:to )?(?:a man|a woman|someone) (?:she|he|they|i) (?:does not|doesn't|do not|don't) know|abroad|back home)\b|\b(?:made|making|make|has to|have to|having to|going to have to|being made to) (?:\w+ )?marry\b|\b(?:married|engaged) (?:off )?(?:to (?:a|an|her|his) (?:\w+ ){0,2}(?:cousin|man|older man|stranger)) (?:she|he) (?:has never|hasn't|has not|never|does not|doesn't) (?:met|know|want)|\b(?:wedding|marriage|nikah|engagement|shaadi|rishta)\b.{0,60}\b(?:(?:do not|don't|dont|does not|doesn't|doesnt) want (?:to|it)|not want to|scared|(?:say|said|saying) no|refus\w*|will be punished|not (?:be )?coming back|won't be coming back|not come back)|\b(?:not (?:be )?coming back|won't be coming back|not come back|might not come back) (?:\w+ ){0,2}after (?:the|her|his|my) (?:wedding|marriage|nikah|engagement)\b|\bmy (?:nikah|wedding|marriage)\b.{0,40}\b(?:do not|don't|dont) want\b|(?:\((?:1[0-7]|[5-9])\)|\b(?:1[0-7]|[5-9]) year old\b|\baged (?:1[0-7]|[5-9])\b).{0,120}\b(?:her (?:husband|fianc\w*)|his fianc\w*)(?:'?s)?\b`,
);

/**
 * A child gone now, in everyday words: "he's been gone since this morning", "still not back", "has
 * been gone from home since saturday", "she has not been home since friday" (gone from a home or a
 * placement says whom). Also what makes a child who often goes missing missing now (`inDanger`).
 */
export const MISSING_NOW = r(
  String.raw`(?:\b(?:has|have|had) |'s |\bs )been gone from (?:home|the house|(?:his|her|their) (?:home|house|placement|foster home|children'?s home|care home)|care) (?:since|for (?:two|three|four|five|\d+|a few|several) (?:days|nights))\b|\b(?:he|she|they) (?:has|have|had|is|are|was|were) (?:been )?(?:gone|missing) since (?:this morning|last night|yesterday|earlier|lunch ?time|lunch|breakfast|school|(?:mon|tues|wednes|thurs|fri|satur|sun)day|\d{1,2}(?::\d\d)? ?(?:am|pm|o'?clock)?)\b|\b(?:he|she|they) (?:is |are |has |have )?still (?:not|is not|are not|has not|have not|hasn't|haven't|isn't|aren't) (?:back|home|come back|come home|been found|turned up)\b|\b(?:he|she|they) (?:has not|have not|had not|has never|have never) (?:been|come|gone) (?:back )?home (?:since (?:this morning|last night|yesterday|(?:mon|tues|wednes|thurs|fri|satur|sun)day|the weekend)|for (?:two|three|four|five|\d+|a few|several) (?:days|nights))\b`,
);

/** Signs of each kind of harm. */
export const harmLexicon: Readonly<Record<ConcernKind, KindLexicon>> = {
  'physical-abuse': {
    strong: [
      // Locked in a room from outside at night (restrictive practice; Care Act: organisational abuse).
      r(String.raw`\block(?:s|ed|ing)? (?:his|her|their) (?:room|door|bedroom) (?:from (?:the )?outside|at night)\b`),
      // Hair pulled out, marks round the neck, someone held by the neck or throat (NSPCC; non-fatal
      // strangulation is a high-risk sign of domestic abuse).
      r(
        String.raw`\bbald patch\w*\b|\bhair (?:(?:has|had|'s) been |was |being )?(?:pulled|ripped|yanked) out\b|\bmarks? (?:all )?(?:the way )?(?:round|around) (?:her|his|their) (?:neck|throat)\b|\bhands? (?:round|around) (?:her|his|their|(?:his|her|their) (?:son|daughter|child|kid|boy|girl|little one)'s|[a-z]+'s) (?:neck|throat)\b|\b(?:got|had|grabbed|grabbing|holding|held|pinned|pinning) (?:hold of )?(?:her|him|them|mum|mam|dad|(?:his|her|their|my) (?:mum|mam|mother|dad|father|sister|brother|son|daughter|child|kid|partner|wife|girlfriend|boyfriend|nan|gran)) by (?:the|her|his|their) (?:neck|throat)\b`,
      ),
      // Injuries that keep coming: "bruises again", "another bruise", "keeps turning up with marks"
      // (NSPCC: frequent or repeated injuries are a sign of physical abuse).
      r(
        String.raw`\b(?:bruis(?:es|ed|ing)|injur(?:y|ies|ed)|burns|black eyes?) (?:\w+ )?again\b|\b(?:another|more|new|fresh) (?:bruises?|injur(?:y|ies)|black eye|burn marks?)\b(?! (?:from|at|in|playing|after) (?:the )?(?:rugby|football|hockey|training|match|game|pe|gym|tackle|fall|trampoline)\b)|\b(?:keeps?|kept) (?:coming in|turning up|arriving|getting|having|showing up) (?:with )?(?:\w+ ){0,2}(?:bruises?|injur(?:y|ies)|black eyes?|burns?|marks)\b`,
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
      // Marks in lines or stripes across the back or legs, the shape of an implement; a child
      // clipped round the head or ear (NSPCC: physical abuse; physical punishment).
      r(
        String.raw`\b(?:lines|stripes|welts|strap marks|belt marks) (?:all )?(?:across|over|down) (?:his|her|their|[a-z]+'s) (?:back|legs|bum|bottom|backside|thighs|arms)\b|(?<!\b(?:ball|it|door|branch|wave|racket|bat|stick|puck|shuttlecock|frisbee|rope|net|swing) )\b(?:clipped|cuffed|whacked|smacked|slapped|(?:saw|seen|watched) (?:[a-z]+ ){1,4}(?:clip|cuff|whack|smack|slap)) (?:him|her|them|(?:his|her|their) (?:son|daughter|kid|boy|girl|child|little one)|the (?:kid|boy|girl|child|little one)) (?:round|around|across|on|over) the (?:head|ear|ears|face)\b`,
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
      // Burnt or scalded on purpose: a hand held on something hot (NSPCC: burns and scalds with a
      // clear shape, or that could not have been an accident).
      r(
        String.raw`\b(?:held|holds|holding|pushed|pushes|pressed|presses|forced|forces|shoved|shoves) (?:${POSSESSIVE}|${PRONOUN}) (?:hands?|arms?|fingers?|face|head|feet|foot) (?:\w+ )?(?:on|onto|against|under|in|into) (?:the |a |an )?(?:grill|hob|cooker|oven|iron|kettle|hot (?:water|tap|pan|plate|oil)|fire|radiator|stove|heater|boiling water|toaster|fryer|flame|candle|lighter)\b`,
      ),
      r(
        String.raw`\b(?:physical(?:ly)? (?:abus|assault|harm|hurt)|being abused|is abused|was abused|abusing ${PRONOUN}|beat(?:s|ing)? (?:${PRONOUN}|${POSSESSIVE} \w+) up)`,
      ),
      r(
        String.raw`\b(?:mark|marks|bruis\w*|welts?|scratch(?:es)?|cuts?|injur\w*|swelling|burns?) (?:on|all over|across|round|around|all up|up|down|all down|along) ${POSSESSIVE} ${BODY}`,
      ),
      // An injury whose explanation keeps changing or does not fit (NSPCC: injuries a child cannot
      // explain, or explains in different ways): "odd burns…, first he said kettle, then iron".
      r(
        String.raw`\b(?:bruis\w*|burns?|marks?|cuts?|injur\w*|black eye|broken \w+|fractur\w*|scald\w*)\b.{0,100}\b(?:(?:story|stories|explanation|excuse|reason)s? (?:\w+ ){0,3}(?:keeps? changing|kept changing|changes every time|(?:does not|did not) (?:add up|match|make sense))|first (?:he|she|they) said\b.{0,60}\bthen\b|different (?:story|explanation|excuse) (?:each|every) time)`,
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
      // A child of seven or under out on their own at night or across a main road ("the twins walk
      // themselves back across the main road in the dark at 9, they're five"; NSPCC: leaving young
      // children unsupervised).
      r(
        String.raw`^(?=.*\b(?:(?:they|he|she)(?:'re|'s| are| is)|aged|only|just) (?:[2-7]|two|three|four|five|six|seven)\b(?! (?:minutes?|mins?|hours?|days?|weeks?|times?|of (?:us|them)|kids|children|pm|am))|.*\b(?:[2-7]|two|three|four|five|six|seven) (?:year old|yr old)s?\b)(?=.*\b(?:walks? (?:themselves|himself|herself)|walked (?:themselves|himself|herself)|on (?:their|his|her) own|by (?:themselves|himself|herself)|alone|unsupervised|with no (?:adult|grown ?up|one))\b)(?=.*\b(?:in the dark|at night|late at night|after dark|main road|busy road|dual carriageway|at (?:9|10|11) ?(?:pm|o'clock|at night)?\b))`,
      ),
      // A baby or child left crying with no adult coming (NSPCC: neglect).
      r(
        String.raw`\b(?:baby|babies|toddler|little one|child|kid)\b.{0,30}\b(?:crying|screaming|howling|wailing)\b.{0,60}\b(?:no (?:adult|one|parent|body|grown ?up) (?:ever )?(?:came|went|picked|comforted|checked|responded)|nobody (?:ever )?(?:came|went|checked|responded)|left to cry)`,
      ),
      // Medical needs left unmet: medicine that keeps running out, a prescription never collected,
      // days or weeks without it (NSPCC: neglect).
      r(
        String.raw`\b(?:has not|have not|had not|not) had (?:his|her|their|any) (?:[\w-]+ ){0,2}(?:meds|medication|medicine|inhaler|insulin|tablets|pills) (?:for|since|in)\b|\b(?:meds|medication|medicine|inhaler|insulin|tablets|prescription|epipen)s? (?:keeps? |keep on |always |has )?(?:running out|run out)\b|\b(?:does not|doesn't|never|won't|will not) (?:collect|get|pick up|renew|order|give (?:him|her|them)) (?:his|her|their|the) (?:prescription|meds|medication|medicine|inhaler|insulin)\b`,
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
        String.raw`\b(?:no|not any|not enough) food (?:at home|in the house)|\bnothing to eat\b|\bhas not eaten|\bhasn't eaten|\bhad nothing to eat|\bnot been fed|\bnot fed\b|\bno one feeds|\bgoes? without (?:food|meals|dinner|breakfast)|\bsteal(?:s|ing)? food|\bscaveng(?:e|es|ed|ing)\b`,
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
        String.raw`\b(?:nobody|no one|no-one|nobody's|noone) (?:at home|looks after|picks? (?:him|her|them) up|came to (?:collect|pick)|has collected|collected (?:him|her|them))|\b(?:nobody|no one|no-one|noone) (?:ever )?(?:comes?|turns? up|shows? up) to (?:collect|pick)\b|\b(?:nobody|no one|no-one|noone) ever (?:picks?|collects?) (?:him|her|them)\b`,
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
      // Looking up how to die, a letter or post saying sorry for everything, or goodbye to everyone
      // (NSPCC and Samaritans warning signs of suicide).
      r(
        String.raw`\b(?:googl\w*|search\w*|looked up|looking up|looks up|research\w*|asked (?:chatgpt|ai|siri|alexa))\b.{0,30}\b(?:how (?:many|much) [\w ]{0,30}(?:to die|to kill|would kill|is fatal|is lethal|overdose)|how to (?:kill (?:myself|himself|herself|themselves)|hang|overdose|die)|ways to (?:die|kill)|painless (?:way|ways|death))|\b(?:left|wrote|writing|written|posted|sent) (?:a |an )?(?:letter|note|message|post)\b.{0,40}\bsorry for (?:everything|being (?:a burden|such a|useless|a letdown|a let down|a disappointment))\b|\bsorry (?:i was|for being|i've been) (?:such )?(?:a )?(?:letdown|let down|burden|disappointment|waste of space)\b.{0,60}\b(?:goodbye|bye|thanks for everything)\b|\bthanks for everything\b.{0,60}\b(?:goodbye|bye forever|won't see me|will not see me)\b`,
      ),
      // The search itself, whoever typed it ("'painless ways to kill yourself' still up in her
      // search history"): a way to kill oneself or end one's life names no one else's.
      r(
        String.raw`\b(?:ways?|methods?|how) to (?:kill (?:yourself|urself|myself|herself|himself|themselves|themself)|end (?:your|my|her|his|their) (?:own )?life|commit suicide|die (?:painlessly|quickly|in your sleep))\b`,
      ),
      // Fresh lines on the thighs, blades hidden away, banging the head as a habit or until it bleeds (once "banged his head on the door" tells an accident), goodbye letters (NHS: self-harm and suicide warning signs).
      r(
        String.raw`\b(?:fresh|new|red|raw) (?:lines|cuts|scratches|marks|scars) on (?:his|her|their|[a-z]+'s) (?:thighs?|arms?|wrists?|legs?|stomach|tummy)\b|\b(?:blades?|razors?|razor blades?|sharpener blades?)\b.{0,30}\b(?:hidden|taped|stashed|in (?:his|her|their|[a-z]+'s) (?:pencil case|bag|room|drawer|phone case|pocket))|\b(?:bangs|banging) (?:his|her|their) head (?:on|against|off) (?:the )?(?:wall|floor|door|table)\b|\bbanged (?:his|her|their) head (?:against|off) (?:the )?(?:wall|floor|door|table)\b|\bbanged (?:his|her|their) head (?:on|against|off) (?:the )?(?:wall|floor|door|table)\b(?=.{0,40}\b(?:until|till|on purpose|deliberately|again and again|over and over|repeatedly)\b)|\b(?:written|wrote|writing|left) (?:my|his|her|their) (?:letters|goodbye (?:letters?|notes?))\b|\bthis is my last (?:lesson|session|day|class|message)\b`,
      ),
      // The same told the other way round, on the forearm too: "neat lines on Sam's forearm … a few
      // look fresh … he pulled his sleeve down fast" (NSPCC: signs of self-harm, and hiding them).
      r(
        String.raw`\b(?:lines|cuts|scratches|slashes|marks|scars) (?:on|up|across|down) (?:his|her|their|[a-z]+'s) (?:fore)?arms?\b.{0,80}\b(?:fresh|new|red|raw|recent|(?:pulled|pulls|tugged|tugs|yanked) (?:his|her|their) sleeves? down|covered (?:it|them) up|hid (?:it|them))\b`,
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
      // Burning the skin with a lighter, a cigarette or something hot (self-harm, NHS): not a burn
      // from the oven or the iron, which names no such thing.
      r(
        String.raw`\bburn(?:s|ing|t|ed)? (?:his|her|their|my) (?:own )?(?:arms?|legs?|wrists?|skin|thighs?|hands?|stomach|tummy)\b.{0,30}\b(?:with|using) (?:a |an )?(?:lighter|cigarettes?|fags?|match(?:es)?|hot (?:metal|knife|spoon|coin|wire))\b`,
      ),
      // Letters or messages of goodbye already written (Samaritans: putting affairs in order, a note).
      r(
        String.raw`\b(?:already |has |have |'s |'ve )?(?:written|wrote|writing) (?:the |my |her |his |their |some |her own |his own )?(?:goodbye (?:letters?|notes?|messages?)|letters? to (?:her|his|their|my) (?:family|mum|dad|parents)\b(?=.{0,40}\b(?:just in case|in case|goodbye|sorry|for when (?:she|he|they|i)(?:'s| is| are|'m| am) gone|for after)\b))\b|\balready (?:written|wrote) the (?:letters|notes)\b`,
      ),
      // A note or message found saying goodbye to everyone (Samaritans: a goodbye note).
      r(
        String.raw`\b(?:note|letter)s? (?:\w+ ){0,4}(?:saying|that says|says|said) goodbye to (?:everyone|everybody|us all|all of us|her family|his family|their family|her mum|his mum)\b`,
      ),
      // Scratching or picking at the skin until it bleeds (self-harm, NHS).
      r(
        String.raw`\b(?:scratch\w*|pick(?:s|ing|ed)?|claw\w*|bit(?:es|ing)?|bite) (?:at )?(?:his|her|their) (?:own )?(?:arms?|skin|legs?|wrists?|hands?|face)\b.{0,20}\b(?:till|until|so (?:much|hard) (?:that )?) ?(?:they|it|he|she)? ?(?:bleed|bleeds|bled|bleeding|raw)\b`,
      ),
      // Feeling a burden, or that no one would notice their absence, or seeing no point in living (NSPCC, Samaritans warning signs).
      r(
        String.raw`\b(?:does not|doesn't|do not|don't|cannot|can't|can not|could not|couldn't) see (?:the |any )?point (?:in|of) (?:living|life|being alive|being here|going on|carrying on|anything any ?more|it all|waking up)\b(?! (?:with|the|this|if|until|for|to|at|in)\b)|\b(?:nobody|no one|no-one|noone) (?:would|will|'d|is going to|would even) (?:miss|care about|notice|care if|even notice) (?:me|him|her|them|i|he|she|they)\b|\b(?:better off|be better|happier) without (?:me|him|her|them)\b|\b(?:be )?(?:better off|better|happier|easier) if (?:i|he|she|they) (?:was|were|had) (?:dead|gone|never been born|not (?:here|around|alive))\b|\b(?:i am|i'm|im|he is|she is|they are|feel(?:s)? like) (?:just )?a burden\b`,
      ),
      r(
        String.raw`\b(?:self[- ]?harm\w*|suicid\w*|kill(?:ing)? (?:himself|herself|themselves|myself|themself)|end (?:it all|(?:his|her|their|my) (?:own )?life|things|it)|take (?:his|her|their|my) own life|took (?:his|her|their) own life|overdos\w*|od'd|oded|took (?:a load of|loads of|lots of|too many|a bunch of) (?:pills|tablets)|hang (?:himself|herself|themselves)|jump (?:off|in front)|slit (?:his|her|their) wrists?)`,
      ),
      r(
        String.raw`\b(?:does not|doesn't|don't|do not|no longer|not) (?:want|wanna) to (?:be (?:alive|here|around)|live|wake up|exist|go on)|\b(?:wants?|wanted|wanting|wanna) to die\b|\bbetter off (?:dead|without (?:him|her|them|me))|\brather (?:be dead|not (?:be alive|exist|wake up))\b|\bno (?:point|reason) (?:in )?(?:living|being alive|going on|carrying on)\b(?! (?:with|the|this|a|an|if|until|for|to|at|in|about)\b)|\bnot worth living|\bcan't go on|\bcannot go on|\b(?:note|letter|message|text|goodbye|bye|sorry)\b.{0,60}\b(?:cannot|can not) (?:do this|do it|go on|cope|take (?:it|this)|carry on|keep going) any ?more\b|\b(?:suicide|goodbye|farewell) (?:note|letter)\b|\bwish(?:es|ed)? (?:(?:he|she|they|i) (?:was|were) )?dead\b|\bwishes (?:he|she|they) (?:was|were) not (?:alive|here)`,
      ),
      r(
        String.raw`\b(?:cuts|cutting|cut|scratch(?:es|ing)|burn(?:s|ing)|hurt(?:s|ing)?|harm(?:s|ing)?|scratched|burnt|burned) (?:himself|herself|themselves|myself|themself)\b`,
      ),
      // A goodbye posted from a height ("a pic from the top floor of the multi storey saying 'bye
      // everyone'"): a threat to life (Samaritans: a goodbye message with the means at hand).
      r(
        String.raw`\b(?:top (?:floor|level|deck)|roof(?:top)?|edge) of (?:the |a )?(?:multi[- ]?stor(?:e)?y|car park|bridge|building|block of flats|flats|cliff|viaduct|tower)\b.{0,80}\b(?:goodbye|bye)\b|\b(?:goodbye|bye)\b.{0,80}\b(?:top (?:floor|level|deck)|roof(?:top)?|edge) of (?:the |a )?(?:multi[- ]?stor(?:e)?y|car park|bridge|building|block of flats|flats|cliff|viaduct|tower)\b`,
      ),
      r(
        String.raw`\b(?:cuts|cut marks|scars?|slashes|scratches|fresh cuts|lines) (?:on|up|across|down|all over) (?:${POSSESSIVE}) (?:arms?|wrists?|legs?|thighs?|stomach|tummy|body)`,
      ),
      r(
        String.raw`\b(?:been|is|started|starts|keeps|was|has been|admitted) cutting\b(?! (?:the|a|out|it|paper|hair|down|back|up|class|lessons|school))|\bpunch(?:es|ed|ing)? (?:walls|the wall|doors)\b|\bknuckles (?:bleed|bleeding|bled)\b|(?<!\b(?:of|the|some|no|more|much|any|class|group) )\btalk(?:s|ed|ing)? about (?:dying|death|suicide|killing (?:himself|herself|themselves)|not being (?:here|around)(?: (?:much longer|for long|anymore|any more))?)\b|\b(?:going to|about to|threatening to|wants to|says (?:he|she|they) will|said (?:he|she|they) would) (?:jump|end it|kill (?:himself|herself|themselves|myself))\b|\b(?:has |have )?taken (?:a load of|loads of|lots of|too many|a bunch of|all (?:her|his|their)|a handful of|some) (?:pills|tablets|paracetamol)|\b(?:will not|wont|won't) be (?:here|around) (?:next|much longer|tomorrow)|\b(?:drew|draws|drawing|drawn) (?:a picture|pictures) of (?:himself|herself|themselves) (?:dead|hanging|dying)`,
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
        String.raw`\b(?:asked|asking|asks|pressur\w*|forc\w*|told|telling|made|wants?|wanted|begging|keeps asking) (?:(?:${PRONOUN}) (?:(?:to )?(?:send|sending|take) (?:(?:him|her|them|me) )?|for )|for )(?:pics|photos|pictures|images|videos|selfies)(?: of (?:herself|himself|themselves|her body|his body|themself))?(?:\s+(?:in (?:her|his|their) (?:underwear|bra|pants)|without (?:clothes|anything on)|naked|nude|topless))?`,
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
      // Two or more phones beside new expensive things, cash or always nipping out (county lines
      // signs: Home Office criminal exploitation guidance).
      r(
        String.raw`\b(?:two|2|three|3|several|multiple) (?:different )?phones\b.{0,120}\b(?:new|brand new|expensive|designer) (?:trainers|jacket|coat|clothes|phone|canada goose|north face|moncler|stone island|gucci)\b|\b(?:brand new|expensive|designer) (?:trainers|jacket|coat|clothes|canada goose|north face|moncler|stone island|gucci)\b.{0,120}\b(?:two|2|three|3|several|multiple) (?:different )?phones\b|\b(?:two|2|three|3|several|multiple) (?:different )?phones\b.{0,30}\b(?:going|ringing|buzzing|pinging) (?:constantly|all the time|non-?stop)\b|\b(?:new|brand new|expensive|designer) (?:trainers|jacket|coat|clothes|phone|canada goose|north face|moncler|stone island|gucci)\b.{0,120}\b(?:disappears?|disappearing|vanish(?:es|ing)?|nips? out|slips? (?:out|off)|leaves|goes off|runs? off)\b.{0,40}\b(?:rings|ringing|buzzes|buzzing|goes off|calls? (?:him|her|them))\b`,
      ),
      // Cuckooing: others moved into someone's home and dealing from it (county lines guidance).
      r(
        String.raw`\b(?:moved|moving|staying|living) in(?:to)? (?:his|her|their) (?:flat|house|home|place)\b.{0,60}\b(?:dealing|drugs|selling|taken over|won'?t leave|will not leave|using it)|\b(?:dealing|selling(?: drugs)?) (?:from|out of) (?:his|her|their) (?:flat|house|home|place)\b`,
      ),
      // Financial abuse of an adult at risk (Care Act 2014): money taken out of their account.
      r(
        String.raw`\b(?:taking|taken|took|takes|stealing|stole|drawing|drew|withdrawing|withdrew) (?:\w+ ){0,2}(?:money|cash|benefits|pension|pip|wages)\b.{0,20}\b(?:out of|from) (?:his|her|their|[a-z]+'s) (?:bank )?(?:account|bank|card|purse|wallet)\b`,
      ),
      // Small bags or packets handed over to people in the street, at a park or to cars (county
      // lines: NCA and Children's Society indicators); not "bags of sweets" or "party bags".
      r(
        String.raw`\b(?:handing|handed|hands|passing|passed|giving|gave|swapping|dropping off|dropped off) (?:out |over )?(?:little|small|tiny) (?:bags|baggies|packets|packages|parcels|wraps)\b(?! of\b)(?=.{0,60}\b(?:to (?:people|cars|someone|strangers|a man|men|lads|older)|park|street|corner|gates?|outside|car park|alley|moped|car window)\b)`,
      ),
      // Paid to carry or deliver for others (county lines: KCSIE annex B).
      r(
        String.raw`\b(?:paid|pays|paying|given money|get money|gets money) (?:me |him |her |them )?(?:(?:£ ?)?\d+ (?:quid|pounds|squid) |£ ?\d+ )?(?:to|for) (?:carry|carrying|deliver|delivering|drop|dropping|hold|holding|move|moving|take|taking) (?:\w+ ){0,2}(?:bags?|packages?|parcels?|stuff|things|boxes|phones?|money)\b|\b(?:carry|carrying|deliver|delivering) (?:bags?|packages?|parcels?) for (?:older|some|these|the) (?:lads|boys|men|guys|people)\b`,
      ),
      r(
        String.raw`\b(?:county lines|drug (?:runn\w*|deal\w*|mule)|running drugs|carrying (?:drugs|packages|parcels|a package|a parcel|weed|gear)|deal(?:s|ing)? (?:drugs|weed|for)|sells? (?:drugs|weed)|selling (?:drugs|weed)|holding (?:drugs|stuff|a package) for|(?:money|cash|paid|pays|paying|£ ?\d+)\b.{0,40}\b(?:for )?(?:keeping|holding|storing|stashing|hiding|minding|looking after) (?:stuff|things|packages?|parcels?|bags?|a bag|something|it|gear) (?:for|at)\b|\b(?:keeps|keeping|holds|holding|stores|storing|stashing|hiding|minding) (?:stuff|things|packages?|parcels?|bags?|a bag|gear) (?:for|at) (?:\w+ ){0,3}(?:for (?:money|cash)|and (?:gets|got) paid)|cuckoo\w*|trafficked|trafficking|exploit\w*|(?:owes?|in debt to) (?:money to )?(?:older|some|these|a gang|dealers?)|gang (?:member|members|involvement|involved)|in a gang|joined a gang)`,
      ),
      // Paid or given things to go to parties, or parties with men (sexual exploitation: the
      // Children's Society's and NWG's indicators, "going to parties with older men").
      r(
        String.raw`\b(?:paid|given (?:money|cash|gifts|alcohol|drink|drinks|vapes)|gets? (?:money|cash|gifts))\b.{0,20}\bto (?:go to|attend|come to) (?:\w+ )?parties\b|\bparties with (?:some |these |random |older |adult |grown |the )?(?:men|blokes|guys)\b(?!'s)`,
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
      // Mocking a disability or difference again and again (KCSIE: prejudice-based bullying):
      // "they've been copying his stammer for weeks".
      r(
        String.raw`\b(?:copying|copy|copies|copied|mocking|mocks|mocked|imitating|imitates|imitated|mimicking|mimics|mimicked|taking the (?:mick|piss) out of|laughing at|making fun of) (?:his|her|their|[a-z]+'s) (?:stammer|stutter|lisp|speech|tics?|limp|walk|wheelchair|hearing aids?|autism|disability|accent|glasses|birthmark|scars?)\b.{0,60}\b(?:for (?:weeks|months|ages|a while)|every (?:day|week|session|time)|all the time|again|keeps?|now (?:he|she|they) (?:is|are|will not|won't|refuses?|refusing|stopped)|refus\w+ to (?:speak|talk|come))`,
      ),
      // Someone filmed or photographed in a changing room, toilet or shower without knowing
      // (KCSIE: voyeurism and upskirting, child-on-child sexual harassment). Past and about
      // someone: not "can we take photos in the changing room?".
      r(
        String.raw`\b(?:filmed|recorded|videoed|photographed|snapped|took (?:a )?(?:video|videos|photos?|pics?|pictures?) of) (?:him|her|them|me|us|another|each other|one another|(?:a|another|the|one of (?:the|our|my)) (?:other )?(?:boy|girl|kid|child|lad|lass|student|pupil|player|member|swimmer|teammate|young person|yp|learner|trainee)s?|(?!(?:the|a|an|some|our|their|his|her|my|new|old|all|every|each|it|this|that|everything|inside|outside|around|round)\b)[a-z]+) (?:\w+ ){0,2}?(?:in|inside) (?:the )?(?:changing rooms?|changing area|toilets?|loos?|showers?|cubicles?)\b|\b(?:filmed|recorded|videoed|photographed|snapped)\b[^.!?]{0,60}\b(?:changing rooms?|changing area|toilets?|showers?|cubicles?)\b[^.!?]{0,30}\bwithout (?:him|her|them|anyone) knowing\b|\bupskirt\w*`,
      ),
      // Made to do something degrading "for a laugh" (KCSIE: initiation and hazing, child-on-child abuse).
      r(
        String.raw`\b(?:made|make|makes|making|forced|forces|forcing) (?:me|him|her|them|(?:the )?(?:new |little |quiet |younger )?(?:boy|girl|lad|kid|one|child)) (?:to )?(?:lick|eat(?! (?:(?:his|her|their|my|some|a bit of|the rest of|all (?:of )?(?:his|her|their|my)) )?(?:broccoli|veg|vegetables|greens|dinner|tea|lunch|breakfast|sprouts|carrots|peas|salad|fruit|food|meal|sandwich|sandwiches)\b(?! (?:off|from|out of|on) (?:the |a )?(?:floor|ground|bin|dog'?s? bowl)| like (?:a|the) dog))|drink(?! (?:some |his |her |their |more )?(?:water|milk|squash))|strip|kneel|crawl|bark|beg|take (?:his|her|their|my) (?:clothes|trousers|pants|shorts|top) off|get (?:naked|undressed))\b`,
      ),
      // Scoring girls out of ten, sending pictures of private parts, shutting a child in a cupboard (KCSIE: child-on-child abuse).
      r(
        String.raw`\b(?:scor\w*|mark\w*|grad\w*|rank\w*) (?:the )?(?:girls?|boys?) out of (?:10|ten)\b|\b(?:sends?|sent|sending) (?:a |the |her |him )?(?:\w+ ){0,2}(?:pics?|photos?|pictures?|videos?|snaps?) of (?:his|her|their) (?:bits|privates|private parts|willy|penis|dick|boobs|bum|junk)\b|\b(?:shut|shuts|locked|locks|trapped) (?:a |the |one of the )?(?:\w+ )?(?:kid|child|boy|girl|lad|lass|him|her|them|member|player) (?:in|into|inside) (?:a |the )?(?:\w+ )?(?:cupboard|room|toilet|shed|locker|changing room|car|boot|cubicle)\b`,
      ),
      r(
        String.raw`\b(?:other|older|some|group of|two|three|seniors|the seniors|the other|the older|year \d+s?) (?:\w+ )?(?:${CHILD}|kids|lads|girls|boys|members|students|seniors)\b.{0,60}\b(?:hurt|hit|hitting|held|holding|punch\w*|kick\w*|slap\w*|took (?:pics|photos|videos|a video)|take (?:pics|photos|videos)|make(?! (?:up|friends|it up)\b)|made(?! (?:up|friends|it up)\b)|beat|beating|beaten|touch\w*|film\w*|record\w*|strip\w*|pinned|held (?:him|her|them) down|forced|made (?:him|her|them)|attack\w*|jump\w*|threaten\w*|shar\w* (?:a |the )?(?:photo|pic|video|image))`,
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
        String.raw`\bso (?:i|he|she|they) (?:do not|don't|dont|does not|doesn't|doesnt|can't|cannot) (?:have to )?hear (?:my |his |her |their )?(?:mum|mam|mom|mummy|dad|daddy|parents|stepdad|stepmum|them|him|her)\b|\b(?:he|she|they|dad|mum|stepdad|stepmum)(?: is| are|'s|s)? ${DOOR_FORCED}|\btrying to get (?:in|into) (?:my|her|his|the) (?:room|bedroom)\b`,
      ),
      // Children hiding when a parent has been drinking or the adults fight ("kids hide under the bed
      // when dad's been drinking"): NSPCC, signs of a child living with domestic abuse.
      r(
        String.raw`\b(?:hide|hides|hiding|hid)\b.{0,30}\b(?:when|whenever|because|cos|till|until|if)\b.{0,30}\b(?:(?:been )?drinking|drunk|kicks? off|kicking off|starts? shouting|shouting|screaming|fighting|rowing|has a go|loses it)\b`,
      ),
      // Hiding from a partner breaking the door down (domestic abuse happening now).
      r(
        String.raw`\b(?:kicking|smashing|breaking|banging) (?:the )?door (?:in|down)\b|\bhiding (?:in|from) (?:the |a )?(?:bathroom|bedroom|toilet|loo|cupboard|him|her|them|(?:her|his|their) (?:partner|husband|boyfriend|dad|stepdad|ex))\b.{0,60}\b(?:partner|husband|boyfriend|dad|stepdad|ex|he|him|hitting|kicking|shouting|screaming)`,
      ),
      // Forced marriage (KCSIE, the Forced Marriage Unit's guidance): taken abroad to be married, made to marry.
      r(forcedMarriage.source),
      r(
        String.raw`\b(?:domestic (?:abuse|violence|incident)|${FAMILY} (?:hits?|hit|hitting|beats?|beat|beating|hurts?|hurt|hurting|attacks?|attacked|attacking|punch\w*|chok\w*|strangl\w*|threaten\w*|shouts? at|screams? at|throws? things at|pushed|shoved) (?:${POSSESSIVE} )?(?:${FAMILY}|mum|dad|him|her|them)|(?:police|cops) (?:came|come|were called|called) (?:round|to (?:the|their|his|her) (?:house|home|flat))|fight(?:s|ing)? at home|(?:mum|dad|parents) (?:fight|fighting|fights|argue|arguing) (?:all the time|every night|a lot|really bad)|violence at home|(?:police|cops) (?:have been|has been|had been|were|came|come|called|keep coming) (?:out|round|over|to the house)|(?:man|woman|someone|adult|${FAMILY}) (?:is |are )?(?:shouting|screaming|yelling)\b.{0,60}\b(?:screaming|crying|get off me|please stop|hitting|smashing|smashed)|(?:dad|mum|father|mother|stepdad|stepmum|partner|boyfriend)\b.{0,20}\b(?:loses it|lost it|losing it|has a go|had a go|having a go|kicks off|kicked off|kicking off|goes off|went off|going off)\b.{0,30}\b(?:with|at|on) (?:(?:his|her|their|my) (?:mum|mam|dad|mother|father|partner|wife|girlfriend|boyfriend)|mum|dad|her|him|them)|hiding (?:in (?:his|her|their) (?:room|wardrobe)|from (?:his|her|their) ${FAMILY}))`,
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
      // Older sisters "have had the procedure", and now it is a younger one's turn (FGM multi-agency
      // guidance: a sibling who has had it; "the procedure" as a euphemism).
      r(
        String.raw`\b(?:sisters?|daughters?|cousins?|girls)\b.{0,60}\b(?:had|have had|all had|has had|got) (?:the |it |their |her )?['"]?(?:procedure|done|cut)['"]?.{0,60}\b(?:turn|next)\b`,
      ),
      // Taken to have "the procedure" an older sister or a mother had (the same guidance: the
      // euphemism, and a relative who has had it).
      r(
        String.raw`\b(?:to have|to get|for|having|getting) (?:the |a special |her )?['"]?procedure['"]? (?:that |which |like )?(?:her|his|my) (?:older |big |elder )?(?:sisters?|cousins?|mum|mother|aunts?|aunties?)\b`,
      ),
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
        String.raw`\b(?:sudan|somalia|somaliland|egypt|ethiopia|eritrea|djibouti|gambia|guinea|mali|sierra leone|burkina faso|chad|mauritania|yemen|kurdistan)\b.{0,80}\b(?:(?:do|does|doing|have|having|get|getting|for) (?:the |her |their )?(?:traditional (?:thing|ceremony|procedure|way)|(?:family |cultural )?tradition)\b|sort (?:her |him |them )?out|sorted out|special (?:ceremony|procedure|celebration|party|operation)|become a (?:woman|proper girl|real woman)|cleans\w*|purif\w*|(?:the )?(?:women|aunties|elders|grandmother|grandma|gran|nan) (?:in the family |of the family )?(?:will|are going to|is going to|are gonna|want to))|\b(?:sort (?:her |him |them )?out|sorted out|special (?:ceremony|procedure|celebration|party|operation)|become a (?:woman|proper girl|real woman)|cleans\w*|purif\w*|(?:the )?(?:women|aunties|elders|grandmother|grandma|gran|nan) (?:in the family |of the family )?(?:will|are going to|is going to|are gonna|want to)).{0,80}\b(?:sudan|somalia|somaliland|egypt|ethiopia|eritrea|djibouti|gambia|guinea|mali|sierra leone|burkina faso|chad|mauritania|yemen|kurdistan)\b`,
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
      // Taken away by adults nobody knows (abduction, child sexual exploitation: act at once).
      r(
        String.raw`\b(?:picked up|collected|taken|driven off|got into a car|got in a car) (?:\w+ ){0,5}by (?:two|three|four|\d|some|a group of|a couple of|older|unknown)? ?(?:men|man|lads|guys|blokes|adults?)\b.{0,80}\b(?:none of us (?:recognise|recognised|know|knew)|nobody (?:recognise|recognised|knew|knows)|(?:do not|don't|didn't|did not) (?:recognise|know) (?:them|him)|strangers?|reluctant|grabbed (?:her|his|their) arm|wasn't expecting|was not expecting)\b`,
      ),
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
      // Left home by a parent's word, never arrived (where the child is, nobody knows): "mum says he
      // left at 7, never turned up to placement", "dropped her off at 8 but she never arrived".
      r(
        String.raw`\b(?:(?:mum|mam|mom|dad|parents?|carers?|foster (?:mum|dad|carer)|nan|gran)(?: says| said|'s saying| says that| said that)? (?:he|she|they) (?:left|set off|went out)|(?:left|set off from) (?:home|the house)|set off for (?:school|college|work|placement)|dropped (?:him|her|them) off)\b(?! early| for the (?:dentist|doctor|doctors|hospital|appointment|airport|holiday)).{0,120}(?<!\bso (?:he|she|they) )\b(?:never|has not|hasn't|did not|didn't|still hasn't|still has not) (?:turned up|arrived|got there|made it|shown up|showed up)\b|(?<!\bso (?:he|she|they) )\b(?:never|has not|hasn't|did not|didn't|still hasn't|still has not) (?:turned up|arrived|got there|made it|shown up|showed up)\b.{0,120}\b(?:(?:mum|mam|mom|dad|parents?|carers?|foster (?:mum|dad|carer)|nan|gran)(?: says| said|'s saying| says that| said that)? (?:he|she|they) (?:left|set off|went out)|(?:left|set off from) (?:home|the house)|set off for (?:school|college|work|placement)|dropped (?:him|her|them) off)\b(?! early| for the (?:dentist|doctor|doctors|hospital|appointment|airport|holiday))`,
      ),
      // Run from care ("has run from his children's home again"): missing (statutory guidance on
      // children who run away or go missing from home or care).
      r(
        String.raw`\b(?:run|ran|runs|running|absconded|absconds) (?:off |away )?from (?:his|her|their|the) (?:children'?s home|care home|residential (?:home|unit)|foster (?:home|placement|carers?)|care placement|secure unit|hostel|supported (?:housing|accommodation))\b`,
      ),
      // Gone now: "he's been gone since this morning", "still not back".
      MISSING_NOW,
      // Run away in everyday words: "done a runner", "legged it from home".
      r(
        String.raw`\b(?:done|did|doing|does) a runner\b|\blegged it (?:from|out of) (?:home|the house|care|school|the unit)\b`,
      ),
      r(
        String.raw`\b(?:walked|wandered|run|ran|went|gone|slipped) (?:off|away|out) (?:from|of) (?:the |his |her |their )?(?:group|session|trip|outing|camp|site|club|leaders|staff|placement|centre|center|class|lesson|school|college|workshop|unit)\b|\b(?:was not|is not|were not|was never|is nowhere|not) (?:on (?:it|board)|anywhere to be (?:seen|found))\b|\b(?:nobody|no one|no-one) knows (?:if|whether|where)\b|\b(?:nobody|no one|no-one) (?:saw|noticed|heard) (?:him|her|them) (?:go|leave|going|leaving|get out|slip out|sneak out)\b|\b(?:his|her|their) (?:bed|bunk|tent|room|sleeping bag) (?:is|was|was found) empty\b|\b(?:has not|hasn't|have not|not) been (?:back|home|seen)\b|\bsleeping (?:rough|on the streets?|at (?:a|the) (?:bus|train) station|in (?:a|the) (?:park|car|tent|stairwell|bus shelter|doorway|shed|garage|woods))\b|\bbeen looking (?:for|everywhere)\b|\blooked everywhere\b|\b(?:do not|don't|dont) (?:look|come looking) for me\b`,
      ),
      r(
        String.raw`(?<!\b(?:it|it is|it has|its|key|keys|they've|stuff|kit|money|bag|phone|wallet|register|form|forms|file|files)(?: just| now| somehow)? )\b(?:gone missing|went missing|run away|ran away|running away|runaway|absconded|wandered off|disappeared|vanished)\b|(?<!\b(?:${MISSABLE_THING}|it|its)(?: (?:is|are|was|were|have|has|had|been|gone|went|still|just|now|somehow)){0,3} )\bmissing\b(?! (?:(?:their|his|her|my|our|your|a|an|some|any|out|stuff|things|items?|kit|coats?|bags?|phones?|money|keys?|homework|deadlines?|pages?|forms?|the point|club|class|classes|school|college|sessions?|training|practice|lessons?|group|(?:the|this|next|tonight's|today's|tomorrow's) (?:next|last|rest|first|match|game|session|trip|meeting|class|lesson|party|event|week|weeks|weekend))\b))|\b(?:nobody|no one|no-one)(?: has| have|'s|s)? (?:seen|heard from) (?:him|her|them)\b|\blost (?:one of (?:the|our|my) |a |track of (?:a |one of (?:the|our|my) )?)${CHILD}(?! (?:tooth|teeth)\b)`,
      ),
      r(
        String.raw`\b(?:(?:can(?:no|')?t|cannot|could not|couldn't|can not) (?:find|locate|see|reach|get hold of)|lost sight of) (?:${PRONOUN}|(?:one of )?(?:the |our |my |a )?${CHILD}|${POSSESSIVE} ${CHILD}|anyone|any of)`,
      ),
      r(
        String.raw`\b(?:has not|hasn't|have not|haven't|did not|didn't|never) (?:come|came|got|gone|arrived|returned|turned up|made it|been) (?:back|home)\b|\b(?:not|isn't|is not|wasn't|was not|aren't|are not|no longer) (?:on|in|at|back (?:on|in|at)) (?:the )?(?:coach|bus|minibus|van|car|train|register|headcount|head count|room|tent|site|camp|pool)\b|\bno one knows where (?:he|she|they|the)|\bnobody knows where|\bnot been seen (?:since|for)|\b(?:has not|hasn't|have not|haven't|had not|hadn't) (?:seen|heard from) (?:him|her|them|(?:her|his|their) (?:son|daughter|child|kid|boy|girl)) since (?:yesterday|last night|this morning|first thing|the weekend|(?:mon|tues|wednes|thurs|fri|satur|sun)day|\d{1,2}(?::\d\d)? ?(?:am|pm|o'?clock))\b|\blast seen\b|\bmissing from (?:home|care|the)`,
      ),
      r(
        String.raw`\b(?:one|two|a (?:kid|child|boy|girl|yp|young person)) (?:short|missing) (?:on|at|from) (?:the )?(?:head ?count|register|coach|bus|count)`,
      ),
    ],
    weak: [
      r(
        String.raw`\b(?:not turned up|didn't turn up|did not turn up|no show|not picked up|not home|stay(?:ing|ed|s)? out (?:all night|overnight|late)|out all night)\b|\b${WEEKS_OUT_OF_EDUCATION}\b`,
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
        String.raw`\b(?:towel|bandage|dressing|tissues?|cloth|t-?shirt|top)(?:'s| is| has| was)? (?:\w+ ){0,2}(?:soaked|soaking|drenched|full of blood|red through)\b|\b(?:blood|it)(?:'s| is) still (?:coming|pouring|going)\b|\b(?:blood|it)(?:'s| is)? (?:pumping|pouring|gushing|spurting|squirting) (?:through|out of|from|everywhere|all over)\b|\b(?:pumping|pouring|gushing|spurting|squirting) (?:through|out of|from) (?:the |a |his |her |their )?(?:tea towel|towel|bandage|cloth|dressing|wound|cut|gash|head|arm|hand|leg|nose|wrist)\b|\b(?:sliced|slashed|gashed|split) (?:his|her|their|[a-z]+'s) (?:hand|arm|leg|wrist|head|foot|finger|thumb|palm) open\b|\b(?:gone|going|turned|turning|went) (?:a )?(?:\w+ )?(?:blue|grey|gray)(?: colour)? (?:round|around) (?:the|his|her|their) (?:mouth|lips)\b|\bno (?:noise|sound) (?:is )?coming out\b`,
      ),
      // Tablets taken in an overdose ("a handful of", "too many", "16 paracetamol", "all her mum's
      // pills"), even days ago and feeling fine (NHS: a paracetamol overdose needs A&E at once; the
      // harm shows later). Not "took 2 paracetamol for a headache".
      r(
        String.raw`\b(?:took|taken|swallowed|necked|downed) (?:loads of|a load of|lots of|too many|a handful of|a bunch of|a whole (?:packet|box|strip) of|all (?:her|his|their|my) (?:mum's |dad's )?|[1-9]\d |(?:two|three|four|five|six|ten|twenty|[2-9]) (?:packets|boxes|strips) of )(?:of (?:her|his|their|the) )?(?:paracetamol|pills|tablets|co-?codamol|ibuprofen|sleeping pills|painkillers|anti-?depressants|meds|medication)\b`,
      ),
      // Something harmful swallowed: a cleaning product, a button battery, magnets, someone else's
      // tablets, a drink from an unlabelled bottle (NHS: suspected poisoning, call 111 or 999),
      // even when the child seems fine so far.
      r(
        String.raw`\b(?:drank|drunk|swallowed|swallowing|ate|eaten|licked|chewed|sucked) (?:\w+ ){0,4}?(?:bleach|cleaning (?:fluid|product|spray|liquid|stuff)|chemicals?|detergent|washing (?:capsules?|pods?|tablets?)|liquitabs?|dishwasher tablets?|button batter(?:y|ies)|magnets|antifreeze|white spirit|weed ?killer|poison\w*|someone else'?s (?:pills|tablets|medication|medicine))\b|\b(?:drank|drunk|swallowed|had a (?:sip|swig|drink)) (?:\w+ ){0,3}?(?:out of|from) (?:an? |the )?(?:unlabell?ed|unmarked) (?:bottle|container|cup|tub)\b`,
      ),
      // A throat closing or swelling, gasping for breath (NHS: anaphylaxis and breathing difficulty, call 999).
      r(
        String.raw`\bthroat(?:'s| is)? (?:closing|closing up|swelling|swelling up|swollen|tight|tightening|going tight)\b|\b(?:tongue|lips|face)(?:'s| is| are)? (?:swelling|swelling up|swollen up|blowing up)\b|\bgasping for (?:air|breath)\b|\b(?:blue|grey|gray|choking|wheezing|struggling|floppy|limp)\b[^.!?]{0,30}\bgasping\b|\bgasping\b[^.!?]{0,30}\b(?:blue|grey|gray|choking|wheezing|can't breathe|cannot breathe|not breathing|floppy|limp|a funny colou?r)\b`,
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
        String.raw`\b(?:not breathing|isn't breathing|is not breathing|stopped breathing|can(?:no|')?t breathe|cannot breathe|struggling to breathe|difficulty breathing|unconscious|unresponsive|not responding|isn't responding|is not responding|won't wake up|will not wake up|(?:can't|cannot|can not) wake (?:up )?(?:him|her|them|(?:his|her|their|my) (?:little |baby |older |big )?(?:${FAMILY}|baby|partner))|collapsed|collapsing|passed out|fainted|seizure|seizing|fitting|having a fit|(?:took|taken|has taken|swallowed|had) (?:a load of|loads of|lots of|a handful of|a bunch of|too many|a (?:whole )?packet of|a (?:whole )?box of|all (?:of )?(?:his|her|their|the|my|mum's|dad's)) (?:\w+ )?(?:tablets|pills|paracetamol|painkillers|meds|medication)|convuls\w*|anaphyla\w*|allergic reaction|(?:use|used|using|give|gave|giving|needed|needs|need|administer\w*|jabbed|jab) (?:\w+ ){0,2}epi ?pens?|choking|chok(?:ed|es) on|bleeding (?:heavily|badly|a lot|everywhere|loads|won't stop|will not stop)|lots of blood|heart attack|cardiac|cpr|turned blue|going blue|lips (?:are )?blue|hit (?:his|her|their) head|head injury|knocked out|broken (?:neck|back)|drowning|drowned|pulled (?:him|her|them) out of the (?:pool|water|river|sea)|overdosed|swallowed (?:pills|tablets|bleach|something)|diabetic (?:hypo|emergency)|hypo\b|asthma attack|severe pain|slumped|floppy|(?:cannot|can not|could not) (?:get|catch) (?:his|her|their) breath|barely (?:breathing|breathe|talk|conscious)|(?:cannot|can not) stand up|(?:took|taken|swallowed) something|banged (?:his|her|their) head|blood(?:'s| is)? (?:pumping|pouring|spurting|gushing|everywhere)|(?:will not|won't) stop bleeding|bleeding (?:will not|won't) stop|blood\b.{0,30}\b(?:will not|won't) stop|not moving|isn't moving|is not moving|(?<!\b(?:appointments?|meetings?|shifts?|bookings?|sessions?|class(?:es)?|lessons?|plans?|dates?|times?|days?|it|that|this|one) (?:that |which )?(?:i|we|they|he|she) )(?:can't|cannot) move|(?:face|lips?|tongue|throat|mouth|eyes?) (?:is |are |has |have |have gone |has gone |went |going |started )?(?:swelling|swollen|swelled|puffing up|puffed up)|swelling (?:of|in|on) (?:his|her|their) (?:face|lips?|tongue|throat|mouth)|rash (?:that )?(?:does not|doesn't|won't|will not) fade|(?:non-blanching|purple|purplish) (?:rash|spots)|meningitis|(?:having|had|has had|is having|might be having) (?:a )?stroke|face (?:is )?(?:drooping|droopy)|slurr(?:ing|ed) (?:his|her|their )?(?:words|speech)|bones? (?:is |are )?sticking out|(?:badly|severely) burn(?:t|ed)|severe burns?|electric shock|electrocuted|hypothermi\w*|heat ?stroke|(?:drank|drunk|swallowed|ate|eaten|taken) (?:some (?:of (?:the|his|her|their) )?|a bottle of |a load of |the )?(?:bleach|poison|chemicals|batteries|a battery|cleaning (?:fluid|stuff))|(?:fell|fallen|came|come) (?:from|off) (?:the |a )?(?:roof|wall|climbing wall|balcony|window|tree|top|height|ladder|cliff|horse|bars|apparatus|frame|climbing frame)|(?:is |it'?s |at |an? )(?:funny|odd|weird|strange|unnatural|wrong) angle|bent the wrong way|(?:think|looks like|might be|could be|may be|probably) (?:it'?s |he'?s |she'?s |they'?ve |he has |she has )?(?:a )?broken|broken (?:arm|leg|wrist|ankle|collarbone|bone|neck|back|hip)|in (?:a lot of|loads of|severe|serious|real|so much) pain|in agony|screaming in pain|vomiting blood|coughing up blood|shaking uncontrollably|(?:eyes|eye) rolled|(?:went|gone|has gone|is|has gone all) limp|(?:lips|face|skin) (?:turning|going|gone|went|are|is) (?:blue|grey)|(?:grey|gray|pale|white|clammy|sweaty|shaky|shaking) and (?:confused|muddled|disorientated|disoriented|drowsy|not making sense|slurring)|(?:confused|muddled|disorientated|disoriented|drowsy) and (?:grey|gray|pale|clammy|sweaty|shaky|shaking)|(?:can't|cannot|can not) (?:finish (?:a|his|her|their) sentences?|speak properly|talk properly))\b`,
      ),
      // Chest pain, and someone hit by a vehicle (NHS "when to call 999": chest pain, a serious
      // injury such as after a road traffic accident). Not "a pain in the chest" of a cold.
      r(
        String.raw`\b(?:chest pains?|pains? in (?:his|her|their|my|the) chest|(?:his|her|their|my) chest (?:is |feels )?(?:really )?(?:tight|hurting|hurts|crushing))\b(?!.{0,40}\b(?:cough|cold|chesty|since (?:last )?(?:week|month)))|\b(?:hit|knocked (?:down|over)|run over|struck) by (?:a |the |an )?(?:car|van|bus|lorry|truck|motorbike|bike|cyclist|vehicle)\b`,
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
      // A device being made: a pressure cooker with fertiliser, nails or gunpowder, or a bomb built
      // (Prevent guidance: an attack planned; call 999); not one built out of lego or cardboard, nor
      // "made a bomb" (a lot of money).
      r(
        String.raw`\bpressure cooker\b.{0,80}\b(?:fertili[sz]er|nails|gunpowder|explosives?|ball bearings|detonat\w*)\b|\b(?:fertili[sz]er|nails|gunpowder|explosives?|ball bearings)\b.{0,80}\bpressure cooker\b|\b(?:making|built|building|build) (?:a |an |some )?(?:pipe |nail |homemade |home-made )?(?:bomb|explosive device)s?\b(?! (?:out of|from|with|in) (?:lego|cardboard|paper|card|blocks|bricks|playdough|play-doh|sand|minecraft|roblox)\b)`,
      ),
      // A threat to kill in everyday words: "you're dead when you get back".
      r(
        String.raw`\b(?:you(?:'re| are|re)|ur|she(?:'s| is)|he(?:'s| is)|they(?:'re| are|re)) (?:so )?dead (?:when|if|once|the minute|as soon as)\b`,
      ),
      // A young child shut in a car with no adult (NHS: call 999 for a child left in a hot car):
      // one locked or shut in is in danger whatever else the message says.
      r(
        String.raw`\b(?:baby|toddler|child|kid|little one|infant)\b.{0,30}\b(?:in|strapped in|locked in) (?:a|the) (?:car|van)\b.{0,60}\b(?:no (?:adult|one|parent)|nobody|on (?:his|her|their) own|alone|heat|hot|windows? (?:up|shut|closed))|\b(?:baby|babies|toddlers?|infants?|little ones?|[1-6] ?(?:year old|yr old|yo)s?)\b.{0,30}\b(?:locked|shut) in (?:a|the|their|his|her|a parked|the parked) (?:car|van)\b`,
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
      // A list of people to harm, or a manifesto with names in it (warning signs of a planned
      // attack, in Prevent and threat-assessment guidance).
      r(
        String.raw`\b(?:hit|kill|death|target) list\b|\bmanifesto\b.{0,80}\blist of (?:names|people|students|pupils|kids)\b|\blist of (?:names|people|students|pupils|kids)\b.{0,80}\bmanifesto\b`,
      ),
      // A suicide attempt under way: going to wait for or step in front of a train, tablets in hand
      // to take them all; a vehicle to be driven into a crowd (Samaritans; Prevent).
      r(
        String.raw`\b(?:going to|gonna|wants to|will|about to|waiting to|threatening to) (?:jump|step|stand|walk|throw (?:himself|herself|themselves)) in front of (?:a |the )?(?:next |oncoming |passing |fast )?(?:train|lorry|bus|car)\b|\b(?:railway(?: line)?|train tracks|the tracks|level crossing)\b.{0,80}\b(?:wait(?:ing)? for|lie (?:down )?on|lying on) (?:a |the )?(?:next |oncoming |passing |fast )?(?:train|tracks|line)\b|\b(?:wait(?:ing)? for|lie (?:down )?on|lying on) (?:a |the )?(?:next |oncoming |passing |fast )?(?:train|tracks)\b.{0,80}\b(?:railway(?: line)?|train tracks|the tracks|level crossing)\b|\b(?:packet|box|bottle|strip|handful) of (?:paracetamol|pills|tablets|painkillers)\b.{0,80}\b(?:take|swallow|neck|down) (?:them all|the lot|all of them|it all|the whole (?:packet|box|bottle))\b|\b(?:drive|driving|ram|ramming|plough|ploughing|plow) (?:a |his |her |the )?(?:car |van |lorry |truck )?into (?:the |a )?(?:crowd|crowds|people|pedestrians|parade|march)\b`,
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
