import { CHILD, DOOR_FORCED, POSSESSIVE, PRONOUN, r, WEEKS_OUT_OF_EDUCATION, YOUNG_ONES } from './lexicon-words.ts';

/**
 * How a message is framed: happening now or a pattern over time; a hypothetical, a course, the
 * news, material being prepared; and the words of a question about policy or procedure rather than
 * a report of a case.
 */

/** Happening now: with any sign of harm, the emergency line goes first. */
export const immediacyCues: readonly RegExp[] = [
  // On a live call with the young person now: "i've got him on my mobile".
  r(
    String.raw`\b(?:i've got|i have got|i have|got|keeping|i'm keeping|i am keeping) (?:him|her|them) on (?:the |my |a )?(?:phone|line|mobile|call|video call|zoom)\b|\bon the (?:phone|line) (?:with|to) (?:him|her|them) (?:now|right now|still)\b`,
  ),
  // Someone trying to get through the door of the room a young person is hiding in.
  r(
    String.raw`\b(?:is|are|'s|s) ${DOOR_FORCED}|\b(?:is|are|'s|s) trying to get (?:in|into) (?:my|her|his|the) (?:room|bedroom)\b`,
  ),
  // Hiding in a wardrobe, a cupboard or a locked room as the message is written ("she's hiding in
  // the wardrobe with her little brother"): hiding from someone now.
  r(
    String.raw`\b(?:is|are|'s|s|am|'m|currently|still) hiding (?:in|under|inside|behind) (?:the |her |his |their |my |a )?(?:wardrobe|cupboard|closet|bathroom|bedroom|toilet|loo|bed|shed|garage)\b`,
  ),
  // A scream, a shout or a bang and the call cut off.
  r(
    String.raw`\b(?:screamed|screaming|a scream|screams|yelled|yelling|shouted|shouting|a bang|a crash|a thud)\b.{0,40}\b(?:call|line|zoom|video|camera|screen|it) (?:dropped|cut (?:off|out)|went (?:dead|off|black)|ended)\b`,
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
  // An adult behind a locked door with a child now: "has gone into the toilet with a little girl
  // and locked the door", "is in a room with a 13yo boy with the door locked".
  r(
    String.raw`\b(?:has|have|is|are|been) (?:gone |just gone |taken (?:him|her|them) )?(?:in|into|inside) (?:the |a |an |his |her |their )?(?:\w+ ){0,2}(?:room|toilet|toilets|loo|bathroom|office|cubicle|van|car|tent|dorm|bedroom|changing room|cupboard|shed|store ?room) with (?:a |an |the |one of (?:the|our) )?(?:\w+ ){0,3}\w*?${YOUNG_ONES}\b[^.!?]{0,80}\b(?:locked|lock(?:ed|s)? the door)\b`,
  ),
  // A young person held somewhere with an adult now: "she's in a hotel room with a man… wants to
  // leave but the door's locked".
  r(
    String.raw`\b(?:she|he|they) (?:is|are|has been|have been) (?:in|at|inside) (?:a |an |the |his |their )?(?:\w+ ){0,2}(?:room|flat|house|car|van|hotel|place) with (?:a |an |some |two |three )?(?:older )?(?:man|men|guy|guys|adult|adults|stranger|strangers|bloke|blokes)\b[^.!?]{0,80}\b(?:locked|(?:wants|want|trying) to (?:leave|get out|go home)|(?:cannot|can't|can not) (?:leave|get out)|(?:will not|won't) let (?:her|him|them) (?:leave|go|out))\b`,
  ),
  // A deadline with a threat: "he's got an hour to get to a flat with the stuff or they'll go round
  // to his mum's" (exploitation: the threat is now).
  r(
    String.raw`\b(?:got|has|have|given|gave (?:him|her|them)) (?:an hour|half an hour|(?:\d+|two|three|ten|twenty|thirty) (?:mins?|minutes|hours?)|until (?:tonight|midnight|\d+)) to (?:get|be|go|bring|pay|drop|deliver)\b[^.!?]{0,80}\bor (?:they|he|she) (?:will|are going to|is going to)\b`,
  ),
  // A small child alone, no adult with them: "a little boy has just wandered in off the street…
  // nobody's with him".
  r(
    String.raw`\b(?:(?:little|small|tiny) (?:boy|girl|child|kid|one)|toddler|baby)\b[^.!?]{0,100}[.!?,]?[^.!?]{0,60}\b(?:nobody|no one|no-one|no adult|no parent|no grown up) (?:is |was )?(?:with|looking after|around) (?:him|her|them)\b`,
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
  // A young child left alone, or found wandering: a baby in a hot car, toddlers home alone, a
  // parent gone for days or since a day named.
  r(
    String.raw`\b(?:baby|babies|toddlers?|infants?|little ones|[1-6] ?(?:year old|yr old|yo)s?)\b.{0,60}\b(?:on (?:their|his|her) own|by (?:them|him|her)sel(?:f|ves)|alone|unattended|left)\b.{0,40}\b(?:car|house|flat|home|dark|road|boiling|roasting|windows up)\b|\b(?:mum|mom|dad|parents?|carers?)(?:'s| has| have| is| are)? (?:been )?(?:gone|away|not (?:been )?home) (?:(?:for )?(?:a few |several |two |three |\d+ )?(?:days|nights|weeks?)|since (?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|yesterday|last night|the weekend))\b|\b(?:went|gone) (?:abroad|away) and left (?:him|her|them)\b|\b(?:does not|doesn't|do not|don't) know where (?:she|he|they) (?:is|are)\b|\bwandering (?:by|on|near|along|down) (?:the |a )?(?:main )?(?:road|street|motorway|river|canal)|\b(?:nobody|no one|no-one)(?: is|'s)? answering\b`,
  ),
];

/** A pattern or a past episode rather than something happening now ("keeps going missing"). */
export const habitualCues: readonly RegExp[] = [
  // Missing education for weeks: a pattern, not someone missing now.
  r(String.raw`\b${WEEKS_OUT_OF_EDUCATION}\b`),
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
  String.raw`\b(?:on|at|in|during) the (?:\w+ )?(?:course|training|induction|webinar|workshop|refresher)\b,? (?:they|the trainers?|the tutor|the facilitator|the speaker|the presenter|it) (?:said|says|told us|taught us|mentioned|explained|showed us)\b|\bthe (?:[\w-]+ ){0,2}(?:course|training|induction|webinar|workshop|refresher|module|e-?learning)(?: (?:session|day|video|slides?|notes?|handbook))? (?:said|says|told us|taught us|mentioned|explained|showed us|covered)\b`,
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
  String.raw`\b(?:making|make|putting together|put together|writing|write|drafting|draft|updating|update|preparing|prepare|prepping|prep|designing|creating|building|planning) (?:up )?(?:a |an |the |our |some |my )?(?:[\w-]+ )?(?:checklist|crib sheet|cheat sheet|flow ?chart|faqs?|briefing|handout|poster|leaflet|slides|presentation|induction|session plan|lesson plan|quiz|scenarios?|script|template|training (?:session|pack|slides|materials?|course))\b|\b(?:brief|briefing|prep|prepping|induct|inducting) (?:the |our |my |new |all (?:the )?|some )?(?:new )?(?:team|staff|tutors|volunteers|coaches|leaders|mentors|befrienders|helpers|trainees|starters)\b|\bjust so (?:i|we) know (?:the|what|who|how)\b|\b(?:read|reading|brush|brushing|swot|swotting|gen) up (?:on (?:it|this|that|the \w+) )?(?:before|ahead of|first)\b|\b(?:it is |this is |it's |asking )?for (?:the|our|a|my) (?:\w+ ){0,2}(?:q ?& ?a|q and a|faqs?|handbook|crib sheet|cheat sheet|info sheet|fact sheet|briefing|induction pack|training pack|training slides|quiz|newsletter)\b|\b(?:training|practice|role[- ]?play) (?:scenarios?|exercises?|case stud(?:y|ies))\b`,
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

export const policyFraming: readonly RegExp[] = [
  r(
    String.raw`^(?:(?:is|are|does|do|did) (?:the|our|this|that|a|an|any|there)\b|what(?: is|'s)? (?:the |our |your )?(?:minimum |maximum |legal |youngest |lowest |upper |age )?(?:policy|procedure|process|guidance|rule|rules|protocol|law|age|limit|plan (?:if|when|for))|what does (?:the|our) (?:policy|procedure|guidance) say|(?:is|are) there (?:a|any) (?:policy|procedure|guidance|training|rules?)|do (?:we|i|you) (?:have|need|get)|does (?:the|our) (?:policy|procedure)|where (?:is|are|can i find|do i find|(?:do|should|can|would) (?:i|we) (?:log|record|report|write|put|send|upload|flag|note|file))|who(?: is|'s| are) (?:the|our|my)|who (?:do|should|can|would) (?:i|we) (?:tell|report|contact|ask|speak|talk|go|call|ring|phone|email|text)|how (?:do|should|can|would|often|long|much|many) |when (?:do|should|must|can) (?:i|we)|can (?:i|we|you|staff|volunteers|parents|leaders|coaches)|could (?:i|we)|am i (?:allowed|supposed|meant|expected|required|ok)|are (?:we|staff|volunteers|leaders|coaches|befrienders|tutors|helpers|trustees|mentors|drivers|escorts|carers|parents) (?:allowed|supposed|meant|expected|required|trained)|is (?:it|there) (?:ok|okay|alright|allowed|fine|a rule|a policy)|should (?:i|we|staff|volunteers)|must (?:i|we)|what (?:should|do|must|would) (?:i|we) do (?:if|when|about)|what (?:should|do|would) (?:i|we) (?:say|tell|reply)|can (?:a|an|the|our) (?:[\w-]+ ){0,2}(?:helpers?|volunteers?|parents?|coach(?:es)?|leaders?|staff|adults?|trustees?|drivers?|tutors?|mentors?)\b|what happens (?:if|when)|what training|what counts as|what(?: is|'s) the difference between|what (?:are|is) (?:the )?signs)`,
  ),
  // Asking how to respond: "what's the right thing to say?", "what's the right response?".
  r(
    String.raw`\bwhat(?:'s| is) the (?:right|best|correct|proper) (?:thing to (?:say|do)|way to (?:respond|handle|deal|reply)|response|answer|procedure|thing)\b`,
  ),
  // Asking on someone's behalf: "the befriender wants to know if she's allowed to give…", "a parent
  // asked whether they are ok to film".
  r(
    String.raw`\b(?:wants?|wanted|wanting|asking|asked|asks|wondering|wondered|checking|checked) (?:to know |me |us )?(?:if|whether) (?:she|he|they|i|we|it) (?:is|are|was|were|am) (?:allowed|ok|okay|alright|meant|supposed|permitted|able) to\b`,
  ),
  // Asking what a word means, or for something that explains it: "what county lines means", "any
  // short video that explains it?".
  r(
    String.raw`\bwhat (?:does |do |is |are )?(?:["'\w-]+ ){1,4}(?:means?|stands? for)\b|\bwhat(?: is|'s) meant by\b|\b(?:meaning|definition) of\b|\b(?:videos?|leaflets?|resources?|explainers?|websites?|links?|clips?) (?:that |which )?explains?\b`,
  ),
  hypotheticalFraming,
  statedHypothetical,
  policyWords,
];
