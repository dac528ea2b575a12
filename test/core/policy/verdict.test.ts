import { describe, expect, it } from 'vitest';
import { TextAnalyser } from '../../../src/core/policy/text-analysis.ts';
import {
  asksApproval,
  asksYesOrNo,
  classifyQuestion,
  permittedAct,
  readClause,
  readQuestion,
  readVerdict,
  sentenceForce,
  splitSentences,
} from '../../../src/core/policy/verdict.ts';

const analyser = new TextAnalyser();
const relevance = {
  terms: (text: string) => analyser.terms(text),
  weight: () => 1,
  known: () => true,
  related: (term: string) => analyser.related(term),
};
const verdict = (question: string, clauseText: string, extra: { context?: string; section?: string } = {}) =>
  readVerdict({ question, clauseText, relevance, ...extra }).verdict;
/** The verdict when the index has read one question word as near in meaning to a policy word. */
const verdictWithNear = (question: string, clauseText: string, [word, near, similarity]: [string, string, number]) =>
  readVerdict({
    question,
    clauseText,
    relevance,
    asked: readQuestion(question, relevance, { near: new Map([[word, [[near, similarity] as const]]]) }),
  }).verdict;

describe('classifyQuestion', () => {
  it('tells permission, obligation and open questions apart', () => {
    expect(classifyQuestion('Can I text this young person?')).toBe('permission');
    expect(classifyQuestion('Is sexting ever ok?')).toBe('permission');
    expect(classifyQuestion('am i allowed to take pics')).toBe('permission');
    expect(classifyQuestion('session ran late, ok if i drop the last two home myself?')).toBe('permission');
    // A choice between doing it and not, a tag at the end, a permission asked after an open question.
    expect(classifyQuestion('a parent added me on insta, accept or just leave it?')).toBe('permission');
    expect(classifyQuestion('only me left on the call with three of them, carry on or stop?')).toBe('permission');
    expect(classifyQuestion('a few jokes in the team chat is fine tho right?')).toBe('permission');
    expect(classifyQuestion('fine to answer a parent on my own whatsapp?')).toBe('permission');
    expect(classifyQuestion('a bit of teasing about a player in the coaches group, harmless right?')).toBe(
      'permission',
    );
    expect(classifyQuestion('only one leader free for the camping trip, does that work?')).toBe('permission');
    expect(classifyQuestion('what does harmless mean in the policy?')).toBe('open');
    // Whether a means is ok, or a choice between it and keeping away from it.
    expect(classifyQuestion('is whatsapp an ok way to reach the parents about fixtures?')).toBe('permission');
    expect(classifyQuestion('texting the squad about kit, fine or should we avoid it?')).toBe('permission');
    expect(classifyQuestion("how do i end my texts to learners, is 'cheers x' ok?")).toBe('permission');
    expect(classifyQuestion('a learner sent me something odd, shall i delete it?')).toBe('obligation');
    expect(classifyQuestion('who is the dsl, or do i tell my manager?')).toBe('open');
    expect(classifyQuestion('fine for us to use the hall on sunday')).toBe('permission');
    // "Is it allowed" with a place, a decision as a bare verb, "do I …?" as whether to do it.
    expect(classifyQuestion('a dad was having a fag in the clubhouse, is smoking allowed inside?')).toBe('permission');
    expect(classifyQuestion('a 15 year old sent me a follow request on insta, accept?')).toBe('permission');
    expect(classifyQuestion('my co-host dropped off and it is just me and 5 kids on zoom. just carry on??')).toBe(
      'permission',
    );
    expect(classifyQuestion('a player sent me a friend request on fb, do i accept it?')).toBe('permission');
    expect(classifyQuestion('a kid said something racist, do i just let it slide cos hes little')).toBe('obligation');
    expect(classifyQuestion('do i know who the welfare officer is?')).toBe('open');
    expect(classifyQuestion('how do i book the minibus?')).toBe('open');
    // A sentence of a rowing club's rules (Sudbury Rowing Club, not one of the shipped five).
    expect(
      verdict(
        "one of the parents was having a fag in the clubhouse during the juniors' social, is smoking allowed inside?",
        'No person shall smoke in the Boathouse or clubhouse.',
      ),
    ).toBe('not-allowed');
    expect(classifyQuestion("Should I keep children's phone numbers?")).toBe('obligation');
    expect(classifyQuestion('Do students have to hand in their phones?')).toBe('obligation');
    expect(classifyQuestion('Where should photos be taken?')).toBe('open');
    expect(classifyQuestion('Who ends the Zoom call?')).toBe('open');
    expect(classifyQuestion('want to start video calls with a member, anything i need to sort first?')).toBe(
      'obligation',
    );
    expect(
      verdict(
        'want to start video calls with a member, anything i need to sort first?',
        'Carers will be asked to give their approval for us to communicate with the person through video calls.',
      ),
    ).toBe('needs-approval');
  });
});

describe('more chat forms of asking leave', () => {
  it('reads a tag, "any issue?", "good to go?", "any chance we can", "ok for X to" and "are X allowed" as permission questions', () => {
    expect(classifyQuestion("quick glance at the map on the work phone while i'm driving is ok isn't it")).toBe(
      'permission',
    );
    expect(classifyQuestion('need to ring a hostel about the trip on the work phone, thats ok isnt it?')).toBe(
      'permission',
    );
    expect(classifyQuestion('fancy snapping him with the work camera for the newsletter - any issue?')).toBe(
      'permission',
    );
    expect(classifyQuestion('the bbq is tonight, any issue with me having a beer with them?')).toBe('permission');
    expect(classifyQuestion('his dad said yes on the phone to using the screenshot - good to go?')).toBe('permission');
    expect(classifyQuestion('any chance we can set up a whatsapp group for the squad?')).toBe('permission');
    expect(classifyQuestion('ok for a helper on the tour to skip the briefing?')).toBe('permission');
    expect(classifyQuestion('disco on friday - are the adults supervising allowed a drink?')).toBe('permission');
    // Not asking leave: an open question that names no permission.
    expect(classifyQuestion('what issues come up most on residentials?')).toBe('open');
    expect(classifyQuestion('where do i find the form for the trip?')).toBe('open');
    // A sentence of a woodcraft group's alcohol policy (not one of the shipped five).
    expect(
      verdict(
        'venturer disco on friday - are the adults supervising allowed a drink?',
        'Adults must not drink alcohol at any programme activity intended primarily for young people eg when supervising a Pioneer or Venturer disco or party.',
      ),
    ).toBe('not-allowed');
  });
});

describe('a yes-or-no question no cue reads', () => {
  // Paraphrased, not from any test set.
  it('is read as asking leave for its verdict, however the leave is asked', () => {
    for (const question of [
      'the lads want to bring a speaker for music in the changing room, kosher?',
      'would leaving my phone on the bench during the session be frowned on?',
      'mum says she is fine with it, flat no though?',
      '15 year old sent me a follow request on insta',
      'would anyone mind if i brought my dog to the session?',
    ]) {
      expect(asksYesOrNo(question), question).toBe(true);
      expect(readQuestion(question, relevance).kind, question).toBe('permission');
      // The search reads what the cues read: no act asked for to weigh twice.
      expect(readQuestion(question, relevance).cued, question).toBe(classifyQuestion(question));
    }
    // A youth club's rule on contact online (not one of the shipped five).
    expect(
      verdict(
        'one of the 15 year olds sent me a follow request on insta',
        'Leaders must not accept friend or follow requests from young people on personal accounts.',
      ),
    ).toBe('not-allowed');
    expect(
      verdict(
        'two of the girls want to take selfies together in the art session, we fine with that?',
        'Young people may take photographs of each other only with the consent of those photographed and a leader present.',
      ),
    ).not.toBe('allowed');
  });

  it('is not a yes-or-no question when it asks what, who or how anywhere, or asks for anything', () => {
    for (const question of [
      'if a young person faints on the video call what do i do??',
      'member left a nasty comment under our post, whats the process',
      'a parent asked for the reminder email, who actually sends those?',
      'the students are in because their school is shut, phones in their bags or what?',
      'just been handed a new work tablet, anything i should check before using it?',
      'is anyone keeping track of what we post on the page?',
      'if the work mobile is flat how do families reach us',
    ]) {
      expect(asksYesOrNo(question), question).toBe(false);
      expect(readQuestion(question, relevance).kind, question).toBe('open');
      expect(verdict(question, 'Staff must not use personal phones during sessions.'), question).toBe('see-policy');
    }
  });
});

describe('leave asked and given in more words', () => {
  // Paraphrased, not from any test set.
  it('reads a question asking who must approve, or whether anyone must be asked first, as asking leave', () => {
    for (const question of [
      'want to take the juniors to the cinema after the match, who has to ok that?',
      'a local reporter wants pics of the kids at the gala. who gives the go-ahead?',
      'who needs to agree if a coach wants to give a 16 year old a lift home?',
      'planning to film the dance show on my phone, need to check with anyone first?',
    ]) {
      expect(asksApproval(question), question).toBe(true);
      expect(readQuestion(question, relevance).kind, question).toBe('permission');
    }
    // Asking who someone is, or what to do, asks for no approval.
    for (const question of ['who is the welfare officer?', 'who do i tell if a child goes missing?'])
      expect(asksApproval(question), question).toBe(false);
    // A tennis club's rule on photographs (not one of the shipped five).
    expect(
      verdict(
        'want to put a photo of the under 10s on the club website, who has to ok that?',
        'Photographs of juniors may only be published with the written consent of a parent.',
      ),
    ).toBe('needs-approval');
  });

  it('reads an idiom with an indefinite as a yes-or-no question', () => {
    for (const question of [
      'a dad asked me to save his 13 year old son’s number on my phone, is that something we do?',
      'one of the lads keeps calling another one names on the group chat, is that against anything?',
      'need to message a 15 year old about her kit, anything stopping me?',
    ])
      expect(asksYesOrNo(question), question).toBe(true);
    expect(asksYesOrNo('anything i should check before the trip?')).toBe(false);
  });

  it('reads "you\'re welcome to" and "will be entitled to" as leave given', () => {
    // A hackathon's and a football club's pages (not among the shipped five).
    expect(verdict('can parents bring their own food?', "You're welcome to bring your own food.")).toBe('allowed');
    expect(
      verdict(
        'can a junior coach go on the senior coaching course?',
        'Each coach will be entitled to the same levels of training.',
      ),
    ).toBe('allowed');
  });
});

describe('asking whether it would be wrong, a bad idea or against a rule', () => {
  it('reads these as asking leave, the verdict then read from the rule', () => {
    // Paraphrased, not from any test set.
    for (const question of [
      'a girl from my group wants me to play minecraft with her online tonight. harmless enough isnt it?',
      'setting up a snapchat group for the under 15s so they see cancellations, good idea?',
      'any harm in me walking him home, its on my way',
      'would it be wrong to add a parent on facebook?',
      'is it a bad idea to give the lads my number?',
      'anything wrong with me taking the kids to mcdonalds after?',
      'is there a rule against swearing in front of them?',
      'no issue with me driving two of them home is there?',
      'i assume i can share the team photo on my own insta?',
    ])
      expect(classifyQuestion(question), question).toBe('permission');
    // Asking what is wrong with something is no request for leave.
    expect(classifyQuestion("what's wrong with the wifi in the hall?")).toBe('open');
    // A youth club's rule on online games (not one of the shipped five).
    expect(
      verdict(
        'one of my group wants me to join his fortnite squad tonight. harmless enough isnt it?',
        'Leaders must not play online games with the young people they work with.',
      ),
    ).toBe('not-allowed');
  });
});

describe('an act put forward as the easy way, a bare decision with more words, a claim asked back', () => {
  it('reads these as asking leave, the verdict then read from the rule', () => {
    // Paraphrased, not from any test set.
    for (const question of [
      'a dad keeps whatsapping me about kit, simplest if i just reply from my own phone yeah?',
      "easier for me to just drive her home myself isn't it?",
      'the other leader had to leave early so its me and 6 of them. carry on with the session?',
      'storm knocked the power out, keep going in the dark for now?',
      'the kids say headphones in is fine during quiet time. is it?',
      'apparently phones on silent are ok in the changing rooms, right?',
    ])
      expect(classifyQuestion(question), question).toBe('permission');
    // Asking how or what is still no request for leave.
    expect(classifyQuestion('the easiest way to report a concern is what, the online form?')).toBe('open');
    expect(classifyQuestion('the wifi is fine now. what time does the session start?')).toBe('open');
    // A youth club's rule on lone working (not one of the shipped five).
    expect(
      verdict(
        'the other leader had to go home so its just me and 6 of them. carry on with the session?',
        'Sessions must not run with fewer than two adults present.',
      ),
    ).toBe('not-allowed');
  });
});

describe('an invitation is leave: "are welcome to", "are encouraged to", "feel free to"', () => {
  it('allows what the clause invites, unless something limits it', () => {
    // From a woodcraft group's group-night policy (not the five).
    expect(
      verdict(
        'can parents stay and join in at group night?',
        'Parents are welcome and encouraged to participate regularly in the Group Night sessions.',
      ),
    ).toBe('allowed');
    expect(sentenceForce('Please feel free to bring a packed lunch.').permits).toBe(true);
    expect(sentenceForce('Parents are not welcome to stay in the changing rooms.').permits).toBe(false);
    expect(sentenceForce('Parents are welcome to watch only from the gallery.').permits).toBe(false);
  });

  it('reads "you may wish to", "you may want to" and "we encourage you to" as leave for the asker', () => {
    // From a coding-club charity's volunteer guide (not the five).
    expect(
      verdict(
        'we want to run some of our club over zoom in the winter, is that ok?',
        'You may wish to run online sessions for young people at your club.',
      ),
    ).toBe('allowed');
    expect(sentenceForce('We encourage you to do this and have developed helpful resources for you.').permits).toBe(
      true,
    );
    expect(sentenceForce('You may want to tell them that they are not a good fit.').permits).toBe(true);
    // Still no leave when something limits it, or when it is someone else's wish.
    expect(sentenceForce('You may wish to take photos only once parents have agreed.').permits).toBe(false);
    expect(sentenceForce('Children may wish to talk to someone they trust.').permits).toBe(false);
  });
});

describe('negations that are not the rule', () => {
  it('reads no prohibition from a negation about whom or what the rule concerns', () => {
    // Sentences of real policies other than the five: a coding club's online-sessions guide, a
    // football club's photography guidance, a woodcraft group's risk-assessment rules.
    expect(
      sentenceForce('You may wish to run online sessions for young people at your club who cannot meet in person.')
        .prohibits,
    ).toBe(false);
    expect(sentenceForce('Extra sessions are run for members who cannot attend on Saturdays.').prohibits).toBe(false);
    expect(
      sentenceForce(
        'It will not normally be necessary to complete a written risk assessment for a short activity taking place at the same time as a usual group session.',
      ).prohibits,
    ).toBe(false);
  });

  it('reads "not an offence to" as leave, and a trailing "even if" as no condition on it', () => {
    const force = sentenceForce(
      'It’s not an offence to take appropriate photographs in a public place even if asked not to do so',
    );
    expect(force).toMatchObject({ prohibits: false, permits: true });
  });

  it('still forbids when the negation is the rule', () => {
    expect(sentenceForce('Volunteers who have not been checked must not be left alone with children.').prohibits).toBe(
      true,
    );
    expect(sentenceForce('Staff must not share photos, even if a parent asks.').prohibits).toBe(true);
    expect(sentenceForce('It will not be possible to offer refunds.').prohibits).toBe(true);
    expect(sentenceForce('Children who do not have consent will not be photographed.').prohibits).toBe(true);
  });
});

describe('a rule under an emphasised run-in heading', () => {
  it('is read from its own words: "*Mobile Phones* - No mobile phones … are allowed" forbids', () => {
    // A woodcraft group's camping rules (not one of the five); run-in-headings.test.ts has more.
    expect(
      verdict(
        'can the little ones bring their phones on camp?',
        '*Mobile Phones* - No mobile phones or other electrical equipment are allowed on camp for children under 16.',
      ),
    ).toBe('not-allowed');
  });
});

describe('sentenceForce', () => {
  it('reads prohibitions, permission requirements and permissions from modal wording', () => {
    expect(sentenceForce('Staff must not engage in sexting.').prohibits).toBe(true);
    expect(
      sentenceForce('Do not allow other staff to use the phone, unless approved by an Activity Leader.'),
    ).toMatchObject({ prohibits: true, needsPermission: true });
    expect(sentenceForce('Photographs may be taken and used.').permits).toBe(true);
    // "Allowed", "acceptable" under a restriction is no plain permission, as with "may only".
    expect(sentenceForce('Photography is allowed in the main hall.').permits).toBe(true);
    expect(sentenceForce('Photography is allowed only in the main hall.').permits).toBe(false);
    expect(sentenceForce('Texting is acceptable when arranging fixtures.').permits).toBe(false);
    expect(sentenceForce('Staff should make sure the content of their page is never offensive.').prohibits).toBe(false);
    expect(sentenceForce('There are to be no break-out spaces used for member groups.').prohibits).toBe(true);
    // What good practice is said to include not doing (paraphrased from an activity centre's code).
    expect(
      sentenceForce('Good practice means not vaping or drinking alcohol in front of the children.').prohibits,
    ).toBe(true);
    expect(sentenceForce('Personal calls are not to be made, other than in agreed circumstances.').exceptions).toEqual([
      'agreed circumstances',
    ]);
  });

  it('does not read what something can serve to do as a permission', () => {
    // Paraphrased from a sports club's photography policy, where it was read as "allowed" for
    // messaging a child and for posting a named photo.
    expect(
      sentenceForce('Pictures and clips can be used to locate a child, e.g. "well done to X at X club".').permits,
    ).toBe(false);
    expect(sentenceForce('A blog can be used to groom young people.').permits).toBe(false);
    expect(sentenceForce('Club mobiles can be used to the end of the session.').permits).toBe(true);
    expect(sentenceForce('Personal devices can be used for contacting parents.').permits).toBe(true);
    // Sentences of a cheer club's, an adventure centre's and a football club's policies (not the five).
    expect(
      sentenceForce('Mobile phones and social networking websites such as Snapchat can be used for negative purposes.')
        .permits,
    ).toBe(false);
    expect(
      sentenceForce('Newcastle City Juniors has written Codes of Conduct which includes what is acceptable.').permits,
    ).toBe(false);
  });

  it('reads a passive "may be" as leave only with a past participle', () => {
    expect(sentenceForce('You may be in shock and need support.').permits).toBe(false);
    expect(sentenceForce('Young people at risk may be victims of other forms of abuse.').permits).toBe(false);
    expect(sentenceForce('The aims of our guests may be to increase the risks that they take.').permits).toBe(false);
    expect(sentenceForce('Photographs may be taken at club events.').permits).toBe(true);
    expect(sentenceForce('Equipment may be kept in the club store.').permits).toBe(true);
  });

  it('reads the main clause, not a negation inside a leading condition', () => {
    // Wilpshire Wanderers' photography policy, not one of the shipped five.
    expect(sentenceForce('If they do not comply then you may request that they leave').prohibits).toBe(false);
    expect(sentenceForce('If you do not want it to be public, do not put it online.').prohibits).toBe(true);
    // Paraphrased from a rugby club's policy.
    expect(
      sentenceForce(
        'If you are asked to help with the juniors and you do not have a DBS check, please tell the welfare officer.',
      ),
    ).toMatchObject({ prohibits: false, obliges: true });
  });

  it('reads what something does not always mean, or does not stand in the way of, as no prohibition', () => {
    // From public policies other than the five (a safeguarding policy's signs of abuse; a school's
    // recruitment policy), and paraphrased.
    for (const sentence of [
      'Whilst these signs do not necessarily mean that a child or vulnerable person is being abused, they may help.',
      'A criminal record does not prevent employment at our school.',
      "This doesn't stop staff from phoning a parent.",
    ])
      expect(sentenceForce(sentence).prohibits, sentence).toBe(false);
    for (const sentence of [
      'Staff do not give out personal numbers.',
      'Coaches must not stop a child from drinking water.',
    ])
      expect(sentenceForce(sentence).prohibits, sentence).toBe(true);
  });

  it('reads "at no time" and "no staff must…" as prohibitions', () => {
    // Wilpshire Wanderers' social media guidance.
    expect(
      sentenceForce('At no time should there be any personal communications, ‘banter’ or comments.').prohibits,
    ).toBe(true);
    // Paraphrased from a community workshop charity's code of conduct.
    expect(sentenceForce('No volunteer should message a child from a personal account.').prohibits).toBe(true);
    expect(sentenceForce('There is no need to stay after the session ends.').prohibits).toBe(false);
  });

  it('reads consent that is required, or done without, as needing permission', () => {
    // Paraphrased from a community workshop charity's social media and membership policies.
    expect(sentenceForce("Staff shouldn't post about members without their express permission.")).toMatchObject({
      prohibits: true,
      needsPermission: true,
    });
    expect(
      sentenceForce('Exceptions may be made for placements, but these will require signed parental consent.')
        .needsPermission,
    ).toBe(true);
    expect(sentenceForce('Consent will be required from a parent for anyone under 16.').needsPermission).toBe(true);
  });
});

describe('exceptions the question rules out', () => {
  // Paraphrased from a sports club's code of conduct, not one of the shipped five.
  const rule = 'Coaches should not take personal calls during training unless it is an emergency.';

  it('answers "allowed" when the question is the exception, and not when the question says it is not', () => {
    expect(verdict('it is an emergency, can i take a call from home during training?', rule)).toBe('allowed');
    expect(verdict("it's not an emergency but can i take a call from home during training?", rule)).toBe('not-allowed');
    expect(verdict('can i take a personal call in the middle of training (no emergency)?', rule)).toBe('not-allowed');
  });
});

describe('an act limited by "only" to a case', () => {
  // Paraphrased from a cheer club's studio rules, a befriending charity's phone guidelines and a
  // rowing club's privacy notice (none of the five).
  it('is not allowed when the question names none of the case', () => {
    expect(
      verdict(
        'can the kids bring cans of coke into the studio?',
        'Water or squash only is to be brought into the studio.',
      ),
    ).toBe('not-allowed');
    const purpose =
      'Volunteers should only use their phones during sessions to arrange transport or for group activities.';
    expect(verdict('quiet night, ok to scroll instagram on my phone during the session?', purpose)).toBe('not-allowed');
    expect(
      verdict(
        'can i use the emergency contact numbers to invite parents to the quiz night?',
        'Emergency contact numbers will only be used to reach you in the case of an emergency.',
      ),
    ).toBe('not-allowed');
  });

  it('is allowed when the question asks the act for the case, naming its most telling word', () => {
    const purpose =
      'Volunteers should only use their phones during sessions to arrange transport or for group activities.';
    expect(verdict('can i use my phone during the session to arrange transport home?', purpose)).toBe('allowed');
    // Named by a word near enough in meaning, as the index reads it ("lift" -> "transport").
    const question = 'can i use my phone in the session to sort a lift home?';
    expect(verdictWithNear(question, purpose, ['lift', 'transport', 0.8])).toBe('allowed');
    expect(verdictWithNear(question, purpose, ['lift', 'transport', 0.6])).toBe('not-allowed');
    expect(
      verdict(
        'a player collapsed at training, can i use the emergency contact numbers to reach his mum?',
        'Emergency contact numbers will only be used to reach you in the case of an emergency.',
      ),
    ).toBe('allowed');
    // A question that names no case at all is not outside one, nor in it.
    expect(verdict('can volunteers use their phones during sessions?', purpose)).toBe('see-policy');
    // Nor one that asks another act, though it names the case ("a lift" is not "use their phones").
    expect(verdict('can i claim petrol money for giving a member transport home?', purpose)).not.toBe('allowed');
  });

  it('is left to the policy when the question names only a light word of the case', () => {
    // "group" is common in a club's policies, "activities" telling: "while the group's on" says
    // when, not what for.
    const weighted = { ...relevance, weight: (term: string) => (term === 'group' ? 0.4 : 1) };
    const purpose = 'Members should only use their mobile phones in connection with group activities.';
    expect(
      readVerdict({
        question: 'am i allowed on my phone at all while the group is on?',
        clauseText: purpose,
        relevance: weighted,
      }).verdict,
    ).toBe('see-policy');
    expect(
      readVerdict({
        question: 'am i allowed on my phone for the group activities, like the quiz?',
        clauseText: purpose,
        relevance: weighted,
      }).verdict,
    ).toBe('allowed');
  });
});

describe('a case named by a word near in meaning', () => {
  it('counts for the case a permission is for, as the index read the word', () => {
    // Paraphrased from a childminder's policy (not one of the five).
    const clauseText = 'In case of illness, staff may phone parents from their own mobile.';
    const question = 'a kid is poorly, can i phone her mum from my own mobile?';
    expect(verdictWithNear(question, clauseText, ['poorli', 'ill', 0.8])).toBe('allowed');
    expect(verdictWithNear(question, clauseText, ['poorli', 'ill', 0.6])).not.toBe('allowed');
  });
});

describe('doing it without what the clause requires, or the opposite of it', () => {
  // Paraphrased from an outdoor centre's vehicle rules, a disability sport charity's phone dos and an
  // online course provider's video-call rules (none of them shipped wording).
  it('reads a requirement not yet met, typed without its apostrophe: "his dbs hasnt come back yet"', () => {
    // Paraphrased from a junior football club's recruitment rule (not the five).
    expect(
      verdict(
        'new dad wants to help coach the u10s this sat but his dbs hasnt come back yet, is that ok',
        'Coaches working with children are required to hold an in-date Enhanced DBS check.',
      ),
    ).toBe('not-allowed');
  });

  it('reads "left my licence at home" and "with no passcode" as doing it without', () => {
    expect(
      verdict(
        'left my licence in my bag at home, ok to drive the minibus to the river anyway?',
        'All drivers must carry their licence with them at all times when driving the minibus.',
      ),
    ).toBe('not-allowed');
    expect(
      verdict(
        'ok to keep my work phone with no passcode, quicker at registration',
        'Make sure your work phone is protected with a passcode.',
      ),
    ).toBe('not-allowed');
  });

  it('reads reusing against "unique"', () => {
    expect(
      verdict(
        "can i reuse last week's meeting link for the kids class?",
        "Every children's class will have a unique meeting link.",
      ),
    ).toBe('not-allowed');
  });
});

describe('an emergency in everyday words', () => {
  it('reads "in case something happens" as the emergency a permission is made for', () => {
    // Paraphrased from a training provider's phone policy (not the shipped wording).
    const clauseText = 'In the event of an emergency, staff may use the office mobile for personal calls.';
    expect(
      verdict('can i use the office mobile for personal calls in case something happens with my kids?', clauseText),
    ).toBe('allowed');
    expect(verdict('can i use the office mobile for personal calls at lunch?', clauseText)).not.toBe('allowed');
  });

  it("reads an emergency of the asker's own (rushed into hospital, an ambulance, in labour, an accident) as that emergency; a hospital appointment is none", () => {
    // Paraphrased from a training provider's and a youth club's phone policies (not the shipped wording).
    const afterwards = 'Personal calls must not be made on the office mobile, except in the event of an emergency.';
    for (const question of [
      "my dad's just been rushed into hospital, can my family ring me on the office mobile?",
      'my partner has gone into labour, ok if she calls me on the office mobile?',
      'my son was in an accident on his bike and the school are calling, can i take it on the office mobile?',
    ])
      expect(verdict(question, afterwards), question).toBe('allowed');
    for (const question of [
      'my mum has a hospital appointment at 3, can she ring me on the office mobile after?',
      'can my partner call me on the office mobile about dinner?',
    ])
      expect(verdict(question, afterwards), question).toBe('not-allowed');
    // A case made for "urgent" need is the emergency's case too; someone close hurt is such a case.
    const urgent = 'Personal calls must not be made on the office mobile, except where there is an urgent need.';
    expect(
      verdict("my son's school rang, he's been hurt in PE - can i call them back on the office mobile?", urgent),
    ).toBe('allowed');
    expect(verdict('can i call the garage about my mot on the office mobile?', urgent)).toBe('not-allowed');
  });
});

describe('an exception that is a permission, or a status already settled', () => {
  // Paraphrased; not the shipped wording.
  it('reads "unless approved by…" as needing approval, and "other than in agreed circumstances" as not', () => {
    expect(
      verdict(
        'can i ring my partner on the club phone?',
        'Personal calls must not be made on the club phone unless approved by the coordinator.',
      ),
    ).toBe('needs-approval');
    expect(
      verdict(
        'can i ring my partner on the club phone?',
        'Personal calls must not be made on the club phone other than in agreed circumstances.',
      ),
    ).toBe('not-allowed');
    expect(
      verdict(
        "can i save a 15 year old member's number in my phone?",
        "Leaders should never keep a child's number on their phone unless the child is an authorised young leader.",
      ),
    ).toBe('not-allowed');
  });
});

describe('a sentence that opens with its exception', () => {
  it('reads the case as what stands before the comma, and the rule as the rest', () => {
    // Paraphrased from a pre-school's phone policy and a youth charity's camping FAQ (not the five).
    expect(
      sentenceForce('Except in an emergency, mobile phones must not be used in the presence of children.'),
    ).toMatchObject({
      prohibits: true,
      exceptions: ['an emergency'],
    });
    expect(
      sentenceForce('Unless the site rules say otherwise, campers will not share a sleeping compartment.').exceptions,
    ).toEqual(['the site rules say otherwise']);
  });

  it('does not take the rule itself for the case the question names', () => {
    // The whole sentence was read as the exception, so a question naming the rule's own act
    // "named the exception" and was answered "allowed".
    const rule = 'Unless the site rules say otherwise, campers will not share a sleeping compartment in a tent.';
    expect(verdict('can two campers share a sleeping compartment in the tent?', rule)).toBe('not-allowed');
    expect(verdict('the site rules say otherwise this year, can two campers share a compartment?', rule)).toBe(
      'allowed',
    );
  });

  it('reads "With the exception of …," as opening the exception too', () => {
    // Paraphrased from a cricket club's transport policy (not the five). The whole sentence after
    // "with the exception of" was read as the case, so any question naming a junior "named the
    // exception" and got "allowed".
    const rule =
      'With the exception of their own children, members will not transport young players to junior matches.';
    expect(sentenceForce(rule).exceptions).toEqual(['their own children']);
    expect(verdict("only room for one junior in my car for the away match, fine if it's just me and him?", rule)).toBe(
      'not-allowed',
    );
    expect(verdict('can i drive my own children to the junior match?', rule)).toBe('allowed');
  });

  it('ends a case set off by commas at the comma that closes it', () => {
    // The same shapes in the middle of a rule: the rest of the sentence was read as part of the
    // case, so a question naming the rule's own act and place "named the exception" (allowed).
    const alone = 'Staff should not be alone with a child, except in an emergency, in any changing room or vehicle.';
    expect(sentenceForce(alone).exceptions).toEqual(['an emergency']);
    expect(verdict('can i be alone with a child in the changing room?', alone)).toBe('not-allowed');
    expect(verdict("it's an emergency, can i be alone with a child in the changing room?", alone)).toBe('allowed');
    const own =
      'Members will not transport young players, with the exception of their own children, to junior matches.';
    expect(verdict('can i transport young players to junior matches?', own)).toBe('not-allowed');
    // A case that asks someone's permission still makes it subject to that permission.
    const lifts =
      'Staff must not give lifts to young people, except where a parent has given written consent, to sessions.';
    expect(sentenceForce(lifts).exceptions).toEqual(['a parent has given written consent']);
    expect(verdict('can i give lifts to young people to sessions?', lifts)).toBe('needs-approval');
  });

  it('ends a case set off by brackets at the closing bracket', () => {
    const vehicles = 'Staff must not be alone with young people (except in an emergency) in vehicles.';
    expect(sentenceForce(vehicles).exceptions).toEqual(['an emergency']);
    expect(verdict('can i be alone with a young person in my car?', vehicles)).toBe('not-allowed');
  });
});

describe('a case that runs on into a main clause of its own', () => {
  // Paraphrased from a neurodiversity peer group's house rules and a language school's terms (not
  // the five). The rest of each sentence was read as part of the case, so a question naming the
  // rule's own act "named the exception" and was answered "allowed".
  const kitchen =
    'The kitchen is off limits unless you are with a facilitator, cupboards without our label are not to be opened.';

  it('ends the case at the comma after which the rule resumes', () => {
    expect(sentenceForce(kitchen).exceptions).toEqual(['you are with a facilitator']);
    expect(
      sentenceForce(
        'Parents should tell the school when a child will be absent. Unless the fee information for the term says otherwise, a missed lesson is not refunded.',
      ).exceptions,
    ).toEqual(['the fee information for the term says otherwise']);
  });

  it('answers the rule, not the case, for a question that does not meet the case', () => {
    expect(verdict('ok to open the other cupboards in the kitchen?', kitchen)).toBe('not-allowed');
    expect(verdict("i'm with a facilitator, can i go in the kitchen?", kitchen)).toBe('allowed');
  });

  it('keeps a relative or conjoined part of the case in it', () => {
    expect(
      sentenceForce('Photos must not be taken unless a parent has agreed, which must be recorded in writing.')
        .exceptions,
    ).toEqual(['a parent has agreed, which must be recorded in writing']);
    expect(
      sentenceForce('Staff must not drive a child home unless it is an emergency, or a parent has asked in writing.')
        .exceptions,
    ).toEqual(['it is an emergency, or a parent has asked in writing']);
  });

  it('keeps the rule of a sentence that opens with the event it is for', () => {
    // From a university mountaineering club's safety policy (not the five): the rule was empty.
    const { rules } = readClause('In the event of an accident, there is to be no discussion of it on social media.');
    expect(rules[0]!.trim()).toBe('there is to be no discussion of it on social media.');
  });
});

describe('"be aware", "be alert": an imperative', () => {
  it('reads "Be aware of the importance of reporting concerns immediately" as asking for it at once', () => {
    // From a training provider's policy (one of the five), paraphrased in the question.
    const clause = 'Be aware of the importance of reporting concerns immediately.';
    expect(verdict('ok to flag it at the end of the day?', clause)).toBe('not-allowed');
  });
});

describe('opposites', () => {
  it('reads no opposite into a sentence that names both sides of the pair', () => {
    // Paraphrased from a disability sport charity's "Dos" list: both kinds of account are named.
    const both = 'Keep separate personal and work accounts if you wish to have online contact with families.';
    expect(verdict('can i set up a work account to keep in touch with families?', both)).not.toBe('not-allowed');
    // One side only: the opposite of what it requires is still not allowed.
    expect(
      verdict('can i use my personal account to message families?', 'Always use a work account to message families.'),
    ).toBe('not-allowed');
  });
});

describe('a permission for one case ("in the event of an emergency")', () => {
  it('allows it only when the question says it is that case', () => {
    // Paraphrased from a training provider's phone policy (one of the five) and a youth club's.
    const last = 'Personal contact will be permitted to be made via the work mobile in the event of an emergency.';
    const first = 'In the event of an emergency, staff may text young people.';
    expect(
      verdict('my childminder needs a number in case of an emergency, can she ring me on the work mobile?', last),
    ).toBe('allowed');
    expect(verdict('its an emergency, can i text a young person?', first)).toBe('allowed');
    // Not the case: never "allowed".
    expect(verdict('can my partner ring me on the work mobile?', last)).not.toBe('allowed');
    expect(verdict('can i text a young person about training?', first)).not.toBe('allowed');
    expect(verdict("it's not an emergency but can i text a young person?", first)).not.toBe('allowed');
  });

  it('reads "in an emergency" the same way, first or last', () => {
    for (const clause of [
      'Staff may use personal phones to contact parents in an emergency.',
      'In an emergency, staff may use personal phones to contact parents.',
    ]) {
      expect(verdict('its an emergency, can i use my own phone to ring a parent?', clause), clause).toBe('allowed');
      expect(verdict('can i use my own phone to text a parent about kit?', clause), clause).not.toBe('allowed');
    }
  });
});

describe('leave to do it in other words: "reserves the right to", "entitled to", "able to"', () => {
  it('allows what staff are able or entitled to do, unless something limits it', () => {
    // From an online club's and a cheer club's policies (not the five), paraphrased.
    expect(
      verdict(
        'can i ring 999 for a participant from here?',
        'Staff able to call emergency services on behalf of participant and to provide current address from database.',
      ),
    ).toBe('allowed');
    expect(
      verdict(
        'can we move a girl into a different class?',
        'The club reserves the right to move an athlete into a different class where it is deemed necessary.',
      ),
    ).not.toBe('allowed');
    expect(
      verdict('can coaches refuse entry to a parent?', 'Coaches are entitled to refuse entry to any parent.'),
    ).toBe('allowed');
  });
});

describe('"in the event of": a case the rule leaves out, or the condition for what follows', () => {
  it('allows the case a rule carves out after it, never the situation a clause of its own opens with', () => {
    // Paraphrased: a carve-out after the rule.
    const carved = 'Mobile phones must not be used during sessions except in the event of an emergency.';
    expect(verdict('is it ok to use my phone in the event of an emergency during the session?', carved)).toBe(
      'allowed',
    );
    // From a childminder's medicine policy (not one of the shipped five): "in the event of a refusal"
    // opens what is done then, and allows nothing, least of all hiding the medicine in food.
    const medicine =
      'Children cannot be forced to take medication so in the event of a refusal this will be recorded and parents will be contacted.';
    // Words the policies never use ("sneak", "yoghurt") carry no weight, as in a real corpus.
    const policyTerms = new Set(analyser.terms(medicine));
    const asked = readVerdict({
      question: 'kid is refusing his medicine, can i sneak it into his yoghurt',
      clauseText: medicine,
      relevance: { ...relevance, known: (term: string) => policyTerms.has(term) },
    });
    expect(asked.verdict).not.toBe('allowed');
    expect(
      verdict('In the event of a fire, can I use the lift?', 'In the event of a fire, leave by the nearest exit.'),
    ).not.toBe('allowed');
  });
});

describe('permissions the rest of the clause restricts', () => {
  // Paraphrased from a coding club's privacy policy, not one of the shipped five.
  it('reads "we may film events… we will ask for your consent" as needing approval, never a plain "allowed"', () => {
    const clause =
      'We may work with local partners to film our sessions. We will ask for your active consent before we do so.';
    expect(verdict('can a partner film one of our sessions?', clause)).toBe('needs-approval');
  });

  it('does not read "may" in limited circumstances as a plain permission', () => {
    expect(sentenceForce('In limited circumstances, staff may share a photo of a session.').permits).toBe(false);
    expect(
      verdict('can i share a photo of the session?', 'In limited circumstances, staff may share a photo of a session.'),
    ).not.toBe('allowed');
  });
});

describe('an exception made for a party the asker says they are', () => {
  // Paraphrased from a youth charity's photography rule, not one of the shipped five.
  const rule =
    'No photographs are to be taken on personal phones, with the exception of a parent or carer photographing their own children on trips.';

  it('applies the exception when the asker says they are a parent or speaks of their own child, and not otherwise', () => {
    expect(verdict("i'm a dad helping on the trip, can i take a photo of my own son on my phone?", rule)).toBe(
      'allowed',
    );
    expect(verdict('helping on the trip, can i take a photo of my own son on my phone?', rule)).toBe('allowed');
    expect(verdict('helping on the trip, can i take a photo of the kids on my phone?', rule)).toBe('not-allowed');
  });
});

describe('what a rule allows only on a condition, asked without it', () => {
  // Paraphrased from real policies of a scout group, a holiday club and a sports club, not the shipped five.
  const towing = 'Towing a trailer will only be approved if the driver has passed the towing test.';
  const collection = 'Children may only be collected by adults named on the registration form.';
  const kit = 'Riders may only ride on the track if they are wearing a helmet and gloves.';

  it('answers "not allowed" when the question says the condition is not met', () => {
    expect(verdict('never passed a towing test, can i take the trailer to the campsite?', towing)).toBe('not-allowed');
    expect(
      verdict("her uncle is here to pick her up but he's not on the form, can i let him take her?", collection),
    ).toBe('not-allowed');
    expect(verdict('a lad forgot his helmet, can he ride a couple of laps on the track?', kit)).toBe('not-allowed');
  });

  it('reads nothing into a question that meets the condition', () => {
    expect(verdict('her uncle is named on the registration form, can he collect her today?', collection)).not.toBe(
      'not-allowed',
    );
    expect(verdict('passed my towing test last year, can i take the trailer to the campsite?', towing)).not.toBe(
      'not-allowed',
    );
  });
});

describe('doing without what the clause requires', () => {
  // Paraphrased from a football club's safeguarding policy, not one of the shipped five.
  const rule = 'All coaches working with children are required to hold an up-to-date DBS check.';

  it('answers "not allowed" to doing it without the thing required, and reads nothing into a question that has it', () => {
    expect(verdict('my mate wants to help coach the u9s, can he start without a dbs for now?', rule)).toBe(
      'not-allowed',
    );
    expect(verdict('can i coach the u9s w/o a dbs check while it comes through?', rule)).toBe('not-allowed');
    expect(verdict('can i coach the u9s once my dbs check is back?', rule)).not.toBe('not-allowed');
    expect(verdict('can i coach the u9s without a whistle?', rule)).not.toBe('not-allowed');
  });

  it('reads "still pending" and "haven\'t got … yet" as doing without it', () => {
    expect(verdict('new helper here, dbs still pending - can i coach the u9s meanwhile?', rule)).toBe('not-allowed');
    expect(verdict("my dbs hasn't come through yet, can i coach the u9s on saturday?", rule)).toBe('not-allowed');
    expect(verdict("i haven't got my dbs yet, can i coach the u9s?", rule)).toBe('not-allowed');
    expect(verdict('my dbs is still being processed, can i coach the u9s this week?', rule)).toBe('not-allowed');
    // "before he's got…", "before we've heard back from…", in chat spelling too.
    expect(verdict('new dad wants to help, can he coach the u9s before hes got his dbs back?', rule)).toBe(
      'not-allowed',
    );
    expect(verdict("can she coach the u9s before we've heard back from her dbs?", rule)).toBe('not-allowed');
    expect(verdict('the pitch booking is still pending, can i coach the u9s?', rule)).not.toBe('not-allowed');
  });

  it('reads a requirement that has lapsed or expired as doing without it', () => {
    // A football club's own sentence (Wilpshire Wanderers, not one of the shipped five).
    const wilpshire =
      'All current Wilpshire Wanderers Football Club members working in eligible roles with children and young people, such as coaches/managers and physiotherapists, are required to hold an in-date FA accepted DBS enhanced with barred list check as part of safer recruitment practice.';
    expect(verdict('my dbs lapsed in the summer, can i still coach the u12s on sunday?', wilpshire)).toBe(
      'not-allowed',
    );
    expect(verdict("dbs has expired, ok if i carry on coaching till it's renewed?", wilpshire)).toBe('not-allowed');
    expect(verdict('my dbs is out of date, can i still help at training?', rule)).toBe('not-allowed');
    expect(verdict('my kit bag has expired stickers on it, can i coach the u9s?', rule)).not.toBe('not-allowed');
    // What has lapsed may take more than one word: "first aid cert" against "a valid first aid qualification".
    const firstAid = 'Instructors must all hold a valid first aid qualification and public liability insurance.';
    expect(verdict('my first aid cert ran out last month, can i still take the class alone?', firstAid)).toBe(
      'not-allowed',
    );
  });
});

describe('instructions in the imperative, and who is authorised', () => {
  // Sentences of a football club's own policies (Hanworth Villa FC, not one of the shipped five).
  it('reads an imperative list item as an obligation: doing what it says to do without is not allowed', () => {
    const dissent = 'Accept decisions of referees without dissent.';
    expect(verdict('my lads argue with the referee after every decision, is a bit of dissent ok?', dissent)).toBe(
      'not-allowed',
    );
    expect(verdict('can the lads shake hands with the referee after the game?', dissent)).not.toBe('not-allowed');
    // An item's own imperative does not override its heading's force: "Don't" still forbids.
    expect(
      verdict(
        'can i use text for a personal conversation with a player?',
        'use text or emails for personal conversation',
        {
          section: 'Don’t',
        },
      ),
    ).toBe('not-allowed');
    // "Use of…" is a noun phrase, not an instruction.
    expect(sentenceForce('Use of mobile phones is restricted during sessions.').instructs).toBe(false);
    expect(sentenceForce('Contact the police, Children’s Social Care, or the NSPCC directly.').instructs).toBe(true);
  });

  it('reads an imperative item under a lead-in that offers choices as a way open to the reader', () => {
    const direct = 'Contact the police, Children’s Social Care, or the NSPCC directly.';
    expect(
      verdict('can i go straight to the nspcc about something instead of the club?', direct, {
        context: 'Options for reporting:',
      }),
    ).toBe('allowed');
    expect(
      verdict('am i allowed to ring the police myself?', 'ring the police on 101', { context: 'You can either:' }),
    ).toBe('allowed');
    // Not under a condition only some cases meet, and not without such a lead-in.
    expect(
      verdict('can i go straight to the nspcc?', direct, {
        context: 'If you cannot reach the welfare officer, you can either:',
      }),
    ).not.toBe('allowed');
    expect(verdict('can i go straight to the nspcc?', direct)).not.toBe('allowed');
    expect(
      verdict('can i go straight to the nspcc?', direct, { context: 'Coaches must not, without consent:' }),
    ).not.toBe('allowed');
  });

  it('reads "only authorised individuals may…" as needing authorisation', () => {
    const post = 'Only authorised individuals may post on behalf of Hanworth Villa FC official accounts.';
    expect(
      verdict('im the u10s manager, can i post our results on the official hanworth villa insta myself?', post),
    ).toBe('needs-approval');
  });
});

describe('a way opened for one party only', () => {
  // Paraphrased policy wording, not from any test set.
  const recording =
    'We do not allow any recording of our online sessions, unless by the host and only with permission from everyone present.';
  const bookings = 'Bookings for our holiday clubs should be made only by a parent or carer.';
  it('is not allowed to someone else the question names', () => {
    expect(verdict('a parent wants to record tonight’s session so her son can watch it again, ok?', recording)).toBe(
      'not-allowed',
    );
    expect(verdict('can a 13 yr old book herself onto the easter club?', bookings)).toBe('not-allowed');
  });
  it('is still a matter of permission for the asker, or for the party it names', () => {
    expect(verdict('can i record tonight’s session?', recording)).toBe('needs-approval');
    expect(verdict('a parent wants to book her son onto the easter club, fine?', bookings)).not.toBe('not-allowed');
  });
});

describe('a permission is for the act asked about, by the one asking', () => {
  it('reads "may" as allowed only for the asker, and only for what is asked', () => {
    // Paraphrased policy wording, not from any test set.
    const hall = 'The sports hall may be shared with other clubs on match days.';
    expect(verdict('is it ok to share funny videos in the team chat?', hall)).toBe('see-policy');
    expect(verdict('can the sports hall be shared with the netball club on match days?', hall)).toBe('allowed');
    expect(verdict('can i use the guest wifi?', 'Visitors may use the guest wifi.')).toBe('see-policy');
    expect(verdict('can i use the guest wifi?', 'Staff may use the guest wifi.')).toBe('allowed');
  });

  it('reads an active "may" as allowing only its own act, whatever else the sentence names', () => {
    // A sentence of a rowing club's privacy policy (Sudbury Rowing Club, not one of the shipped five):
    // it permits collecting data, not handling a complaint without the governing body.
    const collect =
      'We may also collect additional personal data, such as age, gender, height, weight and performance information, so that we can properly manage your involvement in competitions, under the guidance of British Rowing, the sport’s governing body in the UK';
    expect(
      verdict(
        'a coach here has been accused of picking on one of the juniors. can the committee just deal with it quietly without getting british rowing involved?',
        collect,
      ),
    ).toBe('see-policy');
    expect(verdict('can we collect the juniors’ height and weight for competitions?', collect)).toBe('allowed');
    expect(permittedAct(collect)).toBe('collect additional personal data');
  });

  it('reads "are allowed to" as allowing only its own act, as "may" is', () => {
    // A sentence of a youth club's finance policy (Carrickfergus Junior Gateway, not one of the shipped five).
    const money =
      'The members of the club are allowed to bring money to the club in order to buy something on the shop trip, it is the child’s responsibility to keep the money safe.';
    expect(permittedAct(money)).toBe('bring money to the club in');
    expect(verdict('is it ok if all the leaders go into the shop with the kids so nobody wanders?', money)).toBe(
      'see-policy',
    );
    expect(verdict('can the kids bring some money to spend at the shop?', money)).toBe('allowed');
    expect(permittedAct('Young people are permitted to use their phones during breaks.')).toBe(
      'use their phones during breaks',
    );
  });
});

describe('what is to be kept confidential', () => {
  it('is not to be told, shared or passed on', () => {
    // A sentence of a tutoring company's safeguarding policy (Give and Grow CIC, not one of the shipped five).
    const confidential =
      "Any information you acquire in your role as a tutor must be considered confidential - this includes not just contact information (such as phone numbers, residential addresses, the school they attend), but also your pupil's work, and any comments or grades relating to it.";
    expect(
      verdict('another student in the group asked me which school my pupil goes to, can i tell her?', confidential),
    ).toBe('not-allowed');
    // Keeping or noting it is no telling.
    expect(verdict("can i keep a note of my pupil's grades in my planner?", confidential)).toBe('see-policy');
    // "Would it hurt to…?" asks leave.
    expect(classifyQuestion('he keeps inviting me to play FIFA online, would it hurt to join in once?')).toBe(
      'permission',
    );
  });
});

describe('leave not to do what the clause requires', () => {
  // Sentences of a junior football club's own policies (Newcastle City Juniors, not one of the shipped five).
  const county = 'The County Welfare Officer should always be informed and will advise on action to be taken.';
  const tell =
    'Anyone who knows that bullying is happening is expected to tell the Club Welfare Officer or another member of the committee.';
  const noAction = 'It is important that you report your concerns – no action is not an option.';
  it('answers "not allowed" when the question asks to skip, ignore or not tell', () => {
    expect(verdict('can we sort it inside the club without telling the county welfare officer?', county)).toBe(
      'not-allowed',
    );
    expect(verdict('i saw some bullying at the match, ok to just keep it to myself?', tell)).toBe('not-allowed');
    expect(verdict("not sure it's anything, is it ok to do nothing for now?", noAction)).toBe('not-allowed');
    expect(verdict('can i ignore it if it happened outside training?', noAction)).toBe('not-allowed');
    // A rule stated as what everyone does, or as applying to everyone, binds as much as "must".
    const codes = 'All club members and parents sign the Codes of Conduct upon joining the club.';
    expect(verdict('new family joined, is it ok if the parents skip signing the code of conduct?', codes)).toBe(
      'not-allowed',
    );
    const regulations =
      'The Safeguarding Children Regulations apply to everyone in football whether in a paid or voluntary capacity.';
    expect(verdict('can a weekend helper ignore the safeguarding regulations?', regulations)).toBe('not-allowed');
    expect(verdict('all members sign up online?', codes)).not.toBe('not-allowed');
  });
  it('leaves the same clause alone when nothing is left undone', () => {
    expect(verdict('can i tell the club welfare officer myself?', tell)).not.toBe('not-allowed');
    expect(verdict('what happens after the county welfare officer is informed?', county)).toBe('see-policy');
    // A prohibition is not an obligation: ignoring what it forbids is no omission of a duty.
    expect(
      verdict('can i ignore a friend request from a player?', 'Coaches must not accept friend requests from players.'),
    ).toBe('not-allowed');
  });
});

describe('what the clause steers away from', () => {
  // Paraphrased from a pre-school's and a coding club's policies, not one of the shipped five.
  it('answers "not allowed" to the thing a clause sets aside with "not just" or "instead of"', () => {
    const phones = 'Mobile phones must be switched off (not just silenced) while children are on site.';
    expect(verdict('is it ok if my phone is just silenced while the children are here?', phones)).toBe('not-allowed');
    const chat = 'Mentors should use the club forum instead of private messages to contact young people.';
    expect(verdict('can i send private messages to the young people?', chat)).toBe('not-allowed');
  });

  it('reads something switched on against a clause that switches it off, and only the particle', () => {
    const bluetooth = 'Switch off Bluetooth on any device you bring to a session.';
    const section = 'Online safety > Do';
    expect(verdict('is it fine to leave bluetooth on all the time at sessions?', bluetooth, { section })).toBe(
      'not-allowed',
    );
    // "on my phone" is a place, not something switched on.
    expect(verdict('can i use bluetooth on my phone at sessions?', bluetooth, { section })).not.toBe('not-allowed');
  });
});

describe('the sentence a verdict rests on', () => {
  // A childcare provider's policy: the first sentence describes when it happens, the second is the rule.
  const clause =
    'Phill Sparks may occasionally employ additional staff to help improve the quality of provision. Staff, assistants, and volunteers must undergo certain checks before they are deployed.';
  it('is the sentence about the act asked, not the one about the situation it is asked in', () => {
    const question =
      "we're employing an additional member of staff to improve provision over summer, can she skip the checks?";
    expect(readVerdict({ question, clauseText: clause, relevance }).sentence).toBe(
      'Staff, assistants, and volunteers must undergo certain checks before they are deployed.',
    );
  });
  it('is the sentence the whole question matches best when the question asks no permission', () => {
    const question = 'why do we employ additional staff to improve the quality of provision, and what checks?';
    expect(readVerdict({ question, clauseText: clause, relevance }).sentence).toMatch(/^Phill Sparks may/);
  });
});

describe('an exception for an emergency, when the message tells of one', () => {
  // A pre-school's policy; whether the message tells of an emergency is read by the concern
  // detector, which the answerer runs first.
  const clauseText = 'Except in an emergency, mobile phones are not used in the presence of children.';
  const question = 'one of the toddlers has gone floppy and blue, can i use my mobile in the room to phone his mum?';
  const read = (emergency: boolean) =>
    readVerdict({ question, clauseText, relevance, asked: readQuestion(question, relevance, { emergency }) }).verdict;
  it('answers "allowed" when the message tells of an emergency, whatever words it uses', () => {
    expect(read(true)).toBe('allowed');
  });
  it('never answers "allowed" otherwise', () => {
    expect(read(false)).not.toBe('allowed');
  });
});

describe('splitSentences', () => {
  it('reads the items of a fragment list together with their lead-in', () => {
    expect(splitSentences('It is inappropriate to communicate by:\n• Text message\n• Email')).toEqual([
      'It is inappropriate to communicate by:',
      'It is inappropriate to communicate by: Text message',
      'It is inappropriate to communicate by: Email',
    ]);
  });

  it('does not end a sentence at an abbreviation', () => {
    // Paraphrased from an online tutoring company's guidelines (not one of the five).
    expect(
      splitSentences('Lessons must run on approved platforms (e.g. Teams, Google Meet). Never use personal accounts.'),
    ).toEqual(['Lessons must run on approved platforms (e.g. Teams, Google Meet).', 'Never use personal accounts.']);
    expect(splitSentences('Tell Dr. Shah, i.e. The Club Doctor, at once. Then write it up.')).toEqual([
      'Tell Dr. Shah, i.e. The Club Doctor, at once.',
      'Then write it up.',
    ]);
  });

  it('keeps a dangling "Unless…" sentence with the rule it qualifies', () => {
    expect(splitSentences('Use your own camera for work. Unless given permission by the team.')).toEqual([
      'Use your own camera for work. Unless given permission by the team.',
    ]);
  });
});

describe('readVerdict', () => {
  it('forbids what a prohibition covers', () => {
    expect(
      verdict(
        'Can I share the Zoom passcode?',
        'Staff and participants should never share these codes with anyone else.',
      ),
    ).toBe('not-allowed');
  });

  it('needs approval where the prohibition names someone who can permit it', () => {
    expect(
      verdict(
        'Can I film the children?',
        'Staff should not film children at any time without permission from the Activity Leader.',
      ),
    ).toBe('needs-approval');
  });

  it('allows what a clause permits, and what a clause carves out when the question names that case', () => {
    expect(
      verdict('Can volunteers take photos?', 'Members and volunteers may take photographs at group activities.'),
    ).toBe('allowed');
    const clause =
      'Personal mobile phones should never be used for contacting children; unless it is considered an emergency.';
    expect(verdict('Can I phone a child on my mobile in an emergency?', clause)).toBe('allowed');
    expect(verdict('Can I phone a child on my mobile?', clause)).toBe('not-allowed');
  });

  it('reads "may" as a permission only when nothing restricts it (sentences of a football club’s policies)', () => {
    expect(
      verdict(
        'Can volunteers take photos?',
        'Members and volunteers may only take photographs in connection with group activities.',
      ),
    ).toBe('see-policy');
    expect(
      verdict(
        'can i delete a nasty text from a player?',
        'Delete any inappropriate text or email messages sent to you as they may form part of any subsequent investigation.',
      ),
    ).not.toBe('allowed');
    expect(
      verdict(
        'can a coach be banned for misconduct?',
        'Sanctions may include, but are not limited to, suspension, or banning from Wilpshire Wanderers Football Club.',
      ),
    ).toBe('see-policy');
    expect(
      verdict(
        'can i get reported to the police for this?',
        'All reports of cyberbullying and other technology misuses will be investigated fully and may result in notification to the police.',
      ),
    ).toBe('see-policy');
    expect(verdict('Can I text a player?', 'Staff who text a young person may face disciplinary action.')).toBe(
      'see-policy',
    );
    expect(verdict('Can I post photos?', 'Photos may only be posted once the DSL has checked them.')).not.toBe(
      'allowed',
    );
    expect(
      verdict(
        'ok to keep my phone in my pocket on silent?',
        'Staff may bring phones to work, however they should be switched off and stored in the office.',
      ),
    ).not.toBe('allowed');
  });

  it('reads a heading that ends in a prohibition as forbidding each item under it', () => {
    const section = 'Club officials and Coaches must not:';
    expect(
      verdict(
        'can i accept a friend request from one of my players on facebook?',
        'Accept as a friend, players or referees U18 on social networking sites they are members of.',
        { section },
      ),
    ).toBe('not-allowed');
    expect(
      verdict(
        'can i post a photo of the team?',
        'publish photographs with the full name(s) of the individual(s) featured unless you have written consent to do so',
        { section: 'Common sense considerations > Don’t' },
      ),
    ).toBe('needs-approval');
  });

  it('does not apply an exception made for someone else', () => {
    const clause =
      'No photographs are to be taken on personal phones, with the exception of a parent or carer photographing their own children.';
    expect(verdict('Can I take photos of the children on my own phone?', clause)).toBe('not-allowed');
    expect(
      verdict('we want pics of the kids on our phones at the trip, what do we need from the parents?', clause),
    ).not.toBe('allowed');
  });

  it('inherits the force of a "Do not" section heading', () => {
    expect(
      verdict('Can I add participants as friends?', 'Add participants to your friends list.', {
        section: "Dos and don'ts > Do not",
      }),
    ).toBe('not-allowed');
  });

  it('reads "rather than X" as steering away from X, and a required opposite as a no', () => {
    expect(
      verdict(
        'Should I message carers from my personal account?',
        'Rather than communicating with carers through personal accounts, staff should use an organisational account.',
      ),
    ).toBe('not-allowed');
    expect(verdict('Should our internal group be public?', "Internal accounts will be set to 'private'.")).toBe(
      'not-allowed',
    );
  });

  it('reads carrying on against a clause that says to end or stop as a no', () => {
    // Paraphrased, not any organisation's wording.
    const rule =
      'Where a leader finds themselves alone with young people on a video call, they should end the call and rearrange it.';
    expect(verdict('my co-leader dropped off the call, can i carry on with the group?', rule)).toBe('not-allowed');
    expect(verdict('the other leader left, ok to keep going with them?', rule)).toBe('not-allowed');
    expect(
      verdict('can i continue the session on my own?', 'Staff must stop the session if they are left alone.'),
    ).toBe('not-allowed');
  });

  it('says see-policy for open questions and for clauses with no clear force', () => {
    expect(verdict('Where should photos be taken?', 'Photographs are to be taken on an Allsorts mobile phone.')).toBe(
      'see-policy',
    );
    expect(verdict('Can I bring my phone?', 'Mobile phones are effective communication tools.')).toBe('see-policy');
  });
});

describe('what the organisation does not offer, and opposite places', () => {
  // Paraphrased from the kinds of sentence a club's class rules hold.
  it('reads "is not an option", "are not provided", "is not appropriate" as forbidding', () => {
    expect(
      verdict(
        'can a family pay monthly instead, is that ok?',
        'Monthly payment is not an option; fees are paid by the term.',
      ),
    ).toBe('not-allowed');
    expect(
      verdict(
        'she missed two sessions ill, can we give her money back?',
        'Refunds are not provided for sessions missed.',
      ),
    ).toBe('not-allowed');
    expect(
      verdict(
        'can i add a parent on my own facebook?',
        'It is not appropriate for coaches to add parents on personal accounts.',
      ),
    ).toBe('not-allowed');
  });
  it('keeps a double negative an obligation', () => {
    expect(sentenceForce('Doing nothing is not an option.').prohibits).toBe(false);
    expect(sentenceForce('Every concern is reported; no response is not an option.').prohibits).toBe(false);
  });
  it('reads "are X ok in…" and "ok if it\'s…" as asking permission', () => {
    expect(classifyQuestion('are energy drinks ok in the hall')).toBe('permission');
    expect(classifyQuestion('kids on headphones in the session ok if its just for music?')).toBe('permission');
    expect(classifyQuestion('what drinks are ok')).toBe('open');
  });
  it('answers the opposite place or state of what the clause requires as not allowed', () => {
    const collect = 'Younger children must be collected by a parent from inside the hall.';
    expect(verdict('dad is late, can the 7 year old wait outside by the gate?', collect)).toBe('not-allowed');
    const door = 'The door of the room should be left open during one-to-one sessions.';
    expect(verdict('ok to shut the door for a 1:1 if it gets noisy?', door)).toBe('not-allowed');
  });
});

describe('asking whether to stop someone else', () => {
  it('reads "do I need to stop her?" as asking whether her act is allowed', () => {
    expect(classifyQuestion('a mum is videoing her son at the gala, do i need to stop her?')).toBe('permission');
    expect(classifyQuestion('should we tell them not to?')).toBe('permission');
    // Paraphrased from a youth charity's phone policy: the exception is the parent's, and the
    // parent is the one acting.
    const rule =
      'No videos are to be taken on personal phones, with the exception of a parent videoing their own child on trips.';
    expect(verdict('a parent is videoing their own child on the trip, do i need to stop them?', rule)).toBe('allowed');
    // The asker doing it is still forbidden.
    expect(verdict('can i video the kids on the trip on my phone?', rule)).toBe('not-allowed');
    // Who acts is who the question asks leave for, though the asker introduces themself first.
    expect(
      verdict(
        "i'm the leader on the trip - one of the mums asked if she can video her own child on her phone. is that ok?",
        rule,
      ),
    ).toBe('allowed');
    expect(
      verdict(
        "i'm the leader on the trip and the mums are all filming theirs, can i video the kids on my phone?",
        rule,
      ),
    ).toBe('not-allowed');
  });
});

describe('putting off what the clause asks for at once, and more ways of not doing it', () => {
  // Paraphrased from the kinds of sentence clubs' reporting procedures hold.
  it('answers "when I have time", "at the end of the day", "till she gets back" against "immediately" as not allowed', () => {
    const record = 'Write down what the child said as quickly as possible, in their own words.';
    expect(verdict('ok if i write up what she told me when i have time?', record)).toBe('not-allowed');
    const report = 'Concerns must be reported to the welfare officer immediately.';
    expect(verdict('really busy, can i report it at the end of the day?', report)).toBe('not-allowed');
    expect(verdict('the welfare officer is away, can i wait till she gets back?', report)).toBe('not-allowed');
    expect(verdict('is it ok to report it tomorrow?', report)).toBe('not-allowed');
    // Doing it now is no putting off.
    expect(verdict('can i report it to the welfare officer now?', report)).not.toBe('not-allowed');
  });
  it('reads "don\'t bother" as leave not to do it, and "before doing X" as doing without it', () => {
    const followUp = 'Follow up every complaint from a parent and report back promptly.';
    expect(verdict("it's sorted now, ok if i don't bother getting back to the parent?", followUp)).toBe('not-allowed');
    const check = 'All volunteers must complete a background check.';
    expect(verdict('new volunteer, can she help out before doing the background check?', check)).toBe('not-allowed');
  });
});

describe('a list inside a clause', () => {
  // Scottish Korfball Association, coaches' code (a test fixture): the items sit inside the numbered
  // clause, under the sentence that leads into them.
  const clause = [
    'Avoid behaviour or conduct that could compromise the safety or well-being of any players who are under 18 years of age or are considered at risk, such as, where I am not their parent, guardian, or carer:',
    '◦ spending time alone with them unless in clear view of other adults,',
    '◦ taking them alone in my vehicle,',
    '◦ inviting them alone into my home, or',
  ].join('\n');

  it('takes the force of the sentence that leads into it', () => {
    expect(verdict("one of the u16s' mum is running late, can i just drop him home in my vehicle?", clause)).toBe(
      'not-allowed',
    );
    expect(verdict('ok if i invite one of the juniors round to my home to watch the final?', clause)).toBe(
      'not-allowed',
    );
  });

  it('keeps an item its own force, and gives none where the lead-in has none', () => {
    const described = clause.replace(
      'Avoid behaviour or conduct that could compromise',
      'Behaviour or conduct that could compromise',
    );
    expect(verdict("one of the u16s' mum is running late, can i just drop him home in my vehicle?", described)).toBe(
      'see-policy',
    );
  });
});

describe('a question that names the case an exception makes', () => {
  it('claims the case when it names most of it, however much else it says of its situation', () => {
    // Allsorts 3.4.
    const calls =
      'Staff are asked not to receive or make personal calls during an Allsorts activity, unless on a scheduled break and should be out of sight. However, in urgent cases, a call may be accepted if deemed necessary.';
    expect(
      verdict(
        "my kid's school just rang in the middle of the session and it sounds urgent, am i ok to pick up?",
        calls,
      ),
    ).toBe('allowed');
    // "Cases" says only that it is a case of something: naming it is not naming the case.
    expect(verdict('there are a few cases of nits going round, am i ok to take a personal call?', calls)).not.toBe(
      'allowed',
    );
    // Said not to apply, it does not.
    expect(verdict("it isn't urgent, just my mate ringing - am i ok to pick up during the session?", calls)).not.toBe(
      'allowed',
    );
  });
});

describe('a message that asks last how, what or whom', () => {
  // A sentence of a BMX club's code of conduct (Merseyside BMX Club, not one of the shipped five).
  const messaging = 'Coaches and volunteers should not engage in private one-to-one messaging with children';

  it('quotes the rule against the act rather than answering "not allowed"', () => {
    expect(verdict('a 14yo rider keeps messaging me privately on insta, how should i handle it?', messaging)).toBe(
      'see-policy',
    );
    expect(verdict('one of the riders has been dming me about his mates, who do i flag it to?', messaging)).toBe(
      'see-policy',
    );
  });

  it('reads what is asked last after a full stop, an emoticon or an emoji as after a comma', () => {
    for (const question of [
      'a 14yo rider keeps messaging me privately on insta. how should i handle it?',
      'a 14yo rider keeps messaging me privately on insta :( what should i do',
      'a 14yo rider keeps messaging me privately on insta 😬 what do i do now',
    ])
      expect(verdict(question, messaging), question).toBe('see-policy');
  });

  it('still answers whether, when that is what is asked last', () => {
    expect(verdict('can i message one of the 14yo riders privately on insta?', messaging)).toBe('not-allowed');
    expect(verdict('a 14yo rider messaged me on insta, can i reply to him privately?', messaging)).toBe('not-allowed');
    expect(verdict('how should i handle it if a rider dms me, is it ok to reply privately?', messaging)).toBe(
      'not-allowed',
    );
  });
});

describe('leave given to someone else', () => {
  it('is no leave to the asker, unless the question is about them or the asker is one of them', () => {
    // The shape of a sports club's photography policy (not the five).
    const parents = 'Parents are permitted to take photographs of their own children.';
    expect(verdict('can i take photographs of the children?', parents)).toBe('see-policy');
    expect(verdict('can parents take photographs of their own children at the gala?', parents)).toBe('allowed');
    expect(verdict("i'm a mum helping out, can i take photographs of my own daughter?", parents)).toBe('allowed');
  });
});

describe('leave for one purpose', () => {
  it('is not a plain "allowed": the question may be for another purpose', () => {
    // The shape of a youth club's phone policy (not the five): "for the purpose of" limits it as "only" does.
    const purpose = 'Members of staff may contact young people by text for the purpose of confirming session times.';
    expect(verdict('can i text a young person to chat about her weekend?', purpose)).not.toBe('allowed');
  });
});

describe('leave for part of what is asked', () => {
  it('is no leave for the rest of it, nor for its opposite', () => {
    // The shapes of sports clubs' and youth charities' social media and conduct policies (not the five).
    expect(
      verdict(
        'can i message a young person on social media?',
        'Staff are allowed to use social media to promote club events.',
      ),
    ).toBe('see-policy');
    expect(
      verdict(
        'can i take a player home in my own car?',
        'Coaches may use the club minibus to transport players to away matches.',
      ),
    ).toBe('see-policy');
    expect(
      verdict('can i join the kids in the showers after swimming?', 'Staff are welcome to join in with activities.'),
    ).toBe('see-policy');
    expect(
      verdict('can i text one of the young people?', 'Leaders are able to contact parents by phone or email.'),
    ).toBe('see-policy');
    expect(
      verdict(
        'can i accept a friend request from a young person?',
        'Staff are free to decline friend requests from parents.',
      ),
    ).toBe('see-policy');
    // What is asked, permitted whole, is still allowed.
    expect(
      verdict(
        'can i use the club minibus to take players to the away match?',
        'Coaches may use the club minibus to transport players to away matches.',
      ),
    ).toBe('allowed');
  });

  it('reads the act after "nothing wrong with (staff)…"', () => {
    expect(permittedAct('There is nothing wrong with staff having a personal social media account.')).toBe(
      'having a personal social media account',
    );
  });

  it('reads "decline" and "refuse" as the opposites of "accept" in a rule', () => {
    expect(verdict('can i accept a gift from a parent?', 'Staff must refuse gifts from parents.')).toBe('not-allowed');
  });
});

describe('prohibitions said softly', () => {
  it('reads "never acceptable", "discouraged from", "not advised" and "not something we permit" as forbidding', () => {
    // The shapes of youth charities' codes of conduct (not the five).
    expect(verdict('can i smack a child who is misbehaving?', 'Physical punishment is never acceptable.')).toBe(
      'not-allowed',
    );
    expect(
      verdict(
        'can i give a young person my number?',
        'Volunteers are discouraged from sharing personal phone numbers with young people.',
      ),
    ).toBe('not-allowed');
    expect(
      verdict('can i take a young person back to my house?', 'Taking young people to your home is not advised.'),
    ).toBe('not-allowed');
    expect(verdict('can i film the session?', 'Filming during sessions is not something we permit.')).toBe(
      'not-allowed',
    );
    expect(
      verdict(
        'can a new volunteer run the session solo?',
        "We wouldn't advise new volunteers to run a session on their own.",
      ),
    ).toBe('not-allowed');
  });
});

describe('a consent form required', () => {
  it('makes what the clause allows subject to permission', () => {
    // The shape of a junior football club's transport policy (not the five).
    expect(
      verdict(
        'can i give a player a lift?',
        'Coaches may give lifts to players. A consent form signed by a parent is required.',
      ),
    ).toBe('needs-approval');
  });
});

describe('a question that says the asker is not trained, qualified or checked', () => {
  it('reads it as doing without what a rule allows the act only with', () => {
    // The shapes of a youth club's volunteer code (not the five).
    const firstAid = 'Only provide First Aid or any treatment if I am properly qualified to do so.';
    expect(verdict("i'm not first aid trained, can i strap her ankle up myself?", firstAid)).toBe('not-allowed');
    const checked = 'Volunteers may only help at sessions once they have been DBS checked.';
    expect(verdict("he isn't dbs checked yet, can he help at the session?", checked)).toBe('not-allowed');
  });
});

describe('conduct said to be inappropriate as the case a rule is for', () => {
  it('is no prohibition of the act the rule allows', () => {
    // A sentence of an online course provider's policy (one of the five), its typo kept.
    const remove = 'We reserve the right to remove any participants of behaviour is inappropriate';
    expect(verdict('learner keeps posting rude stuff in the zoom chat, am i ok to remove him?', remove)).not.toBe(
      'not-allowed',
    );
    // "It is inappropriate for staff to…" still forbids.
    expect(
      verdict('can i swear in front of the kids?', 'It is inappropriate for staff to swear in front of children.'),
    ).toBe('not-allowed');
  });
});

describe('leave bounded by age', () => {
  it('is not leave for a young person outside the bound', () => {
    // The shapes of sports clubs' communication policies (not the five).
    const sixteen = 'It is acceptable for coaches to communicate with players aged 16 and over by text.';
    expect(verdict('can i text a 13 year old player?', sixteen)).toBe('not-allowed');
    expect(verdict('can i text a 17 year old player?', sixteen)).toBe('allowed');
    const over = 'Staff may text young people over the age of 13 about session times.';
    expect(verdict("she's 12, can i text her about session times?", over)).toBe('not-allowed');
    expect(verdict('can i text my u12s about session times?', over)).toBe('not-allowed');
  });
});

describe('a rule that wants two or more people', () => {
  it('forbids doing it as the only one, unless the rule offers one as an alternative or the question names its exception', () => {
    // The shapes of sports clubs' and youth groups' supervision rules (not the five).
    const crew = 'The guidelines for safety cover expect that two persons will crew any craft used as safety cover.';
    expect(verdict('short of helpers, ok if i run safety cover solo this once?', crew)).toBe('not-allowed');
    const adults = 'There will always be at least two adults present when juniors train.';
    expect(verdict("i'm the only grown up at training tonight, is that alright?", adults)).toBe('not-allowed');
    expect(verdict('can i take the session by myself?', adults)).toBe('not-allowed');
    // Two adults, unless a parent is there: the question names the exception.
    const unless = 'There will always be at least two adults present, unless a parent of the child is present.';
    expect(verdict("i'm the only adult but a parent of the child is present, ok?", unless)).not.toBe('not-allowed');
    // One adult is an alternative the rule offers.
    const or = 'Two leaders will attend every online session or one leader plus a parent.';
    expect(verdict('can i run the online session on my own?', or)).not.toBe('not-allowed');
    // Two of something else is no number of people.
    const notice = 'Parents must give two weeks notice of any change to collection.';
    expect(verdict('can i change the collection time by myself?', notice)).not.toBe('not-allowed');
  });
});

describe('a clause whose best-matching sentence says nothing either way', () => {
  it('forbids what another of its sentences forbids, when that sentence names the act asked about', () => {
    // The shape of a football club's social media guidance (Wilpshire Wanderers, not the five): a
    // sentence that strongly advises, then one that forbids.
    const account =
      'If a club decides to use a social networking site, the club is strongly advised to set up and run an account of its own about fixtures. Coaches should not contact players from a personal account.';
    expect(
      verdict('setting up a snapchat group for the u16s fixtures, ok if i run it off my own account?', account),
    ).toBe('not-allowed');
    // Another sentence about another act decides nothing.
    expect(
      verdict('setting up a snapchat group for the u16s fixtures, ok if i run it and post team photos on it?', account),
    ).not.toBe('not-allowed');
  });
});

describe('permission asked for in other words', () => {
  it('reads "ask any adult for their permission" and "consent will be sought" as needing approval', () => {
    // The shapes of youth groups' photo rules (not the five).
    expect(
      verdict(
        'can we put a photo of one of our adult members on the website?',
        'We will ask any adult member for their permission before using photos online.',
      ),
    ).toBe('needs-approval');
    expect(
      verdict('can we take photos at the trip?', 'Consent will always be sought before photos are taken at trips.'),
    ).toBe('needs-approval');
  });
});

describe('asking who may', () => {
  it('reads "who\'s allowed to…?" as asking who, not asking leave', () => {
    expect(classifyQuestion("who's allowed to use the minibus? i'm new")).toBe('open');
    expect(classifyQuestion('which coaches are allowed to drive the minibus?')).toBe('open');
    // Asking leave still is.
    expect(classifyQuestion('am i allowed to drive the minibus?')).toBe('permission');
    expect(
      verdict("who's allowed to use the minibus? i'm new", 'Only authorised drivers may use the club minibus.'),
    ).toBe('see-policy');
  });
});

describe('asking whether something is not needed', () => {
  it('reads "we don\'t need X, do we?" as asking what is required', () => {
    expect(classifyQuestion("he's an adult so we don't need his carer to ok it, do we?")).toBe('obligation');
    expect(classifyQuestion("i don't have to fill in the form for a plaster, do i?")).toBe('obligation');
    // Someone else's not needing to is what the message tells, not what it asks.
    expect(classifyQuestion("she said they don't have to fly her out. what does that mean??")).toBe('open');
  });
});

describe('an exception to a rule about another act', () => {
  it('opens no way to the act asked: only a rule about that act can be excepted for it', () => {
    // The shape of a church's good-practice list (not the five): a rule on meeting alone, excepted
    // for a pastoral need with a record "made and kept".
    const alone =
      'Volunteers should not meet a young person alone where they cannot be seen unless this is needed for welfare reasons, in which case a note will be made and kept of the date and place.';
    // "keeps" and "make" are no part of the case.
    expect(verdict('he keeps mucking about, can i make fun of him?', alone)).not.toBe('allowed');
    // The act the rule is about, in the case it excepts.
    expect(verdict('can i meet a young person alone for welfare reasons if a note is made and kept?', alone)).toBe(
      'allowed',
    );
  });
});
