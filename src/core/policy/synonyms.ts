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
  readonly equivalents: Readonly<Record<string, readonly string[]>>;
  readonly related: Readonly<Record<string, readonly string[]>>;
}

/** The default synonym map for UK charity and youth-work safeguarding policies. */
export const defaultSynonyms: SynonymMap = {
  phrases: [
    [/\byoung (?:people|persons?|adults?)\b/g, 'youngperson'],
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
    [/\bmini ?bus(?:es)?\b/g, 'vehicle'],
  ],
  equivalents: {
    text: ['text', 'sms', 'txt', 'textmessag'],
    photo: ['photo', 'photograph', 'pictur', 'pic', 'pix', 'imag', 'selfi', 'snap', 'photographi'],
    film: ['film', 'video', 'footag', 'record', 'videoo'],
    phone: ['phone', 'mobil', 'smartphon', 'cellphon', 'telephon', 'handset', 'iphon', 'cell'],
    youngperson: ['youngperson', 'child', 'children', 'kid', 'youngster', 'minor', 'teenag', 'teen', 'juvenil', 'under18', 'u18'],
    participant: ['participant', 'attende'],
    parent: ['parent', 'carer', 'guardian', 'mum', 'dad', 'mother', 'father', 'famili'],
    friend: ['friend', 'befriend', 'unfriend'],
    instantmessaging: ['instantmessag', 'whatsapp', 'snapchat', 'messeng', 'imessag', 'telegram', 'signal', 'msn', 'yahoo'],
    socialmedia: ['socialmedia', 'facebook', 'instagram', 'insta', 'tiktok', 'twitter', 'twitch', 'youtub', 'fb'],
    email: ['email', 'mail'],
    permiss: ['permiss', 'consent', 'approv', 'authoris', 'authoriz', 'allow', 'agreement'],
    videocall: ['videocall', 'zoom', 'skype', 'confer', 'webinar'],
    passcod: ['passcod', 'password', 'pin', 'passwd'],
    emerg: ['emerg', 'urgent', 'urgenc'],
    vehicl: ['vehicl', 'vehicle', 'car', 'van', 'minibu', 'bus', 'taxi'],
    drive: ['drive', 'driv', 'driver'],
  },
  related: {
    text: ['messag', 'instantmessaging'],
    messag: ['text', 'instantmessaging', 'email', 'commun'],
    instantmessaging: ['messag', 'text', 'socialmedia'],
    photo: ['film'],
    film: ['photo'],
    youngperson: ['member', 'participant', 'student'],
    member: ['youngperson', 'participant'],
    participant: ['youngperson', 'member'],
    student: ['youngperson'],
    friend: ['follow', 'add', 'contact'],
    follow: ['friend'],
    contact: ['commun', 'phonenumber', 'messag'],
    commun: ['contact', 'messag'],
    phonenumber: ['phone', 'contact'],
    call: ['phone', 'contact'],
    socialmedia: ['account', 'profil', 'friend', 'onlin'],
    email: ['messag', 'commun'],
    share: ['give', 'distribut'],
    videocall: ['session', 'onlin'],
    permiss: ['agre'],
    trustee: ['board'],
    review: ['date'],
  },
};
