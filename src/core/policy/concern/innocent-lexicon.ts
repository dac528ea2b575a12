import { r } from './lexicon-words.ts';

/**
 * Everyday readings that are no concern: idioms that borrow harm words ("my mum will kill me"),
 * good outcomes and reassurance ("walked it off", "seemed genuinely upbeat"), accidents seen to and
 * written up, the writer's laughter, a young person thought missing and found safe. Each is read
 * only where no sign of harm outweighs it (detect-concern.ts).
 */

/** Grandparents: whose death or illness a young person may grieve ("upset about her grandad dying"). */
export const OLD_RELATIVES = String.raw`(?:grandad|grandpa|granddad|grandma|granny|gran|nan|nana|nanna|grandparents?|great[- ]?(?:grandad|grandma|gran|nan))`;

/** What a knock from sport or play, explained and not doubted, is read as. */
export const SPORTS_KNOCK = 'a sports knock';

/** Sports and games a knock is taken in: what explains a bruise or a hit. */
const SPORTS = String.raw`football|rugby|hockey|netball|basketball|cricket|boxing|karate|judo|taekwondo|kickboxing|martial arts|wrestling|match|game|fixture|training|pe|tackle`;

/** Not doubted in the rest of its sentence ("…but it doesn't add up", "…not sure"). */
const UNLESS_DOUBTED = String.raw`(?![^.!?]{0,80}\b(?:but|though|although|does not add up|doesn't add up|story|not sure|do not believe|don't believe|not convinced|changed|changes|keeps changing|odd|weird|strange|worried|concerned)\b)`;

/** Things people leave behind or lose: lost property. */
const BELONGINGS = String.raw`umbrellas?|lunch ?box(?:es)?|coats?|jackets?|bags?|water bottles?|bottles?|keys|hoodies?|jumpers?|scarf|scarves|hats?|gloves|glasses|chargers?|pencil cases?|books?|kit bags?|kit|boots|trainers|shin ?pads|wallets?|purses?`;

/** Left somewhere: "was left at the hall", "got left behind". */
const LEFT_BEHIND = String.raw`(?:was |were |has been |have been |got )?left (?:at|in|on|behind)\b`;

/** What is kept secret for a celebration, and keeping something secret ("keep the cake a secret"). */
const CELEBRATION = String.raw`birthday|surprise|present|gift|party|cake|card|celebration|leaving do`;
/** A surprise for someone: never a "party" or a "celebration", which FGM guidance lists as euphemisms. */
const SURPRISE = String.raw`birthday (?:card|present|cake|surprise)|surprise|present for|gift for|card for`;
const KEPT_SECRET = String.raw`(?:keep|keeping|kept) (?:the |his |her |their |it |this )?(?:\w+ ){0,2}(?:a )?secret`;

/**
 * Everyday English that borrows harm words and means no harm: "they smashed the relay", "my
 * phone's dead". Read as what it means before anything looks for signs of harm.
 */
/** A video call, or what shows one: its camera, its screen, the app. */
const VIDEO_CALL = String.raw`(?:camera|cam|screen|call|zoom|teams|meeting)`;

/**
 * Gone from a video call: "vanished off camera", "disappeared from the call", or gone after the
 * call was named ("her camera froze and she vanished for 5 mins").
 */
const OFF_THE_CALL = String.raw`(?:\b(?:vanished|disappeared|dropped|went|gone) (?:off|from) (?:the )?${VIDEO_CALL}\b|(?<=\b${VIDEO_CALL}\b[^.!?]{0,40})\b(?:vanished|disappeared|dropped off)\b)`;
/** Something ordinary that breaks off a video call: a fire alarm, the wifi, a delivery. */
const ORDINARY_BREAK = String.raw`\b(?:alarm|drill|doorbell|delivery|dinner|tea ?time|wifi|internet|connection|battery|power cut)\b`;

export const innocentIdioms: ReadonlyArray<readonly [RegExp, string]> = [
  [
    /\b(?:smashed|smashing|smash|killed|killing|kill|nailed|nailing|bossed|bossing|crushed|crushing|destroyed|murdered|slayed|slaying|aced|acing) (?:it|(?:his|her|their|my) (?:\d+ ?(?:m|k|km|metres?|meters?|yards?) )?(?:(?:practical|theory|written|oral|final|first|last|latest|big|maths|english|science|music|dance|drama|level \d|grade \d) )?(?:mocks?|mock exams?|exams?|tests?|gcses?|assessment|interview|audition|driving test|presentation|race|heat|match|game|final|placement|work experience|trial|coursework|project|assignment|essay|grading|solo|speech|recital|shift|first day|first week|pb|personal best|record|time|target)|the (?:relay|race|match|game|final|semi|test|exam|quiz|performance|show|gig|routine|session|tournament|competition|comp|audition|presentation|interview|assessment|heat|league|cup|\d+ ?k|parkrun|park run|marathon|half marathon|fun run|triathlon|swim|climb|walk|hike))\b/g,
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
  // A record beaten, not a person: "beat her record", "beat his own pb".
  [
    /\b(?:beat|beats|beaten|beating) (?:his|her|their|my|the|our) (?:own |club |personal |previous |old |best )?(?:\d+ ?(?:m|k|km|metres?|meters?|yards?) )?(?:record|pb|personal best|time|score|high score|best)\b/g,
    'improved on the best',
  ],
  // Shut out of an account, not a room: "locked out of week 4", "locked out of her login".
  [
    /\blocked out of (?:his |her |their |my |the |our |a )?(?:\w+ )?(?:account|login|log in|course|zoom|teams|laptop|computer|system|portal|email|app|phone|ipad|tablet|module|classroom|week \d+|page|site|platform|chromebook)\b/g,
    'cannot log in',
  ],
  // A device or an account that shuts its user out: "my laptop's locked me out", "the app keeps
  // locking her out".
  [
    /\b(?:account|login|zoom|teams|laptop|computer|pc|system|portal|email|app|phone|ipad|tablet|chromebook|site|website|platform|password|it)(?:'s| has| have| had| is| keeps| kept| just)* (?:locked|locks|locking) (?:me|him|her|them|us) out\b/g,
    'cannot log in',
  ],
  // A toy gone missing: "MISSING: one very loved grey bunny", "lost his teddy".
  [
    /\b(?:missing|lost|gone missing)\b[:!]? (?:one |a |our |her |his |their |my )?(?:very |much )?(?:loved |favourite |fave |little |grey |brown |pink |blue |white )*(?:teddy|teddy bear|bunny|soft toy|toy|dummy|comforter|blankie|cuddly toy|cuddly)\b/g,
    'lost property',
  ],
  // A death, a fight or a shooting in a play, a scene or a game: "wants to die dramatically in the
  // last scene", "the fight scene", "a zombie shooter in scratch".
  [
    /\b(?:(?:death|fight|stage fight|sword fight|battle|murder|shooting|stabbing|dying) scenes?|(?:die|dies|dying|killed|shot|stabbed) (?:\w+ ){0,3}(?:dramatically|on stage|in (?:the|our|a|his|her) (?:\w+ )?(?:play|scene|show|panto|pantomime|musical|film|sketch|rehearsal|game|story)))\b/g,
    'a drama scene',
  ],
  // Kitchen and craft knives: "knife skills session", "the adapted knife her OT gave her",
  // "knives counted back in".
  [
    /\b(?:knife skills|(?:bread|butter|cutlery|table|kitchen|vegetable|veg|chopping|plastic|safety|adapted|cookery|cooking|paring|cheese|craft|palette) knife|(?:knives|knife) (?:were |was )?(?:counted|locked|put) (?:back|away|in))\b/g,
    'a kitchen utensil',
  ],
  // "Dead" as "very" (northern and Scottish English): "dead rough", "dead proud", "dead chuffed".
  [
    /\bdead (rough|tired|busy|good|nice|funny|easy|hard|chuffed|excited|proud|happy|keen|pleased|lucky|posh|brainy|sweet|cute|fast|slow|loud|popular|nervous|serious|friendly|shy|smart|clever|boring|cold|hot|late|early|handy|useful)\b/g,
    'very $1',
  ],
  // Unwell, in UK English: "she sounds rough", "feeling a bit rough today" (not rough handling).
  [
    /\b(sounds?|sounded|looks?|looked|feels?|feeling|felt) (?:very |really |a bit |pretty |so |proper )?rough\b/g,
    '$1 unwell',
  ],
  // Nerves before something looked forward to: "nervous but excited", "a bit anxious but relieved".
  [
    /\b(?:nervous|anxious|apprehensive|jittery)(?: but| and| yet)(?: also| really| so| very| quite)? (?:excited|relieved|happy|proud|buzzing|looking forward|thrilled|delighted)\b/g,
    'excited',
  ],
  // A medicine named for what it treats, or as prescribed: "her hayfever tablets", "his prescribed
  // pills", "had his glucose tablets". Pills are a sign of self-harm; a routine medicine is not
  // (its neglect, "hasn't had her epilepsy meds", and an overdose have signs of their own).
  [
    /\b(prescribed|prescription|glucose|hay ?fever|allergy|antihistamine|antibiotic|asthma|epilepsy|adhd|iron|vitamin|travel sickness|migraine|diabetes|heartburn|indigestion) (?:tablets|pills)\b/g,
    '$1 medicine',
  ],
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
  // No one hurt: "nobody cut themselves", "no one got hurt".
  [
    /\b(?:nobody|no one|no-one|none of (?:us|them|the (?:kids|children|group|scouts|cubs|players)))\s+(?:cut|hurt|injured|harmed|burnt|burned)\s+(?:themselves|himself|herself|themself)\b|\b(?:nobody|no one|no-one) (?:got|was|were) (?:hurt|injured|harmed)\b/g,
    'everyone was safe',
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
  // An old relative's death, grieved: "upset about her grandad dying" tells of grief, not of
  // anyone dying by their own hand or anyone's.
  [
    new RegExp(String.raw`\b((?:her|his|their|my) ${OLD_RELATIVES}) (?:dying|died|passing away|passed away)\b`, 'g'),
    '$1 passing',
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
  // Gone from a video call for something ordinary said beside it ("a fire alarm test … half the
  // kids vanished off camera", "the wifi died and she disappeared from the call"): they left the
  // screen, nobody is missing. Not after a scream or a crash, which say nothing ordinary.
  [
    new RegExp(
      String.raw`(?=${OFF_THE_CALL})(?<=${ORDINARY_BREAK}[^.!?]{0,80})${OFF_THE_CALL}|${OFF_THE_CALL}(?=[^.!?]{0,80}${ORDINARY_BREAK})`,
      'g',
    ),
    'left the call',
  ],
  // A connection, not skin: "the internet kept cutting out". Not after a scream, a shout or a crash.
  [
    // The lookahead first, so the lookbehind is tried only where a device is named.
    /\b(?=(?:internet|wifi|wi-fi|connection|signal|sound|audio|video|mic|camera|zoom|call|line|laptop|screen|power) )(?<!\b(?:screamed|screaming|screams?|yelled|yelling|shouted|shouting|bang|crash|thud)\b[^.!?]{0,40})(?:internet|wifi|wi-fi|connection|signal|sound|audio|video|mic|camera|zoom|call|line|laptop|screen|power) (?:kept |keeps |was |is |were |has been )?(?:cutting|cuts|cut) out\b/g,
    'kept dropping',
  ],
  // A call or an account that ends a session, not skin: "my free account keeps cutting me off at
  // 40 mins" (never "cut off from her friends", nor "the call cut off" after a scream).
  [
    /\b(?:internet|wifi|wi-fi|connection|signal|broadband|zoom|teams|call|line|laptop|phone|battery|account|app|platform|meeting|host)\b(?: [\w']+){0,3}? (?:kept |keeps |keep |was |is |were |has been |will |always )?(?:cutting|cuts|cut) (?:me|us|him|her|them|you|everyone|people|the (?:call|session|lesson|meeting)) off\b/g,
    'kept dropping',
  ],
  // A device or a connection that dies, not a person: "anyone else's zoom dying today?", "the wifi
  // at the hut keeps dying", "my laptop died mid-lesson" (no one named between). Not a phone: "her
  // phone died" may be why nobody can reach a child, and is read as before.
  [
    /\b(?:internet|wifi|wi-fi|connection|signal|broadband|zoom|teams|laptop|tablet|ipad|computer|pc|printer|projector|speaker|mic|camera|webcam|router|app|platform|website|server)\b(?: (?!(?:and|but|she|he|they|i|we|you|her|him|them|his|their|my|mum|dad|nan|gran)\b)[\w']+){0,4}?(?:'s| is| are| was| were| has| have| keeps| kept| keep)?(?: been)?(?: just| literally| totally| completely)? (?:dying|died|dead)\b/g,
    'stopped working',
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
  // A fitting for clothes or equipment is no fit: "the costume fitting", "her bra fitting", "his new chair fitting".
  [
    /\b(?:costume|dress|bra|shoe|kit|uniform|wig|suit|wedding dress|prom dress|mask|harness|helmet|mouthguard|gum ?shield|chair|wheelchair|seat|brace|splint|hearing aid|glasses|boot|prosthetic|prosthesis|orthotics?|insoles?|binder|pump) fittings?\b|\b(?:for|at|to|after|before) (?:the|a|her|his|their|our|your) fittings?\b/g,
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
    /\b(?:hostage|murder|horror|(?<!\bknife )crime|war|zombie|serial killer|slasher|gangster|heist|disaster|true crime|kidnap\w*|vampire|shooter|spy)\s+(?:thrillers?|films?|movies?|series|shows?|dramas?|documentar(?:y|ies)|games?|books?|novels?|myster(?:y|ies)|podcasts?|box ?sets?|stor(?:y|ies)|comedy|musical|play)\b/g,
    'a show',
  ],
  // Moved by a story: "sobbed her eyes out at the end of the film", "cried at the end of the book".
  [
    /\b(?:cried|cries|crying|sobbed|sobbing|bawled|bawling|in tears|teary|welled up|blubbing|sobbed (?:her|his|their) eyes out|cried (?:her|his|their) eyes out)\b(?=[^.!?]{0,40}\bat the end\b)(?:(?=[\s\S]{0,200}\b(?:film|movie|book|novel|show|play|story|episode|musical|panto|pantomime|cinema)\b)|(?<=\b(?:film|movie|book|novel|show|play|story|episode|musical|panto|pantomime|cinema|movie night|film night)\b[\s\S]{0,200}))/g,
    'was moved',
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
  // (Embarrassment as often misspelt: "embarassment", "embarrasment".)
  [/\b(?:dying|died|die|dead) of (?:embarr?ass?ment|shame|laughter|boredom|cringe)\b/g, 'so embarrassed'],
  // "Said she wanted to die when her mum cheered at the gala": embarrassment, with the writer's laugh
  // or the word itself, never on its own.
  [
    /\b(?:wanted|wants|want|wanting) to die\b(?= (?:when|because|cos|coz|bc|after|as) [^.!?]{0,60}(?:😂|🤣|😅|\blol\b|\bhaha\w*|embarr?ass\w*|cringe\w*|\bpeak\b))/gu,
    'felt awkward',
  ],
  // Happy tears: "tears of joy", "in tears because she won", "nearly in tears, so proud".
  [/\b(?:happy tears|tears of joy|(?:cried|crying|cries) with (?:joy|happiness|pride|laughter))\b/g, 'so happy'],
  [
    /\b(?:was |were |is |are )?(?:nearly |almost |practically |a bit )?(?:in tears|crying|cried|teared up|welled up|emotional|shaking)\b(?=[^.!?]{0,60}\b(?:(?:because|cos|coz|bc|when|after|as) (?:she|he|they) (?:won|passed|finally got)|passed (?:his|her|their|the) (?:test|exam|driving test|grading|theory)|got (?:offered|the (?:job|place|part|apprenticeship|role)|an? (?:job|place|part|apprenticeship|role))|offered (?:(?:her|him|them) )?(?:a|an|the) (?:trial shift|trial|job|place|apprenticeship|role|shift|contract)|so proud|best day of (?:his|her|their) life)\b)/g,
    'was delighted',
  ],
  [
    /\b(?:passed (?:his|her|their|the) (?:test|exam|driving test|grading|theory)|got offered|so proud|best day of (?:his|her|their) life)\b([^.!?]{0,60})\b(?:nearly |almost |a bit )?(?:in tears|cried|crying|teared up|welled up)\b/g,
    'was delighted$1was delighted',
  ],
  // Learning first aid: "wants to learn CPR", "a CPR course".
  [
    /\b(?:learn|learning|learnt|learned|teach|teaching|do|doing|did|book|booked|take|taking|took) (?:a |the |some |basic |our )?cpr\b|\bcpr (?:course|training|class|session|refresher|certificate|dummy|dummies|manikins?)\b/g,
    'first aid training',
  ],
  // Paperwork still to come in: "consent forms for the gala - who's still missing?".
  [
    /\b((?:consent |photo |permission |medical )?(?:forms?|slips?|paperwork|registers?|payments?|subs|deposits?|kit orders?)\b[^.!?]{0,60}\b)(?:who'?s|who is|who are|anyone) (?:still )?missing\b/g,
    '$1who has not sent one',
  ],
  // Sent out of a room in a family squabble (not out of the house): "kicked her out of the living room".
  [
    /\bkick(?:ed|s|ing)? (her|him|them|me|us) out of the (living room|lounge|front room|kitchen|bedroom|bathroom|room|car|game|team chat|group chat)\b/g,
    'sent $1 away from the $2',
  ],
  // A gift swap: "keep who you've got a secret".
  [/\bkeep who (?:you|they|we)(?: have|'ve)? (?:got|drawn|picked) (?:a )?secret\b/g, 'surprise your gift swap person'],
  // A prank, not an attack: "jumped out at me from behind the stand".
  [/\bjump(?:ed|s|ing)? out (?:at|on) (me|us|him|her|them|everyone)\b/g, 'surprised $1'],
  // A broken webcam is a broken camera, not a sign about one.
  [
    /\b(?:laptop |computer |tablet )?webcam(?:'s| is| has)? (broke|broken|is broken|isn't working|is not working|died|stopped working|is bust)\b/g,
    'camera $1',
  ],
  // Happy ones: "she was in tears (happy ones)".
  [/\b(?:in tears|crying|cried) \(?(?:happy ones|the happy kind|good ones)\)?/g, 'so happy'],
  // The writer startled: "I nearly had a heart attack".
  [/\b(?:i|we) (?:nearly|almost|practically) (?:had|have|had a) (?:a )?(?:heart attack|coronary)\b/g, 'i was startled'],
  // A camera off, explained: "his laptop webcam broke", "her camera isn't working".
  [
    /\b(?:camera|cam|webcam|video)(?:'s| is| has been| was)? off\b(?=[^.!?]{0,40}\b(?:because|cos|coz|bc|as|since) (?:his|her|their|the) (?:laptop |computer |tablet )?(?:webcam|camera|cam|laptop|computer|tablet|wifi|internet) (?:broke|is broken|was broken|isn't working|is not working|died|stopped working|is bust)\b)/g,
    'on audio only',
  ],
  // Bought with their own money: "spent his first payslip on new trainers".
  [
    /\b(?:payslip|wages|wage|pay packet|paycheque|birthday money|christmas money|savings|saved up)\b([^.!?]{0,50})\bnew (?:trainers|phone|jacket|coat|clothes)\b/g,
    'payslip$1new things',
  ],
  // "She beat him at wordle": won the game.
  [
    /\b(?:beat|beats|beating) (him|her|them|me|us|everyone|all of us)(?= at (?!home\b|school\b|night\b|the\b|his\b|her\b|their\b|my\b|our\b|a\b|an\b|\w+'s\b)\w+)/g,
    'won against $1',
  ],
  // A thing "killing me", "abusing me": a report, a rota, the wifi, the heat.
  [
    /\b(?:report|rota|spreadsheet|timesheets?|paperwork|admin|deadline|marking|traffic|heat|weather|commute|workload|platform|zoom|teams|wifi|wi-fi|laptop|printer|app|system|website|inbox|emails?|funding|bid|essay|audit|inspection|meetings?|hangover|cold|flu|back|knee|shoes|week|day|job|course|module|exam|exams) (?:is |are |'s |was |were )?(?:going to |gonna |gunna |will |would |actively |literally |slowly |honestly |totally |actually |definitely )*(?:kill|killing|murder|murdering|abuse|abusing|torture|torturing|be the death of) me\b/g,
    'is wearing me out',
  ],
  // Upset by a story or a star: "really upset because her favourite character died on Emmerdale",
  // "in tears cos her team lost", "gutted that the band split up".
  [
    /\b(?:really |so |very |a bit |quite )?(?:upset|sad|gutted|in tears|crying|cried|tearful|heartbroken|devastated)(?: \w+){0,3} (?:because|cos|coz|as|when|that|after) (?:her|his|their|a|the) (?:favourite |fave |fav )?(?:character|contestant|celebrity|singer|band|team|player|youtuber|streamer)s? (?:\w+ ){0,2}(?:died|dies|was killed|got killed|was killed off|got killed off|lost|split up|broke up|was voted off|got voted off|got kicked off|cancelled|canceled|postponed|retired|quit)\b/g,
    'moved by a story',
  ],
  // A good result: "smashed her first customer review", "nailed the theory test".
  [
    /\b(?:smashed|smashing|nailed|nailing|aced|acing) (?:(?:his|her|their|my|the|a) )?(?:first |latest |last |annual |end of year |end-of-year |mid-year )?(?:customer |placement |work |performance |driving |theory )?(?:review|reviews|rating|ratings|feedback|appraisal|test|exam|interview)\b/g,
    'did really well',
  ],
  // A fire evacuation's refuge point, not a refuge from violence.
  [/\brefuge (?:points?|areas?|spaces?)\b/g, 'assembly point'],
  // Won a game: "went bowling, he was raging that I beat him three times in a row". (The look
  // ahead first: the look behind is tried only where "i beat"/"we beat" starts, not at every position.)
  [
    /(?=\b(?:i|we) beat )(?<=\b(?:bowling|pool|darts|cards|chess|fifa|uno|mario kart|board game|game|games|quiz|race|snooker|table tennis|ping pong)\b[^.!?]{0,60})\b(?:i|we) beat (him|her|them)\b|\b(?:i|we) beat (him|her|them)\b(?=[^.!?]{0,40}\b(?:at (?:bowling|pool|darts|cards|chess|fifa|uno|mario kart|snooker|table tennis|ping pong)|in a row|every game|every round)\b)/g,
    'won against $1$2',
  ],
  // Upset over a bill or a ticket: "in tears because she got a parking ticket".
  [
    /\b(?:in tears|upset|crying|cried|gutted|stressed)\b(?=[^.!?]{0,40}\b(?:because|cos|as|over|about|after) (?:she|he|they|i) (?:got|had|was given) (?:a |an )?(?:parking ticket|speeding ticket|parking fine|fine|bill)\b)/g,
    'fed up',
  ],
  // A joke threat over a match: "I'll kill you if Villa lose".
  [
    /\b(?:i'll|i will|ill|i am gonna|i'm gonna|i am going to|i'm going to) kill (?:you|u|him|her|them|ya)(?= if (?:[\w']+ ){1,3}(?:lose|lost|loses|win|wins|draw|draws|score|scores|go down|get relegated|don't win|do not win)\b)/g,
    'i will be annoyed',
  ],
  // A request under data protection, not a secret kept: "asking us to delete all the chat logs … under GDPR".
  [
    /\b(?:delete|erase|remove|wipe)\b[^.!?]{0,60}\b(?:under|because of|citing|per|using) (?:the )?(?:gdpr|data protection(?: act)?|right to erasure|right to be forgotten)\b/g,
    'make a data request',
  ],
  // Laughter or a snack gone down the wrong way: "laughed so hard he nearly choked on his popcorn".
  [
    /(?<!\bi )\b(?:nearly|almost) chok(?:ed|es|ing) (?:on|with|from) (?:(?:his|her|their|a|the|my|some) )?(?:\w+ )?(?:popcorn|drink|food|crisps|water|juice|tea|coffee|laughter|laughing|sweets?|biscuits?|chips|dinner|lunch|sandwich|cake)\b/g,
    'spluttered',
  ],
  // A story's death: "her favourite character died on Emmerdale", "cried when he died in the film".
  [
    /\b(?:characters?|favourite (?:character|person|contestant|one)) (?:has |had |just )?(?:died|dies|was killed|got killed|was killed off|got killed off)\b|\b(?:died|dies|was killed|got killed|killed off) (?:on|in) (?:the )?(?:film|movie|book|novel|show|series|episode|soap|telly|tv|play|musical|game|eastenders|emmerdale|coronation street|corrie|hollyoaks|neighbours|home and away|doctor who|casualty)\b/g,
    'a story was sad',
  ],
  // A death in a story told by the scene: "screaming at the screen at the bit where everyone dies".
  [
    /\b(?:at|during|in) the (?:bit|part|scene|end|ending) (?:where|when) (?:[\w']+ ){0,4}?(?:dies|die|died|gets killed|got killed|is killed|was killed|gets shot|got shot)\b/g,
    'at the sad bit',
  ],
  // What a story shows: "a film that has a suicide scene", "a book with a self-harm storyline", "a
  // scene where a character takes an overdose". Not when the message tells of its effect on someone
  // ("the suicide scene made her want to do it too"), and not sexual content: an adult showing it
  // to children is a concern of its own. The effect is looked for only where a scene is named: a
  // look behind tried at every position of a long message cost milliseconds.
  [
    /\b(?:suicide|self[- ]harm|overdose|death|drugs?|fight|war) (?:scenes?|storylines?|plots?|themes?|references?|content)\b(?<![\s\S]*\b(?:made|makes|wants? to|wanted to|trigger\w*|cop(?:y|ied|ying)|try it|do it too|herself|himself|themselves|struggling)\b[\s\S]*)(?![\s\S]*\b(?:made|makes|wants? to|wanted to|trigger\w*|cop(?:y|ied|ying)|try it|do it too|herself|himself|themselves|struggling)\b)|\bscenes? (?:where|in which|when) (?:a|the|one|some|two|his|her|their) (?:main )?characters?\b[^.!?]*/g,
    'a hard scene',
  ],
  // Not in the picture: "went missing from the group photo because she was in the loo".
  [
    /\bmissing from the (?:(?:group|team|class|squad|christmas|school|club|whole|official|end of term|final) )*(?:photos?|pictures?|pics?|photographs?|shots?|team sheet|line-?up|group chat|mailing list|rota|list|slideshow|video)\b/g,
    'not in the photo',
  ],
  // Hard work, not dying: "she's 'dying' over her history coursework".
  [
    /\b(?:dying|died|dead|killing (?:me|him|her|them)) (?:over|about|with|under|because of) (?:(?:her|his|their|my|the|this|all|all the|so much) )?(?:\w+ )?(?:coursework|homework|revision|exams?|essays?|assignments?|deadlines?|workload|project|dissertation|mocks?)\b/g,
    'swamped with work',
  ],
  // "We were all dying laughing", "died laughing": laughing hard.
  [/\b(?:dying|died|dead|die) (?:laughing|of laughing)\b/g, 'laughing'],
  // "Someone shoot me and put me out of my misery": the writer's exasperation, no one's harm.
  [/\b(?:(?:hit|shoot|kill|bury|end) me(?: \w+){0,4} and )?put (?:me|us) out of (?:my|our) misery\b/g, 'spare me'],
  // A finger or thumb nicked on a knife in use ("nicked his finger on a stanley knife"): a cut
  // seen to, not a weapon. Not an arm, a wrist or a leg.
  [
    /\b(?:nicked|cut|caught|sliced|grazed) (?:his|her|their|my) (?:finger|thumb|fingertip)s? (?:on|with) (?:a|the) (?:stanley |kitchen |craft |bread |vegetable |veg |butter )?knife\b/g,
    'cut a finger',
  ],
  // A plaster put on that cut ("…on a stanley knife, plaster on and he's fine"): first aid, not
  // plasters worn to hide cuts. Read after the entry above has rewritten the cut (the rewrites
  // run in order).
  [/(?<=\bcut a finger\b[^.!?]{0,20}?)\b(?:(?:put|popped|stuck) )?(?:a )?plasters? on\b/g, 'gave first aid'],
  // Very tired: "dead tired after exams", "dead on my feet".
  [/\bdead (?:tired|beat|on (?:my|his|her|their|our) feet)\b/g, 'very tired'],
  // Tackling hard in a contact sport ("a beast at wheelchair rugby, keeps smashing into people").
  [
    new RegExp(
      String.raw`(?<=\b(?:${SPORTS}|rugby|wheelchair \w+|ice hockey|american football|lacrosse)\b[^.!?]{0,60})\b(?:smash|smashes|smashing|smashed|crash|crashes|crashing|crashed|barge|barges|barging|barged|clatter|clatters|clattering|clattered) into (?:people|players|opponents|everyone|everybody|the (?:other team|opposition|other players))\b`,
      'g',
    ),
    'tackles hard',
  ],
  // A parent who will "kill him for losing his coat": a telling-off for a mishap, not a threat.
  // Never for telling or going to someone ("he'll kill me for telling you"), nor "if…", which may
  // be a real threat ("they'll kill him if he talks").
  [
    /\b(?:kill|murder)(?:s|ed)? (him|her|me|them|you|us) for (?!(?:telling|saying|talking|speaking|grassing|snitching|reporting|going|leaving|seeing|meeting|texting|messaging)\b)(?=being late\b|\w+ing\b)/g,
    'tell $1 off for ',
  ],
  // The same for the writer's own mishap still to come, told after "if": "she'll murder me if i'm
  // late for handover again". Only the writer's, and only a mishap: being late, forgetting, losing,
  // breaking, spilling or missing something; never telling, going or seeing anyone. Told of a young
  // person ("his dad is going to kill him if he loses his boots") it is theirs to tell, and read.
  [
    /\b(?:kill|murder) (me|us) if (?:i|we) (?:(?:am|is|are|was|were|get|gets|turn up|turns up|show up|shows up|roll in|rolls in) (?:\w+ )?late\b|(?:forget|forgets|lose|loses|break|breaks|spill|spills|miss|misses|smash|smashes|scratch|scratches|dent|dents|burn|burns|mess up|messes up|muck up|mucks up) (?:\w+ ){0,3}(?:again|another|the|it|her|his|their|my|our|this|that|one more)\b)/g,
    'tell $1 off if ',
  ],
  // A player who goes down injured in a match: a knock in sport, which first aid deals with.
  [/\b(?:went|goes|gone|going) down (?:injured|hurt)\b/g, 'got a knock'],
  // Water bombs and a game that "bombed": messy fun or a flop, not an attack.
  [
    /\b(?:water|balloon) ?bomb\w*|\bbomb(?:ed|ing)? (?:the |a |their |his |her |my )?(?:water balloon \w+|test|exam|quiz|audition|gig|interview|presentation|performance|show)\b|\b(?:absolute|total|utter) carnage\b/g,
    'messy fun',
  ],
  // "…gets defensive if you ask", "bit beyond banter if you ask me": an aside, not a supposed case.
  [/\bif (?:you|u) ask(?: (?:me|her|him|them|about (?:it|them|that)))?\b/g, 'when asked'],
  // Lost property: things left behind or lost ("lost their bank card", "someone left a blue coat in
  // the changing room"), not a child left; things gone missing ("missing: one blue kit bag"), not a
  // child missing.
  [
    new RegExp(
      String.raw`\blost property\b|\b(?:lost|dropped|misplaced) (?:his|her|their|my|our|a|an|the) (?:${BELONGINGS}|bank cards?|cards?|phones?|tickets?|bus pass(?:es)?|lanyards?)\b|\b(?:${BELONGINGS})\b(?: (?:and|or) (?:a |an |the )?(?:[\w-]+ ){0,2}\w+)? ${LEFT_BEHIND}|\bleft (?:a|an|the|his|her|their|my|our|some|two|\d+) (?:[\w-]+ ){0,3}?(?:${BELONGINGS})\b(?: (?:and|or) (?:a |an |the )?(?:[\w-]+ ){0,2}?(?:${BELONGINGS})\b)?|\bmissing:? (?:(?:one|a|an|the|my|his|her|their|our|two|three|\d+) )?(?:[\w-]+ ){0,3}(?:${BELONGINGS})\b(?: ${LEFT_BEHIND})?`,
      'g',
    ),
    'items found',
  ],
  // Trainers spoilt in a mishap ("spilled oil all over his new trainers"): his shoes, not a gift from someone.
  [
    /\b(?:on|over|all over|ruined|wrecked|scuffed|soaked|muddied) (?:his|her|their) (?:brand )?new trainers\b/g,
    'on his shoes',
  ],
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
  // The same told the other way round: "fell off his bike last year and broke his wrist".
  [
    /\b(?:fell|came off|crashed|tripped|slipped)\b[^.!?]{0,40}\band (?:broke|fractured|sprained|twisted|cracked) (?:his|her|their) (?:arm|leg|wrist|ankle|collarbone|finger|toe|elbow|thumb|nose)\b/g,
    'had an accident',
  ],
  // Paperwork or pay that "hasn't come back" or "come through": a DBS check, references, a form, a payslip.
  [
    /\b(?:dbs|dbs check|check|results?|forms?|paperwork|references?|refs|emails?|application|certificate|payslips?|pay ?slips?|wages|salary|pay|invoices?|expenses|p60|p45|parcel|delivery|order)(?: \w+)? (?:has not|hasn't|hasnt|have not|haven't|havent|not|never) (?:come back|come through|arrived|gone through|cleared)\b/g,
    'is still pending',
  ],
  // "Dying of hunger" twenty minutes after lunch: hungry, which the neglect signs still read.
  [/\b(?:dying|dead) of (?:hunger|starvation)\b/g, 'peckish'],
  // A graze shown off: "showing everyone her 'battle wound'".
  [/\bbattle (?:wounds?|scars?)\b/g, 'plaster'],
  // Cheering at a film or a match: "all screaming at the screen at the bit where…".
  [
    /\b(?:screaming|screamed|shouting|shouted|yelling|yelled) at the (?:screen|telly|tv|television|film|ref|referee|umpire)\b/g,
    'cheering',
  ],
  // "Half dead from fright", "half dead with tiredness": very frightened or tired.
  [
    /\bhalf dead (?:from|with|of) (?:fright|shock|tiredness|exhaustion|boredom|laughing|laughter|the heat|cold)\b/g,
    'worn out',
  ],
  // Made to do a dance or a turn: "the kids made me do the floss in front of the whole hall".
  [
    /\b(?:made|make|makes|making) (?:me|us|him|her|them) do (?:the |a )(?:floss|dab|macarena|conga|hokey cokey|cha cha slide|y ?m ?c ?a|worm|robot|dance|song|solo|karaoke|rap|speech|cartwheel|forfeit)\b/g,
    'got me dancing',
  ],
  // "Dying of a cold", "dying with man flu": a minor illness, overstated.
  [
    /\b(?:dying|dead) (?:of|with|from) (?:a |the |this |my |his |her )?(?:stinking |streaming |horrible |heavy |bad )?(?:cold|man flu|flu|hangover|sore throat|cough|hay ?fever|headache|migraine|tummy bug|sickness bug)\b/g,
    'poorly',
  ],
  [/\b(?:dying|dead) of (?:thirst|the heat|heat)\b/g, 'really thirsty'],
  // Planned care, not an emergency: "having her appendix out", "a hospital appointment on thursday".
  [
    /\b(?:(?:is|was|are|were) in hospital (?:for |to have |having |getting ))?(?:having|had|getting|got|has|to have|for)? ?(?:(?:his|her|their) )?(?:appendix|tonsils|adenoids|grommets|wisdom teeth|brace|cast|stitches) (?:out|removed|taken out|fitted|off)\b|\bhospital (?:appointment|check-?up|visit)\b|\b(?:appointment|check-?up|try-on|scan|clinic|physio|assessment|review|follow-?up) (?:at|in) (?:the )?hospital\b|\b(?:a |an |his |her |their )?(?:planned|routine|small|minor) (?:operation|op|surgery|procedure)\b/g,
    'an appointment',
  ],
  // Hungry for a reason of their own: "starving cos he skipped lunch to finish his project".
  [
    /\b(?:starving|starved|famished|so hungry|really hungry)\b(?=(?: \w+){0,4} (?:because|as|since) (?:he|she|they|i) (?:skipped|missed|forgot|left|did not have time for|was too busy for) (?:(?:his|her|their|my) )?(?:lunch|breakfast|dinner|tea|snack|packed lunch)\b)/g,
    'peckish',
  ],
  // A knock from sport or play, explained and not doubted: "a massive bruise on his shin from football"
  // (not "the bruises are not from basketball").
  [
    new RegExp(
      String.raw`\b(?:a |an )?(?:\w+ )?(?:bruises?|bruised \w+|black eye|graze[sd]?|cuts?|scrapes?|scratch(?:es)?|bumps?|sprain(?:ed)? \w+|twisted (?:his |her |their )?ankle|fat lip|nosebleed)\b(?: (?!not\b|never\b|no\b)\w+){0,5} (?:from|at|in|during) (?:his |her |their |the |a |an )?(?:\w+ ){0,2}(?:${SPORTS}|clash of heads|clash|collision|header|trampoline|trampolining|bike|scooter|skateboard|climbing|gymnastics|sports?|playground|play fight|fall off (?:his|her|their) (?:bike|scooter|skateboard))\b${UNLESS_DOUBTED}`,
      'g',
    ),
    SPORTS_KNOCK,
  ],
  // A hit taken in sport, told as sport and not doubted: "got absolutely battered at boxing
  // sparring", "took a big whack in the tackle at rugby".
  [
    new RegExp(
      String.raw`\b(?:got|gets|getting|took|takes|taking) (?:absolutely |properly |well |a (?:proper |big |massive |huge |hard |nasty |bad |real )*)?(?:battered|hammered|thumped|whacked|smacked|clattered|flattened|hit|whack|smack|thump|knock|bang)\b(?: \w+){0,4} (?:at|in|during) (?:his |her |their |the |a |an )?(?:\w+ ){0,2}(?:${SPORTS}|sparring|scrum|ruck|sports?)\b${UNLESS_DOUBTED}`,
      'g',
    ),
    SPORTS_KNOCK,
  ],
  // Words of sport and work that borrow harm words: "exploit the space behind their back line",
  // "grooming the pitch", "bruised ego", "missing the bus".
  [
    /\bexploit(?:s|ed|ing)? (?:the |that |this |their |our |any )?(?:space|spaces|gap|gaps|width|channel|channels|overlap|weakness|weaknesses|opportunity|opportunities|mismatch|high line|back line|flank|wings?)\b/g,
    'use the space',
  ],
  [
    /\bgroom(?:s|ed|ing)? (?:the |a )?(?:pitch|pitches|green|greens|wicket|track|tracks|piste|slope|field|outfield|arena|sand|horses?|ponies|pony|dogs?)\b/g,
    'preparing the ground',
  ],
  [/\bbruised (?:ego|pride)\b/g, 'embarrassed'],
  // Late for something, not lost: "missing the bus again sorry, 15 mins late" (never a child who
  // missed a lift or the coach home, who may be stranded).
  [
    /\b(?:missing|missed|miss|misses) (?:the |my |our )?(?:start|first half|beginning|kick-?off|deadlines?|cut-?off)\b|\b(?:missing|missed|miss) (?:the |my )?(?:bus|train|tram)\b(?=[^.!?]{0,40}\b(?:late|running behind|be there|get there|on (?:my|the) way)\b)/g,
    'late',
  ],
  [/\b(?:keeps|kept|keep) missing (?:homework|assignments|coursework)\b/g, 'is late with work'],
  // A climber held by the rope after coming off the wall: what a harness is for.
  [
    /\b(?:came|come|comes|fell|fallen|falls) off (?:the |a )?(?:climbing |bouldering )?wall\b(?=[^.!?]{0,60}\b(?:harness|rope|belay\w*|auto-?belay|caught (?:him|her|them))\b)/g,
    'slipped on the climbing wall',
  ],
  // Cutting food or craft materials: not harm.
  [
    /\bcutting (?:up )?(?:the |some |their |his |her )?(?:onions?|veg\w*|fruit|apples?|carrots?|peppers?|potatoes|tomatoes|bread|cake|pizza|sandwiches|paper|card|cardboard|fabric|felt|wood|rope|string|shapes|out shapes|grass|hedges?)\b/g,
    'chopping',
  ],
  // Hit by the ball, puck or shuttle of a game: an accident of play, like a knock from sport.
  [
    /\b(?:the |a )?(?:ball|football|netball|basketball|rugby ball|tennis ball|cricket ball|dodgeball|puck|shuttlecock|shuttle|frisbee|beanbag) (?:hit|smacked|whacked|struck|caught|bounced off|went into) (?:him|her|them)\b/g,
    SPORTS_KNOCK,
  ],
  // A quarrel, not a fall: "fell out over whose turn it was", "had a falling out with her mate".
  [
    /\b(?:fell|fallen|falling|fall|falls) out (?=with\b|over\b|about\b|because\b|cos\b|again\b)|\ba falling out\b/g,
    'argued ',
  ],
  // A minor illness: "has a stinking cold", "keeps sneezing on everyone" (not "with cold, clammy
  // hands", a sign of an emergency).
  [
    /\b(?:has|have|got|with|had|caught|getting|coming down with) (?:a |the )?(?:stinking |bad |streaming |horrible |heavy |nasty |bit of a |slight |little )?(?:cold|sniffles|snuffles|runny nose|snotty nose|blocked nose|hay ?fever|tickly cough)\b(?! (?:hands|feet|skin|body|lips|fingers|toes|sweats?|to the touch|and (?:clammy|blotchy|mottled|shivering|shaking|pale|grey|gray|blue|floppy|drowsy)))|\b(?:keeps |is |was )?(?:sneezing|sniffling)(?: (?:on|over|at) (?:everyone|everybody|people|the others)| everywhere| all over (?:everyone|everybody|the place))?\b/g,
    'a cold',
  ],
  // An absence explained ahead by an appointment or a common illness: "won't be in tonight, dentist
  // appt", "not coming today, mum says chickenpox" (never a trip abroad or a wedding, which guidance
  // on forced marriage and FGM reads as signs).
  [
    /\b(?:won't|wont|will not|can't|cannot|isn't|is not|not) (?:be in|be coming in|coming in|coming (?=tonight|today|tomorrow|this)|attending|make it|able to (?:come|make it|attend))\b(?=[^.!?]{0,40}\b(?:dentist|doctors?|gp|orthodontist|optician|appointment|appt|chickenpox|chicken pox|measles|flu|covid|a cold|tummy bug|sickness bug|d&v|conjunctivitis|hand foot and mouth)\b)/g,
    'is off',
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
  String.raw`\b(?:all (?:fine|good|ok|okay|sorted)|recovering (?:well|nicely|fine)|on the mend|healing (?:well|nicely)|friends again|no harm done|was treated|then (?:was|were|seemed|is|was totally|seemed totally) (?:fine|ok|okay|alright|all right|grand|happy|back to normal)|(?:seemed|seems|was|is) (?:fine|ok|okay|alright|all right|happy|grand) (?:about|with) it|walked it off|shook it off|right as rain|(?:was|is|seems|seemed) (?:grand|fine|ok|okay|happy|alright|all right) (?:after|again|now)|back (?:playing|to normal|in class|to (?:his|her|their) (?:usual|normal))|(?:loved|enjoyed|loves|enjoys) (?:the|it|every|our|this)|had (?:a|the) (?:lovely|great|brilliant|fab|fantastic|amazing|best)|(?:the )?best (?:chat|day|session|time)|so proud|well done|went down a storm|buzzing|great session|lovely (?:afternoon|morning|day|session)|gave first aid|first aid (?:given|done)|no symptoms|shook hands|made up (?:straight away|by|after|again|later|since|before)|(?:carried|went) on (?:with )?(?:the |their )?(?:game|playing)|back to (?:the )?game|accident (?:form|book|report|slip|sheet)s? (?:done|filled(?: in| out)?|completed|signed|in|logged|submitted|sent)|ice pack (?:done|on|applied)|(?:filled in|filled out|did|done|completed) (?:an |the )?accident (?:form|book|report|slip|sheet))\b`,
);

/**
 * The writer's own word that the person is glad, or that it ended well ("she seemed
 * genuinely upbeat", "he was grinning by the end", "good tears", "it's all amicable", "he's doing
 * great", a parent who "rang to say thanks", "he hasn't stopped talking about the trip", "it has really
 * helped her confidence"): everyday English for a good outcome, read as `reassuranceCues` is. Never "fine" or
 * "ok", which someone at risk says of themselves ("insists she's fine"), nor "loves" or "likes"
 * (words a groomer's message may hold); never what they are said to say.
 */
export const goodOutcomeCues = r(
  String.raw`(?<!\b(?:says?|said|insists?|insisted|claims?|claimed|tells? (?:me|us|everyone)|told (?:me|us|everyone)) )\b(?:he|she|they) (?:is|was|are|were|seems?|seemed|looked|looks) (?:so |really |genuinely |totally |absolutely |very |honestly )?(?:upbeat|chuffed|thrilled|buzzing|delighted|grinning|beaming|over the moon|doing great|loving it)\b|\bseem(?:s|ed)? (?:genuinely |really |totally |absolutely )?(?:upbeat|chuffed|thrilled)\b|\b(?:good|happy) tears\b|\btears of joy\b|\bamicabl[ey]\b|\bstill (?:good )?(?:friends|get on|gets on)\b|\b(?:perked|cheered|brightened) up\b|\b(?:seemed|seems|looked|looks) (?:much |a lot |loads |so |way )?(?:brighter|happier|more (?:settled|relaxed|cheerful|like (?:herself|himself|themselves)))\b|\b(?:he|she) is (?:lovely|brilliant|a star|a legend)\b|\bdoing (?:great|brilliant|really well|so well|amazingly)\b|\bit is (?:all )?(?:routine|sorted)\b|\bso excited\b|\b(?:he|she|they) will (?:survive|live)\b|\bcalmed down (?:after|in|within|by)\b|\b(?:rang|called|phoned|messaged|texted|emailed|wrote|came in|popped in) to say (?:a (?:big |huge )?)?(?:thanks|thank you|thankyou|ta)\b|\b(?:has not|hasn't|not) stopped (?:talking|going on) about (?:it|the (?:trip|session|day|show|match|game|visit|holiday|camp|residential))\b|\b(?:really |so )?helped (?:his|her|their) confidence\b`,
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
 * bike", "on the trampoline", "in the heat", "banged it on the table") and who saw to it ("A&E said
 * it's a fractured wrist and mum was with him", "logged it, mum picked her up", "ice pack, told
 * dad"). Read with `injuryDoubted`.
 */
export const injuryDealtWith =
  /\b(?:banged|bumped|knocked|bashed) (?:it|his \w+|her \w+|their \w+) (?:on|against) (?:the |a |his |her |their )?(?:\w+ )?(?:table|desk|door|doorframe|wall|chair|bench|shelf|cupboard|post|goalpost|floor|radiator|sink|bed|bunk)\b[\s\S]{0,200}\b(?:ice pack|iced|cold compress|first aid|all fine|told (?:mum|dad|parents?|carers?)|accident book|logged|incident form|saw it happen|was (?:sat |stood |standing |sitting )?(?:right )?next to)\b|\b(?:rolled|twisted|turned|sprained|went over on) (?:his|her|their|an|the) ankle\b[\s\S]{0,200}\b(?:iced|ice pack|just a sprain|only a sprain|a&e|first aid|strapped|all fine|to be safe|to be on the safe side)\b|\b(?:burn(?:ed|t)?|scald(?:ed)?|nicked|grazed)\b[^.!?]{0,40}\b(?:on|with|from) (?:the |a |his |her |their )?(?:\w+ )?(?:coffee machine|oven|kettle|iron|hob|grill|toaster|glue gun|knife|scissors|saw|mixer|fryer|tray|pan)\b[\s\S]{0,200}\b(?:cold water|under the (?:cold )?tap|accident book|first aid|plaster|logged|mum knows|dad knows|no blister)\b|\ba tooth came out\b|\b(?:nose ?bleed|nose (?:started|was|is|kept) bleeding|bleeding nose|nose started to bleed)\b[\s\S]{0,200}\b(?:tissues?|pinch\w*|sat (?:him|her|them) down|sat down|stopped|first aid|ice pack|cold compress)\b|\b(?:fell|fallen|falling|tripped|slipped|came off|come off|crashed|collided|landed)\b[^.!?]{0,60}\b(?:bike|trike|tricycle|scooter|skateboard|trampoline|climbing frame|monkey bars|wall|stairs|steps|step|kerb|curb|bench|chair|tree|horse|pony|pitch|court|tackle|garden|ice|party|playground|swing|slide|park|field|track|road|pavement|path)\b[\s\S]{0,200}\b(?:a&e|a and e|hospital said|doctor said|gp said|in a cast|cast on|in a sling|splint|(?:mum|dad|parents?|carers?) (?:took|was with|picked|knows|knew|came|already knew|was told)|told (?:mum|dad|parents?|carers?)|ice pack|iced|carried on|first aid|logged|accident book|incident form|all (?:set|sorted|fine)|not a (?:scratch|mark|bruise)|unhurt|uninjured|no (?:injur(?:y|ies)|harm done)|plaster(?:ed)? on|a plaster|battle (?:wound|scar))\b|\b(?:choked|choking) on (?:a |an |his |her |their |some |the )?(?:\w+ )?(?:grape|sweet|crisp|food|bread|apple|biscuit|carrot|popcorn|sandwich|drink|water|lunch|snack)\b[\s\S]{0,100}\b(?:coughed it (?:up|out)|it came (?:out|up)|(?<!\bnot )all fine|(?<!\bnot )fine now)\b|\b(?:being sick|throwing up|vomiting|a (?:high )?temperature|a fever|a (?:tummy |stomach )?bug|flu|a cold)\b[^.!?]{0,60}\b(?:won't be in|will not be in|won't be coming|will not be coming|not coming (?:in|today|tonight)|(?:is |be )?off (?:today|tonight|school|sick)|staying (?:at )?home|keeping (?:him|her|them) (?:at )?home)\b|\b(?:broke|broken|fractured|sprained)\b[^.!?]{0,40}\b(?:on|at|in|during|playing|doing) (?:the |a |his |her |their )?(?:\w+ )?(?:trampoline|bike|ride|match|game|training|tackle|party|holiday|skiing|climbing|gymnastics|football|rugby|netball)\b[\s\S]{0,200}\b(?:a&e|hospital|cast|sling|splint|mum|dad|all (?:set|sorted|fine))\b|\b(?:took|had|got|taken|takes) (?:a )?(?:knock|bang|bump|blow|ball)\b[\s\S]{0,200}\b(?:head injury (?:checks?|forms?|advice|leaflet)|concussion (?:checks?|test)|checked (?:him|her|them) over|the leaflet)\b|\b(?:banged|bumped|knocked|hit|bashed)\b (?:his|her|their) head (?:on|against) (?:the |a )?(?:\w+ ){0,2}?(?:door|table|wall|floor|shelf|cupboard|post|goal ?post|frame|desk|car|bus|minibus)\b[\s\S]{0,200}\b(?:checked (?:him|her|them) over|(?:he|she|they) (?:is|are|was|were|seems|seemed) (?:fine|ok|okay|alright|all right)|no symptoms|ice pack|first aid|logged|head injury (?:form|letter|slip))\b|\b(?:fainted|felt faint|went dizzy|passed out)\b[^.!?]{0,60}\b(?:in the heat|skipped (?:breakfast|lunch)|hadn't eaten|not eaten|standing too long|giving blood|at the sight of)\b[\s\S]{0,200}\b(?:right as rain|fine|better|okay|ok|picked (?:her|him|them) up|logged|a plan|care plan|sorted a plan)\b|\b(?:shaky|wobbly|hypo|low|sugars? (?:was|were|is) low)\b[\s\S]{0,80}\b(?:glucose|dextrose|jelly babies|lucozade|sugary drink|juice|his plan|her plan|their plan|care plan)\b[\s\S]{0,80}\b(?:(?:was|is|felt|feels|seemed|seems) (?:fine|better|ok|okay|back to normal|right as rain)|carried on|back (?:to training|playing|in the session))\b|\b(?:took|got|had) a (?:knock|bang|bump|whack|kick) (?:to|on) (?:the|his|her|their) (?:knee|ankle|leg|arm|shin|elbow|hand|wrist|shoulder|hip|foot|thigh)\b[\s\S]{0,200}\b(?:iced|ice pack|just a bruise|only a bruise|first aid|all fine)\b|\b(?:heat|hot|sun)\b[^.!?]{0,60}\b(?:felt|feeling|went|got) (?:a bit |really |quite |very )?(?:dizzy|faint|light-?headed)\b[\s\S]{0,120}\b(?:shade|water|(?:were|was) fine|fine after|right as rain)\b|\b(?:fainted|passed out|collapsed|had a (?:seizure|fit))\b[^.!?]{0,40}\b(?:last week|last month|yesterday|the other day|last (?:mon|tues|wednes|thurs|fri|satur|sun)day)\b[\s\S]{0,120}\b(?:(?:been |was |got )?cleared|signed off|(?:given )?the all clear)\b|\b(?:seizure|had a fit|absence seizure)\b[\s\S]{0,120}\b(?:care plan|her plan|his plan|their plan|epilepsy plan)\b[\s\S]{0,120}\b(?:was fine|is fine|fine after|back to (?:normal|herself|himself|themselves)|logged|carried on)\b/;

/** Doubt about how an injury happened, or someone who did it: then it is not dealt with, whatever was done. */
export const injuryDoubted =
  /\b(?:still (?:fitting|seizing|shaking|not)|not stopping|won't stop|will not stop|over (?:5|five) min\w*|longer than (?:5|five)|ambulance|999|pushed|shoved|thrown|threw|kicked|punched|slapped|shook|grabbed|dragged|attacked|beat|beaten|hit (?:him|her|them)|does not add up|doesn't add up|not sure (?:i |we )?believe|don't believe|do not believe|story (?:keeps )?chang\w*|different stor\w*|not convinced|wouldn't say how|won't say how|would not say how|will not say how|again\b(?! (?:next|tomorrow|soon|later|on (?:mon|tues|wednes|thurs|fri|satur|sun)day|this (?:week|weekend|term|summer)))|another one|third time|second time|keeps (?:having|getting|turning up))/;

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
  /\b(?:lol|lmao|lmfao|haha\w*|hehe\w*|creased up|cracked up|in stitches|crying laughing|laughing (?:their|our|my) heads off|(?:both|all) (?:of (?:them|us) )?(?:laughing|giggling))\b|\u{1F602}|\u{1F923}|\u{1F606}|\u{1F605}/u;

/** The threat words of the idiom: "going to kill him", "will murder her". */
export const killIdiomWords = /\b(?:kill|murder)\b/g;

/**
 * A young person thought missing and found safe ("…turned up 20 mins later, all fine", "went awol but
 * was just having a fag round the back"): the worry is over.
 */
export const foundSafe = r(
  String.raw`\b(?:turned up|turns up|was found|were found|been found|found (?:him|her|them)|came back|come back|got home|arrived home|is home|was home|is back)\b.{0,60}\b(?:all fine|all ok|all good|fine|safe and well|safe|okay|ok|no harm done|false alarm|panic over)\b|\b(?:but|and) (?:he|she|they) (?:was|were) just (?:in|at|having|with|outside|round|hiding|playing|in the|on (?:his|her|their) phone)\b|\bfalse alarm\b`,
);
