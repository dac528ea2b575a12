import { describe, expect, it } from 'vitest';
import { detectConcern, normaliseMessage, readConcern } from '../../../../src/core/policy/concern/detect-concern.ts';
import { withoutTopics } from '../../../../src/core/policy/concern/topic-phrases.ts';

const flagged = (message: string): boolean => detectConcern(message).level !== 'none';

describe('detectConcern', () => {
  it('reads reports in the third person and in everyday words (the issue’s examples)', () => {
    for (const message of [
      "one of the boys said his mum's boyfriend hits him",
      'a girl in my group showed me cuts on her arm',
      'someone shared a nude of a 14 year old in the group chat',
      'another volunteer keeps messaging a 15 year old late at night and told her to keep it secret',
      "a young person has bruises and won't say how they got them",
      "a member messaged me saying she doesn't want to be alive any more",
      "a participant collapsed on the video call and isn't responding",
    ]) {
      expect(flagged(message), message).toBe(true);
    }
  });

  it('names the kind of harm', () => {
    expect(detectConcern("one of the boys said his mum's boyfriend hits him").kinds).toContain('physical-abuse');
    expect(detectConcern('a girl in my group showed me cuts on her arm').kinds).toContain('self-harm-suicide');
    expect(detectConcern('someone shared a nude of a 14 year old in the group chat')).toMatchObject({ online: true });
    expect(detectConcern('her family are taking her abroad this summer to be cut, she is 9').kinds).toContain('fgm');
  });

  it('reads an allegation about an adult of the organisation, and a request for secrecy', () => {
    const allegation = detectConcern(
      'another volunteer keeps messaging a 15 year old late at night and told her to keep it secret',
    );
    expect(allegation).toMatchObject({ level: 'concern', allegation: true, secrecy: true });
    expect(
      detectConcern('the u14 coach keeps giving one lad lifts home on his own and bought him a new phone'),
    ).toMatchObject({ allegation: true });
  });

  it('marks immediate danger, and not a pattern from the past', () => {
    expect(detectConcern("a participant collapsed on the video call and isn't responding").danger).toBe(true);
    expect(detectConcern('a lad has a knife in his bag in the changing rooms').danger).toBe(true);
    expect(detectConcern("we can't find one of the kids on the beach trip, he was here 10 mins ago").danger).toBe(true);
    expect(
      detectConcern('one of the girls keeps going missing from home at weekends, social worker knows').danger,
    ).toBe(false);
  });

  it('puts the emergency line first for harm happening now, however the concern was found', () => {
    for (const message of [
      // a missing child, said without the word "missing"
      'lost track of one of our swimmers at the gala, nobody has seen him for half an hour',
      // a threat of an explosion by someone still on the premises
      'a lad told his mates he is going to blow the sports hall up, he is still in the building',
      // an assault that has just happened
      'her uncle turned up at pick-up and just hit her, she is on the ground crying',
      // a threat now, read only by the learned model
      'a student says two men are outside his flat right now saying he owes them and they will hurt his sister',
    ]) {
      expect(detectConcern(message), message).toMatchObject({ danger: true });
      expect(detectConcern(message).level, message).not.toBe('none');
    }
  });

  it('puts the emergency line first for harm being done as the message is written, or about to be', () => {
    for (const message of [
      // a child missing now, in the everyday phrasing
      'one of our swimmers has been missing for twenty minutes, lifeguards are searching',
      // harm being done now
      'her stepdad is in the foyer shoving her against the wall',
      // about to happen
      "a girl's ex keeps texting that he is on his way to the club to sort her out",
      'a lad said he has to meet some older boys at the station tonight to carry something for them or else',
      // a young person who cannot be reached after a farewell
      "learner messaged 'bye everyone, thanks for everything' and now her phone is off",
      // an adult about to drive children while drunk; signs of a hypo on a walk
      'the driver smells of drink and is taking the juniors home in ten minutes',
      'one of the walkers is pale and shaky and not making sense, she is diabetic',
    ]) {
      expect(detectConcern(message), message).toMatchObject({ danger: true });
    }
  });

  it('reads everyday English that borrows harm words as what it means', () => {
    for (const question of [
      'the juniors smashed the race today, can we put the results in the newsletter?',
      'a parent is missing their daughter’s kit bag from tuesday, any sign of it?',
      'my work phone is dead, who do i tell?',
      'we got hammered 7-1 on saturday but the squad stayed positive, can i post the team photo?',
      'drowning in paperwork, when are the registers due?',
      'bleeding hell the projector has died again, who fixes it?',
      'what should i do if a young person asks me to promise not to tell anyone?',
      'secret santa at the staff do, £10 limit?',
      // paraphrased, not from any test set
      'the u14s are doing a secret whip-round for the coach’s leaving do, keep it quiet!',
      'the girls are dying to find out who won the raffle, when do we announce it?',
    ]) {
      expect(detectConcern(question).level, question).toBe('none');
    }
    // A hypothetical said outright holds no one's secret: the rules find nothing. The learned model
    // (retrained in the sixth round) may still show the route first, with the answer under it.
    const hypothetical =
      'hypothetically, if a member told me a secret about home and said not to tell, what should i say?';
    expect(readConcern(hypothetical).level).toBe('none');
    expect(detectConcern(hypothetical).level).not.toBe('concern');
    // The rules read "off sick" as an absence, not a medical emergency (the learned model may
    // still ask for the route to be shown first: see docs/disclosures.md on false alarms).
    expect(readConcern("Sam's mum rang, he's off sick with a tummy bug today")).toMatchObject({
      level: 'none',
      weak: [],
    });
    // a child missing is still missing
    expect(detectConcern('one of our members is missing from the trip, we have looked everywhere').danger).toBe(true);
  });

  it('puts the emergency line first for what happened minutes ago, a child driven away, a weapon within reach', () => {
    // Paraphrased from guidance, not from any test set.
    for (const message of [
      'a volunteer just drove off with one of the u12s, her dad is here to collect her and knows nothing about it',
      'one of the girls said she was meeting a man she met online at the park, she left about five minutes ago',
      'a lad keeps saying he will get the boys who bullied him and says he knows where his uncle keeps a shotgun',
    ]) {
      expect(detectConcern(message), message).toMatchObject({ danger: true });
      expect(detectConcern(message).level, message).not.toBe('none');
    }
  });

  it('reads the signs first-aid guidance lists as a medical emergency, with the emergency line first', () => {
    // From first-aid guidance (NHS, St John Ambulance), not from any test set.
    for (const message of [
      'after the peanut thing at snack time her lips are swelling and she sounds wheezy',
      'one of the lads has a purple rash that does not fade when i press a glass on it',
      "a volunteer's face is drooping on one side and she is slurring her words",
      'he drank some of the bleach from the cleaning cupboard',
      'kid fell off the climbing wall and a bone is sticking out of his arm',
      'she has gone limp and her eyes rolled back',
      // NHS "when to call 999": chest pain; a serious injury, such as after a road accident.
      'one of the dads watching has chest pains and feels sick',
      'a lad got knocked down by a car crossing the road to the minibus',
    ]) {
      expect(detectConcern(message), message).toMatchObject({ level: 'concern', danger: true });
    }
    // A suspected fracture (first-aid guidance), told about someone in particular, is an emergency
    // even when it is asked as a question about procedure; a question about "if" is not.
    for (const message of [
      'tom came off his bike on the way in, arm is at a weird angle and he is in agony, what do we do',
      'she fell off the climbing frame and thinks her wrist might be broken, whats the procedure?',
    ])
      expect(detectConcern(message), message).toMatchObject({ level: 'concern', danger: true });
    expect(readConcern('whats the procedure if a kid breaks an arm at training?').level).toBe('none');
    // An adult of the organisation taken ill is not accused of anything: no allegation route.
    expect(detectConcern("a volunteer's face is drooping on one side and she is slurring her words").allegation).toBe(
      false,
    );
    expect(detectConcern('one of the coaches hit a lad in the changing room').allegation).toBe(true);
    // Sport's own words are not emergencies.
    expect(readConcern("he's been doing breast stroke drills all session").level).toBe('none');
    expect(readConcern('my chest is tight from this cough since last week, might skip the run').strong).toEqual([]);
    expect(readConcern('what does the first aid policy say about chest pains?').level).toBe('none');
    expect(readConcern('walking with a limp after the match').strong).toEqual([]);
  });

  it('reads an adult crossing the boundaries safer-working guidance sets as an allegation', () => {
    // Written from NSPCC / KCSIE low-level-concern guidance, not from any test set.
    for (const message of [
      'a volunteer sat a little girl on his lap during story time and would not let her get down',
      'staff member was seen kissing a 16 year old student at the bus stop',
      'one of the coaches is sharing really personal stuff about his divorce with the u15s',
      'our tutor gave his personal number to a student and told her to text him anytime',
      'our dj volunteer showed the kids a video with a sex scene in it',
    ]) {
      expect(detectConcern(message), message).toMatchObject({ level: 'concern', allegation: true });
    }
    // A young person reaching out, or an adult sharing with another adult, is no allegation.
    expect(
      readConcern('one of our young volunteers (16) sent me a follow request on tiktok, can i accept?').level,
    ).toBe('none');
    expect(readConcern('a volunteer gave her number to a parent so they can sort lifts').signals.allegation).toBe(
      false,
    );
  });

  it('reads an adult unfit to look after children, or showing or posting what safer working forbids, as an allegation', () => {
    // Written from safer-working-practice guidance, paraphrased; not from any test set.
    for (const message of [
      'one of the helpers was necking cans on duty at the sleepover and was drunk by midnight',
      'the assistant coach turned up clearly stoned and was left in charge of the under 10s',
      'could smell weed on the minibus driver when he picked the kids up',
      'a parent says the tutor sent her daughter (15) explicit pics over the course app',
      "the volunteer posted a 9 year old's tantrum on his own tiktok",
      'the referee has a snapchat streak going with one of the 13 year old girls',
      'the vicar bought jess (15) a couple of pints at the parish barbecue',
    ]) {
      const read = detectConcern(message);
      expect(read.level, message).not.toBe('none');
      expect(read.allegation, message).toBe(true);
    }
    // Told beside a word about policy ("on duty"), with no question asked: the route first, and the
    // whole message answered under it.
    expect(
      detectConcern('one of the helpers was necking cans on duty at the sleepover and was drunk by midnight'),
    ).toMatchObject({ level: 'possible', allegation: true });
    // "High", "hammered", "pissed" in their everyday senses; a handbook or a coach trip is no adult.
    for (const message of [
      'got the high vis jackets for the trip, the leaders were really high energy today',
      'the referee was hammered by the away fans after the final whistle lol',
      'the coaches were pretty pissed off about the pitch booking',
      'can someone send me the FGM reporting flowchart for the staff handbook',
      'the coach trip to the FGM awareness conference is booked for friday',
    ])
      expect(detectConcern(message).level, message).toBe('none');
  });

  it('reads the warning signs guidance lists for suicide, and danger heard or on its way, as such', () => {
    // Written from NHS / Samaritans warning signs and safeguarding guidance, not from any test set.
    expect(detectConcern("a young person just messaged the group saying goodbye everyone i'm done")).toMatchObject({
      level: 'concern',
      danger: true,
    });
    expect(
      detectConcern('jay has been giving away all his stuff and said you will not have to worry about me soon').level,
    ).toBe('concern');
    for (const message of [
      "she's on the phone to her ex and he says he's coming down here to get her",
      'a dad turned up drunk and is trying to take his son, mum has a court order',
      "kid on the zoom is crying and there's shouting and smashing behind him",
    ])
      expect(detectConcern(message), message).toMatchObject({ danger: true });
    // Farewells and giving things back with no sign of harm are not read as one by the rules.
    expect(readConcern('she posted bye everyone, off to uni tomorrow, thanks for everything').level).toBe('none');
    expect(readConcern("we're giving all of their stuff back at the end of term").level).toBe('none');
  });

  it('reads a small upset with a good outcome, or an epipen mentioned, without alarm from the rules', () => {
    // Paraphrased, not from any test set: a weak sign beside a good outcome is left to the learned model.
    for (const message of [
      'leo got upset when he lost at pool, cried for a bit then was fine',
      'sam fell over in the relay, said it stung, then was fine',
    ])
      expect(readConcern(message).level, message).toBe('none');
    // A report with a weak sign and no good outcome still counts.
    expect(readConcern('leo got really upset and cried, said he is scared to go home').level).not.toBe('none');
    // An epipen is a sign of harm when it is used or needed, not when it is mentioned.
    expect(readConcern("noah's epipen needs replacing, his dad is sending a new one").strong).not.toContain(
      'medical-emergency',
    );
    expect(detectConcern('we had to use her epipen, her lips are swelling')).toMatchObject({ danger: true });
    // "picking her up" is a lift, not favouritism.
    expect(readConcern("ella's nan is picking her up today instead of her dad").signals.conduct).toBe(false);
  });

  it('reads "if a young person ever told me…" as a hypothetical, and a report beside it as a report', () => {
    expect(
      readConcern('if a child ever told me they were being hit at home, who do i phone first?').signals,
    ).toMatchObject({ hypothetical: true, report: false });
    expect(readConcern('if one of our athletes had a seizure during training, what do we do?').level).toBe('none');
    // a report outside the hypothetical still counts
    expect(
      readConcern('if a child told me something, what do i do? one of the boys said his dad hits him').signals.report,
    ).toBe(true);
    // a real surprise is not a real secret, but a secret kept from a parent still is
    expect(detectConcern('she said her coach told her it is their little secret').level).not.toBe('none');
  });

  it('the rules read the ongoing forms of physical harm too ("shoving", "dragging", "grabbing")', () => {
    for (const message of [
      'her stepdad is in the foyer shoving her against the wall',
      'a man is dragging him towards a car',
    ])
      expect(readConcern(message).strong, message).toContain('physical-abuse');
  });

  it('reads a young person asking for secrecy in everyday words', () => {
    for (const message of [
      "a girl messaged the club account 'please don't tell my mum but can i stay late on fridays'",
      "learner wrote 'i need to tell you something but you have to promise to delete it after'",
    ]) {
      expect(detectConcern(message), message).toMatchObject({ secrecy: true });
      expect(detectConcern(message).level, message).not.toBe('none');
    }
  });

  it('reads "don\'t tell mum" as a request for secrecy, possessive or not', () => {
    expect(detectConcern("the tutor said he'd pick her up and said dont tell mum").secrecy).toBe(true);
    expect(detectConcern('he told her not to tell dad about the lifts').secrecy).toBe(true);
  });

  it('never lets good news in a message hide a worry in the same message', () => {
    // Paraphrased, not from any test set: praise or thanks beside a quieter sign.
    for (const message of [
      "Kai's mum rang to say thank you, and mentioned his stepdad has moved back in and Kai has gone quiet",
      'so proud of Mia, she finally told me what has been happening at home with her dad',
      'Sam got the apprenticeship!! says his uncle gives him money for keeping stuff at his',
    ]) {
      expect(detectConcern(message).level, message).not.toBe('none');
    }
  });

  it('reads looser ways of keeping something quiet beside a sign of harm, and not on their own', () => {
    expect(
      detectConcern("she showed me bruises on her arm and asked me to keep it to myself, don't tell her dad").level,
    ).toBe('concern');
    expect(readConcern('Zara made the county team, keep it quiet till she announces it').level).toBe('none');
    expect(readConcern('he made me swear i wouldn’t tell, but his uncle hits him').signals.hushed).toBe(true);
  });

  it('reads an injury written up in the accident book, or a message its writer says is no safeguarding matter, by strong signs only', () => {
    // Paraphrased, not from any test set.
    for (const message of [
      'mo grazed his elbow on the astro, bruised a bit, cleaned up and logged in the accident book',
      'lucy twisted her ankle in netball, dad collected her, is the accident form enough or do i tell head office?',
      'not a safeguarding thing but a parent keeps ringing me late about her son’s grades, who handles complaints?',
      // Hyperbole of hunger and thirst, not neglect.
      'freddie said he was dying of hunger twenty minutes after lunch',
      'ellie said she was dying of thirst after the hike',
    ]) {
      expect(detectConcern(message).level, message).toBe('none');
    }
    for (const message of [
      'mo has a bruise on his arm and says his dad did it, i logged it in the accident book',
      'he has bruises on his back that were not in the accident book and he will not say how',
      'not a safeguarding thing but she said her mum’s boyfriend hits her',
      'not sure if it is a safeguarding thing but she keeps coming in with bruises',
    ]) {
      expect(detectConcern(message).level, message).not.toBe('none');
    }
  });

  it('reads "passed round" as images shared only beside an image, and a request to delete data as no secret', () => {
    // Paraphrased, not from any test set.
    for (const message of [
      'after i report something, what happens? is it going to get passed round everyone at the club?',
      'a parent wants us to delete all her son’s data now he has left, who sorts that?',
      // Grabbing a thing, not a person; a player going down injured in a match.
      'who looks after the work mobile? my manager said just grab it for the trip',
      'fire drill at holiday club, who grabs the register?',
      'lad went down injured in the second half, can i run on to check him without waiting for the ref?',
    ]) {
      expect(detectConcern(message).level, message).toBe('none');
    }
    for (const message of [
      'the video of her in the changing room got passed round the whole year',
      'they passed it round the group chat, it is a nude of a year 9',
      'he asked me to delete the messages and not tell anyone',
      'the coach grabbed her by the arm and dragged her off the pitch',
    ]) {
      expect(detectConcern(message).level, message).toBe('concern');
    }
  });

  it('reads plain reports in everyday words across the kinds of harm guidance lists', () => {
    // Paraphrased from guidance (NSPCC signs, FGM and forced marriage guidance, NHS first aid,
    // safer working practice), not from any test set. Each was once read as nothing or only as
    // possible.
    for (const message of [
      'her stepmum threw a mug at her head, she has a cut above her eye',
      'a 6 year old was acting out sex things with toys, way beyond his age',
      'a 12 year old is babysitting her two little brothers every night while mum is at the pub',
      'she picks at her arms until they bleed when she is stressed',
      'he has done a runner from his foster placement again',
      'learner burnt her hand on the deep fat fryer at placement, skin is blistering',
      'some lads were talking about setting fire to the synagogue this weekend',
      'the aunties are going to sort her out when they take her to somalia in the summer',
      'is it ok that a 15 year old is going out with a 22 year old? one of ours is',
      'the tutor told a 13 year old to take her laptop into her bedroom for the lesson',
      'one of the escorts smacked a boy on the bus for being noisy',
      // A second round (concerns-train-plain2), paraphrased.
      'a volunteer gave two 14 year olds some vodka at the disco',
      'the cook locked a girl in the pantry as a joke',
      'a helper was taking photos of the kids getting changed after swimming',
      'somebody took a video up a year 10 girl’s skirt on the bus',
      'her inhaler keeps running out because mum never collects the prescription',
      'toddler was crying for the whole call and no adult ever came',
      'his dad drinks all his benefits and he has no food in',
      'bandages all up her arms again and she gets really upset if you ask',
      'some older men have moved into his flat and are dealing from it',
      'she texted that she is hiding in the bathroom because her partner is kicking the door in',
      'he walked off the call and his mum says he is not in the house',
      'she fell off the stage, big head wound and she is really dazed',
      // A third round (concerns-train-plain3, indirect wording), paraphrased.
      'her gran said she gets a good hiding when she is cheeky',
      'a man in the foyer was showing porn on his phone to his son, about 8',
      'his mum calls him the mistake in front of everyone',
      'they make her kneel in the corner for hours when she spills anything',
      'his glasses have been broken for months and mum has missed all his eye appointments',
      'rows of little cuts on her thighs, saw them at swimming',
      'she goes to the loo straight after lunch to be sick',
      'her private pics are going round the year group chat',
      'a guy from roblox knows which school he goes to and wants to meet him saturday',
      'someone offered a 15 year old £300 to borrow his bank account',
      'lads are scoring the girls out of 10 on a list in the workshop',
      'he keeps sending her pics of his privates',
      'older boys shut a kid in the changing room cupboard and took his phone',
      'the little one said daddy threw the telly at mummy',
      'police keep coming round when dad gets angry, she says',
      'she asked me to hide her passport, they are flying her out next week',
      'his online teacher sends him videos and tells him not to trust anyone',
      'he has a list of traitors at school with crosses by the names',
      'towel is soaked through already and it is still coming',
      'the new sessional worker goes into the toilets with the kids',
      'manager says we do not need to pass it on because we know the family',
      'she has been sending money to a soldier she met online',
      'left at the bus stop on her own for hours, she is 6',
      // A fourth round (concerns-train-plain4, half in the young person's own words), paraphrased.
      'she said her lip is still swollen from sunday, he threw a shoe',
      'he said i fell over but then said well i got pushed a bit, dont say nothing',
      'a dad on the sideline was touching a girl’s bottom when he lifted her',
      'she says she is not allowed to talk at dinner because she is the stupid one',
      'if i get a bad mark mum makes me stand in the garden till it is dark',
      'he is on his own in that flat every night, never seen an adult there',
      'toddler wandered in from the road and nobody came looking for him',
      'she said it is only little cuts, everyone does it',
      'he says he owes them 500 quid so he has to hold stuff at his',
      'heard a man on the phone tell her youre dead when you get home',
      'a man was giving out patriot youth flyers at the gate to our 13 year olds',
      'he keeps posting memes praising the christchurch shooter',
      'one of our lads is on a police appeal on facebook',
      // A fifth round (concerns-train-plain5, busy everyday wording), paraphrased.
      'lifts sorted for sunday, but sam has a hand shaped bruise on his arm and just shrugged',
      'her stepdad read her diary out at dinner so everyone would laugh',
      'she was minding her 2 little sisters on her own all half term, she is 10',
      'the toddler next door wanders the street in just a nappy most mornings',
      'went to the flat to pick him up, dog mess everywhere and no beds for the kids',
      'noticed fresh lines on jo’s arms when she rolled her sleeves up',
      'her mum found razor blades taped inside her pencil case',
      'he bangs his head on the wall when he is upset',
      'his uncle makes him beg outside the station and keeps the money',
      // A sixth round (concerns-train-plain6: allegations, physical harm, radicalisation, FGM), paraphrased.
      'the tutor asked her to stay on after the others left and turn her camera round to show her bedroom',
      'one of the helpers hugs the girls for ages and pulls his chair right up close',
      'heard the new volunteer got sacked from his last club for something to do with kids',
      'the cook was seen going into the girls dorm after lights out',
      'a coach clipped a boy round the ear for back chat',
      'she has a bald patch where her hair has been pulled out',
      'red marks all the way round her neck',
      'his gamer tag has 1488 in it',
      'he has a list of kids at school he would get first',
      'he is obsessed with school shootings and loves the killing in the videos',
      'lad handing out cards for a gym that talks about defending the white race',
      'she said they will do to her what they did to her big sister so no man wants her before she is married',
      'her family want a virginity check done before the wedding',
      'the man next door puts his hands under her clothes when her mum goes out',
      'dad has got her passport and she flies out friday for her engagement',
      // A seventh round (concerns-train-plain7: disabled young people, adults at risk), paraphrased.
      'he came in wearing the same pad as yesterday, skin red raw',
      'dad forgot her feeding tube kit again, happens most weeks',
      'he keeps saying women deserve to get hurt, straight from that influencer',
      'on her talker she pressed secret, uncle, no tell',
      'the home locks his room from the outside at night',
      'the family he lodges with use him as a skivvy, cleaning all day, no money',
    ]) {
      expect(detectConcern(message).level, message).toBe('concern');
    }
    // Missing now, or about to be taken abroad: the emergency line first.
    for (const message of [
      'he came off the trampoline and says he cannot feel his hands',
      'the 7 year old on the call has been home alone since yesterday and does not know where his mum is',
      'did the headcount and one of the 8 year olds is not on the coach, we have searched everywhere',
      'her stepdad was shouting, then a bang and she screamed and the call dropped',
      'mic was left on, a man was having a go at her and it sounded like she got hit, she yelled and the screen went black',
      'learner with type 1 is shaking and talking rubbish, meter says 2.4',
      'she wrote in the chat this is my last lesson, i have written my letters, then logged off',
      'blood’s pumping through the tea towel from the cut on his hand',
      'she said she has drunk a bottle of vodka and cannot feel her legs',
      'not seen him for two days, his bed has not been slept in, he is 16',
      'she went with a man at pick up and her mum says she does not know anyone like that',
      'we have lost jay at the zoo, staff are searching the reptile house now',
      'she says her family are taking her to bangladesh next week to get married and she does not want to',
    ]) {
      expect(detectConcern(message).danger, message).toBe(true);
    }
    // Not a holiday with family, and not a question about what befrienders may do.
    expect(detectConcern('amira is off to egypt for half term with her family, she is so excited').level).toBe('none');
    expect(detectConcern('we lost the match on the trip to leeds, gutted').level).toBe('none');
    expect(
      detectConcern('dad wants a quick pic of the lads in the changing room after the cup win, ok?').level,
    ).not.toBe('concern');
    expect(detectConcern('she spent all her birthday money on concert tickets').level).toBe('none');
    expect(detectConcern('lost property: a blue coat and a lunchbox left at the hall').level).toBe('none');
    // Said actively: someone left the things (paraphrased, not from any test set).
    expect(
      detectConcern(
        'someone left a navy coat and a lunchbox in the changing room on saturday, where does lost property go',
      ).level,
    ).toBe('none');
    // Things gone missing, not a child (paraphrased, not from any test set).
    expect(detectConcern('missing: two black shin pads left in the changing room tuesday, whose are they?').level).toBe(
      'none',
    );
    expect(detectConcern('missing: one of the year 7s, not on the coach at the headcount').level).toBe('concern');
    // A baby tooth lost is not a baby lost (paraphrased, not from any test set).
    expect(
      detectConcern('one of the little ones lost a baby tooth at snack time, popped it in an envelope').level,
    ).toBe('none');
    expect(detectConcern('we have lost a toddler at the soft play, staff are searching').level).toBe('concern');
    expect(detectConcern('we left them alone to finish the quiz').level).toBe('none');
    // Everyday team-channel news (paraphrased, concerns-train-ordinary3 style).
    for (const message of [
      'heads up i will be missing the thursday group, it is my son’s parents evening',
      'leah showed as missing on the register but her mum emailed, i forgot to mark her',
      'omar broke his wrist falling off his scooter so he is in a cast for a few weeks',
      'tom scraped his knee on the path, our first aider cleaned it, plaster on, recorded on the form',
      'kim’s dad is in for a planned knee operation so she might be tired this week',
      'does the missing child procedure cover trips abroad?',
      'new volunteer’s dbs hasnt come back yet, can she start on saturday',
    ]) {
      expect(detectConcern(message).level, message).not.toBe('concern');
    }
    expect(detectConcern('are befrienders allowed to be friends with members on facebook?').level).toBe('none');
  });

  it('reads a question about a kind of harm in general as a policy question, unless a case is told beside it', () => {
    // Paraphrased, not from any test set.
    for (const message of [
      'is neglect something we report for adults at risk as well?',
      'does domestic abuse between parents count as harm to the child?',
      'at what point does a messy home life become neglect?',
      'what should go in an incident report after a head injury?',
      'what does grooming look like with adults rather than children?',
      'what are the signs of neglect we should look for in kids who cannot tell us verbally?',
      'what is honour based abuse and how is it different from domestic abuse?',
      'what is our procedure if a vulnerable adult tells us they are being hurt at home?',
      'if a child asks me to keep a secret, what is the right thing to say?',
      'the juniors bombed the water balloon relay, total carnage, brilliant night',
    ]) {
      expect(detectConcern(message).level, message).toBe('none');
    }
    for (const message of [
      'at what point is it a missing person? tom has not come back from the toilets and it has been 30 mins',
      'is county lines something we should worry about? kai keeps getting new trainers and disappearing after football',
      'does sexting count as abuse? ellie (14) sent a nude to her boyfriend and it is going round',
      'is it ok that a 15 year old is going out with a 22 year old? one of ours is',
      'what is wrong with her? she has bruises all up her arms',
      'what is going on with him, his dad hits him',
      // A case told in its own sentence, however general the question after it.
      'a boy has not come back from the toilets. at what point do we call the police?',
      'is self harm something we cover in the induction? a learner showed me cuts on their arm today',
    ]) {
      expect(detectConcern(message).level, message).not.toBe('none');
    }
    // Why it is asked may stand beside the question, when it tells no case.
    for (const message of [
      'is cuckooing something we need to know about as a drama group? seems more of a housing thing',
      'what should go in an incident form after a head injury or a fall at football? making a checklist',
    ])
      expect(detectConcern(message).level, message).toBe('none');
  });

  it("reads the signs of sexual abuse in a young child's words, and year groups as young people", () => {
    // Paraphrased from NSPCC signs, not from any test set.
    for (const message of [
      "little one said her front bottom is sore because of the game with her mum's boyfriend",
      "he said 'uncle comes in my bed when i'm asleep and does tickling'",
      "a 6 year old told us about the 'doctors game' she plays with the lodger",
      'a man from the car park followed one of our girls into the toilets and locked the door',
      'the supply teacher slapped a year 3 on the arm for talking, i saw it',
    ])
      expect(detectConcern(message).level, message).toBe('concern');
    for (const message of [
      'my year 9s want a hug goodbye at the end of term, is that ok?',
      'the year 4s played the tickle monster game at the party and loved it',
      "kian's bum is sore from the long bike ride, we put a cushion on the minibus seat",
    ])
      expect(detectConcern(message).level, message).not.toBe('concern');
  });

  it('reads a ninth round of signs from guidance: forced marriage refused, a sibling at risk of FGM, a parent in distress shut out, someone at the door now', () => {
    // Paraphrased from FMU, FGM, domestic abuse and NSPCC guidance; not from any test set.
    for (const message of [
      "she asked if she can do the rest of the course from pakistan as she 'might not be coming back after the wedding'",
      "text from aisha (16): 'at the airport with my uncle, it's my nikah, i don't want to go'",
      'student said if she says no to the marriage her dad will be punished by the family, what should she do',
      'she said they are taking her little sister to somalia in the summer for the thing they did to her',
      "he told me he puts his headphones on so he doesn't have to hear his mum crying every night",
      'the support worker locked a resident in his bedroom to calm him down',
    ])
      expect(detectConcern(message).level, message).toBe('concern');
    expect(
      detectConcern("mentee texted 'dad's kicked off, i'm in my room and he's trying to get the door open'. she's 15"),
    ).toMatchObject({ level: 'concern', danger: true });
    // Found safe, a knock explained by sport, a project on a historical topic.
    for (const message of [
      'we thought ruby had gone missing from the park but she turned up ten minutes later, all fine, she was at the ice cream van',
      'lad got a black eye in his boxing club bout at the weekend, proud as anything',
      'one of my students wants to do her history project on how the nazis used propaganda, any resources?',
    ])
      expect(detectConcern(message).level, message).toBe('none');
    // Going missing again and again is a pattern, found or not.
    expect(
      detectConcern('she keeps going missing at weekends, turned up again on monday, all fine apparently').level,
    ).not.toBe('none');
  });

  it('reads a tenth round of signs from guidance: degrading acts forced by other children, a live call with someone at risk', () => {
    // Paraphrased from KCSIE and first-aid guidance; not from any test set.
    expect(detectConcern("he said the older lads made him lick the changing room floor as an 'initiation'").level).toBe(
      'concern',
    );
    expect(
      detectConcern(
        "sam (15) rang in tears, says he's got pills lined up and mum's at work. i've got him on the phone",
      ),
    ).toMatchObject({ level: 'concern', danger: true });
    for (const message of [
      'completely overdosed on haribo at the sleepover, never again 😅',
      'kid told his sister "i\'ll kill you" when she scored, both of them in stitches',
      'the new member has a choking risk in her care plan, how do we tell the kitchen?',
      'learner felt a bit dizzy on placement after skipping lunch, had a sandwich and was fine',
    ])
      expect(detectConcern(message).level, message).not.toBe('concern');
  });

  it('reads good news about a named child as no concern: pets, nerves before ordinary events, tears of joy, help no longer needed', () => {
    // Paraphrased, not from any test set.
    for (const message of [
      'Maya (9) showed us pics of her new puppy, he is called Biscuit',
      'Tom (15) said he is nervous about his first solo train journey to the gala but his dad has shown him the way',
      'Leah cried when she got her certificate, proper happy, her dad was filming',
      "Callum (17) passed his test so he won't need the lift to placement any more",
    ])
      expect(detectConcern(message).level, message).not.toBe('concern');
    // A present and secrecy from an adult, and a "celebration" kept quiet, are still read.
    for (const message of [
      "she said her uncle gave her a present and she's not allowed to tell mum about it",
      "Amira said a lady is coming from abroad for a special girls' celebration and she is not allowed to tell anyone",
    ])
      expect(detectConcern(message).level, message).not.toBe('none');
  });

  it('reads an injury or a faint told as an accident and seen to as first aid, unless its story is doubted', () => {
    // Paraphrased, not from any test set.
    for (const message of [
      'Ollie (9) fell off the climbing frame at the park on sunday, A&E said it is a sprained wrist, mum was with him the whole time',
      'Jess fainted at the placement in the heat, she had skipped breakfast, sat her down with water and she was fine, logged it and mum picked her up',
      // A knock to the head checked over: its sign ("banged his head") is settled with it, for the
      // rules and the learned model alike.
      'Theo banged his head on the cupboard door at snack, little bump, nursery nurse checked him over and he is fine',
    ])
      expect(detectConcern(message).level, message).toBe('none');
    for (const message of [
      "Ollie (9) has a broken wrist, says he fell off the trampoline but the story doesn't add up, mum took him to A&E",
      'Ollie (9) broke his arm again, fell off his bike apparently, in a cast, third time this year',
      'Theo says he banged his head on the door at home, big lump, third time this term, checked him over',
      // Someone did it.
      'Theo banged his head on the door at snack, his dad pushed him, nursery nurse checked him over and he is fine',
    ])
      expect(detectConcern(message).level, message).not.toBe('none');
  });

  it('reads hyperbole, goals, dropped connections, a lost tooth, costumes and kitchen burns seen to as no harm', () => {
    // Paraphrased, not from any test set.
    for (const message of [
      'Finn (10) says he is "literally starving to death" at 11.50, lunch is at 12',
      'Priya (13) smashed her PB at the gala, 42 seconds!!',
      'Kai battered in a hat trick in the cup, the bench went wild',
      "Noor's wifi kept cutting out in the lesson, her mum emailed, sent her the recording",
      'Bea (6) lost a wobbly tooth at snack time and was thrilled, wrapped it up for the tooth fairy',
      'the disco was great, fake blood everywhere and Zac came as a zombie with an axe through his head',
      'Ravi burnt his finger on the oven tray at cookery, ran it under cold water, no blister, logged it',
      'Sophie (14) is terrified about her maths paper tomorrow, we did past papers and she got 75%',
    ])
      expect(detectConcern(message).level, message).not.toBe('concern');
    // A burn with no accident told, or a doubted story, is still read.
    for (const message of [
      'Ravi (9) has a round burn on his hand, says he did it on the oven but his story keeps changing',
      "she came in with a burn on her arm and wouldn't say how she got it",
    ])
      expect(detectConcern(message).level, message).not.toBe('none');
  });

  it('puts the emergency line first for a child whose parent has been gone for days or since a day named', () => {
    // Paraphrased, not from any test set (NSPCC: a child should not be left alone overnight).
    for (const message of [
      "she says her dad's been gone since friday and there's no food in, she's 11",
      'he told me his mum has been away for three days and he is on his own',
    ])
      expect(detectConcern(message).danger, message).toBe(true);
  });

  it("reads an adult's comments on a young person's body or development as an allegation", () => {
    // Paraphrased, not from any test set (KCSIE part four: sexualised comments, a low-level concern).
    for (const message of [
      "a trustee made a comment about a 13 year old's body at the fundraiser, a few parents heard it",
      "one of the coaches keeps saying she's developing nicely, she's 12",
      'the volunteer keeps making comments about her body, she is 14',
    ]) {
      const read = detectConcern(message);
      expect(read.level, message).toBe('concern');
      expect(read.allegation, message).toBe(true);
    }
    expect(detectConcern('the coach made a comment about his legs being tired after the run').level).toBe('none');
  });

  it('reads injuries that keep coming, and a note saying goodbye to everyone', () => {
    // Paraphrased, not from any test set (NSPCC: repeated injuries; Samaritans: a goodbye note).
    for (const message of [
      'bruises again on the little one',
      'he keeps coming in with bruises on his arms',
      'found a note in her bag saying goodbye to everyone',
    ])
      expect(detectConcern(message).level, message).not.toBe('none');
    for (const message of [
      'got more bruises from rugby today lol',
      'the message said bye to everyone from the holiday group',
    ])
      expect(detectConcern(message).level, message).toBe('none');
  });

  it('reads a fall with no harm, a choke coughed up and an illness told for an absence as seen to', () => {
    // Paraphrased, not from any test set.
    for (const message of [
      'he fell off the climbing wall but the mat caught him, not a scratch',
      'she choked on a grape at snack but coughed it up straight away, all fine',
      "mum said he's been up all night being sick so he won't be in",
    ])
      expect(detectConcern(message).level, message).toBe('none');
    // Choking not resolved is still an emergency, with the emergency line first.
    for (const message of [
      'boy choking on a sweet, back blows not working, hes going red and silent',
      "choked on a sweet, not fine now, she's gone blue",
    ])
      expect(detectConcern(message).danger, message).toBe(true);
  });

  it('reads things that are missing as no missing child, and a child missing as one', () => {
    // Paraphrased, not from any test set.
    for (const message of [
      "my payslip's wrong this month, there's hours missing. who do i ask?",
      'two bibs and a ball missing after training, who had them last?',
    ])
      expect(detectConcern(message).level, message).toBe('none');
    for (const message of [
      'one of the kids is missing from the coach',
      'jake missing after football, his mum is frantic',
    ])
      expect(detectConcern(message).kinds, message).toContain('missing-child');
  });

  it('reads a wish to be dead and a child lost sight of as concerns, and a lost card, a tour cancelled and a fall iced as none', () => {
    // Paraphrased, not from any test set (NHS / Samaritans: talk of wanting to be dead; statutory
    // guidance on children who go missing).
    expect(detectConcern('he told me he would rather be dead than go back there').kinds).toContain('self-harm-suicide');
    expect(detectConcern('we lost sight of one of the boys at the fair, about ten minutes ago')).toMatchObject({
      level: 'concern',
      danger: true,
    });
    for (const message of [
      'one of the girls lost her bank card at the hall, can we look at the cameras?',
      'he was gutted cos his favourite band postponed the gig',
      'she fell off the bench at break and hurt her knee, told dad at home time',
      'a volunteer is asking whether she is allowed to give a member a lift home',
    ])
      expect(detectConcern(message).level, message).toBe('none');
    // Still a concern when what is told of the card is someone taking it.
    expect(detectConcern('an older lad keeps taking her bank card and making her get cash out').level).not.toBe('none');
  });

  it('tells danger read from a strong sign from danger read from a weak one', () => {
    // Paraphrased, not from any test set.
    expect(detectConcern('she collapsed in the hall and is not breathing')).toMatchObject({
      danger: true,
      dangerTold: true,
    });
    expect(detectConcern('a student walked out of the placement an hour ago and is not answering')).toMatchObject({
      danger: true,
      dangerTold: true,
    });
    expect(detectConcern("he didn't turn up to placement this morning, not sure where he is")).toMatchObject({
      danger: true,
      dangerTold: false,
    });
  });

  it('reads a scream before a call cut out as danger now, a parent kicking off at the other as domestic abuse, and stress over deadlines or not being picked as everyday', () => {
    // Paraphrased, not from any test set (NSPCC: domestic abuse a child sees or hears).
    expect(detectConcern('there was a scream and then her camera cut out')).toMatchObject({ danger: true });
    expect(detectConcern('the wifi kept cutting out so his camera cut out, we carried on after').level).toBe('none');
    expect(detectConcern('he said his stepdad keeps kicking off at his mum').kinds).toContain('domestic-abuse');
    expect(detectConcern('the ref was kicking off at him for diving lol').level).toBe('none');
    for (const message of [
      "she's really stressed about her coursework deadlines, any study tips?",
      'he was upset he didnt get picked for the relay but was fine after',
    ])
      expect(detectConcern(message).level, message).toBe('none');
  });

  it('reads feeling others would be happier if one were dead, an empty bed no one saw them leave, and new things beside vanishing at a call as concerns; a quarrel, a cold, a ball hitting someone and an explained absence as everyday', () => {
    // Paraphrased, not from any test set (NSPCC: suicidal feelings; missing from a residential;
    // Home Office county lines signs: unexplained new things, going off when called).
    expect(detectConcern('he told his mentor his family would be better off if he was gone').kinds).toContain(
      'self-harm-suicide',
    );
    expect(detectConcern('at camp this morning his bunk was empty and no one heard him leave')).toMatchObject({
      danger: true,
      kinds: expect.arrayContaining(['missing-child']),
    });
    expect(
      detectConcern('she has a designer coat out of nowhere and slips out of the session whenever her phone buzzes')
        .kinds,
    ).toContain('exploitation');
    for (const message of [
      'the two girls fell out with each other about the group project but made up by lunch',
      'one of the boys has a streaming cold, is it ok if he sits out the running?',
      'a tennis ball hit him on the leg in the warm up, he shook it off',
      'dad emailed to say she cannot make it tomorrow, orthodontist appointment',
    ])
      expect(detectConcern(message).level, message).toBe('none');
    // Cold, blotchy hands are no cold caught; a fall out of something is a fall.
    expect(detectConcern('the baby has cold, blotchy hands and a rash that does not fade').danger).toBe(true);
    expect(detectConcern('he fell out of the climbing frame and hit his head').kinds).toContain('medical-emergency');
    expect(detectConcern("the ball hit her but she's got bruises all over her arms she won't explain").level).not.toBe(
      'none',
    );
  });

  it('reads older sisters who "had the procedure" before a younger one\'s turn as FGM, and a device being made as danger now; words of sport, work and pay that borrow harm words as what they mean', () => {
    // Paraphrased, not from any test set (FGM multi-agency guidance: a sibling who has had it;
    // Prevent guidance: an attack planned).
    expect(
      detectConcern("her cousins all had the procedure back home and she says it's her turn next").kinds,
    ).toContain('fgm');
    expect(
      detectConcern('he said he keeps nails and fertiliser next to a pressure cooker in his shed for the big day'),
    ).toMatchObject({ danger: true });
    expect(detectConcern('the year 5s built a bomb out of lego and did a countdown, hilarious').danger).toBe(false);
    expect(detectConcern('the bake sale made a bomb, nearly 300 quid').level).toBe('none');
    expect(detectConcern("her sister had the operation on her knee and she's next on the list").level).toBe('none');
    for (const message of [
      'we should exploit the gaps in their defence on saturday',
      'can someone help groom the ponies before the hack?',
      'bit of a bruised ego after the penalty miss but he was laughing by the end',
      'missed the start, running late sorry',
      'she is not coming in today, mum says conjunctivitis',
      'came off the bouldering wall but the auto-belay caught her, all good',
      'my p60 hasnt come through yet, who do i chase',
    ])
      expect(detectConcern(message).level, message).toBe('none');
    // A child stranded, and a fall that hurt, are still read.
    expect(detectConcern('he missed the last bus and is stuck on his own in town at midnight').level).not.toBe('none');
    expect(detectConcern("she fell off the climbing wall and can't move her leg").level).not.toBe('none');
  });

  it('reads a parent "laying into" a child as a sign of physical harm; an everyday upset that is over and chopping food as nothing', () => {
    // Paraphrased, not from any test set.
    expect(
      detectConcern('her stepdad was laying into her outside the hall, i saw it through the door').kinds,
    ).toContain('physical-abuse');
    for (const message of [
      'he was in tears over his exam results earlier but we had a chat and he is fine now',
      'she was upset her best friend fell out with her at lunch, they had made up by home time',
      'baking club: they were cutting up apples and one lad nicked his thumb, plaster and back to it',
    ])
      expect(detectConcern(message).level, message).toBe('none');
    // Upset that is not over, or over something else, is still read.
    expect(
      detectConcern('he was in tears over his results and says his dad will hit him when he sees them').level,
    ).not.toBe('none');
  });

  it('reads a child gone from home for days as missing now; a mishap threatened with murder, a clash of heads, a head banged on a table and a run smashed as nothing', () => {
    // Paraphrased, not from any test set.
    const gone = detectConcern(
      "our 14 yr old member's been gone from her foster home since friday, carers are frantic",
    );
    expect(gone.kinds).toContain('missing-child');
    expect(gone.danger).toBe(true);
    for (const message of [
      'my manager will kill me if i forget the register again, can someone remind me?',
      "he'll murder me if i'm late for the minibus tomorrow, what time are we leaving?",
      'one of the u12s got a fat lip from a collision in the warm up, first aider checked him and dad knows',
      'she bumped her head on the table during tag, had a little cry, ice pack and she was fine, told mum at pickup',
      'the seniors smashed the parkrun on saturday, new pbs all round',
    ])
      expect(detectConcern(message).level, message).toBe('none');
    // A threat tied to telling, and head-banging as a habit, are still read.
    expect(detectConcern('he said his step dad will kill him if he tells anyone').kinds).toContain('threat-to-life');
    expect(detectConcern('she keeps banging her head on the wall when she gets upset at club').kinds).toContain(
      'self-harm-suicide',
    );
  });

  it('reads a child not home since a day or for nights as missing now, and a hit taken in sport as a sports knock unless someone is blamed or it is doubted', () => {
    // Paraphrased, not from any test set.
    for (const message of [
      "lad on our course hasn't been in for three weeks and his dad has just said he hasn't been home since tuesday",
      'he has not been home for three nights, his carer thought he was at a friends',
    ]) {
      const missing = detectConcern(message);
      expect(missing.kinds, message).toContain('missing-child');
      expect(missing.danger, message).toBe(true);
    }
    for (const message of [
      "one of the girls told me she got battered at kickboxing sparring on sunday lol, she's dead proud",
      'he got properly battered at judo last night haha, wants to show everyone his technique',
    ]) {
      const knock = detectConcern(message);
      expect(knock.level, message).toBe('none');
      expect(knock.doubt, message).toBe(false);
    }
    // Hit by someone named, or a hit whose story is doubted, is still read.
    expect(detectConcern('she got hit at training by the coach and has a mark on her arm').level).not.toBe('none');
    expect(
      detectConcern('he says he got battered at football but it does not add up, the bruises are on his back').level,
    ).not.toBe('none');
  });

  it('reads fresh lines on a forearm hidden at once and a goodbye posted from a height; a dance, a film scene and cheering at the screen as nothing', () => {
    // Paraphrased, not from any test set.
    expect(
      detectConcern(
        "spotted thin lines on Jade's forearm when she took her hoodie off, some look new. she tugged her sleeve down straight away",
      ).kinds,
    ).toContain('self-harm-suicide');
    const height = detectConcern(
      "one of the lads just put a photo on his story from the roof of the car park saying goodbye, he's not picking up",
    );
    expect(height.kinds).toContain('self-harm-suicide');
    expect(height.danger).toBe(true);
    for (const message of [
      'the juniors made me do the macarena at the end of the session, so embarrassing',
      'watched a war film at movie night and a few of them cried at the part where the dog dies',
      'they were all yelling at the screen during the penalties, brilliant atmosphere',
    ])
      expect(detectConcern(message).level, message).toBe('none');
    // Made to do something else is still read.
    expect(detectConcern('she said her uncle made me do stuff and told me not to tell').level).not.toBe('none');
  });

  it('reads something harmful swallowed, a run from care and a child gone now; an operation recovered from as nothing', () => {
    // Paraphrased, not from any test set.
    const bottle = detectConcern(
      'one of the boys had a swig out of an unmarked bottle in the shed earlier, mum is on her way',
    );
    expect(bottle.kinds).toContain('medical-emergency');
    expect(bottle.danger).toBe(true);
    // Missing from care, again: habitual, but gone now.
    const gone = detectConcern(
      "one of the boys has run from his children's home again, third time this month, he's been gone since this morning",
    );
    expect(gone.kinds).toContain('missing-child');
    expect(gone.danger).toBe(true);
    // Away on a trip, a parcel that has not turned up, a walk from a work placement: no one missing.
    for (const message of [
      "he's been away since monday on the school ski trip, back friday",
      'the kit order still hasnt turned up, can someone chase it',
      'he went from the placement straight to football training',
    ])
      expect(detectConcern(message).kinds, message).not.toContain('missing-child');
    // Habitual and not said to be gone now: the reporting route, no emergency line.
    expect(detectConcern('he keeps going missing from his placement, usually turns up by the evening').danger).toBe(
      false,
    );
    expect(
      detectConcern("Theo's nan says he'll be off for a week after his grommets op, he's recovering well").level,
    ).toBe('none');
    // A report word ("says") outside a remark that only sounds hypothetical ("…if you're slow"):
    // the message reports, it does not suppose.
    expect(readConcern("he says the coach hits them, it's what happens if you're slow").signals.hypothetical).toBe(
      false,
    );
  });

  it('reads a search for a way to die and a small child locked in a car; an accident told cause first and a cold overstated as nothing', () => {
    // Paraphrased, not from any test set.
    const search = detectConcern('one of the boys left his tablet open on "quick ways to end your life", he is 15');
    expect(search.kinds).toContain('self-harm-suicide');
    const car = detectConcern(
      'a toddler is locked in a car in the car park screaming, her mum is watching the match in the clubhouse',
    );
    expect(car.kinds).toContain('threat-to-life');
    expect(car.dangerTold).toBe(true);
    for (const message of [
      'she came off her scooter in the summer and broke her arm but it has healed, can she do trampolining?',
      "can't make it tonight, dying with man flu",
    ])
      expect(detectConcern(message).level, message).toBe('none');
    // A broken bone with no accident told is still read.
    expect(detectConcern('he turned up with a broken wrist and says his dad did it').level).not.toBe('none');
  });

  it('reads a fall told with its aftercare and no sign of harm as seen to, and not when it keeps happening', () => {
    // Paraphrased, not from any test set.
    // Read by the learned model alone, and with the emergency line first, before.
    expect(
      detectConcern('girl tripped on the path at the park and scraped her hands, mum already knew when we got back')
        .level,
    ).toBe('none');
    expect(
      detectConcern('she tripped on the path and grazed her hands again, third time this month, carer knew').level,
    ).not.toBe('none');
    // A nosebleed seen to.
    expect(
      detectConcern(
        'one of the lads got a nosebleed at the youth club tonight, no knock, pinched it with a tissue and it stopped after 10 mins',
      ).level,
    ).toBe('none');
    expect(detectConcern('his nose keeps bleeding and he has bruises he wont explain').level).not.toBe('none');
    // A knock explained by sport and seen to.
    expect(
      detectConcern(
        'one of the gymnasts twisted her ankle at training, iced it, and her dad is taking her to get it looked at just in case',
      ).level,
    ).toBe('none');
  });

  it('reads tears an everyday reason explains as no sign, and any other sign beside them as one', () => {
    // Paraphrased, not from any test set.
    expect(detectConcern('the girls were gutted they lost the netball county final, one was in tears lol').level).toBe(
      'none',
    );
    expect(
      detectConcern("she was in tears because she lost the match and said she's scared to go home").level,
    ).not.toBe('none');
  });

  it('reads a competition lost, a film named by its kind, an age limit asked, a Q&A sheet and the news as no case', () => {
    // Paraphrased, not from any test set.
    for (const message of [
      'the u15s got knocked out of the county cup in the semis, gutted for them',
      'anyone watched that new serial killer drama on iplayer? no spoilers',
      "what's the youngest age we can take on a volunteer who uses the kitchen knives?",
      "if a young person tells us something and begs us not to tell anyone, can we keep it quiet? it's for the new starter q&a",
      'the paper says there was a shooting in the city centre at the weekend, no one we know, just take care on the way in',
    ])
      expect(detectConcern(message).level, message).toBe('none');
    for (const message of [
      'the u15 keeper got knocked out cold in the semi and is not responding',
      "it's in the paper that one of our lads was stabbed last night",
      // One person at home thrown through or against something by another.
      "she told me she's been sleeping at her gran's because her stepdad put her mum through the patio door",
      'he said his dad threw his mum against the wall last night',
    ])
      expect(detectConcern(message).level, message).not.toBe('none');
  });

  it('reads what a course taught, repeated with no case beside it, as no report', () => {
    // Paraphrased, not from any test set.
    expect(
      detectConcern(
        'at the induction the trainer said if a child has marks on their arm we should not ask leading questions, do we have that written down?',
      ).level,
    ).toBe('none');
    expect(
      detectConcern(
        'at the training they said to always write down exactly what the child says. a girl told me today her dad hits her, what do i write?',
      ).level,
    ).toBe('concern');
    // The course itself as who said it (paraphrased).
    expect(
      detectConcern(
        'the NSPCC e-learning said never promise a child you will keep a secret - is it the same with an adult volunteer?',
      ).level,
    ).toBe('none');
  });

  it('reads "the odd…" and a scavenger hunt as everyday words, and an injury whose explanation keeps changing as a concern', () => {
    // Paraphrased, not from any test set. "OD'd" is an overdose; "odd" is not.
    expect(detectConcern('the u14s get the odd swear word in at training, can i say something?').level).not.toBe(
      'concern',
    );
    expect(readConcern('planning a scavenger hunt round the park for the cubs').strong).not.toContain('neglect');
    expect(readConcern("her mate says she od'd on paracetamol last night").strong).toContain('self-harm-suicide');
    expect(readConcern('he was scavenging food from the bins behind the hall').strong).toContain('neglect');
    expect(
      detectConcern("noticed a burn on tia's wrist again, first she said it was the kettle then the hair straighteners")
        .level,
    ).toBe('concern');
  });

  it('reads asking what a word means as a question about it, unless a case is told beside it', () => {
    // Paraphrased, not from any test set.
    expect(detectConcern('a parent asked me what county lines means, is there a video that explains it?').level).toBe(
      'none',
    );
    expect(
      detectConcern("he asked me what 'special cuddles' means, said his coach does them with him after training").level,
    ).not.toBe('none');
  });

  it("reads the writer's own laughter as a joke told, unless a sign of harm or a strong word says otherwise", () => {
    // Paraphrased, not from any test set.
    for (const message of [
      "priya told me her brother ate her easter egg and she's never forgiving him 😂",
      'kai showed everyone the scrape on his knee from the go karts lol, proud as anything',
      'the twins built a den out of the crash mats and refused to come out 😂 had to bribe them with squash',
    ])
      expect(detectConcern(message).level, message).toBe('none');
    for (const message of [
      // Laughter in the young person's own quoted words, or a sign of harm, or a strong word.
      "a 12yo typed 'dad hit me with the belt again lol' in the chat then deleted it",
      'he showed me the bruises from his step dad lol',
      "she messaged saying she's taken a load of tablets lol, not replying now",
      // The learned model, surer than it is of jokes.
      'one of the girls said her bf checks her phone every night and goes mad if she talks to other lads haha',
    ])
      expect(detectConcern(message).level, message).not.toBe('none');
  });

  it("reads a quoted 'hypothetically' as the young person's word, not the writer's framing", () => {
    // Paraphrased, not from any test set.
    expect(
      detectConcern(
        "one of my learners keeps watching a preacher online, says non-believers deserve to die and asked how you'd travel to join them 'hypothetically'",
      ).level,
    ).toBe('concern');
    expect(detectConcern('hypothetically, if a young person told me they were being hit, what would i do?').level).toBe(
      'none',
    );
  });

  it('reads what KCSIE part four and LADO guidance treat as an allegation: conduct outside work, sexualised talk, private gifts and contact, unsafe conduct', () => {
    // Paraphrased from the guidance, not from any test set.
    for (const message of [
      'our minibus driver was arrested on saturday, no idea what for yet',
      'heard the assistant coach is on the sex offenders register',
      "the youth pastor's ex has a court order against him, says he was violent to their kids",
      'the holiday club helper asked a 10 year old what colour his pants were',
      'the drama leader told the girls to take their tops off for the costume fitting',
      'the assistant scout leader keeps telling the explorers about his sex life',
      "the mentor keeps stroking the lad's knee during sessions",
      'the tennis coach gave a 13 year old his old iphone with his number saved in it',
      'our caretaker gave one of the girls £20 for her birthday, nobody else got anything',
      'the tutor emails one of the students from his personal gmail',
      'the youth worker added a couple of year 9s on snapchat',
      'the cricket coach keeps inviting the colts round to his flat',
      'a volunteer was vaping with the year 10s round the back',
      'the worship leader reeks of weed every sunday',
      "the male leader slept in the girls' tent on camp because his blew away",
      'the choir director has videos of the kids on his own phone',
      'one of the coaches posts the squad on his tiktok without asking anyone',
    ]) {
      const read = detectConcern(message);
      expect(read.level, message).not.toBe('none');
      expect(read.allegation, message).toBe(true);
    }
    // Happening now: alone with a child behind a shut door for a while; off his face and going
    // into the children's dorm at night.
    for (const message of [
      'the sensei has taken a girl into the office and shut the door, been 15 mins',
      "the leader is off his face and going into the boys' dorm, it's 1am",
    ])
      expect(detectConcern(message), message).toMatchObject({ level: 'concern', allegation: true, danger: true });
    // The same words about ordinary things adults of the organisation do.
    for (const message of [
      "the minibus driver's dbs has been renewed, all sorted",
      'we arrested the decline in numbers this term with the new taster sessions',
      'the referee was brilliant, gave the lads a talk about respect',
      'the coach gave a lift to the other coach after the match',
      'the vicar had a pint with the other parents at the quiz night',
      'the tutor emailed the parents about homework from the office account',
      'the volunteer posted the official team photo on the club page with consent',
      'the assistant coach talked to the team about his marathon training',
      'the mentor is stroking the cat in the office again',
      "can we close the blinds in the hall, the sun is in everyone's eyes",
      'session cancelled tonight due to the snow, i have messaged all the parents and carers',
      'the drama leader told the girls to try on their costumes for the fitting',
    ])
      expect(detectConcern(message).level, message).toBe('none');
  });

  it('reads a question said to be for preparing guidance or training as a policy question, never a report beside it', () => {
    // Paraphrased, not from any test set.
    for (const message of [
      'if a young person says they want to end it all, what should the leader say? putting together a crib sheet',
      'writing a flowchart for volunteers: what do we do if a member says their carer takes their money?',
      'if a parent complains that a coach touched their son inappropriately, who investigates? just so i know the process',
      'need to brief new mentors - what do we do if a young person seems withdrawn and mentions running away?',
      // Reading up on it oneself is preparing too.
      'any advice on what to say if a member tells you they are cutting, want to swot up before the residential',
    ])
      expect(detectConcern(message).level, message).toBe('none');
    for (const message of [
      'need to brief the team - one of the lads told me his dad hits him, what do we do?',
      'prepping the team for saturday. a kid told me they are scared to go home because of what dad does, what should we do?',
      'writing up a briefing for new volunteers but first - a member just told me their carer locks them in their room at night, who do i tell?',
      'just so i know the process, a young person told me today they have been cutting, who do i tell?',
      'reading up on it before tonight - a girl in my group showed me cuts on her arm and says her dad hurts her, who do i tell?',
      'making a checklist for the trip and she said her stepdad hurts her, what now?',
    ])
      expect(detectConcern(message).level, message).toBe('concern');
  });

  it('reads "going to kill him for losing his coat" as a telling-off for a mishap, never "for telling" or "if he talks"', () => {
    // Paraphrased, not from any test set.
    for (const message of [
      'zak said his mum is going to kill him for ripping his new coat',
      'lucy reckons her dad will murder her for being late again',
      'one of the girls said her nan will kill her for forgetting her pe kit again',
    ])
      expect(readConcern(message).level, message).toBe('none');
    for (const message of [
      'zak said his stepdad will kill him for telling me',
      'lucy said her brother will kill her if she talks to anyone',
      'the older lads said they will kill him for grassing',
    ])
      expect(detectConcern(message).level, message).toBe('concern');
  });

  it('reads a child of seven or under out alone at night or across a main road as neglect', () => {
    // Paraphrased, not from any test set.
    expect(
      readConcern('her little brother walks himself home along the main road after club, he is six').strong,
    ).toContain('neglect');
    // Not an older child, not daytime on a quiet street, not a duration.
    for (const message of [
      'she walks herself home along the main road after club, she is fifteen',
      'the six year olds did their road safety walk with two leaders this morning',
      'he was on his own for five minutes in the dark room during the light show',
    ])
      expect(readConcern(message).strong, message).not.toContain('neglect');
  });

  it('reads a child under 18 with a husband or fiancé as forced marriage (no marriage under 18 in England and Wales since 2023)', () => {
    // Paraphrased, not from any test set.
    expect(
      detectConcern('dad says Amina (15) will be leaving the group after the summer, her husband is expecting her')
        .level,
    ).toBe('concern');
    // An adult's spouse beside a child's age is not the child's: "his wife" is left alone.
    expect(readConcern('Jo (12) said the coach and his wife came to watch the final').strong).not.toContain(
      'domestic-abuse',
    );
  });

  it('reads "put me out of my misery", a finger nicked on a knife in use, and a training scenario as no concern', () => {
    // Paraphrased, not from any test set.
    for (const message of [
      'lost the cones again, someone shoot me and put me out of my misery',
      'one of the lads caught his thumb on the bread knife making sandwiches, plaster on, all good',
      "training scenario for monday's session: a young person says a volunteer hit them. what should we say?",
    ])
      expect(detectConcern(message).level, message).toBe('none');
    // A cut that is not a finger on a knife in use, and a scenario beside a real case, are still read.
    for (const message of [
      'she has cut her arm with a knife, there is blood on her sleeve',
      'training scenario for tonight, but first: sam told me his coach hit him yesterday',
    ])
      expect(detectConcern(message).level, message).not.toBe('none');
  });

  it('reads signs from a twelfth training round: bleeding through a cloth, filming in a changing room, marks in lines, a clip round the ear, adult content from staff', () => {
    // Paraphrased, not from any test set; each from guidance (NHS first aid, KCSIE, NSPCC, safer working practice).
    for (const message of [
      "Kyle's gashed his arm open on the saw, it's pouring through the cloth, what do i do",
      'apparently someone videoed Mia in the showers after swimming and it is going round the group chat',
      'when Leo bent over I saw red stripes all down his legs, he is 8',
      'on the call I saw his mum clip him round the ear really hard when he got an answer wrong',
      'a parent says one of our coaches sent her son a link to an adult site over whatsapp',
    ])
      expect(detectConcern(message).level, message).toBe('concern');
    // Not a policy question about where photos may be taken, water through a roof, a refurb video,
    // or an apology for noise.
    for (const message of [
      'are we allowed to take team photos in the changing rooms before a match?',
      'rain is pouring through the roof of the hall again, buckets out',
      'we filmed the new showers in the changing rooms for the refurb video',
      'the neighbours sent a message saying sorry for all the noise at the party',
    ])
      expect(detectConcern(message).level, message).toBe('none');
    // Tears for something that went wrong are not happy tears.
    expect(
      detectConcern("she was in tears because the older girls won't let her play and winning is all they care about")
        .level,
    ).not.toBe('none');
  });

  it('puts the emergency line first for a target list, a forced marriage at the airport and tablets taken days ago', () => {
    // Paraphrased, not from any test set (Prevent guidance; Forced Marriage Unit; NHS on overdoses).
    for (const message of [
      'one of the lads has a hit list of kids from his year on his phone and said next week',
      'Sana rang from Manchester airport, her family are taking her abroad and she is being married off, she is 15',
      'Tom (14) told me he swallowed a handful of paracetamol on saturday night, he says he is fine now',
    ])
      expect(detectConcern(message).danger, message).toBe(true);
    // A dose, not an overdose.
    expect(detectConcern('he took 2 paracetamol at lunch for his headache, can he have more at 3?').level).not.toBe(
      'concern',
    );
  });

  it('reads a knock seen to with head injury checks, or a nosebleed in the accident book, as first aid', () => {
    // Paraphrased, not from any test set.
    for (const message of [
      'Priya took a ball to the face at rounders, we did the head injury checks, she was fine, dad has the leaflet',
      'one nosebleed at judo, stopped after a few minutes, written in the accident book and dad told at pick up',
    ])
      expect(detectConcern(message).level, message).toBe('none');
  });

  it('reads everyday chat from a thirteenth training round as what it means', () => {
    // Paraphrased, not from any test set.
    for (const message of [
      'this inspection report is going to kill me, 30 pages by monday',
      'the wifi is actively murdering me today, third time it has dropped',
      'mia (10) nearly cried when she won the raffle, so proud of her',
      'jo got offered a place at college and was in tears on the phone',
      'tom says his nan is ruthless, she beat him at chess again',
      'ella (8) made me promise to tell her dad about her certificate',
      'the first aid box has vanished from the cupboard again',
      'the carers made him eat his veg before pudding and he sulked all evening 😂',
      'small burn on her hand from the kettle at cookery, cooled under the tap, first aid done, logged',
      // "Talk" as a noun: a topic of the class, not someone talking of dying.
      'the history group started the ww1 topic today, plenty of talk about death and the trenches, great questions',
    ])
      expect(detectConcern(message).level, message).not.toBe('concern');
    for (const message of [
      'his stepdad beat him at home on saturday, he has a bruise on his cheek',
      'she made me promise not to tell anyone what her uncle did',
      'Tom has vanished from the park, we have looked everywhere',
      'the older boys made him eat off the changing room floor for a laugh',
      'Sam (14) keeps talking about death and says nobody would notice if he was gone',
    ])
      expect(detectConcern(message).level, message).toBe('concern');
  });

  it('reads a fourteenth training round: everyday news, and county lines, suicide and abduction signs', () => {
    // Paraphrased, not from any test set.
    for (const message of [
      'Sam is off thursday for his new wheelchair fitting at the hospital, dad told us last week',
      'Amy got her new glasses and could read the board for the first time, she was in tears (happy ones)',
      'Leo hid behind the door and jumped out at me, I nearly had a heart attack, he thought it was hilarious',
      'Zara has had her camera off because her laptop webcam broke, new one coming monday',
      'Kai (17) spent his first payslip on new trainers and showed everyone, so proud',
      'gift exchange for the volunteers next week, keep who you have got a secret!',
    ])
      expect(detectConcern(message).level, message).not.toBe('concern');
    for (const message of [
      'Dan (15) has two phones going constantly and a brand new north face, he is on no money',
      'Mia posted in the group chat sorry I was such a burden, thanks for everything, goodbye. nobody can reach her',
      'saw on his tablet he had been searching how many tablets it takes to die',
      'Ella (14) was just driven off by two men in a car that none of us recognised, she looked scared',
      'Concern about my Y9 class: in the lesson a stranger joined the call and shared porn before I could remove him',
    ])
      expect(detectConcern(message).level, message).not.toBe('none');
  });

  it('reads a sixteenth training round of ordinary chat as what it means', () => {
    // Paraphrased, not from any test set.
    for (const message of [
      'trip permission slips for the zoo - who is still missing? need them by friday',
      'amir had his interview at the garage, said he was shaking but they offered him an apprenticeship!!',
      'jo had a seizure at the disco, under a minute, we followed her care plan and she was fine after a rest, logged',
      'ben had a hypo at swimming, had his glucose tabs, mum was there, carried on after 10 mins',
      'her sister kicked her out of the lounge so she could watch telly 😂',
      'he got paint all over his brand new trainers at the art session',
    ])
      expect(detectConcern(message).level, message).not.toBe('concern');
    // Not when the seizure will not stop, or the family puts a child out of the house.
    for (const message of [
      'jo is having a seizure, we followed her care plan but she is still fitting after 6 minutes',
      'his dad kicked him out of the house last night and he slept in the park',
    ])
      expect(detectConcern(message).level, message).toBe('concern');
  });

  it('puts the emergency line first for danger told in the moment (a fifteenth training round)', () => {
    // Paraphrased, not from any test set (Samaritans, NHS 999 guidance, Prevent, police advice).
    for (const message of [
      'Sophie messaged that she is by the railway line and is going to wait for the next train',
      'he has a box of tablets in the toilets and says he will take the lot if anyone comes in',
      'a lad on the course posted that he will drive his car into the crowd at the march tomorrow',
      'bee sting at the picnic, her lips are swelling up and she keeps saying her throat is tight',
      'little one on the zoom is gasping and his face has gone a funny colour, mum is not there',
      "just saw her stepdad with his hands round his daughter's neck at the school gate",
      'she is on a call in her bedroom and a man is telling her to undress, i can hear it from the landing',
      'a man is trying to force the office door open and shouting for one of the girls',
      'heard her scream and a crash then it cut off, she is 12 and home alone',
    ])
      expect(detectConcern(message).danger, message).toBe(true);
    // Learning first aid is no emergency, nor is gasping for a brew or at a magic trick.
    for (const message of [
      'two of our volunteers want to do a CPR course, any dates?',
      "i'm gasping for a brew, anyone want one before the session?",
      'the kids were gasping at the magic show, best one yet',
      'we walked the group along the old railway line path to the viaduct, lovely day',
      'we are driving into the market square for the festival, meet by the fountain',
      'missed the 4.10 so she is going to wait for the next train, will be 20 mins late',
    ])
      expect(detectConcern(message).level, message).toBe('none');
  });

  it('reads parents heard screaming, with a smash or a "please stop", as a strong sign of domestic abuse', () => {
    // Paraphrased, not from any test set (NSPCC: children hearing violence at home).
    const reading = readConcern(
      'during maths this morning i could hear his parents screaming, a smashing noise, then his mum going please stop. he just carried on with his sums like nothing happened',
    );
    expect(reading.strong).toContain('domestic-abuse');
    expect(
      readConcern('the parents were screaming with joy when the team scored, absolute scenes').strong,
    ).not.toContain('domestic-abuse');
  });

  it('reads a misspelt "dying of embarassment" as the idiom, and "who am i supposed to ring" as a question', () => {
    // Paraphrased, not from any test set.
    expect(readConcern('kim said she nearly died of embarassment when her mum sang at the show').level).toBe('none');
    const supposed = readConcern('if a young person ever says they are being hit, who am i supposed to ring');
    expect(supposed.signals.policyQuestion).toBe(true);
    expect(supposed.level).toBe('none');
  });

  it('reads a threat to kill told with a laugh as the idiom, but never beside a weapon, an overdose or "jk"', () => {
    // Paraphrased, not from any test set.
    for (const message of [
      'sam said his dad is going to kill him if he loses his new boots lol',
      'priya says she will murder her sister if she eats her chocolate again haha',
      'theo is going to kill his brother for spoiling the film 😂',
    ]) {
      expect(readConcern(message).level, message).toBe('none');
      expect(readConcern(message.replace(/ (?:lol|haha|😂)$/u, '')).level, message).toBe('concern');
    }
    for (const message of [
      'he said he is going to kill her lol and he has got a knife in his bag',
      'she just messaged saying she has taken a load of tablets lol, not replying now',
      'ali said his dad would kill him if he failed, last time he threw him at the wall, then said jk',
    ]) {
      expect(detectConcern(message).level, message).toBe('concern');
    }
  });

  it('reads hyperbole, surprises, planned care and explained knocks as what they mean, not as harm', () => {
    // A threat to kill is read away only when told with a laugh (the next test); without one, a
    // child's fear can be told lightly too, and the learned model weighs it.
    // Paraphrased, not from any test set; each holds a harm word the rules would otherwise read.
    for (const message of [
      'ria is dying of embarrassment, her nan turned up at the disco',
      'quiz night was brilliant, Priya won the picture round and the leaders were dying laughing',
      'we are keeping the cake a secret till the end of the session, it is jake’s birthday',
      'sara told us a secret, she has got a place at the sixth form! she will tell everyone herself',
      'kyle’s brother is in hospital having his tonsils out so kyle might be quiet tonight',
      'dan has a hospital appointment on friday so will miss the walk',
      'ollie has a black eye from his rugby match, proud as punch',
      'mo was starving by 6 because he skipped his lunch to revise, gave him a banana',
      // Done well, history, and a risk assessment's hazards.
      'the girl at the nursery placement absolutely smashed her work experience, they want her back 😭',
      'amir told the group his great grandad fought in the war and got a medal',
      'can someone check the RA for the gorge walk? needs drowning, hypothermia and falls on it',
    ]) {
      expect(readConcern(message).level, message).toBe('none');
    }
    // Paraphrased, not from any test or training set: nerves before an ordinary event, a secret that
    // is a knack or a surprise, hay fever, happy tears, a running blade, a break the hospital sorted.
    for (const message of [
      'leo said he is really nervous about his maths mock tomorrow',
      'priya told me she is scared about presenting her project to the group',
      'sam told me his secret weapon for the quiz is flashcards',
      'ana told me a secret, she is baking her dad a surprise birthday cake',
      'tom said his hay fever is awful today, he has had his tablet',
      'grace cried happy tears when she got her certificate',
      'maya showed me her new running blade, she starts training on it next week',
      'noticed jay had a cast on, his mum said a&e sorted it after he fell off his bike',
      'ben said he absolutely smashed his mock exam',
    ]) {
      expect(readConcern(message).level, message).toBe('none');
    }
    // Scared of someone, or of going home, is still read.
    expect(readConcern('lily said she is scared about going home tonight because of her stepdad').level).not.toBe(
      'none',
    );
    // The same harm words with a doubt, a real threat or no everyday cause are still read.
    for (const message of [
      'he has a black eye, says it was from football but it does not add up',
      'her dad said he will kill her if she tells anyone',
      'she is always starving because there is no food at home',
    ]) {
      expect(readConcern(message).level, message).toBe('concern');
    }
  });

  it('reads what FGM guidance lists: a girl to be "done" on a family visit, "the tradition" done to her, soon', () => {
    // Paraphrased, not from any test set.
    const done = detectConcern(
      'her grandma keeps talking about getting the girls done when they go back home this summer',
    );
    expect(done.kinds).toContain('fgm');
    const tradition = detectConcern(
      'one of the girls said her aunties are coming to do the tradition on her and her cousin on saturday',
    );
    expect(tradition.kinds).toContain('fgm');
    expect(tradition.danger).toBe(true);
    // A procedure named with a sign of FGM about someone in particular is not a policy question.
    expect(
      detectConcern('mum said ayan will be off for a month recovering from a procedure back home, she is 9').level,
    ).not.toBe('none');
    expect(readConcern('we do a christmas tradition for the kids every year').level).toBe('none');
  });

  it('reads two signs of a medical emergency together as one: grey and confused, pale and drowsy', () => {
    // Paraphrased from first-aid guidance on hypoglycaemia and shock, not from any test set.
    const message = 'ellie (diabetic) has gone pale and confused on the hike, given her a sugary drink';
    expect(detectConcern(message)).toMatchObject({ level: 'concern', danger: true });
    expect(detectConcern(message).kinds).toContain('medical-emergency');
  });

  it("reads a farewell note and a request for pictures of a young person's body as guidance lists them", () => {
    // Paraphrased from Samaritans / NSPCC guidance, not from any test set.
    expect(
      readConcern("a learner's mate found a note in her locker, 'sorry everyone i cant do this anymore'").strong,
    ).toContain('self-harm-suicide');
    const request = readConcern(
      'one of the coaches messaged a 14 year old asking for a selfie with no top on to check his progress',
    );
    expect(request.strong).toContain('online-sexual-abuse');
    expect(
      detectConcern('one of the coaches messaged a 14 year old asking for a selfie with no top on').allegation,
    ).toBe(true);
    // Frustration with work, and a request for ordinary photos, are not.
    expect(readConcern('i cant do this anymore, the rota is a nightmare').level).toBe('none');
    expect(readConcern('can i ask parents for photos of the kids in their kit for the website?').level).toBe('none');
  });

  it('puts the emergency line first for danger at the door, an overdose taken, a suicide plan with means, a child left alone', () => {
    // Paraphrased from guidance (NSPCC, Samaritans, first aid), not from any test or training set.
    for (const message of [
      "kayla's ex is at the front door trying to get in and the kids are inside with her",
      'dad has turned up drunk in the car park shouting that he is taking sam home',
      'a man at the party will not let her out of the room, she just texted me',
      'lads are fighting by the bins rn, one is on the floor',
      'jo said she swallowed a whole packet of paracetamol at lunch, she is going grey',
      'kim (14) is seizing and it has been over five minutes',
      'he says he has a date in mind to end it and has been saving his nan’s tablets',
      'two toddlers on their own in a car in the car park, windows up, it is boiling',
      'my learner rang, she does not know where she is and a man took her phone',
      'mum messaged that her daughter (12) is flying out tomorrow to have the cut',
    ]) {
      const assessment = detectConcern(message);
      expect(assessment.level, message).not.toBe('none');
      expect(assessment.danger, message).toBe(true);
    }
  });

  it('the learned model does not turn a policy question about no one in particular into a concern', () => {
    // Paraphrased, not from any test set: a harm word, a question, and no child or young person.
    // A model that would flag anything: the rule, not the model's weights, keeps it out.
    const alarmist = { weights: { bias: 10 }, threshold: 0.5 };
    expect(
      detectConcern('wheres our guidance on self harm and suicide, my colleague wants to read it', alarmist).level,
    ).toBe('none');
    // About someone in particular, the model is still heard.
    expect(
      detectConcern('wheres our guidance on self harm? one of my girls has marks on her arm', alarmist).level,
    ).not.toBe('none');
  });

  it('reads a procedure abroad for a young girl as a sign of FGM', () => {
    expect(
      detectConcern('dad says his 8 year old will miss a month as she is having an operation back home in the summer')
        .kinds,
    ).toContain('fgm');
  });

  it('the rules leave ordinary policy questions alone, including ones that mention harm words', () => {
    for (const question of [
      'Can I text this young person?',
      'a young person told me their phone is broken, can I lend them mine?',
      "what's the policy on reporting abuse?",
      'can I give first aid to a child?',
      'do we need a DBS check to drive the minibus?',
      'what do I do if a child ever tells me they are being abused?',
      'we are running a self-harm awareness session for parents, can we put the slides on the website?',
      'who do I call in an emergency if the coordinator is not answering?',
      'learner keeps posting rude stuff in the zoom chat, am i ok to kick him out?',
      'the wifi keeps dropping, learners getting kicked out of the call',
      'Is sexting ever ok?',
    ]) {
      expect(readConcern(question).level, question).toBe('none');
      // The learned model may still read one as a possible concern: then the reporting route comes
      // first and the policy answer under it, never instead of it.
      expect(detectConcern(question).level, question).not.toBe('concern');
    }
  });

  it('the learned model adds reports the rules miss, as possible concerns', () => {
    const report = 'her dad films her crying at training and posts it online to toughen her up, she is 11';
    expect(detectConcern(report, null).level).toBe('none');
    expect(detectConcern(report).level).not.toBe('none');
  });

  it('reads "from now on", "for now" and a child being picked up as no sign of danger', () => {
    // The danger rules (the learned danger model left out: it weighs the whole message).
    expect(detectConcern('coach will post the fixtures in the group chat from now on', undefined, null).danger).toBe(
      false,
    );
    expect(detectConcern("she's using her sister's laptop for now, hers got smashed", undefined, null).danger).toBe(
      false,
    );
    expect(detectConcern('her nan is picking up mia on fridays').level).toBe('none');
    // Not picking up the phone, beside a threat to life, still is.
    expect(detectConcern("he's not picking up and she said she's going to jump").danger).toBe(true);
  });

  it('reads first aid given and recorded as a good outcome, and plasters worn over the skin as a sign', () => {
    const treated =
      'sam tripped on the stairs and cut his chin, we cleaned it up and stuck a plaster on, accident book filled in';
    expect(readConcern(treated).signals.reassured).toBe(true);
    expect(detectConcern(treated).level).toBe('none');
    expect(detectConcern('she keeps wearing plasters on her wrists and long sleeves').level).not.toBe('none');
  });

  it('the learned model reads no one into a "they" that stands for a supposed someone', () => {
    const supposed = 'what do i do if someone collapses on a zoom call and they live alone?';
    expect(readConcern(supposed).signals.particular).toBe(true);
    expect(detectConcern(supposed).level).toBe('none');
  });

  it('reads mocking a young person until they are in tears as a sign of emotional harm', () => {
    const mocked = "one of the helpers keeps mocking jo's stammer in front of the group, jo was in tears after";
    expect(readConcern(mocked).weak).toContain('emotional-abuse');
    expect(detectConcern(mocked).level).not.toBe('none');
    expect(detectConcern('my mock exam results are in').level).toBe('none');
  });

  it('reads work or kit "missing" and a file sent to someone as no sign, and missed lessons and a threat to share an image as signs', () => {
    for (const ordinary of [
      'chasing one of the learners for missing homework, can i just send it to him on whatsapp?',
      'kai is missing his pe kit again, can he borrow some?',
    ])
      expect(detectConcern(ordinary).level, ordinary).toBe('none');
    expect(detectConcern("she said he's threatening to send it to everyone unless she sends more").kinds).toContain(
      'online-sexual-abuse',
    );
    expect(detectConcern("jade's been missing lessons and turning up with a new phone and trainers").level).not.toBe(
      'none',
    );
  });

  it('a learned model puts the emergency line first for danger the rules do not read as happening now', () => {
    for (const now of [
      "sophie's gone a funny colour and is sort of staring into space on the call",
      "a boy from the group is sitting on the wall of the multi-storey and won't come down",
      "her ex has turned up at the hall and is screaming that he'll take the baby",
    ]) {
      expect(detectConcern(now, undefined, null).danger, now).toBe(false);
      expect(detectConcern(now).danger, now).toBe(true);
    }
    // Not for a concern about the past, nor for a message that is no concern at all.
    expect(detectConcern('she told me last month that her uncle used to hit her when she was little').danger).toBe(
      false,
    );
    expect(detectConcern('can I text this young person?').danger).toBe(false);
  });

  it("reads toy weapons, hunger before a meal and a medicine's side effects as what they are", () => {
    for (const ordinary of [
      'ellie got killed in the laser tag game and sulked',
      "always starving by 11, lunch isn't till 12:30",
      'his new tablets might make him a bit sleepy this week',
    ])
      expect(detectConcern(ordinary).level, ordinary).toBe('none');
    for (const concern of [
      'he said his dad shot at him with an air rifle',
      "she's always starving and there's never any food at home",
      'he took too many of his meds and is really drowsy',
    ])
      expect(detectConcern(concern).level, concern).not.toBe('none');
  });

  it('reads more of the emergencies first-aid guidance lists, with the emergency line first', () => {
    for (const emergency of [
      "her fingertips have gone a bit purple and she's wheezing, she's allergic to nuts",
      "on the walk tom stopped sweating and he's confused and hot to touch",
      "hot tea went down her arm, skin's blistering",
      "the volunteer's face has drooped on one side and she can't lift her arm",
      'josh swallowed a button battery at craft',
      'bleach got sprayed in her eyes while cleaning',
      'found him with an empty packet of paracetamol',
      "two lads are holding a younger boy's head under water in the pool",
      "one of the lads has got a year 7 pinned against the lockers and won't let him go",
    ]) {
      const read = detectConcern(emergency);
      expect(read.level, emergency).not.toBe('none');
      expect(read.danger, emergency).toBe(true);
    }
    expect(detectConcern('someone made a deepfake of her and shared it round the year group').level).not.toBe('none');
    // A plan or a letter about a condition, and a question about one, are not the condition.
    for (const ordinary of [
      "kai's new seizure protocol from the consultant is on the drive",
      'both bumped heads, no symptoms, head injury letter sent home',
      'whats the difference between a hypo and a hyper?',
    ])
      expect(detectConcern(ordinary).level, ordinary).toBe('none');
  });

  it('reads things that collapse, go missing or are "nude", and the staff member\'s own knocks and shocks, as no harm', () => {
    for (const ordinary of [
      'the marquee collapsed in the storm, nobody hurt',
      'the puzzle box is missing 2 pieces',
      'ordered nude leotards for the show',
      "naked flames aren't allowed in the tents",
      'i nearly fainted when i saw the bill',
      'banged my knee on the table again',
      'they were starving after the match so we got pizza',
      'cutting out paper stars for the display',
      'missing you all already',
      'sam walked into a table, bit of a bruise, ice pack on, accident form in and mum told',
      // Questions about procedure, however they open.
      'where do i log a worry about neglect?',
      "what's the plan if she has a seizure in session?",
      "if a yp shows me a nude that's been shared round, what do i do?",
    ])
      expect(detectConcern(ordinary).level, ordinary).toBe('none');
    for (const concern of [
      'his little sister was left in the car for an hour on a hot day',
      "she's been missing since last night",
      'found a nude of a 14 year old in the group chat',
    ])
      expect(detectConcern(concern).level, concern).not.toBe('none');
  });

  it('reads forced marriage as domestic abuse, and it or FGM about to happen as immediate danger', () => {
    const marriage = detectConcern(
      "his cousin says zara's flight is tomoz, she's being taken to bangladesh to get married and she's only 16",
    );
    expect(marriage.kinds).toContain('domestic-abuse');
    expect(marriage.danger).toBe(true);
    const cut = detectConcern(
      "a girl in year 9 messaged from the airport saying her aunties are taking her to get cut, the flight's in an hour",
    );
    expect(cut.kinds).toContain('fgm');
    expect(cut.danger).toBe(true);
    // A family wedding abroad is not a forced marriage.
    expect(
      detectConcern("her family are going to pakistan for her cousin's wedding in the summer, she's so excited").level,
    ).toBe('none');
  });

  it('reads a topic taught and a break explained by sport as no harm, and a threat with a weapon as one', () => {
    for (const ordinary of [
      'ravi broke his arm at the trampoline park on saturday, cast on for 6 weeks',
      'we did a workshop on knife crime with the police today, really good',
      'the kids are learning about the rise of fascism in history',
    ])
      expect(detectConcern(ordinary).level, ordinary).toBe('none');
    expect(detectConcern("he said he'll stab anyone who grasses, he's got a knife in his bag").danger).toBe(true);
  });

  it('leaves a strong sign about no one, reported by no one and happening to no one, to the learned model', () => {
    const topic = "neglect referral vs early help, where's the line? want to explain it in team meeting";
    expect(readConcern(topic).strong).toContain('neglect');
    expect(readConcern(topic).level).toBe('none');
    // Someone in it, something reported or happening, or an emergency: the rules read it as before.
    for (const concern of [
      'i think she is being neglected at home',
      'not breathing!!',
      'someone has been cutting themselves in the toilets, found blood on the floor',
      // Said of oneself, or of self-harm or suicide: always a concern.
      'i want to kill myself',
      'suicidal thoughts',
    ])
      expect(readConcern(concern).level, concern).toBe('concern');
    expect(detectConcern('nearly fainted when i saw the coach hire quote lol').level).toBe('none');
  });

  it('reads a weapon someone has got, being made to keep secrets, and feeling no one would miss them', () => {
    const knife = detectConcern("she's got a knife");
    expect(knife.kinds).toContain('threat-to-life');
    expect(knife.danger).toBe(true);
    expect(detectConcern("she's got a knife block for her new flat").level).toBe('none');
    expect(detectConcern("she's got a knife and fork in her lunchbox").level).toBe('none');
    expect(detectConcern("we're doing knife skills in cookery").level).toBe('none');
    expect(detectConcern('my stepdad makes me keep secrets').level).not.toBe('none');
    for (const burden of ['nobody would miss me', 'he says everyone would be better off without him'])
      expect(detectConcern(burden).kinds, burden).toContain('self-harm-suicide');
  });

  it('reads short first-person disclosures of each kind', () => {
    for (const [message, kind] of [
      ['my uncle makes me sit on his lap', 'sexual-abuse'],
      ["i'm pregnant and my mum's boyfriend is the dad", 'sexual-abuse'],
      ['i get paid to carry bags for older lads', 'exploitation'],
      ['my brother watches videos about killing non believers', 'radicalisation'],
      ["i've been sleeping in the park", 'missing-child'],
      ["mum's new man scares me", 'emotional-abuse'],
      ["i don't feel safe at home", 'threat-to-life'],
      ["he's been talking about not being around much longer", 'self-harm-suicide'],
      ['her family are taking her to somalia in the summer for a special ceremony', 'fgm'],
      ["a girl told me she was made to have sex with her boyfriend's friends", 'sexual-abuse'],
      ['a kid says his parents leave him and his sister alone all weekend', 'neglect'],
      ["my learner said her husband won't let her have her own money or phone", 'emotional-abuse'],
      ["the boys were filming up girls' skirts on the stairs", 'sexual-abuse'],
      ['she said her family want her to marry her cousin', 'domestic-abuse'],
      ["john's carer has been taking money out of his account", 'exploitation'],
      ["someone made a group chat to rate the girls' bodies", 'sexual-abuse'],
      ["her mum's drinking every day and she's looking after the little ones", 'neglect'],
      ["he told me he gets hit if he doesn't do his chores", 'physical-abuse'],
    ] as const)
      expect(detectConcern(message).kinds, message).toContain(kind);
    // Grooming signs by an adult of the organisation: an allegation.
    for (const message of [
      'the tutor asked a 15yo for her snapchat',
      'our volunteer driver bought a 14 year old a phone',
    ])
      expect(detectConcern(message).allegation, message).toBe(true);
    for (const ordinary of [
      "i don't feel ok with the new rota",
      "i'm scared of my driving test",
      'mum asked for her number so she can text about pickup',
      'mum bought her a new phone for her birthday',
      "they want him to marry next year, he's so happy, she's lovely",
      "she's wearing a skirt and tights for the show",
      'i took money out of my account for the trip',
      "we rated the girls' dance routines",
      "dad's drinking a lot of water since his new diet",
      'he got hurt in the tackle',
      'she was hit in the tackle',
      'he gets beaten at chess every time lol',
      'one of our trustees wants to give her number to a disabled young adult we support, is that allowed?',
    ])
      expect(detectConcern(ordinary).level, ordinary).toBe('none');
  });

  it("reads the writer's own word that the young person is glad as a good outcome, never what they say of themselves", () => {
    // Paraphrases of ordinary news about named young people.
    expect(
      detectConcern(
        "mia's mum and dad are separating but it's all amicable, she showed us her new room at her dad's and seemed genuinely upbeat",
      ).level,
    ).toBe('none');
    expect(
      detectConcern(
        'ella was really upset her team lost, threw her bib down and stormed off, calmed down after a few mins and said sorry',
      ).level,
    ).not.toBe('concern');
    // A weak word of harm with a glad young person is left to the learned model, not read as a concern outright.
    expect(
      detectConcern("ben says his mum's new partner is teaching him to drive, he's really chuffed").level,
    ).not.toBe('concern');
    // Moved by a story, not harmed.
    expect(
      detectConcern(
        'took Ellie (12) to the cinema in town, we saw the new disney one and she sobbed her eyes out at the end then asked for more popcorn. her mum says shes settling in well at school',
      ).level,
    ).toBe('none');
    // A parent's thanks, a child who talks of nothing else: news of a good time.
    expect(
      readConcern('dan’s dad phoned to say thanks, he hasn’t stopped talking about the camp').signals.reassured,
    ).toBe(true);
    expect(
      readConcern('her nan came in to say thank you, the group has really helped her confidence').signals.reassured,
    ).toBe(true);
    // What someone at risk says of themselves is no good outcome.
    for (const concern of [
      'older lady we visit has no food in and the heating off all month, insists she is fine',
      'lad keeps turning up with bruises on his arms, says he is doing great at home',
    ])
      expect(flagged(concern), concern).toBe(true);
  });

  it('reads violence at home in any tense of the verb ("daddy hitting mummy")', () => {
    const reading = detectConcern("Ava (6) drew a picture of daddy hitting mummy and said 'that's our house'");
    expect(reading.level).toBe('concern');
    expect(reading.kinds).toContain('domestic-abuse');
  });

  it('reads "am I overthinking?" as the writer passing on what they saw, not a question about policy', () => {
    expect(
      detectConcern("he doodled 'i want to disappear' on the back of his training schedule, am i overthinking?").level,
    ).toBe('concern');
  });

  it("reads pictures of children found on an adult of the organisation's own device as an allegation", () => {
    const reading = detectConcern(
      "the technician fixing the coach's laptop found photos of children on it, some from our club",
    );
    expect(reading.level).toBe('concern');
    expect(reading.allegation).toBe(true);
  });

  it('reads mocking a disability again and again as child-on-child abuse', () => {
    const reading = detectConcern(
      "the older ones have been copying ravi's stammer for weeks and now he won't speak in sessions",
    );
    expect(reading.level).toBe('concern');
    expect(reading.kinds).toContain('peer-on-peer');
  });

  it('reads weeks out of school as a child missing education: a concern, not an emergency', () => {
    const reading = detectConcern(
      "turns out Kai (10) hasnt been to school for weeks, he's been minding his baby sister while mum sleeps all day",
    );
    expect(reading.level).toBe('concern');
    expect(reading.kinds).toContain('missing-child');
    expect(reading.danger).toBe(false);
  });

  it('reads "the guy who does the tea bar" as an adult of the organisation', () => {
    const reading = detectConcern(
      'the guy who does the tea bar on saturdays keeps inviting the u12s round to his house',
    );
    expect(reading.level).toBe('concern');
    expect(reading.allegation).toBe(true);
  });

  it("reads a child who left home by a parent's word and never arrived as missing now", () => {
    // Written for this test, after the guidance on children who go missing.
    for (const missing of [
      'mum says he left at 7 for placement but he never turned up and his phone is off',
      'her dad dropped her off at 8 as usual but she never arrived at college and is not answering',
    ]) {
      const reading = detectConcern(missing);
      expect(reading.kinds, missing).toContain('missing-child');
      expect(reading.danger, missing).toBe(true);
    }
    // Where the child went is known, or no one says they left: not missing.
    expect(detectConcern('mum says she left early for the dentist so she never turned up to the session').level).toBe(
      'none',
    );
    expect(
      detectConcern('he left at 4 as usual, no idea why he never turned up to training, probably forgot').danger,
    ).toBe(false);
  });

  it('reads a story\'s death, a missing face in a photo and "dying" over coursework as no concern', () => {
    for (const ordinary of [
      'she was really upset because her favourite character died on Emmerdale, had a hot chocolate and was fine after',
      'Jo went missing from the group photo because she was in the loo, can we take it again next week?',
    ])
      expect(detectConcern(ordinary).level, ordinary).toBe('none');
    expect(readConcern("she's dying over her history coursework, can I give her an extension?").level).toBe('none');
    // Upset for another reason, and a death that is no story, still read.
    expect(detectConcern('she was really upset because her mum shouts at her all the time').level).toBe('concern');
    expect(detectConcern('he keeps saying he wants to die over his exams').level).not.toBe('none');
  });

  it('reads a call or an account cutting someone off as a dropped connection, not harm', () => {
    // An admin question of a tutoring company's set (Give and Grow CIC) had read as self-harm and FGM, with the 999 line.
    const reading = detectConcern(
      'can someone send me the zoom pro login, my free account keeps cutting me off at 40 mins',
    );
    expect(reading.level).toBe('none');
    // Cutting, and being cut off from friends, are still read.
    expect(detectConcern('she said she has been cutting again, the call cut out after').level).toBe('concern');
    expect(detectConcern('her boyfriend has cut her off from all her friends and checks her phone').level).not.toBe(
      'none',
    );
  });

  it('reads "the traditional thing" done by a relative in a country where FGM is practised as FGM', () => {
    // FGM multi-agency guidance: euphemisms for cutting ("the tradition", "a traditional ceremony").
    const reading = detectConcern(
      "a parent said her niece (7) is going to Somalia for the summer so an older relative can 'do the traditional thing'",
    );
    expect(reading.kinds).toContain('fgm');
    expect(
      detectConcern("she's going to Egypt for the summer to have the traditional food and see her gran").level,
    ).toBe('none');
  });

  it('reads match banter, a data request and a snack gone down the wrong way as no concern', () => {
    for (const ordinary of [
      "the lads were winding each other up about football, 'I'll kill you if Villa lose' etc",
      "a parent has emailed asking us to delete all the chat logs from her daughter's sessions under GDPR",
      'he laughed so hard at the film he nearly choked on his popcorn, all fine',
    ])
      expect(detectConcern(ordinary).level, ordinary).toBe('none');
    // The same words meaning harm still read.
    expect(detectConcern("he told her I'll kill you if you tell anyone what happened").level).not.toBe('none');
    expect(detectConcern("she wants me to delete our messages so her mum doesn't find out").level).toBe('concern');
    expect(detectConcern("he choked on a sweet and can't breathe").danger).toBe(true);
  });

  it('reads a good review, a refuge point, a won game, a ticket and a sprain seen to as no concern', () => {
    for (const ordinary of [
      'Our apprentice smashed her first customer review at the cafe - 5 stars!',
      "can coaches make sure the chair users' evac plans are up to date and everyone knows which refuge point to use",
      'went bowling with Ian, he was raging that I beat him three times in a row, then we got chips',
      'apprentice was in tears at lunch because she got a parking ticket, any hardship funds?',
      'a girl rolled her ankle at athletics today - we iced it, mum took her to A&E to be safe, just a sprain',
      "she said she's going to kill her brother for eating her last Kinder Bueno, we both cracked up",
    ])
      expect(detectConcern(ordinary).level, ordinary).toBe('none');
    // The same words meaning harm still read.
    for (const concern of [
      "she told me her mum's at a refuge with her because of what her dad did",
      'her dad beat her again last night, three times this week',
      'she went over on her ankle, her step dad pushed her down the stairs, iced it',
    ])
      expect(detectConcern(concern).level, concern).toBe('concern');
  });

  it('reads upset for an everyday reason as no concern unless a sign of harm is named beside it', () => {
    for (const ordinary of [
      'One of our players was gutted after we lost the final, cried in the changing room for a bit, then her dad took her for chips',
      "One of the young people is really upset because her A level results weren't what she needed. She wants help looking at clearing",
    ])
      expect(detectConcern(ordinary).level, ordinary).toBe('none');
    expect(detectConcern('she was upset because her dad hit her after she failed her exams').level).toBe('concern');
    expect(detectConcern('really upset about her results, she has been cutting again').level).not.toBe('none');
  });

  it('reads seeing no point in living as suicidal thoughts, and no point in a trip as nothing of the kind', () => {
    // Samaritans: warning signs of suicide.
    expect(detectConcern("she said she doesn't see the point in living any more").kinds).toContain('self-harm-suicide');
    expect(detectConcern("there's no point going on the trip if it rains").level).not.toBe('concern');
  });

  it('reads burning with a lighter, goodbye letters written and being paid to carry a bag as signs, not their everyday twins', () => {
    // NHS (self-harm), Samaritans (putting affairs in order), KCSIE annex B (county lines).
    for (const [message, kind] of [
      ['he has been burning his arms with a lighter, says it helps', 'self-harm-suicide'],
      ["she says she's already written the letters, and she's 14", 'self-harm-suicide'],
      ["she's written letters to her family just in case", 'self-harm-suicide'],
      ['he got paid 50 quid to carry a bag to birmingham on the train', 'exploitation'],
    ] as const)
      expect(readConcern(message).strong, message).toContain(kind);
    for (const ordinary of [
      'she burnt her hand on the oven at cookery, ran it under cold water',
      "she's written letters to her friends for the leavers assembly",
      'he wrote letters to his family from camp, so cute',
    ])
      expect(readConcern(ordinary).level, ordinary).toBe('none');
  });

  it('reads what a film or book shows as no concern, unless the message tells of its effect on someone', () => {
    for (const ordinary of [
      'we are showing a film at movie night that has a suicide scene, do we need a content warning?',
      'the film has a scene where a character takes an overdose, is it ok for under 15s?',
    ])
      expect(detectConcern(ordinary).level, ordinary).toBe('none');
    expect(flagged('she said the suicide scene in the film made her want to do it too')).toBe(true);
    expect(flagged('after the self-harm storyline she told me she has been doing it herself')).toBe(true);
  });

  it('needs the learned model surer of a message the writer laughs off: a film that scared a mentee is no concern, a controlling boyfriend told with "haha" still is', () => {
    // Paraphrased, not from any test set.
    expect(
      detectConcern(
        'my mentee saw a scary film at the weekend and now wont go near the canal lol, any ideas to help her',
      ).level,
    ).toBe('none');
    expect(flagged("she told me her boyfriend checks her phone every night and won't let her see her mates haha")).toBe(
      true,
    );
  });

  it('reads a device or a connection that dies as no sign of harm, and a phone that died beside a missing child as before', () => {
    // Paraphrased, not from any test set.
    for (const message of [
      'is anyone elses zoom dying this morning? mine keeps freezing',
      'the wifi at the scout hut keeps dying, can we get a booster',
    ]) {
      const read = detectConcern(message);
      expect(read.level, message).toBe('none');
      expect(read.danger, message).toBe(false);
    }
    expect(flagged('her phone died and now nobody can reach her, she left the park an hour ago')).toBe(true);
  });

  it('reads a thing gone missing ("it\'s gone missing", the form the normaliser gives "it is") as no missing child, and a child gone missing as before', () => {
    // Paraphrased, not from any test set.
    for (const message of [
      "his tablet was on the side at the hall and now it's gone missing, dad wants to know if we pay for it",
      'she brought her speaker to the disco and it has just gone missing',
    ])
      expect(readConcern(message).strong, message).not.toContain('missing-child');
    for (const message of [
      "we were at the lido and now she's gone missing",
      'one of the cubs has gone missing from the campsite',
    ])
      expect(readConcern(message).strong, message).toContain('missing-child');
  });

  it('reads missing a session, a class or the next weeks as being away from it, not as a missing child; missing from somewhere as before', () => {
    // Paraphrased, not from any test set.
    for (const message of [
      "priya's missing club on thursday, she's at her cousin's christening",
      'he will be missing the next three sessions, family trip to spain',
    ])
      expect(readConcern(message).strong, message).not.toContain('missing-child');
    for (const message of [
      'one of the year 7s is missing from the coach',
      "jay's been missing since last night, mum has rung round everyone",
    ])
      expect(readConcern(message).strong, message).toContain('missing-child');
  });

  it('reads an injury said not to be from sport, and a hand held on something hot, as physical harm', () => {
    // Paraphrased, not from any test set.
    const notSport =
      "maya (12) said the bruises aren't from netball, her stepdad loses his temper and throws things at home";
    expect(flagged(notSport)).toBe(true);
    const heldOnHot = "turns out his burn wasn't from the kettle, he said his stepmum held his hand on the iron";
    expect(readConcern(heldOnHot).strong).toContain('physical-abuse');
    expect(flagged('sam (12) has a bruise on his shin from football, mum told us at drop off')).toBe(false);
    expect(flagged('we held our hands over the fire to warm up at camp, lovely night')).toBe(false);
  });

  it('reads contriving to be alone with children, and asking for a record to be altered, as allegations; "sounds rough" as unwell', () => {
    // Paraphrased, not from any test set.
    const alone =
      'the new volunteer keeps sending the other helpers out to the minibus so that he can be the only adult in the hall with the cubs';
    expect(detectConcern(alone).allegation).toBe(true);
    const record =
      'our site manager told me to change the date in the incident book so it looked like the fire door was checked';
    expect(detectConcern(record).allegation).toBe(true);
    expect(
      flagged('coach jen is off today, she sounded really rough on the phone, can someone take her under 10s'),
    ).toBe(false);
    // Time alone given to a young person who needs it is no contriving.
    expect(flagged('the volunteer took him to the quiet room so he could be alone for a while to calm down')).toBe(
      false,
    );
  });

  it('reads as happening now an adult behind a locked door with a child, a young person held with an adult, a threat with a deadline and a small child alone; someone who cannot be woken as an emergency', () => {
    // Paraphrased, not from any test set.
    for (const message of [
      "she's at a flat with two older men and says she wants to go home but they won't let her leave",
      "his phone keeps ringing, he's been told he's got an hour to get to a flat with the bag or they'll go round to his nan's",
    ]) {
      const read = detectConcern(message);
      expect(read.level, message).not.toBe('none');
      expect(read.danger, message).toBe(true);
    }
    for (const message of [
      'the caretaker is in the store room with a year 5 boy and the door is locked, i can hear him crying',
      // The young people in the words the other rules use (`YOUNG_ONES`): gymnasts, a cub, a 12yo.
      'the new helper has gone into the kit room with two of the gymnasts and locked the door',
      'a parent has just gone into the toilets with a 12yo and locked the door',
      "a little girl, maybe 2, has wandered into the hall in just a nappy, nobody is with her and she's not talking",
    ])
      expect(readConcern(message).signals.immediate, message).toBe(true);
    // Any of the family the other rules name (`FAMILY`), an uncle or a grandparent as much as a parent.
    for (const cannotWake of [
      "a lad on the 4pm session says he's home alone with his little sister and he can't wake his mum who's on the sofa",
      "he rang from home, says he can't wake his auntie",
    ])
      expect(readConcern(cannotWake).strong, cannotWake).toContain('medical-emergency');
    // Told as a past event, as before.
    expect(detectConcern("last term her friend couldn't wake her after a sleepover, she is fine now").danger).toBe(
      false,
    );
  });

  it('reads everyday chat that borrows harm words as no concern: a record beaten, an account locked, a toy lost, a drama death, a kitchen knife, a pb smashed, tears after a lost match', () => {
    // Paraphrased, not from any test set.
    for (const message of [
      'Sian beat her record at the gala, 8 lengths without stopping',
      "Jas says she's locked out of her login for the maths course again, can someone reset it",
      "whos got the IT number? the club laptop's locked me out again",
      'MISSING: one much loved brown teddy called Biscuit, belongs to Ava (4), please check the sand tray',
      'drama group: Leo (10) wants to die dramatically in the last scene of the panto, twice',
      'Baking club: Dan did all the chopping with the adapted knife his OT gave him, works a treat',
      'Kacey SMASHED her 100m PB 🔥 14.1!',
      'netball lost 31-12 to the Rovers. Tia was in tears on the minibus, chips sorted her out',
    ])
      expect(detectConcern(message).level, message).toBe('none');
    // One detail that makes it real, as before.
    expect(flagged('he says he was locked in the storeroom by the older lads for an hour')).toBe(true);
    expect(flagged('she says her stepdad locked her out of the house all night again')).toBe(true);
    expect(flagged('lost 3-0 and her dad was screaming at her in the car park, she was in tears')).toBe(true);
  });

  it('reads nerves before something looked forward to ("nervous but excited") as no sign of harm', () => {
    // Paraphrased, not from any test set.
    for (const message of [
      'Leah (16) told me she starts her apprenticeship at the garage on monday, she is nervous but excited',
      'Tom said his audition is next week, he is anxious but relieved it is finally booked',
    ])
      expect(detectConcern(message).level, message).toBe('none');
    expect(flagged('she was nervous and shaking, said her stepdad hits her when he drinks')).toBe(true);
  });

  it('reads a routine medicine named for what it treats as no sign of self-harm, and pills as a sign as before', () => {
    // Paraphrased, not from any test set.
    for (const message of [
      'sam needs his asthma tablets before the hike, mum put them in his bag',
      'nadia takes her prescribed pills at lunch, they are in the med box with her name on',
    ])
      expect(detectConcern(message).level, message).toBe('none');
    expect(flagged('found a stash of pills in his locker and he has been really low')).toBe(true);
    expect(flagged("she hasn't had her epilepsy tablets for a week, dad keeps forgetting the prescription")).toBe(true);
  });

  it('reads the cases of a harm filed as a kind ("where do fgm disclosures get logged?") as a topic, and concerns about someone as before', () => {
    // Paraphrased, not from any test set.
    for (const ordinary of [
      'do neglect concerns go on the safeguarding log or on cpoms? new starter asking',
      'where do fgm disclosures get recorded',
    ])
      expect(detectConcern(ordinary).level, ordinary).toBe('none');
    for (const concern of [
      'we have self-harm concerns about jo in year 9',
      "i've got neglect concerns with the twins again",
    ])
      expect(flagged(concern), concern).toBe(true);
  });

  it('reads a harm that names a lesson, a talk or a procedure as its topic, and what else the message tells as before', () => {
    for (const ordinary of [
      'the police are doing a talk on weapons and knife crime for our older group, do we need parental consent for that',
      'we did a workshop on sextortion with year 9 and it went well',
      'the kids did a drama piece about someone being bullied and it was actually really moving',
      'need to update the missing child procedure for the new building, does anyone have the old version',
    ])
      expect(detectConcern(ordinary).level, ordinary).toBe('none');
    expect(withoutTopics('a talk on weapons and knife crime for our older group')).toBe(
      'a talk on the topic for our older group',
    );
    expect(withoutTopics('a session on wednesday')).toBe('a session on wednesday');
    for (const concern of [
      'in the lesson on grooming she told me her coach messages her at night',
      // The young people themselves talk or share: no lesson, and no topic.
      "the kids talk about police coming round 'when dad's cross', like it's a regular thing",
      "one of the lads keeps sharing videos about a 'race war' in the club group chat",
      // A plan is no document about harm: it is what a child is on.
      "the vicar's own kids are on a child protection plan apparently",
      "a student wrote a story about a girl sent abroad to be married at 15 and said it's like what happened to my sister",
    ])
      expect(flagged(concern), concern).toBe(true);
  });

  it('reads a stranger asking a child for selfies, children hiding from a drinking parent and an adult messaging a child privately as concerns', () => {
    for (const concern of [
      'a man she plays roblox with keeps asking her for selfies',
      'her little brothers hide in the wardrobe when mum kicks off',
      'a volunteer is messaging one of the girls privately on snapchat',
    ])
      expect(detectConcern(concern).level, concern).toBe('concern');
    expect(detectConcern('she screamed and vanished off camera and now she is not answering').level).toBe('concern');
    expect(
      detectConcern('she was on the zoom call then vanished, her mum screamed and the line went dead').danger,
    ).toBe(true);
    // A question about the rule for everyone is no allegation.
    expect(detectConcern('can coaches message players privately or should it all be in the group?').level).toBe('none');
  });

  it('reads a knock iced, dizziness in the heat seen to, and no one hurt as no concern', () => {
    for (const ordinary of [
      'netball today, maisie took a knock to the ankle so we iced it and she was fine by the end',
      'so hot on the field, a couple of them felt dizzy so we sat them in the shade with water and they were fine',
      'cooking club went well, nobody burnt themselves on the oven this time!',
      // Gone from a call for something ordinary said beside it; a scream is nothing ordinary (below).
      'the fire drill went off mid zoom and most of the group disappeared from the call for ten minutes',
      // Written for this test: gone after the call was named, the connection said beside it.
      'his screen froze and he vanished for a bit, the wifi at his house had dropped, he is back on now',
      // "Again" about the next booking is no doubt about the injury.
      "Sunday football recap: good passing drills, Leo took a knock to the knee so we iced it, his mum collected him and messaged later to say it's just a bruise. Field booked again next week.",
      'does anyone have a good video about sextortion for the year 8 session?',
    ])
      expect(detectConcern(ordinary).level, ordinary).toBe('none');
  });

  it('reads a documentary or film named by its harm as a topic, a score lost or an old relative grieved as ordinary upset', () => {
    for (const ordinary of [
      'we watched a county lines documentary with the seniors and talked about it after',
      'we showed a knife crime documentary to the older group and had a good discussion',
      'watched a clip from a grooming film in the pshe session',
      'gutted after they lost 3-1, cried on the bus home',
      'she was upset about her nan passing away, we had a chat and she seemed much happier by the end',
    ])
      expect(detectConcern(ordinary).level, ordinary).toBe('none');
    // What the message tells beside them is read as before.
    for (const concern of [
      'after the county lines documentary he told me the older lads make him hold stuff for them',
      'she was upset because her grandad hit her',
    ])
      expect(flagged(concern), concern).toBe(true);
  });

  it('reads a refresher or a news story named by its harm as a topic, and a bump against furniture seen to as an accident', () => {
    for (const ordinary of [
      'could we book a refresher on using an epipen before the new girl with the peanut allergy starts?',
      'a news story about stabbings in the city came up in group chat, lots of sensible views',
      'he bumped his head on the door frame at tea time, i was stood right next to him, ice pack and told mum',
    ])
      expect(detectConcern(ordinary).level, ordinary).toBe('none');
    // What the message tells beside them is read as before.
    for (const concern of [
      'after the refresher on grooming she told me her coach messages her every night',
      'he bumped his head on the door frame, he says his dad pushed him into it',
    ])
      expect(flagged(concern), concern).toBe(true);
  });

  it('reads an appointment, meeting or shift someone cannot move as no emergency, and a person who cannot move as one', () => {
    for (const ordinary of [
      'could someone take my saturday session? i have a hospital appointment i cannot move',
      "got a meeting that we can't move so i'll be late to the club tonight",
    ])
      expect(detectConcern(ordinary).level, ordinary).toBe('none');
    for (const emergency of [
      "she landed badly off the vault and says she can't move her legs",
      'he fell down the stairs at the centre and cannot move',
    ])
      expect(detectConcern(emergency).kinds, emergency).toContain('medical-emergency');
  });

  it('reads small bags or packets handed to people in the street as criminal exploitation, not bags of sweets', () => {
    expect(
      detectConcern('two of the younger lads were passing small packets to people in cars at the corner by the shop')
        .kinds,
    ).toContain('exploitation');
    expect(detectConcern('the kids were handing out little bags of sweets at the party').level).toBe('none');
  });

  it('reads being paid to go to parties, or parties with men, as sexual exploitation, even after an admin matter', () => {
    // Written for this test, from the Children's Society's and NWG's indicators.
    const told = detectConcern(
      'bit of admin first, the hall is double booked on friday. also heard one of the year 10 girls say she gets paid to go to parties with men from the car wash',
    );
    expect(told.level).toBe('concern');
    expect(told.kinds).toContain('exploitation');
    expect(detectConcern("are we doing christmas parties with the men's team this year?").level).toBe('none');
    expect(detectConcern('the parents paid for the end of season parties').level).toBe('none');
  });

  it('reads the ways of self-harm guidance names beside cutting, and support for violence against a group, as signs', () => {
    // Written for this test, from NSPCC and Prevent guidance.
    expect(detectConcern('one of the girls keeps scratching her arms till they bleed, she is 13').kinds).toContain(
      'self-harm-suicide',
    );
    expect(
      detectConcern('a lad in the u15s has been burning himself with a lighter, his mate told me').kinds,
    ).toContain('self-harm-suicide');
    expect(
      detectConcern(
        'one of my learners keeps saying people who disrespect his religion deserve to die, he watches a man online',
      ).kinds,
    ).toContain('radicalisation');
    // Scratching a mosquito bite, a policy question about self-harm: no sign about anyone.
    expect(detectConcern('he keeps scratching his mosquito bites, have we got any cream?').level).toBe('none');
    expect(detectConcern('what do we do if a member is burning herself?').level).toBe('none');
  });

  it('reads a parent who has not seen their child since a time named as a child missing now; a test aced and a cut finger plastered as nothing', () => {
    // Written for this test, from police missing-person guidance and everyday English.
    const missing = detectConcern('his dad rang, he has not seen his son since last night and his phone is off');
    expect(missing.kinds).toContain('missing-child');
    expect(missing.danger).toBe(true);
    // Not seen for a term: a membership question, no one missing.
    expect(detectConcern("we haven't seen her since the summer, is she still a member?").level).toBe('none');
    // A test done well, however it is qualified ("smashed his practical assessment").
    expect(detectConcern('absolutely smashed his practical assessment, proud of him').level).toBe('none');
    // A cut finger with a plaster put on is first aid; plasters worn on the arms are still a sign.
    expect(
      detectConcern(
        'nicked his thumb on the stanley knife, plaster on and he is carrying on. how do i record minor injuries',
      ).level,
    ).toBe('none');
    expect(detectConcern("she has plasters on her arms again and won't say why").kinds).toContain('self-harm-suicide');
  });

  it('reads a child nobody ever collects, "the procedure" a sister had and hiding in a wardrobe now as signs; a tackle in rugby, a faint cleared by a doctor and "dead tired" as nothing', () => {
    // Written for this test, from NSPCC neglect indicators, FGM multi-agency guidance and everyday English.
    expect(
      detectConcern("can we lend him a coat from lost property? he's 8 and nobody ever comes to pick him up").kinds,
    ).toContain('neglect');
    const fgm = detectConcern(
      'a girl in year 6 says she is flying out on saturday to have the procedure her big sister had',
    );
    expect(fgm.kinds).toContain('fgm');
    expect(fgm.danger).toBe(true);
    const hiding = detectConcern(
      "is it ok if she keeps her camera off? she says her dad is kicking off again and she's hiding in the wardrobe",
    );
    expect(hiding.level).not.toBe('none');
    expect(hiding.danger).toBe(true);
    expect(
      detectConcern('our new lad is a beast at rugby, keeps smashing into people. is there a county squad?').level,
    ).toBe('none');
    expect(
      detectConcern('the girl who fainted last week has been cleared by her doctor, anything for the incident log?')
        .level,
    ).toBe('none');
  });

  it('normalises chat spelling, contractions and scare quotes before reading', () => {
    expect(normaliseMessage("yp said her bf's 'special game' isn't ok")).toBe(
      "young person said her boyfriend's special game is not ok",
    );
    // "whats", "whos" without the apostrophe: a policy question about a named member is still one.
    expect(normaliseMessage('whats the process, whos the dsl')).toBe('what is the process, who is the dsl');
    expect(readConcern('whats the process for giving a member his paracetamol at youth club?').level).toBe('none');
    // "rn", "atm": right now, at the moment; not the cash machine.
    expect(normaliseMessage('they are fighting rn, she is at the park atm')).toBe(
      'they are fighting right now, she is at the park at the moment',
    );
    expect(normaliseMessage('money out of the atm')).toBe('money out of the atm');
  });
});

describe('someone held by the neck or throat', () => {
  // Written for this test (NSPCC, domestic abuse guidance: non-fatal strangulation is a high-risk sign).
  it('is physical abuse, with the emergency line first when it is happening now', () => {
    const now = detectConcern(
      "on the video call her little brother whispered that dad's got mum by the throat right now",
    );
    expect(now.level).toBe('concern');
    expect(now.kinds).toContain('physical-abuse');
    expect(now.danger).toBe(true);
    const told = detectConcern('she said her stepdad had her by the throat last night');
    expect(told.level).toBe('concern');
    expect(told.kinds).toContain('physical-abuse');
  });

  it('is not a guitar or a bottle held by the neck', () => {
    expect(flagged('he was holding his guitar by the neck all through the gig')).toBe(false);
  });
});

describe('contractions typed without apostrophes, and an initial before a negative', () => {
  // Written for this test: the chat forms of "they'll", "you're", "we've"... that are no other word.
  it('spells out "theyll", "youre", "theyve", "weve", "theyd", "werent", "hadnt" and "shouldnt"', () => {
    expect(normaliseMessage('theyll say youre late, theyve gone, weve left, theyd know')).toBe(
      'they will say you are late, they have gone, we have left, they would know',
    );
    expect(normaliseMessage('we werent told, she hadnt eaten, he shouldnt be there')).toBe(
      'we were not told, she had not eaten, he should not be there',
    );
    // Forms that are words of their own stay as typed.
    expect(normaliseMessage('she felt ill, well done, were you there, shell suit')).toBe(
      'she felt ill, well done, were you there, shell suit',
    );
  });

  it('reads a threat told without apostrophes as it reads one told with them', () => {
    const typed = detectConcern('he said theyll hurt his little brother if he stops doing drop offs');
    const spelled = detectConcern("he said they'll hurt his little brother if he stops doing drop offs");
    expect(typed.level).not.toBe('none');
    expect(typed.level).toBe(spelled.level);
  });

  it('reads an initial or a name before "isn\'t", "wasnt", "hasn\'t" as someone named', () => {
    expect(readConcern("K isn't here").signals.named).toBe(true);
    expect(readConcern('J wasnt at pick up').signals.named).toBe(true);
    expect(readConcern('Maya hasn\u2019t eaten all day').signals.named).toBe(true);
    const missing = detectConcern(
      "did the register at the end of the trip and K isn't here, last seen at the start 2 hrs ago. not answering",
    );
    expect(missing.level).toBe('concern');
    expect(missing.kinds).toContain('missing-child');
    expect(missing.danger).toBe(true);
  });
});
