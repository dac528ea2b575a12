import type { ConcernKind } from './concern-kinds.ts';

/**
 * The signs and indicators that UK guidance (NSPCC "signs, symptoms and effects", Keeping Children
 * Safe in Education annex B, the Care Act 2014 statutory guidance for adults at risk) lists under
 * each kind of harm, as the words staff use for them. Plain words and phrases, one list per kind,
 * so anyone can read and extend them: a phrase matches as whole words, and a trailing `*` matches
 * any ending ("bruis*" finds bruise, bruised, bruising).
 *
 * These are weak signs: on their own they prove nothing ("knife" is in a cookery session too), so
 * the detector counts them only when the message tells of something about someone in particular
 * ("yp came in with a split lip"), never in a question about policy ("what's the procedure for a
 * bruise?"). The strong, self-sufficient patterns are in `concern-lexicon.ts`.
 */
export const concernSigns: Readonly<Record<ConcernKind, readonly string[]>> = {
  'physical-abuse': [
    'bruis*', 'black eye', 'split lip', 'fat lip', 'burn mark*', 'scald*', 'welt*', 'swollen', 'swelling', 'fractur*',
    'broken arm', 'broken wrist', 'broken nose', 'injur*', 'marks on', 'finger marks', 'hand mark*', 'beaten',
    'beating', 'wallop*', 'battered', 'thrown', 'shoved', 'strangl*', 'chok*', 'throttl*', 'sorts him out',
    'sorts her out', 'did it to', 'flinch*', 'limp*', 'wince*', 'lashes out', 'knocked about', 'roughed up',
  ],
  'sexual-abuse': [
    'sexual*', 'sleep with', 'sleeping with', 'sleeping together', 'slept with', 'having sex', 'in her bed',
    'in his bed', 'into her bed', 'into his bed', 'fondl*', 'grop*', 'private parts', 'privates', 'down there',
    'does things', 'do things', 'doing things', 'does stuff', 'doing stuff', 'makes me do', 'made me do',
    'makes her do', 'makes him do', 'undress*', 'naked', 'no clothes', 'pulled her top', 'pulled his trousers',
    'porn*', 'pregnan*', 'morning after pill', 'std', 'sti', 'sexually transmitted', 'should not know about',
    'shouldnt know about', 'no 4 yr old should', 'with the dolls', 'acting out', 'babysit*', 'little game',
    'special game', 'secret game',
  ],
  'emotional-abuse': [
    'nobody loves', 'no one loves', 'not loved', 'unloved', 'says i am bad', 'says she is bad', 'says he is bad',
    'never been born', 'worthless', 'ugly', 'disgusting', 'r*tard', 'retard*', 'embarrassment', 'humiliat*',
    'belittl*', 'ridicul*', 'toughen', 'sobbing', 'terrified', 'scared stiff', 'petrified', 'ignores her',
    'ignores him', 'blames her', 'blames him', 'screams at', 'screaming at', 'shouts at', 'shouting at', 'swears at',
    'threaten*',
  ],
  neglect: [
    'neglect*', 'hungry', 'starving', 'no food', 'nothing in the fridge', 'nothing to eat', 'unwashed', 'filthy',
    'stank', 'stinks', 'smelly', 'head lice', 'nits', 'rotten teeth', 'teeth are black', 'rotting',
    'missed appointments', 'missed the dentist', 'missed the doctor', 'missed their appointments', 'lost weight',
    'lost loads of weight', 'weight loss', 'underweight', 'too thin', 'same clothes', 'no coat', 'no shoes',
    'left alone', 'home alone', 'not collected', 'never collected', 'kicked her out', 'kicked him out',
    'sofa surfing', 'homeless', 'sleeping rough', 'stairwell', 'no heating', 'no electric*', 'no bed', 'unkempt',
    'scruffy', 'tired all the time', 'exhausted',
  ],
  'self-harm-suicide': [
    'self harm*', 'self-harm*', 'cutting', 'cuts', 'scars', 'blade', 'razor*', 'paracetamol', 'pills', 'tablets',
    'overdos*', 'suicid*', 'kill himself', 'kill herself', 'kill themselves', 'kys', 'end it', 'ending it',
    'end his life', 'end her life', 'not be around', 'will not be around', 'will not need', 'would not need',
    'won\'t need', 'will not be needing', 'giving his stuff away', 'giving her stuff away', 'giving things away',
    'gave away', 'say goodbye', 'better off', 'no point', 'hopeless', 'be with his mum', 'be with her mum',
    'be with his dad', 'be with her dad', 'on the bridge', 'hanging', 'dying', 'want to die', 'wants to die',
    'not want to be here', 'does not want to live',
  ],
  'online-sexual-abuse': [
    'nudes', 'nude*', 'naked', 'no clothes on', 'with no clothes', 'body shots', 'physique', 'underwear', 'bikini',
    'topless', 'photos of her', 'photos of him', 'explicit', 'webcam', 'private discord', 'online boyfriend',
    'online bf', 'met online', 'gift cards', 'gift card', 'webcam', 'sextortion', 'blackmail*', 'send it to',
    'sent some', 'already sent', 'wants pics', 'asking for pics', 'asking for photos', 'grooming', 'groom*',
  ],
  exploitation: [
    'exploit*', 'county lines', 'going country', 'two phones', 'second phone', 'burner', 'new trainers', 'gift cards',
    'older boyfriend', 'older men', 'older guys', 'bank card', 'bank account', 'pin number', 'signed over',
    'signed her house', 'signed his house', 'power of attorney', 'takes her money', 'takes his money', 'cuckoo*',
    'dementia', 'has to sleep with', 'sleep with his mates', 'sleep with her mates', 'know where his mum lives',
    'know where her mum lives', 'know where he lives', 'know where she lives',
  ],
  'peer-on-peer': [
    'cornered', 'pulled her top up', 'pulled his trousers down', 'filmed it', 'filming it', 'jumped', 'got jumped',
    'grass*', 'snitch*', 'kys', 'bully*', 'bullied', 'picked on', 'picking on', 'ganging up', 'ganged up',
    'go round the back', 'round the back', 'initiation', 'hazing',
  ],
  'domestic-abuse': [
    'domestic*', 'smashed', 'smashing', 'smashed up', 'by the throat', 'had mum by', 'wardrobe', 'out of prison',
    'not meant to know where', 'injunction', 'restraining order', 'refuge', 'police came', 'police round',
    'screaming at the woman', 'screaming at mum', 'shouting at mum', 'hits mum', 'hit mum', 'hurts mum', 'dad hits',
    'fighting at home',
  ],
  fgm: [
    'fgm', 'circumcis*', 'cutting', 'done properly', 'purif*', 'become a woman', 'special procedure',
    'takes ages in the toilet', 'walks awkwardly', 'walking awkwardly',
  ],
  radicalisation: [
    'radical*', 'extrem*', 'immigrants', 'migrants', 'foreigners', 'muslims', 'jews', 'kuffar', 'kafir*', 'infidel*',
    'beheading', 'behead*', 'execution video', 'martyr*', 'jihad*', 'isis', 'caliphate', 'travel to marry',
    'go to syria', 'with a bat', 'race war', 'white power', 'nazi*', 'swastika*', 'hitler', 'propaganda', 'manifesto',
    'incel*', 'shooter*', 'bomb*', 'dropped all her friends', 'dropped all his friends', 'cut off his friends',
    'cut off her friends', 'conspirac*', 'the man doing',
  ],
  'missing-child': [
    'cannot find', 'can not find', 'could not find', 'gate is open', 'gate open', 'side gate', 'one short',
    'head count', 'headcount', 'left at the', 'left him at', 'left her at', 'not on the coach', 'not on the bus',
    'ran off', 'run off', 'walked off', 'disappeared', 'last seen', 'not come home', 'no one has seen',
    'nobody has seen',
  ],
  'medical-emergency': [
    'can barely stand', 'cannot stand', 'barely stand', 'hypo', 'fitting', 'seizure', 'collaps*', 'unconscious',
    'not breathing', 'choking', 'swelling up', 'drowsy', 'head injury', 'banged his head', 'banged her head',
    'chest pain', 'slurring', 'floppy',
  ],
  'threat-to-life': [
    'knife', 'knives', 'blade', 'machete', 'gun', 'weapon', 'kill her', 'kill him', 'kill them', 'kill you',
    'kill everyone', 'stab*', 'shoot*', 'arson',
  ],
};

/** The signs of each kind as one whole-word pattern. */
export function signPatterns(signs: Readonly<Record<ConcernKind, readonly string[]>> = concernSigns): ReadonlyMap<ConcernKind, RegExp> {
  const out = new Map<ConcernKind, RegExp>();
  for (const [kind, words] of Object.entries(signs) as [ConcernKind, readonly string[]][]) {
    const alternatives = words.map((word) =>
      word
        .toLowerCase()
        .replace(/[.+?^${}()|[\]\\]/g, '\\$&')
        .replace(/\*$/, '\\w*')
        .replace(/\*/g, '.')
        .replace(/ /g, '\\s+'),
    );
    out.set(kind, new RegExp(`(?<![\\w])(?:${alternatives.join('|')})(?![\\w])`));
  }
  return out;
}
