/**
 * "Which" questions answered by a name of the kind their noun asks for: general reasons a name of
 * another kind is no answer, each over invented news prose, never an article's own words.
 */
import { describe, expect, it } from 'vitest';
import { askInline as ask } from './qa-helpers.js';

describe('a noun that ends the names of bodies and buildings asks for such a name, not a person’s', () => {
  const article =
    'date 2026-03-02\n\nA former school caretaker was jailed for two years on Friday for stealing from a church roof fund.\n\n' +
    'The court heard that Dawlish, a father of three, took £12,000 from the fund over five years.\n\n' +
    'Neil Dawlish, 58, of Orchard Lane, Tenby Cross, admitted theft when he appeared at Marbury Crown Court in June.\n\n' +
    'The parish had been raising money to repair the roof since 2019, the churchwarden said.';

  it('does not answer which court heard the case with the man it tried', () => {
    const a = ask(article, 'Which court heard the case?');
    expect(a.answered && a.answer.includes('Dawlish')).toBe(false);
  });

  it('still answers which court he appeared at by its name', () => {
    const a = ask(article, 'Which court did Dawlish appear at?');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('Marbury Crown Court');
  });
});

describe('a street asked in the plural is a street asked', () => {
  const article =
    'date 2026-07-11\n\nA summer downpour flooded shops and homes in Ashby Vale on Tuesday afternoon.\n\n' +
    'More than 40 millimetres of rain fell in under an hour, the weather service said.\n\n' +
    'Drains on Tanner Street and Weir Lane were blocked by leaves, leaving water up to 20cm deep outside several houses.\n\n' +
    'The town council said it would clear the drains on Friday.';

  it('answers which streets had blocked drains by a street’s name', () => {
    const a = ask(article, 'which streets had blocked drains');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('Tanner Street');
  });

  it('answers which streets with every street the sentence lists', () => {
    const a = ask(article, 'which streets had blocked drains');
    expect(a.answer).toContain('Weir Lane');
  });

  it('still answers which street in the singular with one', () => {
    const a = ask(article, 'which street flooded');
    expect(a.answered).toBe(true);
    expect(a.answer).toBe('Tanner Street');
  });
});

describe('a which-question picks one of its kind: the words that merely follow its own are a last resort', () => {
  const article =
    'date 2026-02-11\n\nStaff at a Pelton bakery will sleep outdoors on Friday night to raise money for people without a home.\n\n' +
    'Money raised on the night will go to the homeless charity Safe Harbour, which runs a night shelter near the station and a drop-in centre for rough sleepers.\n\n' +
    'Its manager said the charity had raised around £4,000 towards the £10,000 it must find this winter.\n\n' +
    'Last year 14 bakers took part and slept on flattened boxes in the car park.';

  it('answers which charity it is for by the charity’s name, not the words after “charity”', () => {
    const a = ask(article, 'which charity is it for');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('Safe Harbour');
  });
});

describe('a name is given the asked noun by a relative clause that says it is one', () => {
  const article =
    'date 2026-05-20\n\nVandals have smashed three stained-glass windows at a village church in Lower Fenby.\n\n' +
    'The damage was found on Sunday morning by a churchwarden opening the building for the early service.\n\n' +
    'Canon Margaret Holloway, 61, who is rector of St Bride’s and of three nearby parishes, said worshippers were heartbroken.\n\n' +
    'Police said they were checking cameras on the nearby high street.';

  it('answers what the rector is called from “X, 61, who is rector of …”', () => {
    const a = ask(article, 'whats the rector called');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('Margaret Holloway');
  });

  it('declines the churchwarden’s name, which the article never gives', () => {
    expect(ask(article, 'what is the churchwarden called').answered).toBe(false);
  });
});

describe('a name given to a near word for the asked noun is the asked one’s', () => {
  const article =
    'date 2026-01-14\n\nA retired fisherman from Callow Sands has been named the county’s new poet laureate.\n\n' +
    'Ada Penrose, 71, began writing verse after she sold her boat in 2015.\n\n' +
    'Her first collection, Winter Harbour, was printed by a small press in Tarnmouth in 2021.\n\n' +
    'She will write four poems a year for public events during her two-year term.';

  it('answers what her first book is called from “her first collection, X,”', () => {
    const a = ask(article, 'whats her first book called');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('Winter Harbour');
  });

  it('declines the name of the press, which the article never gives', () => {
    expect(ask(article, 'what’s the name of the press').answered).toBe(false);
  });
});

describe('a name headed by the noun the asked noun is built on is of the asked kind', () => {
  const article =
    'date 2026-03-09\n\nThieves stole 40 sheep from a hillside farm near Dunmoor over the weekend.\n\n' +
    'The Rural Livestock Board said it had been told of the theft and was working with the Harnfield Police to identify whoever took the animals.\n\n' +
    'Farmer Owen Pryce, 58, said the flock was worth about £6,000.\n\n' +
    'He said the thieves must have used a trailer and a dog.';

  it('answers which police force is helping by “the Harnfield Police”', () => {
    const a = ask(article, 'which police force is helping track down the thieves');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('Harnfield Police');
  });
});

describe('one of the asked kind brought in by “a” says not which one it is', () => {
  const article =
    'date 2026-03-21\n\nA hill farm near Tarnby has begun selling its own cheese from a machine in a converted stable.\n\n' +
    'Holm Farm, which has been run by the Garside family since 1961, keeps about 90 goats.\n\n' +
    'Customers can buy a 200-gram wedge for £4.50 at any time of day.\n\n' +
    'The family said the machine had sold 600 wedges in its first month.';

  it('does not answer which farm is selling cheese with “A hill farm”', () => {
    const a = ask(article, 'which farm is selling cheese');
    expect(a.answered && a.answer.toLowerCase().includes('hill farm')).toBe(false);
  });

  it('still answers which farm it is by its name', () => {
    const a = ask(article, 'which farm is it');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('Holm Farm');
  });
});

describe('a building or an institution is named by its own word', () => {
  const article =
    'date 2024-05-15\n\nA one-time chairman of third-tier football club Dunford Athletic was jailed for four years on Wednesday for fraud.\n\n' +
    'Keith Rowe, 66, took £1.2 million from the club’s accounts between 2016 and 2021, Carlow Crown Court heard.\n\n' +
    'The judge said Rowe had treated the club as his own bank account.\n\n' +
    'Dunford Athletic said it was relieved the case was over.';

  it('declines which prison he will serve his sentence in rather than name the club', () => {
    expect(ask(article, 'Which prison will Rowe serve his sentence in?').answered).toBe(false);
  });

  it('still answers which court heard the case', () => {
    const a = ask(article, 'which court heard the case');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('Carlow Crown Court');
  });
});

describe('a verb in -ing before the asked noun only says which one is asked', () => {
  const article =
    'date 2026-02-18\n\nPolice arrested four people on Monday suspected of belonging to a gang that stole data from the computers of at least nine schools.\n\n' +
    'The gang, which called itself "Night Owl", is accused of sending fake emails to teachers and then demanding payment to unlock files.\n\n' +
    'The breakthrough came when one of its members used a personal phone to log in, police said.\n\n' +
    'The four will appear in court next month.';

  it('answers what the hacking gang was called, though no sentence says “hack”', () => {
    const a = ask(article, 'What was the hacking gang called?');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('Night Owl');
  });
});

describe('a which-question’s name is given whole, as the sentence writes it', () => {
  const article =
    'date 2025-11-04\n\nA burst water main flooded a row of shops in Tarnley on Monday morning.\n\n' +
    'Hardest hit of all was the Kettle and Crumb café on Dock Row, whose owner said the water reached her knees.\n\n' +
    'The town’s open-air pool at Fisher’s Meadow was shut as a precaution.\n\n' +
    'Engineers expect to finish repairs by Thursday.';

  it('gives the café’s name with both words its “and” joins', () => {
    const a = ask(article, 'what’s the name of the café');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('Kettle and Crumb');
  });

  it('gives a charity’s name with the capitalised word the name finder leaves after it', () => {
    const a = ask(
      'date 2026-05-30\n\nPupils at a primary school in Wexley launched a weather balloon on Friday.\n\n' +
        'The flight was paid for by the Wexley Age Together charity, which gave £400.\n\n' +
        'The balloon came down in a field near Holt Green two hours later.',
      'which charity paid for the flight',
    );
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('Wexley Age Together');
  });

  it('gives a name the sentence writes with “the” with it', () => {
    const a = ask(
      'date 2025-08-10\n\nA village bowls club has won a county title for the first time in its 90-year history.\n\n' +
        'Ashby Green Bowls Club beat Tarnwell by four shots on Saturday to lift the Dunmore Cup.\n\n' +
        'The club will defend the title next summer.',
      'what’s the cup called',
    );
    expect(a.answered).toBe(true);
    expect(a.answer).toBe('the Dunmore Cup');
  });

  it('gives a place’s name with its possessive', () => {
    const a = ask(article, 'Which swimming place has been shut?');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('Fisher’s Meadow');
  });
});
