/**
 * Questions as outsiders word them: general mechanisms of English that the engine misread, each
 * over invented news prose, never an article's own words.
 */
import { describe, expect, it } from 'vitest';
import { askInline as ask } from './qa-helpers.js';

describe('every form of “get” is as light as its plain form', () => {
  const article =
    'date 2026-03-09\n\nA fire at a furniture warehouse on the Brenley industrial estate sent thick smoke across the town on Sunday afternoon.\n\n' +
    'About 40 staff got out of the building before the roof caught light, the company said.\n\n' +
    'Crews from four stations spent six hours bringing the flames under control, the county fire service said.\n\n' +
    'Two workers were injured and taken to hospital with burns to their hands.\n\n' +
    'Nearby roads were closed until the evening and residents were told to keep their windows shut.\n\n' +
    'The owner, Dale Kemp, said he got the keys to the building only last year.\n\n' +
    'Investigators said the cause of the fire was not yet known.';

  it('answers how many workers got hurt with the two injured, not the staff who got out', () => {
    const a = ask(article, 'how many workers got hurt');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('Two');
  });

  it('answers how many were getting hurt with the injured, though no sentence writes “getting”', () => {
    const a = ask(article, 'how many people were getting hurt in the fire');
    expect(a.answer).toContain('Two');
  });
});

describe('“what’s this … about” with a noun of the asker’s own asks for the story', () => {
  const article =
    'date 2026-05-18\n\nA bus company has been fined £40,000 after a driver left a nine-year-old boy alone on a locked bus for two hours at its Tarrow depot.\n\n' +
    'The boy had fallen asleep on the back seat on his way home from school, the court heard.\n\n' +
    'Staff found him when the evening shift began, and his parents were called straight away.\n\n' +
    'The company said it had since changed its checks at the end of every route.';

  it('reads “what’s this case about” as a request for the summary', () => {
    const a = ask(article, "what's this case about");
    expect(a.intent).toBe('summary');
    expect(a.answer).toContain('fined');
  });

  it('reads “what is this one all about” the same way', () => {
    expect(ask(article, 'what is this one all about').intent).toBe('summary');
  });
});

describe('a deadline is asked as a time, told by “until” or “within”', () => {
  const article =
    'date 2026-02-03\n\nPlans for 140 homes on farmland north of Wexcombe have gone on public display at the village library.\n\n' +
    'The developer, Hallam Fields Ltd, says the estate would include a shop, a play park and 50 affordable homes.\n\n' +
    'Residents have until Friday 6 March to send their comments to the district council.\n\n' +
    'A decision is expected in the summer, and building could start next year.\n\n' +
    'Parish councillor Ruth Ebbs said the lane past the school could not take the extra traffic.';

  it('answers what the deadline for comments is with the date after “until”', () => {
    const a = ask(article, "what's the deadline for comments");
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('6 March');
  });

  it('reads a bare “deadline to …?” the same way', () => {
    const a = ask(article, 'deadline to send comments?');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('6 March');
  });
});

describe('news words for a competition, a marquee and running an event meet the asker’s plain ones', () => {
  const article =
    'date 2026-09-14\n\nA ploughing team from Aldwick has won a national title for the first time in its 60-year history.\n\n' +
    'The four-man crew took the heavy horse class at the British Ploughing Championships at Fenwold Showground on Saturday.\n\n' +
    'Prizes were handed out in a large marquee beside the main ring after the last round.\n\n' +
    'The show is run by the Fenwold Agricultural Society, which has held it every year since 1952.\n\n' +
    'Team captain Sam Ridley, 52, said the horses had trained on his farm since April.';

  it('answers where the competition was with the championships’ sentence', () => {
    const a = ask(article, 'where was the competition');
    expect(a.answered).toBe(true);
    expect(a.sources[0]?.text).toContain('Championships at Fenwold Showground');
  });

  it('answers where the prizes were given with the marquee, asked as a tent', () => {
    const a = ask(article, 'what tent were the prizes handed out in');
    expect(a.sources[0]?.text).toContain('marquee');
  });

  it('answers who organises the show with the society that runs it', () => {
    const a = ask(article, 'who organises the show');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('Fenwold Agricultural Society');
  });
});

describe('“I’m” and its unpunctuated “im” are a pronoun and its verb, not a name', () => {
  const article =
    'date 2026-01-20\n\nA winter vomiting bug has closed two wards at Marlow General Hospital, the health board said on Monday.\n\n' +
    'Visitors have been asked to stay away unless a relative is seriously ill.\n\n' +
    'Anyone who is still unwell after three days should phone the board’s advice line on 0300 555 0199.\n\n' +
    'The wards are expected to reopen next week.';

  it('answers what number to phone, the asker writing “im”', () => {
    const a = ask(article, 'what number should i phone if im still unwell');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('0300 555 0199');
  });

  it('answers the same question written “I’m”', () => {
    const a = ask(article, "what number should I phone if I'm still unwell");
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('0300 555 0199');
  });
});

describe('“where is it?” opening a conversation asks where the story’s own subject is', () => {
  const article =
    'date 2026-03-02\n\nA community larder that gives away food past its shop date has handed out its 20,000th parcel.\n\n' +
    'The larder, which opens every Tuesday and Friday, is run from a former bank on Kiln Lane by 25 volunteers.\n\n' +
    'Its founder, retired nurse Ann Tolley, 66, said demand had doubled since the spring.\n\n' +
    'Three supermarkets and a bakery now give it their unsold food each week.';

  it('answers where it is with the place the sentence after a placeless lead gives', () => {
    const a = ask(article, 'where is it exactly');
    expect(a.answered).toBe(true);
    expect(a.sources[0]?.text).toContain('Kiln Lane');
  });

  it('still declines where “he” was taken, whom the lead never places', () => {
    expect(ask(article, 'where did they take him').answered).toBe(false);
  });
});
