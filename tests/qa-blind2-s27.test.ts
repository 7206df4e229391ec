/**
 * Yes-no, why, how-long and definition questions asked in the asker's own words: general reasons
 * a right sentence earned too little confidence or lost its place, each over invented news prose.
 */
import { describe, expect, it } from 'vitest';
import { askInline as ask } from './qa-helpers.js';

describe('a why leaves its cause to the sentence, which shares few of its words', () => {
  const article =
    'date 2026-05-02\n\nColby Rovers have named Ana Vell as their new manager on a two-year contract.\n\n' +
    'The club sacked her predecessor, Tomas Brel, in March after the team won only two of its first 20 league games.\n\n' +
    'Vell, 41, previously coached the women’s side at Arden for six seasons.\n\n' +
    'The club’s general manager, Pia Holm, said the old manager had been a popular figure with the fans.\n\n' +
    'Her first match in charge is at home to Penmar on Saturday.';

  it('answers why the old manager was fired with the cause of the sacking', () => {
    const a = ask(article, 'why was the old manager fired');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('won only two');
  });

  it('still declines a why the article never touches', () => {
    expect(ask(article, 'why did the stadium roof collapse').answered).toBe(false);
  });
});

describe('a how-long asks the act in the asker’s verb and leaves the length to the sentence', () => {
  const article =
    'date 2026-05-02\n\nA wildlife trust has bought a disused quarry near Colby to turn it into a nature reserve.\n\n' +
    'The trust paid 85,000 pounds for the site, which has been empty since 2004.\n\n' +
    'Volunteers will count the birds nesting on the cliffs every spring for the next ten years.\n\n' +
    'The cliffs are home to about 200 pairs of sand martins.\n\n' +
    'The reserve is due to open to the public in September.';

  it('answers how long they will keep checking the cliffs with the years of counting', () => {
    const a = ask(article, 'how long will they keep checking the cliffs');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('ten years');
  });

  it('answers how long they will keep watching the cliffs, a length found in other words', () => {
    const a = ask(article, 'how long will they keep watching the cliffs');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('ten years');
  });

  it('still declines a length the article never gives', () => {
    expect(ask(article, 'how long has the reserve warden worked for the trust').answered).toBe(false);
  });
});

describe('a yes or no told by a clause of the asked act, in the article’s own word, with words of its own', () => {
  const article =
    'date 2026-05-02\n\nRepairs to the Colby river bridge will begin on Monday, the county council said.\n\n' +
    'The work is expected to take four weeks, with the bridge closed overnight between 9pm and 5am.\n\n' +
    'A diversion through Penmar will add about six miles to journeys.\n\n' +
    'The bridge carries about 12,000 vehicles a day.';

  it('answers whether the bridge is shut during the day from the overnight closure', () => {
    const a = ask(article, 'will the bridge be shut during the day');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('closed overnight');
  });

  it('still declines whether anyone has been fined, which the article never tells', () => {
    expect(ask(article, 'has anyone been fined for ignoring the diversion').answered).toBe(false);
  });
});

describe('“what is the …” of a common noun asks what fills a part of the story, told in other words', () => {
  const article =
    'date 2026-05-02\n\nMore than 40 bakers entered the Colby village cake contest on Saturday.\n\n' +
    'The judges chose a lemon and poppy seed sponge baked by Iris Kell, 81.\n\n' +
    'The winner received a silver cup and a 30-pound voucher for the village shop.\n\n' +
    'The contest has raised money for the church roof since 1987.';

  it('answers what the prize for the winner was with what the winner received', () => {
    const a = ask(article, 'what was the prize for the winner');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('silver cup');
  });

  it('still declines the part of one thing the article never names', () => {
    expect(ask(article, 'what is the recipe of the winning sponge').answered).toBe(false);
  });
});

describe('a question opening on “why” asks the cause of an act the story tells', () => {
  const article =
    'date 2026-05-02\n\nColby Rovers have named Ana Vell as their new manager on a two-year contract.\n\n' +
    'The club sacked her predecessor, Tomas Brel, in March after the team won only two of its first 20 league games.\n\n' +
    'Vell, 41, previously coached the women’s side at Arden for six seasons.\n\n' +
    'Her first match in charge is at home to Penmar on Saturday.';

  it('answers why the former coach was fired though the sentence says sacked and predecessor', () => {
    const a = ask(article, 'why was the former coach fired');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('won only two');
  });

  it('still declines a why the article never touches', () => {
    expect(ask(article, 'why did the floodlights fail').answered).toBe(false);
  });
});
