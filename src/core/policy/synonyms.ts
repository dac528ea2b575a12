/**
 * How staff actually talk, mapped onto the words policies use.
 *
 * `phrases` rewrite multi-word expressions into one token before tokenising (both clauses and
 * questions), so "young person" and "kid" can meet. `equivalents` put stems of the same meaning
 * under one canonical stem at index and query time. `related` widens a question with nearby
 * concepts at a lower weight: a question about "messaging" should find a clause about texts, but
 * a clause that says "message" should still win.
 */
export interface SynonymMap {
  readonly phrases: ReadonlyArray<readonly [RegExp, string]>;
  /** Irregular word forms the stemmer cannot reduce (kept, taken, sent), mapped to their base. */
  readonly irregular: Readonly<Record<string, string>>;
  /** Terms that say little on their own in a question ("use", "send"): searched at a lower weight. */
  readonly light: readonly string[];
  readonly equivalents: Readonly<Record<string, readonly string[]>>;
  readonly related: Readonly<Record<string, readonly string[]>>;
}

/** The default synonym map for UK charity and youth-work safeguarding policies. */
export const defaultSynonyms: SynonymMap = {
  phrases: [
    [/\b(?:members? of staff|staff members?)\b/g, 'staff'],
    [/\bthird[- ]part(?:y|ies)\b/g, 'thirdparty'],
    [/\bcodes? of conduct\b/g, 'codeofconduct'],
    [/\bout(?:side)?(?: of)? (?:(?:agreed|normal|office|working|operational|school) )*hours\b/g, 'outofhours'],
    [/\bout of hours\b/g, 'outofhours'],
    [/\b(?:how old|(?:years?|yrs?)[- ]olds?|aged)\b|\b\d{1,2} ?(?:yo|y\/o)\b/g, 'age'],
    // "yr 7", "2 yrs": a year, however chat spells it.
    [/\byrs?\b/g, 'year'],
    [/\bhot ?spot(?:ting)?\b/g, 'tether'],
    [/\byp\b/g, 'youngperson'],
    // Chat spellings that hold in any setting.
    [/\bmsgs?\b/g, 'message'],
    [/\btxts\b/g, 'texts'],
    [/\bvids?\b/g, 'video'],
    [/\bconvos?\b/g, 'conversation'],
    // "One-to-one", "one on one", "a 1:1", "1-2-1s", "1-1 sessions": one word, as policies and
    // chat write it, which its words (stop words) never were (not "won 1-1", a score, nor "11:15").
    [
      /\bone[- ](?:to|on)[- ]ones?\b|\b1 ?: ?1s?\b|\b1-2-1s?\b|\b1 (?:to|on) 1s?\b|\b1-1s?(?= (?:sessions?|meetings?|chats?|support|time|work|tutoring|tuition|lessons?|mentoring|calls?)\b)/g,
      'onetoone',
    ],
    [/\bppl\b/g, 'people'],
    [/\b(?:on|via|over|through|thru) snap\b/g, 'on snapchat'],
    [/\b(?:tbh|tho|btw|pls|plz|asap|lol|ngl|imo|fyi)\b/g, ' '],
    // Chat openers that ask nothing: "hiya", "sorry to bother you", "random q", "silly question but".
    [
      /^\s*(?:(?:hiya|hi|hey|hello)\b[\s,!.-]*|(?:good )?(?:morning|afternoon|evening)\s*[,!.-]+\s*)|\b(?:sorry to (?:bother|bug|pester) (?:you|u)|(?:random|silly|stupid|daft|dumb|quick|odd|weird) (?:q|qq|question)(?: (?:maybe|probably|here|incoming))?|just wondering|i was wondering)\b/g,
      ' ',
    ],
    [/\b(?:tmrw|tmr|tmoz|tomoz|2moro|2morrow)\b/g, 'tomorrow'],
    [/\bwks?\b/g, 'week'],
    [/\b(?:ok'?d|okayed|okay'?d)\b/g, 'approved'],
    [/\bcomms\b/g, 'communications'],
    // Age groups in sport and youth work: "the u13s", "under 16s".
    [/\b(?:u|under[- ]?)(?:[5-9]|1[0-9])s?\b/g, 'youngperson'],
    [/\bb?cc(?:'?d|'?ing|s)?\b/g, 'copy'],
    [/\bbreak[- ]?out (?:rooms?|spaces?|groups?)\b/g, 'breakout'],
    [/\bbreakout (?:rooms?|spaces?)\b/g, 'breakout'],
    [
      /\b(?:take|taking|took|make|making|made|receive|receiving|answer|answering|accept|accepting)\s+(?:a\s+|an\s+|the\s+)?(?=(?:personal\s+|private\s+|phone\s+|international\s+|work\s+)?calls?\b)/g,
      '',
    ],
    [/\bat the (?:end|start|beginning) of\b/g, ' '],
    // A kiss in chat: "sign off with an x", "cheers x", "xx", "x's".
    [
      /\b(?:an|with|put|add|adding|sign(?:ing|s)? off with|signed off with) x{1,3}(?![-\w])|(?<=\b(?:cheers|thanks|thank you|ta|love|bye|night|soon|later|luv) )x{1,3}(?![-\w])|\bx{2,3}(?![-\w])|\bx'?s\b/g,
      ' kiss ',
    ],
    // Going on with something: "carry on", "keep going" are to continue.
    [/\b(?:carry|carries|carried|carrying) on\b|\bkeep(?:s|ing)? going\b/g, 'continue'],
    [
      /\b(?:who is|is|are|aged?|age of|under|over)\s+(?:\d|1\d|2[0-5])\b(?!\s*(?:minutes?|mins?|hours?|days?|weeks?|pm|am|%|pounds?))/g,
      ' age ',
    ],
    [
      /\b(?:work|company|organisation(?:al)?|office|business|provided)\s+(?:smart ?|mobile )?(?:phones?|mobiles?)\b/g,
      '$& workphone',
    ],
    [/\byoung (?:people|persons?|adults?)\b/g, 'youngperson'],
    // The young people of a club or group: "youth players", "junior members", "the junior section".
    [
      /\b(?:youth|junior) (?:players?|members?|participants?|athletes?|swimmers?|gymnasts?|section|squads?|teams?|footballers?|cricketers?|sailors?|rowers?|riders?|students?)\b/g,
      'youngperson $&',
    ],
    [/\byp'?s\b/g, 'youngperson'],
    [/\bservice users?\b/g, 'participant'],
    [/\bsocial (?:media|network(?:ing)?(?: sites?)?)\b/g, 'socialmedia'],
    [/\bsocial networking\b/g, 'socialmedia'],
    [/\binstant messag(?:ing|es?)\b/g, 'instantmessaging'],
    [/\bdirect messag(?:ing|es?)\b/g, 'instantmessaging'],
    [/\bprivate messag(?:ing|es?)\b/g, 'instantmessaging'],
    [/\bdms?\b/g, 'instantmessaging'],
    [/\bwhats ?app\b/g, 'whatsapp'],
    [/\bphone numbers?\b/g, 'phonenumber'],
    [/\bmobile numbers?\b/g, 'phonenumber'],
    [/\bcontact (?:details|numbers?)\b/g, 'phonenumber'],
    [/\bvideo ?(?:call|conferenc(?:e|ing)|meeting)s?\b/g, 'videocall'],
    [/\bonline (?:session|meeting|call)s?\b/g, 'videocall'],
    [/\be-?mails?\b/g, 'email'],
    [/\bprofile pic(?:ture)?s?\b/g, 'profile'],
    [/\bpremium[- ]rate\b/g, 'premiumrate'],
    // A criminal records check, by any of its UK names: DBS (and the CRB before it) in England and
    // Wales, PVG and Disclosure Scotland in Scotland, AccessNI in Northern Ireland.
    [
      /\b(?:disclosure and barring(?: service)?|criminal records? (?:bureau )?(?:checks?|certificates?|disclosures?)|disclosure scotland|access ?ni|crb|crc|pvg)\b/g,
      'dbs',
    ],
    // The safeguarding roles UK policies abbreviate, spelled out as they are written in full, so
    // "who's the dsl?" meets "our Designated Safeguarding Lead is…" and "(DSL)" meets the question
    // that spells it out.
    [/\b(?:ddsls?|deputy dsls?)\b/g, 'deputy designated safeguarding lead'],
    [/\bdsls?\b/g, 'designated safeguarding lead'],
    [/\bdsos?\b/g, 'designated safeguarding officer'],
  ],
  irregular: {
    kept: 'keep',
    took: 'take',
    taken: 'take',
    sent: 'send',
    told: 'tell',
    gave: 'give',
    given: 'give',
    made: 'make',
    met: 'meet',
    brought: 'bring',
    wrote: 'write',
    written: 'write',
    rang: 'ring',
    rung: 'ring',
    spoke: 'speak',
    spoken: 'speak',
    saw: 'see',
    seen: 'see',
    went: 'go',
    gone: 'go',
    paid: 'pay',
    bought: 'buy',
    left: 'leave',
    lost: 'lose',
    stole: 'steal',
    stolen: 'steal',
    found: 'find',
    held: 'hold',
    shown: 'show',
    known: 'know',
    chose: 'choose',
    chosen: 'choose',
    drove: 'drive',
    driven: 'drive',
    hid: 'hide',
    hidden: 'hide',
    children: 'child',
    people: 'person',
    another: 'other',
    others: 'other',
  },
  light: ['us', 'use', 'send', 'make', 'get', 'put', 'go', 'come', 'let', 'try', 'do', 'have', 'need'],
  equivalents: {
    text: ['text', 'sms', 'txt', 'textmessag'],
    photo: ['photo', 'photograph', 'pictur', 'pic', 'pix', 'imag', 'selfi', 'photographi'],
    film: ['film', 'video', 'footag', 'videoo'],
    phone: ['phone', 'mobil', 'smartphon', 'cellphon', 'telephon', 'handset', 'iphon', 'cell'],
    youngperson: [
      'youngperson',
      'child',
      'children',
      'kid',
      'youngster',
      'minor',
      'teenag',
      'teen',
      'juvenil',
      'under18',
      'u18',
    ],
    participant: ['participant', 'attende'],
    parent: ['parent', 'carer', 'guardian', 'mum', 'dad', 'mother', 'father', 'famili'],
    friend: ['friend', 'befriend', 'unfriend'],
    instantmessaging: [
      'instantmessag',
      'whatsapp',
      'snapchat',
      'messeng',
      'imessag',
      'telegram',
      'signal',
      'msn',
      'yahoo',
    ],
    socialmedia: ['socialmedia', 'facebook', 'instagram', 'insta', 'tiktok', 'twitter', 'twitch', 'youtub', 'fb'],
    email: ['email', 'mail'],
    permiss: ['permiss', 'consent', 'approv', 'authoris', 'authoriz', 'allow', 'agreement'],
    videocall: ['videocall', 'zoom', 'skype', 'confer', 'webinar'],
    passcod: ['passcod', 'password', 'passwd', 'passcode'],
    emerg: ['emerg', 'urgent', 'urgenc'],
    vehicl: ['vehicl', 'vehicle', 'car', 'van', 'minibu', 'bus', 'taxi'],
    drive: ['drive', 'driv', 'driver'],
    ag: ['ag', 'age'],
    lose: ['lose', 'loss', 'misplac'],
    steal: ['steal', 'theft', 'thief'],
    call: ['call', 'ring'],
    outofhour: ['outofhour', 'outofhours', 'evening', 'night', 'weekend', 'midnight', 'overnight'],
    tether: ['tether', 'hotspot'],
    breakout: ['breakout', 'break-out'],
  },
  related: {
    text: ['messag', 'instantmessaging', 'contact', 'phonenumber'],
    keep: ['store', 'save'],
    store: ['keep', 'save'],
    save: ['store', 'keep', 'download'],
    download: ['save', 'store'],
    public: ['privat'],
    privat: ['public'],
    borrow: ['us', 'other', 'allow'],
    lend: ['us', 'other', 'allow'],
    call: ['phone', 'contact'],
    workphone: ['phone'],
    phone: ['devic', 'equip'],
    post: ['publish', 'upload', 'share', 'onlin'],
    publish: ['post', 'onlin'],
    upload: ['post', 'publish', 'onlin'],
    own: ['person'],
    person: ['own'],
    session: ['activ', 'meet'],
    activ: ['session'],
    exchang: ['share'],
    messag: ['text', 'instantmessaging', 'email', 'commun', 'contact'],
    instantmessaging: ['messag', 'text', 'socialmedia', 'contact', 'phonenumber'],
    photo: ['film'],
    film: ['photo', 'record'],
    record: ['film'],
    youngperson: ['member', 'participant', 'student'],
    member: ['youngperson', 'participant'],
    participant: ['youngperson', 'member'],
    student: ['youngperson'],
    friend: ['follow', 'add', 'contact'],
    follow: ['friend'],
    contact: ['commun', 'phonenumber', 'messag'],
    commun: ['contact', 'messag'],
    phonenumber: ['phone', 'contact'],
    socialmedia: ['account', 'profil', 'friend', 'onlin'],
    email: ['messag', 'commun'],
    share: ['give', 'distribut'],
    videocall: ['session', 'onlin'],
    permiss: ['agre'],
    trustee: ['board'],
    review: ['date'],
  },
};
