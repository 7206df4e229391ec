import { describe, expect, it } from 'vitest';
import { parseArticle } from '../src/article/parse.js';
import { extractFacts } from '../src/facts/extract.js';
import { resolveWeekday } from '../src/facts/times.js';
import { mentionedNames } from '../src/facts/names.js';
import { ofType } from './facts-helpers.js';
import { answerQuestion, knowledgeBaseFromText } from '../src/engine.js';

const facts = (text: string) => extractFacts(parseArticle('t.txt', text));

describe('fact extraction rules', () => {
  it('resolves a weekday to the same or an earlier date, "next" to a later one', () => {
    expect(resolveWeekday('Friday', '2024-12-06')).toBe('2024-12-06');
    expect(resolveWeekday('Thursday', '2024-12-06')).toBe('2024-12-05');
    expect(resolveWeekday('Saturday', '2024-12-06')).toBe('2024-11-30');
    expect(resolveWeekday('Monday', '2024-12-06', 'after')).toBe('2024-12-09');
    expect(resolveWeekday('Monday', '2024-12')).toBeUndefined();
    expect(resolveWeekday('Monday', undefined)).toBeUndefined();
  });

  it('reads a month shortened with a stop as news agencies write it ("Jan. 28", "Sept. 28")', () => {
    const times = ofType(facts('date 2025-02-03\n\nThe attackers gained access on Jan. 28. The reception was held on Saturday, Sept. 28, at the pavilion.'), 'time');
    expect(times).toContainEqual(expect.objectContaining({ kind: 'date', text: 'Jan. 28', resolved: '2025-01-28' }));
    expect(times).toContainEqual(expect.objectContaining({ kind: 'date', text: 'Sept. 28', resolved: '2024-09-28' }));
  });

  it('reads dates, months, ages, numbers in words and "X said:" quotes', () => {
    const f = facts(
      'date 2024-05-20\n\nThe council met on March 3 and again in April. Mayor Tom Reyes, 61, said: "We will rebuild the bridge." Twenty-five engineers and a 40-year-old architect joined the team three days ago.',
    );
    const times = ofType(f, 'time');
    expect(times).toContainEqual(expect.objectContaining({ kind: 'date', text: 'March 3', resolved: '2024-03-03' }));
    expect(times).toContainEqual(expect.objectContaining({ kind: 'month', text: 'April', resolved: '2024-04' }));
    expect(times).toContainEqual(expect.objectContaining({ kind: 'relative', text: 'three days ago', resolved: '2024-05-17' }));
    const q = ofType(f, 'quantity');
    expect(q).toContainEqual(expect.objectContaining({ kind: 'age', value: 61, measures: 'Tom Reyes' }));
    expect(q).toContainEqual(expect.objectContaining({ kind: 'count', text: 'Twenty-five engineers', value: 25 }));
    expect(q).toContainEqual(expect.objectContaining({ kind: 'age', text: '40-year-old', value: 40 }));
    expect(q.some((x) => x.kind === 'duration')).toBe(false);
    expect(ofType(f, 'quote')).toContainEqual(expect.objectContaining({ speaker: 'Tom Reyes', text: 'We will rebuild the bridge.' }));
    expect(ofType(f, 'name').find((n) => n.name === 'Tom Reyes')?.titles).toEqual(['Mayor']);
  });

  it('reads a name after a plural person noun or before a relative "who" as a person’s, but not a one-word name before "who"', () => {
    const f = facts(
      'date 2025-01-16\n\nThe apples were grown by the orchard’s owners, Tamsin Okoro and Bela Ruiz. The harvest was picked by Ilka Varenne, who runs a cider press. Morrow Rovers, a club from the coast, won. Morrow, who have not won a cup since 2006, celebrated.',
    );
    const kind = (name: string) => ofType(f, 'name').find((n) => n.name === name)?.kind;
    expect(kind('Tamsin Okoro')).toBe('person');
    expect(kind('Ilka Varenne')).toBe('person');
    expect(kind('Morrow Rovers')).not.toBe('person');
  });

  it('keeps a two-word title that opens a sentence, though the article writes its first word in lower case too', () => {
    const names = ofType(facts('date 2025-01-16\n\nThe mayor named a new deputy on Monday. Deputy Mayor Irina Solvak will serve until a by-election.'), 'name');
    expect(names.find((n) => n.name === 'Irina Solvak')?.titles).toEqual(['Deputy Mayor']);
  });

  it('reads a lawyer, an administrator or an investor written before a name as a title, not as part of the name', () => {
    const f = facts('date 2026-02-06\n\nDefence lawyer Simon Achebe said his client would appeal. Investor Maureen Tobin, 74, said the sentence was too short.');
    expect(ofType(f, 'name').map((n) => [n.name, n.titles])).toEqual([
      ['Simon Achebe', ['Defence lawyer']],
      ['Maureen Tobin', ['Investor']],
    ]);
    expect(ofType(f, 'role')).toMatchObject([{ subject: 'Simon Achebe', description: 'Defence lawyer', via: 'title' }, { subject: 'Maureen Tobin', description: 'Investor', via: 'title' }]);
  });

  it('keeps a firm\'s name joined by an ampersand whole, as an organisation ("Halden & Crowe")', () => {
    const names = ofType(facts('date 2026-06-14\n\nThe contest lasted 17 minutes, according to Halden & Crowe, which ran the sale.'), 'name');
    expect(names.map((n) => [n.name, n.kind])).toEqual([['Halden & Crowe', 'organisation']]);
  });

  it('keeps "the Friends of" a named place whole as a group’s name, but not friends of a person opening a sentence', () => {
    const group = ofType(facts('date 2026-03-02\n\nThe bench was paid for by the Friends of Tannock Meadows, who meet monthly.'), 'name');
    expect(group.map((n) => [n.name, n.kind])).toEqual([['Friends of Tannock Meadows', 'organisation']]);
    const people = ofType(facts('date 2026-03-02\n\nFriends of Ada Moll said she loved the meadow.'), 'name');
    expect(people.map((n) => n.name)).toContain('Ada Moll');
    expect(people.map((n) => n.name)).not.toContain('Friends of Ada Moll');
  });

  it('leaves out of a person’s name the demonym of a place the article names, but not of a firm’s', () => {
    const text = 'date 2026-03-02\n\nDorvish Ysme Prask won the final in Telbury on Sunday, ahead of Dorvish Railways and the Dorvish Rowing Club.\n\nShe grew up in Dorvia and moved to Telbury at 12.';
    const names = ofType(facts(text), 'name').map((n) => n.name);
    expect(names).toContain('Ysme Prask');
    expect(names).not.toContain('Dorvish Ysme Prask');
    expect(names).toContain('Dorvish Rowing Club');
    // Without the place, a capitalised word before a name may be a first name.
    expect(ofType(facts('date 2026-03-02\n\nDorvish Ysme Prask won the final on Sunday.'), 'name').map((n) => n.name)).toContain('Dorvish Ysme Prask');
  });

  it('reads a police rank before a name as a title, and a rescue, a sanctuary or a football club as an organisation', () => {
    const names = ofType(facts('date 2026-03-02\n\nDetective Constable Ada Lorne, 34, said crews from Bexmoor Marine Rescue and Corrisk Bay FC had helped.'), 'name');
    expect(names.find((n) => n.name === 'Ada Lorne')?.titles).toEqual(['Detective Constable']);
    expect(names.find((n) => n.name === 'Bexmoor Marine Rescue')?.kind).toBe('organisation');
    expect(names.find((n) => n.name === 'Corrisk Bay FC')?.kind).toBe('organisation');
  });

  it('takes no weekday in the plural for a name ("on Saturdays")', () => {
    const names = ofType(facts('date 2026-03-02\n\nSaturdays are busiest at the Bexmoor shop, Ada Lorne said, and it shuts on Tuesdays.'), 'name');
    expect(names.map((n) => n.name)).toEqual(['Bexmoor', 'Ada Lorne']);
  });

  it('gives a claim to the person named after the speaker’s description and what she is ("…’s captain, retired teacher Di Drussock, said")', () => {
    const text = "date 2026-03-02\n\nThe club's captain, Bo Wyvelle, 70, said the cup was theirs.\n\nThe club's captain, retired teacher Di Drussock, said the cup was gold.";
    expect(ofType(facts(text), 'claim').map((c) => c.source)).toEqual(['Bo Wyvelle', 'Di Drussock']);
  });

  it('takes a name that opens on initials for a person ("C. R. Alder Wright", "J.K. Rowling")', () => {
    const names = ofType(facts('date 2025-01-16\n\nHeroin was first made in 1874 by C. R. Alder Wright in London. The book was written by J.K. Rowling.'), 'name');
    expect(names.filter((n) => n.kind === 'person').map((n) => n.name)).toEqual(['C. R. Alder Wright', 'J.K. Rowling']);
    // A country's initials make no person: "U.K. Treasury".
    expect(ofType(facts('date 2025-01-16\n\nU.K. Treasury officials agreed on Monday.'), 'name').some((n) => n.kind === 'person')).toBe(false);
  });

  it('takes a name with an age at the end of its sentence, or after a magnate, for a person', () => {
    const names = ofType(facts('date 2025-11-13\n\nThe buyer was the Marbeck Foundation, a museum founded by Oskar Brenneke, 76. Halden Vantry, a shipping magnate, bid too.'), 'name');
    expect(names.find((n) => n.name === 'Oskar Brenneke')?.kind).toBe('person');
    expect(names.find((n) => n.name === 'Halden Vantry')?.kind).toBe('person');
  });

  it('reads a score before a result ("a 4-0 home defeat"), not a range of a thing ("20-30 people")', () => {
    const q = ofType(facts('date 2025-03-10\n\nKelston sacked its manager after a 4-0 home defeat. Between 20-30 people protested.'), 'quantity');
    expect(q).toContainEqual(expect.objectContaining({ kind: 'score', text: '4-0' }));
    expect(q.filter((x) => x.kind === 'score')).toHaveLength(1);
  });

  it('keeps a converted amount of money with its conversion', () => {
    const q = ofType(facts('date 2025-03-10\n\nQuorra will buy Brightmere for about 6.8 billion marks ($7.4 billion). Each family gets 250,000 crowns (about $11,500).'), 'quantity');
    expect(q).toContainEqual(expect.objectContaining({ kind: 'money', text: 'about 6.8 billion marks ($7.4 billion)' }));
    expect(q).toContainEqual(expect.objectContaining({ kind: 'money', text: '250,000 crowns (about $11,500)' }));
    expect(q.filter((x) => x.kind === 'money')).toHaveLength(2);
    const florins = ofType(facts('date 2025-01-16\n\nThe 11 contracts were worth a combined 184 million florins ($19.6 million).'), 'quantity');
    expect(florins).toContainEqual(expect.objectContaining({ kind: 'money', text: '184 million florins ($19.6 million)' }));
  });

  it('reads a range whole ("four to six days", "20 or 30 people")', () => {
    const q = ofType(facts('date 2025-10-15\n\nIt could take four to six days to reach them. Between 20 or 30 people waited outside.'), 'quantity');
    expect(q).toContainEqual(expect.objectContaining({ kind: 'duration', text: 'four to six days' }));
    expect(q).toContainEqual(expect.objectContaining({ kind: 'count', text: '20 or 30 people' }));
  });

  it('reads "at the age of 52" and "aged 54" as ages', () => {
    const q = ofType(facts('date 2025-11-13\n\nThe painter Ada Lind died in 1936 at the age of 52. Her brother, aged 54, survived her.'), 'quantity');
    expect(q).toContainEqual(expect.objectContaining({ kind: 'age', text: 'the age of 52', value: 52, measures: 'Ada Lind' }));
    expect(q).toContainEqual(expect.objectContaining({ kind: 'age', text: 'aged 54', value: 54 }));
  });

  it('takes a name with a geographic word for a place ("the Karvan Sea", "Mount Kaldrun")', () => {
    const names = ofType(facts('date 2025-10-14\n\nIn 2009 the Vega Star sank in the Karvan Sea, killing 12 people. Mount Kaldrun last erupted in 1973.'), 'name');
    expect(names.find((n) => n.name === 'Karvan Sea')?.kind).toBe('place');
    expect(names.find((n) => n.name === 'Mount Kaldrun')?.kind).toBe('place');
  });

  it('takes a name ending in a coastal or upland word for a place ("Pellow Cove", "Marden Heath")', () => {
    const names = ofType(facts('date 2025-10-14\n\nThe ferry between Ardley and Pellow Cove was cancelled. Walkers on Marden Heath were warned of fog.'), 'name');
    expect(names.find((n) => n.name === 'Pellow Cove')?.kind).toBe('place');
    expect(names.find((n) => n.name === 'Marden Heath')?.kind).toBe('place');
  });

  it('keeps a saint’s possessive inside an institution’s name, and gives "she said" to the person the sentence before opens on', () => {
    const f = facts(
      'date 2025-02-11\n\nSadia Rahimi, 34, whose son Idris is being treated at St Aldric’s Children’s Hospital, said she had meant to book his jab. “I thought measles was a thing of the past,” she said.',
    );
    expect(ofType(f, 'name').map((n) => n.name)).toContain('St Aldric’s Children’s Hospital');
    expect(ofType(f, 'quote')).toEqual([expect.objectContaining({ speaker: 'Sadia Rahimi' })]);
  });

  it('reads "2 hours 4 minutes 51 seconds" as one duration', () => {
    const q = ofType(facts('date 2025-04-14\n\nAbeyo crossed the line in 2 hours 4 minutes 51 seconds. The flight took 1 hour and 20 minutes.'), 'quantity');
    expect(q).toContainEqual(expect.objectContaining({ kind: 'duration', text: '2 hours 4 minutes 51 seconds' }));
    expect(q).toContainEqual(expect.objectContaining({ kind: 'duration', text: '1 hour and 20 minutes' }));
  });

  it('reads "2 hours, 21 minutes and 48 seconds" and a race time ("2:22:59", "1:51.62") as one duration each', () => {
    const q = ofType(facts('date 2026-04-19\n\nTorvik finished in 2 hours, 21 minutes and 48 seconds. The old record of 2:22:59 fell, and Tarro swam 1:51.62. The talks lasted 2 hours, 3 days later they resumed.'), 'quantity');
    const durations = q.filter((f) => f.kind === 'duration').map((f) => f.text);
    expect(durations).toEqual(['2 hours, 21 minutes and 48 seconds', '2:22:59', '1:51.62', '2 hours']);
    // A clock is told "at".
    expect(ofType(facts('date 2026-04-19\n\nThe alarm sounded at 4:32:07 a.m.'), 'quantity').filter((f) => f.kind === 'duration')).toEqual([]);
  });

  it('reads a duration without a number ("for weeks, possibly months", "for several years")', () => {
    const times = ofType(facts('date 2025-03-05\n\nThe eruption could continue for weeks. The town has been empty for several years. She stayed for the weekend.'), 'time');
    expect(times).toContainEqual(expect.objectContaining({ kind: 'duration', text: 'for weeks' }));
    expect(times).toContainEqual(expect.objectContaining({ kind: 'duration', text: 'for several years' }));
    expect(times.some((t) => t.text.includes('weekend'))).toBe(false);
  });

  it('counts the whole named before "of" when no noun follows the number ("a crowd of 61,240")', () => {
    const q = ofType(facts('A crowd of 61,240 watched the final. The club has a workforce of about 4,000.'), 'quantity');
    expect(q).toContainEqual(expect.objectContaining({ kind: 'count', text: '61,240', measures: 'crowd' }));
    expect(q).toContainEqual(expect.objectContaining({ kind: 'count', text: 'about 4,000', measures: 'workforce' }));
  });

  it('says what a measure written as an adjective measures ("the 132-metre (433ft) vessel")', () => {
    const q = ofType(facts('The 132-metre (433ft) vessel ran aground. Nurses began a 48-hour strike on Monday.'), 'quantity');
    expect(q).toContainEqual(expect.objectContaining({ kind: 'distance', text: '132-metre (433ft)', measures: 'vessel' }));
    expect(q).toContainEqual(expect.objectContaining({ kind: 'duration', text: '48-hour', measures: 'strike' }));
  });

  it('takes the agent of a passive as the subject', () => {
    const e = ofType(facts('The bridge was destroyed by floodwater on Monday.'), 'event');
    expect(e).toEqual([expect.objectContaining({ subject: 'floodwater', lemma: 'destroy', object: 'The bridge', time: 'on Monday' })]);
  });

  it('finds an acronym whose letters are a longer name’s initials', () => {
    const f = facts('The Coastal Rescue Service sent two boats. Later the CRS said the crew was safe.');
    expect(ofType(f, 'alias')).toContainEqual(expect.objectContaining({ name: 'Coastal Rescue Service', alias: 'CRS' }));
    expect(ofType(f, 'claim')).toContainEqual(expect.objectContaining({ source: 'Coastal Rescue Service', claim: 'the crew was safe' }));
  });

  it('reads an acronym in brackets after the common words it spells ("a remotely operated vehicle (ROV)")', () => {
    const f = facts('Divers and a remotely operated vehicle (ROV) filmed the wreck. A low-earth orbit (LEO) satellite and the big (XYZ) plan. The port handled 7.8 million twenty-foot equivalent units (TEU) last year.');
    const aliases = ofType(f, 'alias');
    // A hyphenated word gives one letter or one per part, as the acronym has it.
    expect(aliases).toContainEqual(expect.objectContaining({ name: 'twenty-foot equivalent units', alias: 'TEU' }));
    expect(aliases).toContainEqual(expect.objectContaining({ name: 'remotely operated vehicle', alias: 'ROV' }));
    expect(aliases).toContainEqual(expect.objectContaining({ name: 'low-earth orbit', alias: 'LEO' }));
    expect(aliases.some((a) => a.alias === 'XYZ')).toBe(false);
  });

  it('extracts nothing from a text without facts, and never throws on odd input', () => {
    expect(facts('ok')).toEqual([]);
    expect(() => facts('“ “ ” ( ) , , said said according to')).not.toThrow();
    expect(() => facts('$ % 5 - - year old aged , 54 ,')).not.toThrow();
  });
});

describe('months and people', () => {
  it('reads "May" as the month where a date stands, and as a name elsewhere', () => {
    const f = facts('date 2025-06-02\n\nThe lorry hit the pair on the A59 in May. Theresa May said nothing.');
    expect(ofType(f, 'time').map((t) => t.text)).toContain('May');
    const names = ofType(f, 'name').map((n) => n.name);
    expect(names).not.toContain('May');
    expect(names).toContain('Theresa May');
  });

  it('takes a name with "his" or "her" soon after it for a person', () => {
    const f = facts('date 2025-06-02\n\nMagistrates heard that Colin Varga had been using his phone when the lorry crashed.');
    expect(ofType(f, 'name').find((n) => n.name === 'Colin Varga')?.kind).toBe('person');
  });
});

describe('who says so', () => {
  const f = facts(
    'date 2025-02-18\n\nIts estimated cost has risen to 9 million euros. Residents called for an inquiry, with Tom Hale, a local councillor, saying families had been "left in the dark for months".',
  );

  it('takes the person "with" introduces for the source of an -ing reporting verb', () => {
    expect(ofType(f, 'claim')).toMatchObject([{ source: 'Tom Hale', claim: expect.stringContaining('families had been') }]);
    expect(ofType(f, 'quote')).toMatchObject([{ speaker: 'Tom Hale', text: expect.stringContaining('left in the dark') }]);
  });

  it('reads a participle before its noun ("its estimated cost") as no claim', () => {
    expect(ofType(f, 'claim').some((c) => c.verb === 'estimate')).toBe(false);
  });

  it('reads a passive reporting verb ("52 were admitted to hospital") as no claim of its subject', () => {
    const passive = facts('date 2026-07-14\n\nOf those who fell ill, 52 were admitted to hospital, including nine children. The driver was told to wait.');
    expect(ofType(passive, 'claim')).toEqual([]);
  });
});

describe('scores', () => {
  it('reads "3-1" after a team as a score, and "10-15 people" as no score', () => {
    const f = facts('date 2024-05-19\n\nCorvale won the cup, beating Aldren 3-1 in the final. Between 10-15 people were hurt.');
    expect(ofType(f, 'quantity').filter((q) => q.kind === 'score').map((q) => q.text)).toEqual(['3-1']);
  });
});

describe('shares', () => {
  it('reads "almost a third of", "two-thirds of" and "half of" as shares, and "the first half of" as none', () => {
    const f = facts('date 2024-10-03\n\nGlaciers have lost almost a third of their ice. Two-thirds of voters and half of the staff agreed. Sales fell in the first half of the year.');
    const shares = ofType(f, 'quantity').filter((q) => q.kind === 'percent');
    expect(shares.map((q) => [q.text, q.value])).toEqual([
      ['almost a third', 33.3],
      ['Two-thirds', 66.7],
      ['half', 50],
    ]);
  });
});

describe('titles', () => {
  it('keeps the organisation named before a title as part of it ("NWU leader Ana Lind")', () => {
    const f = facts('date 2025-01-10\n\nThe strike was called by NWU leader Ana Lind on Monday.');
    expect(ofType(f, 'role')).toMatchObject([{ subject: 'Ana Lind', description: 'NWU leader', via: 'title' }]);
  });
});

describe('quotes with the speaker’s age or role after them', () => {
  const f = facts('date 2025-04-07\n\n“We will not let them down,” Mr Marek, 58, told supporters. “We lost 40 seats,” she said.');

  it('finds the speaker across ", 58," and keeps the age the reporter’s', () => {
    expect(ofType(f, 'quote')[0]).toMatchObject({ speaker: 'Marek', verb: 'tell' });
    const age = ofType(f, 'quantity').find((q) => q.kind === 'age');
    expect(age?.source).toBeUndefined();
  });

  it('attributes a value inside the quotation marks to the speaker', () => {
    expect(ofType(f, 'quantity').find((q) => q.text.includes('40 seats'))?.source).toBe('Marek');
  });
});

describe('a speaker named between commas', () => {
  it('takes the name, not the description before it ("His lawyer, Daniel Okafor, said")', () => {
    const f = facts('date 2024-11-21\n\nHis lawyer, Daniel Okafor, said his client would appeal against the verdict.');
    expect(ofType(f, 'claim')).toMatchObject([{ source: 'Daniel Okafor' }]);
  });
});

describe('names around titles, units and "and"', () => {
  const f = facts(
    'date 2025-08-12\n\nThe blaze was reported by the Harrowgate Fire and Rescue Service (HFRS) as temperatures rose above 38C (100F). The visit by Emergency Services Minister Anders Kovacic came on Monday. Chief executive Sofie Hallander apologised. Walter Brennick, a retired farmer from Ashcombe, said he had watched the flames. “It was over in minutes,” said its chair, Lotte Brandsma.',
  );
  const names = ofType(f, 'name');

  it('keeps "and" inside a public body’s name, and joins "Rastan and Talbiseh" never', () => {
    expect(names.map((n) => n.name)).toContain('Harrowgate Fire and Rescue Service');
    const two = facts('date 2024-12-06\n\nFighters entered Rastan and Talbiseh on Thursday.');
    expect(ofType(two, 'name').map((n) => n.name)).toEqual(['Rastan', 'Talbiseh']);
  });

  it('reads "38C" as a unit, not a name', () => {
    expect(names.some((n) => n.name === 'C' || n.name === 'F')).toBe(false);
  });

  it('splits a title off after a department’s name, and keeps a title that opens the sentence', () => {
    expect(names.find((n) => n.name === 'Anders Kovacic')).toMatchObject({ kind: 'person' });
    expect(ofType(f, 'role')).toEqual(expect.arrayContaining([expect.objectContaining({ subject: 'Sofie Hallander', description: 'Chief executive' })]));
  });

  it('keeps a relative clause on an apposition ("Helga Vintner, the quarry worker who spotted the bones.")', () => {
    const roles = ofType(facts('date 2025-04-10\n\nIt is named after Helga Vintner, the quarry worker who spotted the first bones.'), 'role');
    expect(roles).toContainEqual(expect.objectContaining({ subject: 'Helga Vintner', description: 'the quarry worker who spotted the first bones', via: 'apposition' }));
  });

  it('takes an apposition with a person noun ("a retired farmer") for a person, and the name after "said its chair,"', () => {
    expect(names.find((n) => n.name === 'Walter Brennick')?.kind).toBe('person');
    expect(ofType(f, 'quote')).toMatchObject([{ speaker: 'Lotte Brandsma' }]);
  });
});

describe('companies and the places institutions are named after', () => {
  const f = facts(
    'date 2025-06-19\n\nNorrvik, one of the largest mobile phone operators, said on Thursday that hackers had stolen customer data. Norrvik said it would not pay. Shares in Norrvik fell. Ms Hallander spoke at a press conference in the capital, Aldersund. Dr Tobias Renn, a researcher at Aldersund Technical University, said the gap was too long.',
  );
  const names = ofType(f, 'name');

  it('takes a one-word name that "said it …" for an organisation, not a person', () => {
    expect(names.find((n) => n.name === 'Norrvik')?.kind).toBe('organisation');
  });

  it('keeps a city apart from the university named after it', () => {
    expect(names.find((n) => n.name === 'Aldersund Technical University')?.forms).not.toContain('Aldersund');
    expect(names.some((n) => n.name === 'Aldersund')).toBe(true);
  });
});

describe('dates with a relative year', () => {
  it('resolves "14 March next year" and "in May last year" against the article date', () => {
    const f = facts('date 2024-11-21\n\nThe judge set a hearing for 14 March next year. The lorry hit the pair in May last year.');
    expect(ofType(f, 'time').map((t) => [t.text, t.resolved])).toEqual(
      expect.arrayContaining([
        ['14 March next year', '2025-03-14'],
        ['May last year', '2023-05'],
      ]),
    );
  });
});

describe('a year of another era', () => {
  it('is a time ("around 1300 BC"), never a count', () => {
    const f = facts('date 2026-09-02\n\nThe ship sank around 1300 BC with a cargo of copper. Rome was founded in 753 BCE.');
    expect(ofType(f, 'time').map((t) => t.text)).toEqual(['around 1300 BC', 'in 753 BCE']);
    expect(ofType(f, 'quantity')).toEqual([]);
  });

  it('is a year of an earlier century after a word that tells a year ("completed in 1431"), but four bare digits elsewhere stay a count', () => {
    const f = facts('date 2026-04-12\n\nThe cathedral, completed in 1431, was damaged by the fire of 1721. The crowd numbered 1500 people.');
    expect(ofType(f, 'time').map((t) => [t.text, t.resolved])).toEqual([
      ['1431', '1431'],
      ['1721', '1721'],
    ]);
    expect(ofType(f, 'quantity').map((q) => q.text)).toEqual(['1500 people']);
  });

  it('is written in capitals: "5 ad campaigns" are adverts', () => {
    expect(ofType(facts('date 2026-09-02\n\nThe firm ran 5 ad campaigns.'), 'quantity').map((q) => q.text)).toEqual(['5 ad campaigns']);
  });
});

describe('a temperature in degrees', () => {
  it('keeps its scale ("51.3 degrees Celsius (124.3 degrees Fahrenheit)")', () => {
    const f = facts('date 2026-01-14\n\nThe temperature reached 51.3 degrees Celsius (124.3 degrees Fahrenheit) on Wednesday. Last night it fell to 70 degrees Fahrenheit.');
    expect(ofType(f, 'quantity').map((q) => [q.text, q.unit])).toEqual([
      ['51.3 degrees Celsius (124.3 degrees Fahrenheit)', '°C'],
      ['70 degrees Fahrenheit', '°F'],
    ]);
  });
});

describe('a 24-hour time in four digits', () => {
  it('is a time of day when its zone follows ("0440 local time", "1500 GMT"), never a count', () => {
    const f = facts('date 2026-10-12\n\nThe ships collided at 0440 local time on Monday. The currency weakened by 1500 GMT. About 2300 people live there.');
    expect(ofType(f, 'time').filter((t) => t.kind === 'time-of-day').map((t) => t.text)).toEqual(['0440 local time', '1500 GMT']);
    expect(ofType(f, 'quantity').map((q) => q.text)).toEqual(['About 2300 people']);
  });

  it('keeps "shortly after", "just before" and "about" with a clock time ("shortly after 3 p.m.")', () => {
    const f = facts('date 2026-09-12\n\nThe hostages were handed over shortly after 3 p.m. The blaze broke out just before 11 pm. The tunnel caved in at about 2:40 p.m.');
    expect(ofType(f, 'time').map((t) => t.text)).toEqual(['shortly after 3 p.m.', 'just before 11 pm', 'about 2:40 p.m.']);
  });

  it('keeps the zone after a clock time ("03:42 GMT")', () => {
    const f = facts('date 2026-02-10\n\nConfirmation of the touchdown arrived at 03:42 GMT.');
    expect(ofType(f, 'time').map((t) => t.text)).toEqual(['03:42 GMT']);
  });
});

describe('seasons', () => {
  it('are times of the year they fall in from the article’s date, but not as a modifier, "the fall of" or "the fall in"', () => {
    const f = facts(
      'date 2026-06-14\n\nA full excavation will begin next spring. The dig ended last summer. It opens in the autumn. Early this winter it closed. The fall of the city was quick. The summer heat was bad. Investors worried during the fall in oil prices.',
    );
    expect(ofType(f, 'time').map((t) => [t.sentences[0], t.text, t.resolved])).toEqual([
      [0, 'next spring', '2027'],
      [1, 'last summer', '2025'],
      [2, 'in the autumn', '2026'],
      [3, 'Early this winter', '2026'],
    ]);
  });

  it('answers when something will happen', () => {
    const kb = knowledgeBaseFromText('dig.txt', 'date 2026-11-02\n\nDivers found the wreck in August.\n\nThe ministry said a full excavation would begin next spring and last five years.');
    expect(answerQuestion(kb, 'When will the full excavation start?').answer).toContain('next spring');
  });
});

describe('times: durations, and clauses about the future', () => {
  it('resolves a weekday or a month after "will", "would" or "is due to" forward, and a plain one back', () => {
    const f = facts(
      'date 2025-11-18\n\nThe strike began on Monday. The minister said he would meet both sides on Wednesday. The union will announce more walkouts in February. The stoppage is due to end on Thursday. Talks broke down in February.',
    );
    expect(ofType(f, 'time').map((t) => [t.sentences[0], t.text, t.resolved])).toEqual([
      [0, 'on Monday', '2025-11-17'],
      [1, 'on Wednesday', '2025-11-19'],
      [2, 'February', '2026-02'],
      [3, 'on Thursday', '2025-11-20'],
      [4, 'February', '2025-02'],
    ]);
  });

  it('resolves a time right after "expected" or "due" forward ("a brief easing expected on Sunday")', () => {
    const f = facts('date 2025-08-06\n\nA brief easing is expected on Sunday. The heat began on Saturday.');
    expect(ofType(f, 'time').map((t) => [t.text, t.resolved])).toEqual([
      ['on Sunday', '2025-08-10'],
      ['on Saturday', '2025-08-02'],
    ]);
  });

  it('reads a qualified duration ("for at least a week", "for almost an hour")', () => {
    const f = facts('date 2025-05-13\n\nThe line would remain closed for at least a week. “We climbed for almost an hour,” he said.');
    expect(ofType(f, 'time').filter((t) => t.kind === 'duration').map((t) => t.text)).toEqual(['for at least a week', 'for almost an hour']);
  });

  it('resolves a month forward at the end of a long clause that "plans to" puts in the future', () => {
    const f = facts(
      'date 2025-02-18\n\nMeridex plans to seek approval from the Castavian Medicines Agency (CMA) and from regulators in several other major markets by the end of September. Sales fell in September.',
    );
    // (The part of the month written before it belongs to the time: "by the end of September".)
    expect(ofType(f, 'time').map((t) => [t.text, t.resolved])).toEqual([
      ['by the end of September', '2025-09'],
      ['September', '2024-09'],
    ]);
  });
});

describe('organisation names with a plural possessive, and money in other currencies', () => {
  const f = facts(
    'date 2025-11-18\n\nThe strike was called by the Quillford Nurses’ Union (QNU). The Workers\' Party said the strike would cost 9.6 million marks a day. The nurses’ pay has fallen, and one nurse earns 2,450 kronor.',
  );

  it('keeps "Nurses’ Union" and "Workers\' Party" whole, but not a possessive before a common noun', () => {
    const names = ofType(f, 'name').map((n) => n.name);
    expect(names).toEqual(expect.arrayContaining(['Quillford Nurses’ Union', "Workers' Party"]));
    expect(ofType(f, 'alias')).toContainEqual(expect.objectContaining({ alias: 'QNU', name: 'Quillford Nurses’ Union' }));
    expect(names.some((n) => /pay/i.test(n))).toBe(false);
  });

  it('keeps a guild, a syndicate or a chamber whole as an organisation ("Amalgamated Transit Drivers\' Guild (ATDG)")', () => {
    const g = facts("date 2026-03-06\n\nMembers of the Amalgamated Transit Drivers' Guild (ATDG) backed the offer by 1,106 votes to 287.");
    expect(ofType(g, 'alias')).toContainEqual(expect.objectContaining({ alias: 'ATDG', name: "Amalgamated Transit Drivers' Guild" }));
  });

  it('keeps "Fishermen\'s Association" whole, as a plural that takes "\'s", with its short form', () => {
    const g = facts("date 2026-04-06\n\nThe Skarre Fishermen's Association (SFA) said it would consider a legal challenge. The fishermen's boats stayed in port.");
    expect(ofType(g, 'alias')).toContainEqual(expect.objectContaining({ alias: 'SFA', name: "Skarre Fishermen's Association" }));
    expect(ofType(g, 'name').some((n) => /boats/i.test(n.name))).toBe(false);
    // A name that merely ends in "men" is no plural: "Mayor Carmen's office" is the mayor's.
    const carmen = facts("date 2026-04-06\n\nMayor Carmen's Office Company said nothing.");
    expect(ofType(carmen, 'name').some((n) => n.name.startsWith("Carmen's"))).toBe(false);
  });

  it('reads marks and kronor after a number as money', () => {
    const money = ofType(f, 'quantity').filter((q) => q.kind === 'money');
    expect(money.map((q) => [q.value, q.unit])).toEqual([
      [9_600_000, 'marks'],
      [2450, 'kronor'],
    ]);
  });
});

describe('a multiplier joined by a hyphen', () => {
  it('is part of the number: "an 18-million-euro restoration" is money, "3-million people" a count', () => {
    const f = facts('date 2026-04-12\n\nThe cathedral had been undergoing an 18-million-euro restoration. About 3-million people visit it.');
    expect(ofType(f, 'quantity').map((q) => [q.kind, q.value])).toEqual([
      ['money', 18_000_000],
      ['count', 3_000_000],
    ]);
  });
});

describe('lengths in any spelling of their unit', () => {
  it('reads centimetres and millimetres, which wink spells the American way, as distances', () => {
    const f = facts('date 2025-10-21\n\nThe storm dumped up to 85 centimetres (33 inches) of snow, and 410 millimetres (16 inches) of rain fell on the coast.');
    expect(ofType(f, 'quantity').map((q) => [q.kind, q.text])).toEqual([
      ['distance', 'up to 85 centimetres (33 inches)'],
      ['distance', '410 millimetres (16 inches)'],
    ]);
  });
});

describe('a distance in a unit of time', () => {
  it('reads "per hour" and "an hour" after a distance as a speed', () => {
    const f = facts('date 2026-05-02\n\nWinds gusted at 80 kilometres per hour, and the lava moved about 200 metres an hour down a slope 3 kilometres long.');
    expect(ofType(f, 'quantity').map((q) => [q.kind, q.unit])).toEqual([
      ['speed', 'km/h'],
      ['speed', 'm/h'],
      ['distance', 'km'],
    ]);
  });
});

describe('ages after names in a list', () => {
  it('reads each, the last one closed by the sentence’s end', () => {
    const f = facts('date 2026-09-04\n\nThe freed workers were named as nurse Talia Brenn, 29, driver Amon Delacq, 51, and engineer Ruth Osterly, 36.');
    expect(ofType(f, 'quantity').filter((q) => q.kind === 'age').map((q) => [q.measures, q.value])).toEqual([
      ['Talia Brenn', 29],
      ['Amon Delacq', 51],
      ['Ruth Osterly', 36],
    ]);
  });
});

describe('a list of ages after "aged"', () => {
  it('reads each number as an age, none as a count', () => {
    const f = facts('date 2026-02-11\n\nThe three arrested men, aged 29, 36 and 41, were charged on Thursday.');
    expect(ofType(f, 'quantity').filter((q) => q.kind === 'age').map((q) => q.value)).toEqual([29, 36, 41]);
  });

  it('reads "aged between 29 and 61" as one age, of the range', () => {
    const f = facts('date 2026-11-20\n\nThe suspects, aged between 29 and 61, are due to appear before a magistrate.');
    expect(ofType(f, 'quantity').map((q) => [q.kind, q.text])).toEqual([['age', 'aged between 29 and 61']]);
  });

  it('reads "four months old" and "her 100th birthday" as ages, in their own units', () => {
    const f = facts('date 2025-07-04\n\nShe has a great-grandson who is four months old. She celebrated her 100th birthday on Monday. The bridge took four months to build.');
    expect(ofType(f, 'quantity').filter((q) => q.kind === 'age').map((q) => [q.value, q.unit])).toEqual([
      [4, 'month'],
      [100, 'year'],
    ]);
  });

  it('reads what "the oldest" or "the youngest" was as an age', () => {
    const f = facts('date 2025-05-02\n\nThe choir has 48 singers, the oldest of whom is 93. Its youngest member was 11. Its largest section was 20.');
    expect(ofType(f, 'quantity').filter((q) => q.kind === 'age').map((q) => q.value)).toEqual([93, 11]);
  });
});

describe('a lower-case word for one person right before a name', () => {
  it('is the person’s title ("retired teacher Ada Moll"), but not a plural’s ("the composers Ada Moll and Ola Berg")', () => {
    const f = facts('date 2025-05-02\n\nThe choir was founded in 1998 by retired teacher Ada Moll. It sang works by the composers Ida Renn and Ola Berg.');
    expect(ofType(f, 'role').map((r) => [r.subject, r.description])).toEqual([['Ada Moll', 'teacher']]);
  });
});

describe('a person described before the name', () => {
  const f = facts(
    'date 2026-03-03\n\nOskar Hallenberg, the novelist, died on Monday.\n\nHallenberg is survived by his wife of 58 years, the illustrator Greta Lunde, and two daughters.\n\nHe is survived by his wife, Anna Berg.\n\nBorn in the port city of Lindvik, Varga-Holm trained as a violinist.',
  );

  it('makes a person of "his wife, Anna Berg" and "the illustrator Greta Lunde", but not of a place a clause follows', () => {
    const kinds = new Map(ofType(f, 'name').map((n) => [n.name, n.kind]));
    expect(kinds.get('Greta Lunde')).toBe('person');
    expect(kinds.get('Anna Berg')).toBe('person');
    expect(kinds.get('Lindvik')).not.toBe('person');
  });

  it('gives the name the role before "the <person word>" ("his wife of 58 years")', () => {
    expect(ofType(f, 'role').map((r) => [r.subject, r.description])).toEqual(
      expect.arrayContaining([
        ['Greta Lunde', 'his wife of 58 years'],
        ['Anna Berg', 'his wife'],
      ]),
    );
  });
});

describe('an age told alone ("He was 87.")', () => {
  it('is the age of the person the pronoun refers back to, and a number in a longer clause is none', () => {
    const f = facts('date 2026-03-03\n\nOskar Hallenberg, the novelist, died on Monday at his home in the capital.\n\nHe was 87.\n\nShe was 12 minutes late.');
    expect(ofType(f, 'quantity').filter((q) => q.kind === 'age').map((q) => [q.measures, q.value])).toEqual([['Oskar Hallenberg', 87]]);
  });
});

describe('an age after a title', () => {
  it('is the age of the one the article gave that title ("The governor, 49, who took office")', () => {
    const f = facts('date 2026-07-14\n\nRegional governor Tomas Elvering declared a state of emergency.\n\nThe governor, 49, who took office last year, later flew over the area.');
    expect(ofType(f, 'quantity').filter((q) => q.kind === 'age').map((q) => [q.measures, q.value])).toEqual([['Tomas Elvering', 49]]);
  });
});

describe('a rough duration', () => {
  it('reads "a few weeks" and "several months" as durations, and leaves "several people" alone', () => {
    const f = facts('date 2026-06-14\n\nRatification usually takes a few weeks, and the review could take several months, officials said after several people complained.');
    expect(ofType(f, 'quantity').map((q) => [q.kind, q.text])).toEqual([
      ['duration', 'a few weeks'],
      ['duration', 'several months'],
    ]);
  });
});

describe('changes in a rate', () => {
  it('reads percentage points, basis points and fractions of a point as percentages', () => {
    const f = facts('date 2025-09-18\n\nThe bank cut its rate by half a percentage point, or 50 basis points, and yields fell 0.08 percentage points. In March it moved by a quarter of a percentage point.');
    expect(ofType(f, 'quantity').map((q) => [q.kind, q.text, q.value, q.unit])).toEqual([
      ['percent', 'half a percentage point', 0.5, 'pp'],
      ['percent', '50 basis points', 50, 'bp'],
      ['percent', '0.08 percentage points', 0.08, 'pp'],
      ['percent', 'a quarter of a percentage point', 0.25, 'pp'],
    ]);
  });
});

describe('a currency the article itself names', () => {
  const money = (text: string) => ofType(facts(`date 2025-11-19\n\n${text}`), 'quantity').filter((q) => q.kind === 'money').map((q) => q.text);

  it('is one the article converts ("4.2 million korins (about $3.1 million)") or trades against another', () => {
    expect(money('He took bribes worth 4.2 million korins (about $3.1 million). He was fined 1.5 million korins.')).toEqual(['4.2 million korins (about $3.1 million)', '1.5 million korins']);
    expect(money('Spending will rise by 2.7 billion krell. The krell was little changed against the dollar.')).toEqual(['2.7 billion krell']);
  });

  it('is one a sum is paid, charged or given in ("fined 90 lirets", "a grant of 240 million sterns")', () => {
    expect(money('Drivers will pay 12 lirets a day. Those who do not pay will be fined 90 lirets.')).toEqual(['12 lirets', '90 lirets']);
    expect(money('The university has won a grant of 240 million sterns.')).toEqual(['240 million sterns']);
    expect(money('He signed a deal worth a reported 1.8 million solvars a year.')).toEqual(['1.8 million solvars']);
  });

  it('is one written in the singular before the noun it sizes ("a 90 million mark fund"), but no mark passed', () => {
    expect(money('The state will set up a 90 million mark fund. Rents rose by 30 marks.')).toEqual(['90 million mark', '30 marks']);
    expect(money('Officials announced a 40 million korin grant, after paying 4.2 million korins (about $3.1 million).')).toEqual(['40 million korin', '4.2 million korins (about $3.1 million)']);
    expect(money('The runner passed the 50 mark in the race. Rents rose by 30 marks.')).toEqual(['30 marks']);
  });

  it('is no common word after a money cue ("cost 400 jobs", "earned three points")', () => {
    expect(money('The closure will cost 400 jobs. The team earned 3 points and paid 2 visits.')).toEqual([]);
  });

  it('is no word the article never treats as money, and real currencies are known', () => {
    expect(money('Spending will rise by 2.7 billion krell.')).toEqual([]);
    expect(money('Fuel now costs 890 kwacha a litre, and bread 45 cedis.')).toEqual(['890 kwacha', '45 cedis']);
  });
});

describe('a speaker whose name ends in an abbreviation in brackets', () => {
  it('takes the body before "(QIPP) said" for the claim’s source', () => {
    const f = facts('date 2025-11-18\n\nEconomists at the Quillford Institute for Public Policy (QIPP) said an offer of 7% was the most likely outcome.');
    expect(ofType(f, 'claim')).toEqual([expect.objectContaining({ source: 'Quillford Institute for Public Policy', claim: 'an offer of 7% was the most likely outcome' })]);
  });
});

describe('ages, museums and a quotation’s last word', () => {
  const f = facts(
    'date 2025-04-17\n\nThe animal lived about 183 million years ago, and the town was founded 300 years ago. A team from the Aurenne Museum of Natural History (AMNH) removed the rock. Ilse Marchetti, 61, praised the find. “It is one of the best found anywhere in Europe,” she said.',
  );

  it('reads "183 million years ago" whole and gives it no date; "300 years ago" is a year', () => {
    const times = ofType(f, 'time').map((t) => [t.text, t.resolved]);
    expect(times).toContainEqual(['183 million years ago', undefined]);
    expect(times).toContainEqual(['300 years ago', '1725']);
  });

  it('keeps "Museum of Natural History" one name, with its abbreviation', () => {
    expect(ofType(f, 'alias')).toContainEqual(expect.objectContaining({ alias: 'AMNH', name: 'Aurenne Museum of Natural History' }));
  });

  it('does not take the last name inside a quotation for the "she" after it', () => {
    expect(ofType(f, 'name').find((n) => n.name === 'Europe')?.kind).not.toBe('person');
    expect(ofType(f, 'quote')).toEqual([expect.objectContaining({ speaker: 'Ilse Marchetti' })]);
  });
});

describe('a clock time written with a dot', () => {
  it('keeps "4.20am" inside its sentence and reads it as a time of day', () => {
    const f = facts('date 2025-03-18\n\nThe eruption began at about 4.20am local time on Monday. Ash fell on the town.');
    expect(ofType(f, 'time')).toContainEqual(expect.objectContaining({ kind: 'time-of-day', text: 'about 4.20am local time' }));
    expect(ofType(f, 'time').find((t) => t.kind === 'time-of-day')?.sentences).toEqual([0]);
  });

  it('reads "10.40pm" (which wink splits into "10.4" and "0pm") and "11.40 pm" whole', () => {
    const f = facts('date 2025-10-15\n\nThe roof gave way at 10.40pm on Monday. The storm made landfall at about 11.40 pm.');
    const clocks = ofType(f, 'time').filter((t) => t.kind === 'time-of-day').map((t) => t.text);
    expect(clocks).toEqual(['10.40pm', 'about 11.40 pm']);
  });

  it('keeps "a.m." and "p.m." with a clock time written with a colon', () => {
    const f = facts('date 2026-07-14\n\nThe dam burst at about 4:20 a.m. after days of rain, and the last survivor was found at 10:40 p.m. on Tuesday.');
    expect(ofType(f, 'time').filter((t) => t.kind === 'time-of-day').map((t) => t.text)).toEqual(['about 4:20 a.m.', '10:40 p.m.']);
  });
});

describe('a club named before the supporters’ trust named after it', () => {
  it('keeps "Dunmere Rovers" apart from "Dunmere Rovers Supporters’ Trust", and "Premier Division" whole', () => {
    const f = facts(
      'date 2025-08-28\n\nRavensholt City signed the striker from Dunmere Rovers on Thursday. He was the top scorer in the Premier Division. The Dunmere Rovers Supporters’ Trust (DRST) said fans were angry. Dunmere Rovers said the fee was a record.',
    );
    const names = ofType(f, 'name');
    const club = names.find((n) => n.name === 'Dunmere Rovers');
    expect(club?.sentences).toEqual([0, 3]);
    expect(names.find((n) => n.name === 'Dunmere Rovers Supporters’ Trust')?.sentences).toEqual([2]);
    expect(names.map((n) => n.name)).toContain('Premier Division');
  });
});

describe('"the 44-year-old" as a speaker', () => {
  it('refers back to the person of that age, or of that title, or the last one named', () => {
    const aged = facts('date 2025-05-12\n\nAnna Berg, 44, and Tomas Lind, 51, led the search. “It was a decoy,” the 44-year-old said.');
    expect(ofType(aged, 'quote')).toEqual([expect.objectContaining({ speaker: 'Anna Berg' })]);
    const titled = facts('date 2025-05-12\n\nDetective Chief Inspector Rowan Falkner spoke to Mayor Ines Roth outside the museum. “It was a decoy,” the 44-year-old detective said.');
    expect(ofType(titled, 'quote')).toEqual([expect.objectContaining({ speaker: 'Rowan Falkner' })]);
  });
});

describe('a match won over sets', () => {
  it('is one score, set by set, with a tie-break in brackets', () => {
    const f = facts('date 2025-09-07\n\nSabine Orlec beat Talia Brennholt 4-6, 7-6 (8-6), 6-3 in the final on Saturday.');
    expect(ofType(f, 'quantity').filter((q) => q.kind === 'score').map((q) => q.text)).toEqual(['4-6, 7-6 (8-6), 6-3']);
  });
});

describe('what a weight, an area or a volume is of', () => {
  it('is the "of" phrase after it, past a conversion in brackets', () => {
    const f = facts('date 2025-10-22\n\nAbout 1.8 tonnes (4,000 pounds) of anhydrous ammonia escaped. A heatwave melted 4.1 cubic kilometres (about one cubic mile) of ice.');
    const q = ofType(f, 'quantity');
    expect(q).toContainEqual(expect.objectContaining({ kind: 'weight', value: 1.8, measures: 'anhydrous ammonia' }));
    expect(q).toContainEqual(expect.objectContaining({ value: 4.1, measures: 'ice' }));
  });
});

describe('"the 27-year-old" in a sentence of its own', () => {
  it('is the age of the person told of, not of a thing ("the 58-year-old factory")', () => {
    const f = facts(
      'date 2025-10-19\n\nJoran Essendell broke the course record by 47 seconds on Sunday, his coach said. “I was patient,” Essendell said. The 27-year-old Sundrian erased the previous mark. A sample taken from the 26-year-old during a test was clean. Converting the 58-year-old factory would cost too much.',
    );
    const ages = ofType(f, 'quantity').filter((q) => q.kind === 'age');
    expect(ages).toContainEqual(expect.objectContaining({ value: 27, measures: 'Joran Essendell' }));
    expect(ages).toContainEqual(expect.objectContaining({ value: 26, measures: 'Joran Essendell' }));
    expect(ages.find((q) => q.value === 58)?.measures).not.toBe('Joran Essendell');
  });

  it('is the subject of the sentence before, not a person named after the age', () => {
    const f = facts(
      'date 2025-09-07\n\nSabine Orlec saved a match point to beat defending champion Talia Brennholt in the final on Saturday.\n\nThe 22-year-old, seeded fifth, trailed 5-4 in the second set with Brennholt serving for the championship.\n\n“I never gave up,” Orlec said.',
    );
    expect(ofType(f, 'quantity').find((q) => q.kind === 'age' && q.value === 22)?.measures).toBe('Sabine Orlec');
  });
});

describe('a person noun right before a name', () => {
  it('takes "the landscape artist Ottilie Vassen" for a person', () => {
    const f = facts('date 2025-05-12\n\nThe stolen work is “The Salt Harvest”, an 1874 oil painting by the landscape artist Ottilie Vassen.');
    expect(ofType(f, 'name').find((n) => n.name === 'Ottilie Vassen')?.kind).toBe('person');
  });
});

describe('a name that closes an apposition before "said"', () => {
  it('is a person, and the "he" of the next quote', () => {
    const f = facts(
      'date 2025-12-14\n\nMira Talven is due to fly home on Tuesday.\n\nHer coach, the veteran grandmaster Anton Selisk, said the team had prepared 400 opening lines.\n\n"She was calmer than all of us," he said.',
    );
    expect(ofType(f, 'name').find((n) => n.name === 'Anton Selisk')?.kind).toBe('person');
    expect(ofType(f, 'quote')).toMatchObject([{ speaker: 'Anton Selisk', text: 'She was calmer than all of us' }]);
  });
});

describe('the speaker after a quotation', () => {
  it('is the name beside a role: “…,” his lawyer, Benedikt Sorvall, told reporters', () => {
    const f = facts('date 2025-12-10\n\n"My client is innocent," his lawyer, Benedikt Sorvall, told reporters.');
    expect(ofType(f, 'quote')).toMatchObject([{ speaker: 'Benedikt Sorvall', text: 'My client is innocent' }]);
  });
});

describe('a title of two words after an organisation\'s short form', () => {
  it('is a title, not part of the name: "HTWU General Secretary Rosa Kellan"', () => {
    const f = facts('date 2026-02-10\n\n"This contract proves that workers win," HTWU General Secretary Rosa Kellan told reporters.');
    expect(ofType(f, 'name')).toContainEqual(expect.objectContaining({ name: 'Rosa Kellan', titles: ['HTWU General Secretary'] }));
  });

  it('keeps the noun before a lower-case title: "festival director Owen Tallis"', () => {
    const f = facts('date 2026-08-20\n\n"We could not put the safety of our audience at risk," festival director Owen Tallis said in a statement.');
    expect(ofType(f, 'name')).toContainEqual(expect.objectContaining({ name: 'Owen Tallis', titles: ['festival director'] }));
  });

  it('keeps the word before a title head at a sentence start, though the article writes it in lower case elsewhere', () => {
    const f = facts(
      'date 2025-03-10\n\nThe plant is the region\'s biggest employer in the car industry.\n\nIndustry Minister Petra Vollan said she would meet management on Friday.\n\n"They knew," Detective Chief Inspector Rowan Falkner said, as detectives searched the site.',
    );
    const titles = new Map(ofType(f, 'name').map((n) => [n.name, n.titles]));
    expect(titles.get('Petra Vollan')).toEqual(['Industry Minister']);
    expect(titles.get('Rowan Falkner')).toEqual(['Detective Chief Inspector']);
  });

  it('runs past a word of the office to its head: "Chief Veterinary Officer Helena Brusk"', () => {
    const f = facts('date 2026-02-11\n\n"We are acting quickly," Chief Veterinary Officer Helena Brusk told a news conference.');
    expect(ofType(f, 'name')).toContainEqual(expect.objectContaining({ name: 'Helena Brusk', titles: ['Chief Veterinary Officer'] }));
  });
});

describe('a speaker referred back to', () => {
  const text =
    'date 2026-01-12\n\nJonas Kessel, 21, won the Tour of Sarenne on Sunday.\n\nDario Vell, 33, who had started the race as the team leader, said he was happy to ride for his teammate.\n\n"Jonas is the future of this team," the veteran said.\n\nTeam manager Ingrid Sollberg said the team had changed its strategy.\n\n"After the crash we saw that Jonas had the best legs," the 47-year-old former rider said.';

  it('is never a name inside the quotation', () => {
    const speakers = ofType(facts(text), 'quote').map((q) => q.speaker);
    expect(speakers).toEqual(['Dario Vell', 'Ingrid Sollberg']);
  });
});

describe('a speaker "of the" somewhere', () => {
  it('is the person before "of the", not the place after it', () => {
    const f = facts('date 2025-12-10\n\nJudge Livia Morrendahl of the Velshorn District Court said Kastrovan had "betrayed the trust of the people".');
    expect(ofType(f, 'quote')).toMatchObject([{ speaker: 'Livia Morrendahl' }]);
  });
});

describe('quoted descriptions', () => {
  it('takes the subject of "called the decision “…”" for the quote’s speaker', () => {
    const f = facts('date 2025-09-18\n\nPiet Amsel, chief economist at Corvin Bank, called the decision “the right call, but a painful one”.');
    expect(ofType(f, 'quote')).toMatchObject([{ speaker: 'Piet Amsel', verb: 'call', text: 'the right call, but a painful one' }]);
  });
});

describe('a wire dateline before the lead', () => {
  it.each([
    ['LIRREN, July 13 - Nine people were killed in a crush on Saturday.'],
    ['VALDER, Velmaria (AP) — Nine people were killed in a crush on Saturday.'],
    ['NEW PORT, Nov 3 (Reuters) - Nine people were killed in a crush on Saturday.'],
    ['BREMMECK, Veldoria (Northgate Wire) — Nine people were killed in a crush on Saturday.'],
    ['Bramwick, 9 August 2026 — Nine people were killed in a crush on Saturday.'],
    ['Port Alden, Nov. 3 (Coastal Wire) — Nine people were killed in a crush on Saturday.'],
    ['Kellsby, Tuesday 7 November 2023 – Nine people were killed in a crush on Saturday.'],
    ['Vellmoor — 14 February 2025: Nine people were killed in a crush on Saturday.'],
    ['Kellbrook (Pacific Wire) – Nine people were killed in a crush on Saturday.'],
    ['Kellbrook, March 12: Nine people were killed in a crush on Saturday.'],
  ])('is not part of the first sentence: %s', (lead) => {
    const article = parseArticle('t.txt', `date 2025-07-13\n\n${lead}\n\nPolice said the gates had opened late.`);
    expect(article.sentences[0].text).toBe('Nine people were killed in a crush on Saturday.');
    expect(facts(`date 2025-07-13\n\n${lead}`).some((f) => f.type === 'quantity' && f.text.startsWith('Nine'))).toBe(true);
  });

  it('leaves a lead that opens on a capitalised name alone', () => {
    expect(parseArticle('t.txt', 'NATO said on Monday it would send more ships.').sentences[0].text).toBe('NATO said on Monday it would send more ships.');
    expect(parseArticle('t.txt', 'NATO said on Monday it would send more ships.').meta.dateline).toBeUndefined();
    // A place written as in the story is a dateline only with a date after it.
    expect(parseArticle('t.txt', 'Paris, the capital — and its suburbs — voted on Sunday.').meta.dateline).toBeUndefined();
    // ("Kellbrook (Pacific Wire) –" needs the agency's brackets, "Kellbrook, March 12:" a date.)
    expect(parseArticle('t.txt', 'Kellbrook – a town of 9,000 – voted on Sunday.').meta.dateline).toBeUndefined();
    expect(parseArticle('t.txt', 'Kellbrook, our town: a story of floods.').meta.dateline).toBeUndefined();
  });

  it('gives the story its date when it writes the year, and none without it', () => {
    expect(parseArticle('t.txt', 'Rothwick, 22 May 2024 — The council met.').meta.date).toBe('2024-05-22');
    expect(parseArticle('t.txt', 'Kellsby, Tuesday 7 November 2023 – The council met.').meta.date).toBe('2023-11-07');
    expect(parseArticle('t.txt', 'Vellmoor — 14 February 2025: The council met.').meta.date).toBe('2025-02-14');
    expect(parseArticle('t.txt', 'Port Alden, Nov. 3, 2025 (Coastal Wire) — The council met.').meta.date).toBe('2025-11-03');
    expect(parseArticle('t.txt', 'ESSENDAL, June 18 — The council met.').meta.date).toBeUndefined();
    // A date line of the feed's own comes first.
    expect(parseArticle('t.txt', 'date 2024-05-23\n\nRothwick, 22 May 2024 — The council met.').meta.date).toBe('2024-05-23');
    // (Weekdays then count from it.)
    const kb = knowledgeBaseFromText('t.txt', 'Rothwick, 22 May 2024 — The council met on Monday.');
    expect(kb.facts.find((f) => f.type === 'time')).toMatchObject({ text: 'on Monday', resolved: '2024-05-20' });
  });

  it('keeps the place it was filed from', () => {
    expect(parseArticle('t.txt', 'NEW PORT, Nov 3 (Reuters) - Nine people were killed in a crush on Saturday.').meta.dateline).toBe('New Port');
    expect(parseArticle('t.txt', 'CAPE HOLT, Ostland, Dec 12 (Brindle Wire) — The council met.').meta.dateline).toBe('Cape Holt');
    expect(parseArticle('t.txt', 'Bramwick, 9 August 2026 — The council met.').meta.dateline).toBe('Bramwick');
  });

  it('names the place of every sentence: a question naming it is not missing it', () => {
    const kb = knowledgeBaseFromText(
      't.txt',
      'TARVEL, October 13 (Keldar Press) — At least 17 people were killed and 23 injured when a crowded bus plunged off a mountain road in the south early on Tuesday, police said.\n\nIn 2019, a lorry went over the edge at almost the same spot, killing two people.\n\nThe road was closed.',
    );
    expect(answerQuestion(kb, 'how many people died in the bus crash in Tarvel').answer).toBe('At least 17 people');
  });
});

describe('a headline over the first paragraph', () => {
  it('is the article’s title, not its lead, and the dateline under it is dropped', () => {
    const article = parseArticle('t.txt', 'Tram line approved after six-hour debate\n\nVELMORA, Ostland (AP) — The city council approved a tram line on Wednesday.\n\nWork starts in May.');
    expect(article.meta.title).toBe('Tram line approved after six-hour debate');
    expect(article.sentences.map((s) => s.text)).toEqual(['The city council approved a tram line on Wednesday.', 'Work starts in May.']);
  });

  it('follows a date line', () => {
    const article = parseArticle('t.txt', 'date 2025-06-12\n\nTram line approved after six-hour debate\n\nThe city council approved a tram line on Wednesday.');
    expect(article.meta).toEqual({ date: '2025-06-12', title: 'Tram line approved after six-hour debate' });
    expect(article.sentences.map((s) => s.text)).toEqual(['The city council approved a tram line on Wednesday.']);
  });

  it('leaves out a byline under it or standing alone', () => {
    const under = parseArticle('t.txt', 'Tram line approved after six-hour debate\nBy Ana Ruiz and Jon Berg, Transport Correspondent\n\nCAPE HOLT, Ostland, Dec 12 (Brindle Wire) — The city council approved a tram line on Wednesday.\n\nWork starts in May.');
    expect(under.meta.title).toBe('Tram line approved after six-hour debate');
    expect(under.sentences.map((s) => s.text)).toEqual(['The city council approved a tram line on Wednesday.', 'Work starts in May.']);
    // A blank line between the headline and the byline hides neither the byline nor the dateline after it.
    const apart = parseArticle('t.txt', 'Tram line approved after six-hour debate\n\nBy Julian Fairhurst\n\nVELMORA — The city council approved a tram line on Wednesday.\n\nWork starts in May.');
    expect(apart.meta).toEqual({ title: 'Tram line approved after six-hour debate', author: 'Julian Fairhurst', dateline: 'Velmora' });
    expect(apart.sentences.map((s) => s.text)).toEqual(['The city council approved a tram line on Wednesday.', 'Work starts in May.']);
    const alone = parseArticle('t.txt', 'By Ana Ruiz\n\nThe city council approved a tram line on Wednesday.');
    expect(alone.meta.title).toBeUndefined();
    expect(alone.sentences.map((s) => s.text)).toEqual(['The city council approved a tram line on Wednesday.']);
  });

  it('keeps a first sentence that opens with "By"', () => {
    const article = parseArticle('t.txt', 'By Wednesday, the council had approved a tram line.\n\nWork starts in May.');
    expect(article.sentences[0].text).toBe('By Wednesday, the council had approved a tram line.');
  });

  it.each([
    ['a first paragraph that is a sentence', 'The council met on Wednesday.\n\nIt approved a tram line.'],
    ['a photo caption', 'Workers on the new line in March (Jon Berg/Reuters)\n\nThe council approved a tram line.'],
    ['a line with nothing after it', 'Tram line approved after six-hour debate'],
    ['a line the next line continues', 'The council approved a tram line\non Wednesday after a long debate.\n\nWork starts in May.'],
  ])('is not taken from %s', (_, text) => {
    const article = parseArticle('t.txt', text);
    expect(article.meta.title).toBeUndefined();
    expect(article.sentences[0].text.startsWith(text.split('\n')[0])).toBe(true);
  });
});

describe('a reporting verb joined to an earlier verb', () => {
  it('shares that verb’s subject: “X welcomed … but said …” is X’s claim', () => {
    const f = facts('date 2025-03-02\n\nOpposition spokeswoman Marta Fenn welcomed the new wing but said the delays had cost lives.');
    expect(ofType(f, 'claim')).toContainEqual(expect.objectContaining({ source: 'Marta Fenn', claim: 'the delays had cost lives' }));
  });
});

describe('vague counts and clock times', () => {
  const counts = (text: string) => ofType(facts(`date 2025-02-11\n\n${text}`), 'quantity').map((q) => ({ text: q.text, value: q.value }));

  it('keeps "several hundred" and "a few thousand" whole, with no exact value', () => {
    expect(counts('Several hundred students occupied the building.')).toEqual([{ text: 'Several hundred students', value: null }]);
    expect(counts('A few thousand people marched.')).toEqual([{ text: 'A few thousand people', value: null }]);
  });

  it('counts what "the number of …" counts, and no range from a year ("from 38,000 in 2000 to about 21,000 today")', () => {
    const q = ofType(facts('date 2025-02-11\n\nThe number of permanent residents in the old town has fallen from 38,000 in 2000 to about 21,000 today, officials said.'), 'quantity');
    expect(q.map((x) => [x.text, x.value, x.measures])).toEqual([
      ['38,000', 38000, 'permanent residents'],
      ['about 21,000', 21000, 'permanent residents'],
    ]);
  });

  it('counts "twice" as two times, but not "twice as many"', () => {
    expect(counts('Talks broke down twice in January. Prices are twice as high as last year.')).toEqual([{ text: 'twice', value: 2 }]);
    const kb = knowledgeBaseFromText('talks.txt', 'date 2026-03-06\n\nTalks broke down twice in January before the union called the strike.\n\nThe strike lasted two weeks.');
    expect(answerQuestion(kb, 'How many times did talks break down?')).toMatchObject({ answered: true, answer: 'twice' });
  });

  it('reads "nautical miles" as a distance', () => {
    const q = ofType(facts('date 2025-02-11\n\nHer route, about 24,600 nautical miles long, took her through the southern seas.'), 'quantity');
    expect(q).toContainEqual(expect.objectContaining({ kind: 'distance', text: 'about 24,600 nautical miles', value: 24600 }));
  });

  it('does not count "6 p.m." as six of something', () => {
    expect(counts('About 400 students had entered by 6 p.m.')).toEqual([{ text: 'About 400 students', value: 400 }]);
  });

  it('counts the noun a participle describes ("2,400 planned operations", "300 injured people")', () => {
    expect(counts('The hospitals postponed more than 2,400 planned operations. About 300 injured people were treated.')).toEqual([
      { text: 'more than 2,400 planned operations', value: 2400 },
      { text: 'About 300 injured people', value: 300 },
    ]);
  });

  it('reads an irregular participle between a number and its noun as describing it: no claim, no event ("12,000 written objections", "40 stolen laptops")', () => {
    const text = 'More than 12,000 written objections were submitted, the authority said. Police seized 40 stolen laptops on Monday.';
    expect(counts(text)).toEqual([
      { text: 'More than 12,000 written objections', value: 12000 },
      { text: '40 stolen laptops', value: 40 },
    ]);
    const all = facts(text);
    expect(ofType(all, 'claim').map((c) => c.source)).toEqual(['the authority']);
    expect(ofType(all, 'event').map((e) => e.verb)).toEqual(['seized']);
  });

  it('counts the head noun words joined by "and" stand before ("112 bronze and ivory artefacts"), not the first of them', () => {
    expect(counts('The museum will return 112 bronze and ivory artefacts. Police found two cars and three vans.')).toEqual([
      { text: '112 bronze and ivory artefacts', value: 112 },
      { text: 'two cars', value: 2 },
      { text: 'three vans', value: 3 },
    ]);
  });

  it('reads "between 20 and 27 kilograms" as one range, which answers "how much does each weigh"', () => {
    expect(counts('Each ingot weighs between 20 and 27 kilograms.')).toEqual([{ text: 'between 20 and 27 kilograms', value: 27 }]);
    const kb = knowledgeBaseFromText('dig.txt', 'date 2026-09-02\n\nDivers found a Bronze Age wreck.\n\nThey have recorded 86 copper ingots, each weighing between 20 and 27 kilograms, and 30 storage jars.');
    expect(answerQuestion(kb, 'How much does each ingot weigh?').answer).toBe('between 20 and 27 kilograms');
  });
});

describe('"and" inside a name', () => {
  it('joins "of" and the words after it whose initials the short form spells, without an organisation word before', () => {
    const f = facts('date 2026-11-21\n\nThe Dorvik Chamber of Commerce (DCC) was split on the plan.');
    expect(ofType(f, 'alias')).toMatchObject([{ name: 'Dorvik Chamber of Commerce', alias: 'DCC' }]);
  });

  it('joins the words whose initials the short form after them spells', () => {
    const f = facts('date 2024-11-05\n\nThe tomb holds a stone sarcophagus, the Department of Antiquities and Heritage (DAH) said on Tuesday.');
    expect(ofType(f, 'alias')).toMatchObject([{ name: 'Department of Antiquities and Heritage', alias: 'DAH' }]);
  });

  it('still joins two names the short form does not spell', () => {
    const f = facts('date 2024-11-05\n\nThe Ministry of Culture and Heritage Fund (HF) staff met on Tuesday.');
    expect(ofType(f, 'name').map((n) => n.name)).not.toContain('Ministry of Culture and Heritage Fund');
  });
});

describe('a vote’s tally', () => {
  const scores = (text: string) => ofType(facts(`date 2025-06-12\n\n${text}`), 'quantity').filter((q) => q.kind === 'score').map((q) => q.text);

  it.each([
    ['Councillors voted 41 to 20 in favour.', '41 to 20'],
    ['The committee voted seven to two for the rise.', 'seven to two'],
    ['The bill passed by 310 votes to 190.', '310 votes to 190'],
  ])('is a score: %s', (text, tally) => {
    expect(scores(text)).toEqual([tally]);
  });

  it('is not a change from one value to another', () => {
    expect(scores('Unemployment rose by 2 to 7% in June.')).toEqual([]);
  });
});

describe('the names a text mentions', () => {
  const all = facts('date 2025-02-11\n\nÅsa Lindqvist, the mayor of Bergholm, met Tomas Berg of the Nordic Rail Union on Monday.');

  it('finds each name written whole, in order, in any case and with letters outside ASCII', () => {
    expect(mentionedNames(all, 'what did tomas berg say to åsa lindqvist?').map((n) => n.name)).toEqual(['Tomas Berg', 'Åsa Lindqvist']);
    expect(mentionedNames(all, 'Who leads the Nordic Rail Union?').map((n) => n.name)).toEqual(['Nordic Rail Union']);
  });

  it('finds none inside another word ("Berg" in "Bergholmen")', () => {
    expect(mentionedNames(all, 'Where is Bergholmen?').map((n) => n.name)).toEqual([]);
  });
});
