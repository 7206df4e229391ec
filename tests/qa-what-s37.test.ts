/**
 * "What" questions: kinds told by a name, not a rank, a state or a count, and what someone got told
 * by a verb of giving or receiving, each over invented news prose, never an article's own words.
 */
import { describe, expect, it } from 'vitest';
import { askInline as ask } from './qa-helpers.js';

describe('a rank or a degree before the asked noun tells no kind of it', () => {
  const article =
    'date 2026-07-14\n\nA teenager took nine wickets for 12 runs as Pendlecombe beat Ashwick by 140 runs on Saturday.\n\n' +
    'Ulla Trevanion was brought on as the fifth bowler of the afternoon, with Ashwick well placed at 61 for one.\n\n' +
    'The 16-year-old bowls left-arm spin and has played for the first team since April.\n\n' +
    'The club said the ball would be mounted on a plaque.';

  it('declines what sort of bowler she is rather than answer "fifth bowler"', () => {
    const a = ask(article, 'what sort of bowler is Trevanion');
    expect(a.answered).toBe(false);
  });

  it('does not give a superlative as a variety', () => {
    const show =
      'date 2026-09-07\n\nA retired bus driver has grown the heaviest marrow ever shown at the Tolbury Show.\n\n' +
      'Cedric Malvin, 71, said he fed it a mix of seaweed and sheep manure.\n\n' +
      'The marrow weighed 61kg.';
    const a = ask(show, 'what variety of marrow is it');
    expect(a.answer).not.toMatch(/heaviest/);
  });
});

describe('a kind named after someone is given with its possessive', () => {
  const article =
    'date 2026-03-02\n\nA horse that escaped from a paddock near Quillerby has been found grazing on a golf course.\n\n' +
    'Tansy, a nine-year-old Przewalski\'s horse, slipped through a broken gate on Sunday night.\n\n' +
    'Greenkeeper Zebediah Quorrel said she had eaten most of the ninth green.';

  it('answers what kind of horse she is', () => {
    const a = ask(article, 'what kind of horse is Tansy');
    expect(a.answered).toBe(true);
    expect(a.answer).toMatch(/Przewalski's horse/);
  });
});

describe('a brand, a make or a variety is a name, written with a capital', () => {
  const article =
    'date 2026-05-19\n\nA school in Wendlebrook has fitted its classrooms with air purifiers after a rise in pupil absences.\n\n' +
    'Each room now has two portable purifiers, bought with a £4,000 grant from the parents’ association.\n\n' +
    'Head teacher Ulverin Raskell said absences had already fallen.';

  it('declines what brand the purifiers are when the article calls them only "portable"', () => {
    const a = ask(article, 'what brand of purifiers did the school buy');
    expect(a.answered).toBe(false);
  });
});

describe('a count of the asked things says how many, not which', () => {
  const article =
    'date 2026-04-12\n\nA sea eagle escaped from Thistlewick Bird Park on Sunday and was recaptured on Monday.\n\n' +
    'The park, which houses about 300 birds from 90 species, will reopen on Wednesday.\n\n' +
    'Keeper Mina Oystrell said the eagle was unharmed.';

  it('does not answer what bird the park will house with a count of birds', () => {
    const a = ask(article, 'What bird will the park house?');
    expect(a.answer).not.toMatch(/300/);
  });
});

describe('what someone got is told by a verb of giving or receiving', () => {
  const article =
    'date 2026-06-22\n\nA lollipop man who has helped children across Fenhurst Road for 30 years has retired.\n\n' +
    'Thaddeus Crabbe, 74, said the pupils at Fenhurst Primary School had been like a second family to him.\n\n' +
    'On his last day Crabbe was handed a signed football shirt and a hamper.\n\n' +
    'He said he would spend more time fishing now.';

  it('answers what he got from the school by the sentence where he was handed it', () => {
    const a = ask(article, 'what did Crabbe get from the school');
    expect(a.answered).toBe(true);
    expect(a.answer).toMatch(/signed football shirt/);
  });
});

describe('being named to a title is a thing got', () => {
  const article =
    'date 2026-03-10\n\nA seaside village has been recognised for keeping its bay clean.\n\n' +
    '"This award means a lot to everyone in Ottermere," said Yardle Corvish, who runs the Ottermere beach clean.\n\n' +
    'Ottermere was named a Blue Shore Community by the marine trust on Friday, after a vote of its members in the spring.\n\n' +
    'The group spent four years clearing litter from the bay.';

  it('answers what award the village got from the sentence where it was named one', () => {
    const a = ask(article, 'what award did ottermere get');
    expect(a.answered).toBe(true);
    expect(a.answer).toMatch(/Blue Shore Community/);
  });
});

describe('what befell a thing is told by the clause it is the subject of, in the time asked', () => {
  it('answers what happened to a tree by what befell it, not by what someone says it will do', () => {
    const article =
      'date 2026-02-14\n\nA cider farm near Thistlecombe End has replanted an apple variety thought to have died out.\n\n' +
      '"That tree will still be standing when my grandchildren run the farm," Dilys Quorrow said of the old pear tree by the gate.\n\n' +
      'Quorrow took grafts from the last known russet in 2022, weeks before the tree, which stood in a council garden on the edge of the village, was felled to make way for a garage, a loss that upset many people in the village who had picked its fruit for years.\n\n' +
      'The first cider is due in 2029.';
    const a = ask(article, 'what happened to that tree');
    expect(a.answered).toBe(true);
    expect(a.answer).toMatch(/felled/);
  });

  it('answers what happens to a deadline by what it undergoes, not by a clause whose verb only names it', () => {
    const article =
      'date 2026-01-20\n\nA power cut at a data centre in Hollerby has taken several council websites offline.\n\n' +
      'Among the services knocked out was the council tax portal, where residents file council tax appeals before the appeal deadline.\n\n' +
      'Council leader Pexley Mabbott said the appeal deadline would be extended by two weeks.\n\n' +
      'Engineers expect the websites to be back by Friday.';
    const a = ask(article, 'what happens to the council tax appeal deadline');
    expect(a.answered).toBe(true);
    expect(a.answer).toMatch(/extended by two weeks/);
  });
});
