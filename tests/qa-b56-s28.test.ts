/**
 * General mechanisms behind misses on unseen local news, each over invented news prose, never an
 * article's own words.
 */
import { describe, expect, it } from 'vitest';
import { askInline as ask } from './qa-helpers.js';

describe('everyday words and closed compounds name the same things as the article’s words', () => {
  const article =
    'date 2026-04-02\n\nA village ferry across the River Tarne at Elmwick is to keep running after the parish council agreed to cover its losses for another year.\n\n' +
    'Passengers pay a flat fare of £2 each way, and children under five travel free.\n\n' +
    'The ferry carried 9,400 passengers last year, most of them walkers on the riverside path, boatman Colin Rusk, 61, said.\n\n' +
    'A violent thunderstorm on Friday night damaged the landing stage, and the crossing was closed for two days.\n\n' +
    'The nearest bridge is four miles upstream at Castor.\n\n' +
    'Since 2019 volunteers have pulled 3 tonnes of rubbish from the river, among it two bicycles and a sofa.';

  it('answers how much a ticket is with the fare', () => {
    const a = ask(article, 'how much is a ticket');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('£2');
  });

  it('answers how much rubbish was cleared when asked about junk', () => {
    const a = ask(article, 'how much junk did volunteers clear from the river');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('3 tonnes');
  });
});

describe('“which” asks which ones: counted by their plain noun, they go unnamed', () => {
  const article =
    'date 2026-07-20\n\nA youth choir from Penrick has won the Harlow Schools Music Cup, beating 11 other choirs at the final in Oxley on Saturday.\n\n' +
    'The 28 singers, aged between nine and 14, performed two folk songs and a hymn, conductor Ruth Abney, 45, said.\n\n' +
    'The singers will now represent Harlowshire at the National Youth Festival in Darrow on 9 October, where they will face choirs from six other counties.\n\n' +
    'The choir was formed in 2019 and rehearses every Tuesday at St Mary’s Hall.';

  it('declines which counties they will face when the article only counts them', () => {
    expect(ask(article, 'which counties will they be up against in Darrow').answered).toBe(false);
  });

  it('still answers how many singers there are', () => {
    const a = ask(article, 'how many singers are in the choir');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('28');
  });
});

describe('“what does it cost to …” asks a sum, as “how much” does', () => {
  const article =
    'date 2026-02-11\n\nA community cinema in the village of Brayford has been saved after 40 residents agreed to buy shares in it.\n\n' +
    'Running the cinema costs about £30,000 a year, most of it for film hire and heating, treasurer Alan Voss, 67, said.\n\n' +
    'Volunteers who staff the box office must complete a food hygiene course, which costs £90 and is paid for by the cinema.\n\n' +
    'The cinema shows films on Friday and Saturday nights and seats 80 people.';

  it('answers what it costs to run the cinema each year with the yearly sum', () => {
    const a = ask(article, 'what does it cost to run the cinema each year');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('£30,000');
  });
});

describe('a thing the lead brings in with “a” is named by the next paragraph’s opening “The …,”', () => {
  const article =
    'date 2026-09-03\n\nA former Georgian coaching inn on the main street of Ludford is to reopen as a hotel after standing empty for six years.\n\n' +
    'The Bell, on Mill Street, was built in 1784 and once stabled 40 horses for the mail coaches between the capital and the coast.\n\n' +
    'New owners Kate and Sam Orrin, both 38, bought it in January and have spent £900,000 on repairs.\n\n' +
    'The hotel will have 12 bedrooms and a restaurant, and is due to open in November.';

  it('answers what the inn is called with its name, not its style', () => {
    const a = ask(article, 'what is the inn called');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('Bell');
  });
});

describe('“tear down” is “knock down”: a phrasal verb stands for its plain verb', () => {
  const article =
    'date 2026-05-14\n\nA cricket pavilion in the village of Ashcombe was badly damaged by fire on Tuesday evening.\n\n' +
    'Neighbours raised the alarm at about 8.10pm, and the first firefighters arrived at 8.32pm.\n\n' +
    'The club hopes to have the pavilion rebuilt before the new season, chairman Peter Lusk, 59, said.\n\n' +
    '"Nobody is going to knock down a hut we have played beside for a hundred years without a fight," he said.';

  it('answers what the chairman said about tearing it down from his words on knocking it down', () => {
    const a = ask(article, 'what did Lusk say about tearing it down');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('without a fight');
  });
});

describe('a sum “met by” several sources is the whole, not what one of them gives', () => {
  const article =
    'date 2026-06-09\n\nA free summer holiday club for children in Castleby will run for a third year after organisers secured enough money to open in July.\n\n' +
    'The club’s yearly costs of around £15,000 are met by ticket sales at a summer fair, donations and a grant from the town council.\n\n' +
    'About 60 children aged five to 11 attend each day, organiser Helen Marsh, 44, said.';

  it('declines how much the donations bring in when only the whole is given', () => {
    expect(ask(article, 'how much do they get from donations each year').answered).toBe(false);
  });

  it('still answers what the club costs each year', () => {
    const a = ask(article, 'how much does the club cost each year');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('£15,000');
  });
});

describe('a sum that goes “towards” a thing is no price of it', () => {
  const article =
    'date 2026-08-21\n\nA quiz team from the Red Lion in Fenby has won a county pub quiz league for the first time.\n\n' +
    'The four members share a trophy and £250 in prize money, which they said would go towards a new dartboard for the pub.\n\n' +
    'The final, held at the Crown in Selby, went to a tie-break question on rivers.';

  it('declines how much a new dartboard will cost', () => {
    expect(ask(article, 'how much will a new dartboard cost').answered).toBe(false);
  });

  it('still answers how much prize money they won', () => {
    const a = ask(article, 'how much prize money did they win');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('£250');
  });
});
