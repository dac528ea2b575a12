import { r, YOUNG_ONES } from './lexicon-words.ts';

/**
 * Allegations and secrecy: an adult of the organisation (staff, a volunteer, a coach, a trustee),
 * what such an adult does that safeguarding guidance (KCSIE part four, LADO referral criteria)
 * treats as an allegation or a low-level concern, and a request to keep harm hidden.
 */

/** An adult of the organisation, the subject of an allegation. */
export const organisationAdult = r(
  String.raw`(?:(?:^|\b(?:another|a|one of (?:the|our)|the|our|my|new|male|female|this|that) )(?:(?!(?:and|or|on|of|in|at|for|with|to|from|by|about|as|is|was|are|be|being)\b)[\w-]+ ){0,2}(?:volunteers?|coach(?:es)?|leaders?|staff(?: members?)?|members? of staff|colleagues?|workers?|youth workers?|teachers?|tutors?|instructors?|trustees?|drivers?|helpers?|mentors?|supervisors?|managers?|adults?|assistant coach|session leader|activity leader|chaperones?|support workers?|carers?|befrienders?|escorts?|key ?workers?|caretakers?|cooks?|cleaners?|receptionists?|site managers?|groundsm[ae]n|lifeguards?|physios?|stewards?|caterers?|contractors?|security guards?|supply (?:staff|teachers?)|agency (?:staff|workers?)|guest speakers?|trainer|assistants?|wardens?|assessors?|employers?|officials?|referees?|umpires?|examiners?|invigilators?|senseis?|vicars?|curates?|pastors?|youth pastors?|priests?|rectors?|ministers?|churchwardens?|vergers?|elders?|choirmasters?|(?:musical |choir |music |drama |dance )?directors?)|\b(?:volunteer|coach|leader|colleague|teacher|tutor|instructor|trustee|driver|mentor|manager|chaperone) (?:called|named)|\bthe (?:man|woman|guy|bloke|lady|fella|person) who (?:does|did|runs|ran|helps (?:with|out)|drives|coaches|teaches|looks after|volunteers)\b)\b(?! (?:handbook|room|meeting|training|rota|toilets?|party|briefing|list|car park|kitchen|area|badges?|lanyards?|survey|induction|portal|newsletter|pack|guide|trip|journey|station|hire|company)\b)`,
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
    String.raw`\b(?:clearly|totally|really|pretty|very|obviously|completely|absolutely|off (?:his|her|their) face|was|is|seemed|seems|looked|looks|got) (?:so )?(?:high|stoned|wasted|hammered|tipsy|pissed|drunk)(?=\s*(?:[.,!?;:]|$|\band\b|\bon (?:duty|shift|the)\b|\bat (?:the|training|camp|club|work)\b|\bwhen\b|\bwhile\b|\bduring\b|\bagain\b|\bin front\b|\bwith (?:the|a|kids|children)\b|\baround\b|\bsupervising\b|\bin charge\b))|\bsmel\w* (?:of |strongly of )?(?:booze|alcohol|drink|beer|wine|weed|cannabis|spliff|skunk)\b|\bsmel\w* (?:booze|alcohol|drink|beer|weed|cannabis) on\b|\b(?:onlyfans|only fans|porn\w*|explicit (?:pics|pictures|photos|videos?|images|content|messages|jokes)|x-rated|nsfw|adult (?:site|sites|website|websites|content))\b|\b18 ?\+ ?(?:site|sites|website|link|content|videos?|stuff)\b|\bpost\w* (?:a |an |the )?(?:\w+ ){0,2}(?:\d{1,2} year old'?s?|kid'?s?|child'?s?|boy'?s?|girl'?s?|student'?s?|learner'?s?|member'?s?|player'?s?|pupil'?s?|young person'?s?) (?:\w+ ){0,3}on (?:his|her|their) (?:own |personal )?(?:instagram|facebook|fb|tiktok|snapchat|story|stories|page|account|twitter|status)\b|\b(?:snapchat )?streaks? (?:going )?with\b|\b(?:messag\w*|texting|dm\w*|whatsapp\w*|snapchatting|chatting)(?: with| to)? (?:her|him|one of (?:the|our|my) \w+|(?:a|the) (?:girl|boy|kid|child|student|learner|pupil|player|member|participant|young person|trainee|apprentice|lad|lass))\b.{0,40}\b(?:privately|in private|secretly|late at night|in the middle of the night)\b`,
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
  // Comments on a young person's body, figure or looks, and remarks that she is "developing" or
  // "mature for her age" (KCSIE part four: a low-level concern, sexualised comments).
  r(
    String.raw`\b(?:comment(?:s|ed|ing)?|remark(?:s|ed|ing)?|joke(?:s|d)?|said something|saying things) (?:about|on) (?:(?:a|the|one of the|that|this) )?(?:\w+ ){0,2}(?:${YOUNG_ONES}|girl|boy)(?:'s|s'|') (?:\w+ )?(?:body|bodies|figure|chest|boobs|breasts|bum|bottom|legs|thighs|curves|shape|looks|appearance)\b|\b(?:comment(?:s|ed|ing)?|remark(?:s|ed|ing)?|joke(?:s|d)?) (?:about|on) (?:her|his|their) (?:body|figure|chest|boobs|breasts|bum|bottom|curves)\b|\b(?:said|says|saying|told (?:her|him|them)) (?:she|he|they)(?:'s| is| was| are| were) (?:\w+ ){0,2}(?:developing|mature for (?:her|his|their) age|sexy)\b`,
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
  // Contriving to be alone with children ("sent the other volunteers off so he'd be the only adult
  // with the under 12s"): NSPCC grooming signs, finding ways to be alone with a child.
  r(
    String.raw`\bso (?:that )?(?:he|she|they) (?:would|could|can|will|might) (?:be|get to be|end up) (?:the only (?:adult|one|grown up|leader|coach|volunteer|member of staff)|alone|on (?:his|her|their) own) (?:\w+ ){0,3}?with\b`,
  ),
  // Asking staff to alter or destroy a record of what happened: covering up (KCSIE part four, an
  // allegation that someone behaved in a way that indicates they may not be suitable).
  r(
    String.raw`\b(?:asked|asks|asking|told|tells|wanted|wants|got|made|pressured|pressuring) (?:me|us|him|her|them|staff|the others?|everyone) (?:\w+ ){0,2}to (?:change|alter|falsify|backdate|back date|amend|fake|rewrite|edit|doctor|fiddle|tear up|rip up|delete|bin|shred|destroy|lose|leave out|leave (?:it|that) off) (?:the |a |an |his |her |their |my |our |what (?:was|is|we) (?:on|in) the )?(?:\w+ ){0,4}(?:accident|incident|injury|register|log|record|form|report|book|notes|sign in sheet|ratio sheet)s?\b`,
  ),
  // Young people invited to an adult's own home, van or caravan (NSPCC grooming signs), and pictures
  // of children found on an adult's own device (KCSIE part four: behaviour that may indicate they
  // pose a risk to children).
  r(
    String.raw`\b(?:invites?|invited|inviting|asks?|asked|asking) (?:\w+ ){0,3}${YOUNG_ONES} (?:\w+ ){0,2}(?:to|round to|back to|over to|into) (?:his|her|their) (?:own )?(?:house|home|flat|place|caravan|van|shed|garage|hotel room|bedroom)\b|\b(?:found|discovered|came across|saw|spotted)\b.{0,30}\b(?:photos?|pics?|pictures?|images?|videos?|vids?) of (?:the |young |little |our )?${YOUNG_ONES}\b.{0,40}\bon (?:his|her|their|it|the (?:laptop|computer|pc|phone|tablet|hard drive|usb))\b`,
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
    String.raw`\b(?:(?:makes?|made|making|tells?|told|telling|asks?|asked|asking|wants?) (?:me|him|her|them|us) (?:to )?keep (?:secrets|(?:it|this|that|things) (?:a )?secret|a secret)|keep (?:it|this|that|things) (?:a )?secret|keep (?:it|this|that) (?:between|to) (?:us|ourselves|themselves)|(?:our|a|their|his|her) (?:little )?secret|(?:do not|don't|dont|not to|never) tell (?:anyone|anybody|(?:(?:your|my) )?(?:mum|mom|dad|parents|family|carers?|foster \w+|social worker)|(?:his|her|their) (?:mum|dad|parents)|the (?:leaders|staff|police|teachers))|promise (?:not to|to (?:delete|keep)|(?:i|you|we) (?:won't|will not|wouldn't)) (?:tell|say|it|this|that|\w+)|(?:you|u) (?:have|need) to promise|promise(?:d)? to keep|made me promise(?! (?:to|i(?:'d| would| will)?) (?:tell|ring|phone|call|show))|swore me to secrecy|between you and me|between us|delete (?:the|our|these|those) (?:messages|chats?|texts?)|(?:asked|told|begged) (?:me|us|her|him|them) not to (?:tell|say)|(?:not allowed|not supposed|must not|cannot|can not|mustn't) (?:to )?(?:tell|talk about|say)(?! (?:us |you |me |anyone )?(?:verbally|in words|what (?:they|he|she) (?:need|want)s?|how (?:they|he|she) feels?|the difference|if|whether))|keep (?:\w+ ){0,3}between (?:them|us|you|ourselves)|if i tell you (?:something|a secret)|will you (?:have to )?tell|you (?:will not|won't|would not|wouldn't) tell|swear (?:not to|to not|that you (?:will not|won't)) (?:say|tell)|have to swear|not (?:to )?write (?:it|this|that|anything) down|forget (?:what|about what) (?:she|he|they|i)|(?:told|asked|wants?|made|makes|telling|asking) (?:me|him|her|them|us) to delete(?! (?:[\w']+ ){0,3}(?:data|details|records?|account|information|info|files?|registration|email address)\b))`,
  ),
];

/**
 * Looser ways of asking for something to be kept quiet ("keep it to yourself", "don't say
 * anything", "not a word to my mum"). Everyday news is kept quiet the same way ("don't say anything
 * yet, she wants to announce it"), so these count only beside a sign of harm, and as a feature of
 * the learned model.
 */
export const hushCues = r(
  String.raw`\bkeep (?:it|this|that|things|everything) (?:to (?:yourself|myself|ourselves)|quiet|hush|on the down ?low|under wraps|between (?:ourselves|us|you and me))\b|\b(?:do not|never|not to) (?:say (?:anything|a word|owt)|mention (?:it|this|that|anything)|let (?:anyone|anybody|on|(?:him|her|them|my \w+) know)|report (?:it|this|that|him|her)|grass|snitch|repeat (?:it|this|that))\b|\bnot a word (?:to|about)\b|\b(?:can|could|will|would) (?:you|u) not (?:mention|say|tell|report|repeat|pass (?:it|this) on)\b|\b(?:stay|remain|be kept) (?:between (?:ourselves|us|you and me)|secret|private|quiet)\b|\bhas to (?:stay|be) (?:a )?secret\b|\b(?:swear|swore|promise|promised) (?:that )?(?:i|you|u) (?:would not|will not|wouldn't|won't) (?:tell|say)|\bmade (?:me|him|her|them) (?:swear|promise)\b|\bonly tell (?:you|u) if\b|\boff the record\b|\b(?:nobody|no one|no-one) (?:can|must|is allowed to|is meant to) (?:find out|know)\b|\b(?:do not|does not) want (?:anyone|anybody|people|them|(?:my|his|her) \w+)(?: else)? to (?:know|find out)\b`,
);
