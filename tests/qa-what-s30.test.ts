/**
 * Open "what" questions: general ways news writing tells what someone does or what happened, each
 * over invented news prose, never an article's own words.
 */
import { describe, expect, it } from 'vitest';
import { askInline as ask } from './qa-helpers.js';

describe('an aside on the asked one tells what she does', () => {
  const article =
    'date 2026-03-09\n\nStallholders at Brindle Street market say a rise in rents will drive them out by the summer.\n\n' +
    'The council wants to raise the weekly charge for a pitch from £45 to £70 from April.\n\n' +
    'Maya Orsett, 34, who opened a secondhand bookstall by the fountain two years ago, said she would have to close.\n\n' +
    'Another trader, Len Fairby, 61, said footfall had already fallen since the car park shut.';

  it('answers what the trader sells from the object of the aside’s verb', () => {
    const a = ask(article, 'what does maya orsett sell');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('secondhand bookstall');
    expect(a.answer).not.toContain('fountain');
  });
});

describe('the sentence writing the asked place well ahead of any other tells what happened there', () => {
  const article =
    'date 2026-01-20\n\nA tanker lorry overturned on the bypass near Corran Vale early on Sunday and began to leak diesel into a drain, forcing police to shut the road for six hours.\n\n' +
    'Fire crews laid booms across the drain to stop the fuel reaching the stream.\n\n' +
    'The road was reopened late on Sunday evening, the county council said.\n\n' +
    'The parish council in Corran has long asked for a lower speed limit on the bypass.\n\n' +
    'The driver, who was not hurt, has been interviewed by police.';

  it('answers what happened in the village from the sentence naming it', () => {
    const a = ask(article, 'what happened in corran vale');
    expect(a.answered).toBe(true);
    expect(a.sources[0]?.text).toContain('tanker lorry overturned');
  });
});

describe('what someone was doing at a moment is told in the progressive', () => {
  const article =
    'date 2026-02-11\n\nA night guard at the Pellow Road recycling depot raised the alarm when fire broke out in a stack of baled cardboard on Tuesday.\n\n' +
    'The guard, Ravi Okoro, 52, heard a loud crack at about 3am while he was checking the padlocks on the rear gate.\n\n' +
    'Four fire engines attended and the blaze was out by dawn.\n\n' +
    'The depot will reopen on Monday, its operator said.';

  it('answers with the clause from the “-ing” verb, not what follows the question’s words', () => {
    const a = ask(article, 'what was the guard doing when he heard the crack');
    expect(a.answered).toBe(true);
    expect(a.answer.startsWith('checking the padlocks')).toBe(true);
  });
});

describe('a court report gives the offence after a set phrase, whatever the question’s verb', () => {
  const article =
    'date 2026-05-06\n\nA builder who took deposits for extensions he never built has been jailed for three years.\n\n' +
    'Prosecutor Nadia Pell said Owen Tarrant charged customers between £2,000 and £9,000 up front for work that never started.\n\n' +
    'Tarrant, 47, of Mill Close, Dunsford, pleaded guilty at Harnley Crown Court on Friday to six counts of fraud against homeowners.\n\n' +
    'The judge said the victims had lost their savings.';

  it('answers what he was charged with from the offence, not from another sense of “charged”', () => {
    const a = ask(article, 'what was he charged with');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('six counts of fraud');
  });
});

describe('a colour is told by an adjective in the asked thing’s own phrase', () => {
  const article =
    'date 2026-06-02\n\nA seaside town has repainted its Victorian bandstand for the first time in 30 years.\n\n' +
    'Volunteers spent six weekends scraping off old paint, and the bandstand now has dark green cast-iron railings around its steps.\n\n' +
    'The roof, which leaked for years, has also been repaired with a grant of £18,000 from the town council.\n\n' +
    'Concerts will begin again on Sunday afternoons from July.';

  it('answers what colour the railings are from the colour before their noun', () => {
    const a = ask(article, 'what colour are the railings');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('green');
  });
});

describe('an injury is told by words of breaking and hurting the body', () => {
  const article =
    'date 2026-08-14\n\nA climber was airlifted from Crag Hollow on Saturday after a rock gave way beneath her on a popular route.\n\n' +
    'Lena Morrow, 29, fell about eight metres and was injured by the loose stones that came down with her.\n\n' +
    'Her partner, who was belaying from below, called the mountain rescue team at about 2pm.\n\n' +
    'Morrow broke her left ankle and two ribs, the air ambulance service said.';

  it('answers what injuries she had from the sentence telling the breaks', () => {
    const a = ask(article, 'what injuries did morrow suffer');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('broke her left ankle');
  });
});

describe('the sentence writing every word of a condition, far ahead of any other, tells what follows from it', () => {
  const article =
    'date 2026-09-21\n\nBin collections in Harwell Green will move from Mondays to Thursdays from next month, the district council said.\n\n' +
    'The change is part of a new round of routes meant to save about £120,000 a year in fuel.\n\n' +
    'Any household whose bin is not emptied on the new day is asked to report it online within two working days.\n\n' +
    'Garden waste will still be collected every other Friday.';

  it('answers what to do if the bin is not emptied', () => {
    const a = ask(article, 'what should I do if my bin is not emptied');
    expect(a.answered).toBe(true);
    expect(a.sources[0]?.text).toContain('report it online');
  });
});

describe('a concern is given after a word of worrying, fearing or warning', () => {
  const article =
    'date 2026-04-30\n\nA plan to turn the old Hatch Lane dairy into 40 flats has been approved by Orwell District Council.\n\n' +
    'The developer will pay £200,000 towards a new crossing on the main road as part of the deal.\n\n' +
    'Neighbour Tom Ashby, 66, who has lived on Hatch Lane since 1985, feared the extra cars would block the lane at school times.\n\n' +
    'Building work is due to start in the autumn.';

  it('answers what the neighbour is worried about from what he feared', () => {
    const a = ask(article, 'what is tom ashby worried about');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('the extra cars would block the lane');
  });
});

describe('past work is a “retired” or “former” title on the name', () => {
  const article =
    'date 2026-07-08\n\nA village in the Tarn valley has opened its own repair café in the old scout hut.\n\n' +
    'The idea came from Maud Ellery, 69, a retired maths teacher who has lived in the village since 1980.\n\n' +
    'Volunteers fixed 23 toasters, lamps and bicycles on the first morning.\n\n' +
    'The café will run again on the last Sunday of each month.';

  it('answers what she did before retiring from the title after her name', () => {
    const a = ask(article, 'what did maud ellery do for a living before she retired');
    expect(a.answered).toBe(true);
    expect(a.answer).toBe('a retired maths teacher');
  });
});
