/**
 * What, which and definition questions answered from invented news prose: each case is a general
 * form of English the engine reads, never an article's own words.
 */
import { describe, expect, it } from 'vitest';
import { askInline as ask } from './qa-helpers.js';

describe('what is the penalty: a fine is the penalty asked for', () => {
  const article =
    'date 2025-04-09\n\n' +
    'The town council of Marrowfield voted on Tuesday to ban overnight parking of camper vans along its seafront from June.\n\n' +
    'Owners who leave a van on the promenade after midnight will be fined 60 florins, the council said.\n\n' +
    'About 300 camper vans used the seafront last summer, according to local traders.';

  it('"what is the penalty for parking there overnight" is answered by "will be fined 60 florins"', () => {
    const a = ask(article, 'What is the penalty for leaving a van on the promenade?');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('60 florins');
    expect(a.sources[0]?.text).toContain('will be fined 60 florins');
  });

  it('"what penalty does an owner face" is answered by the fine too', () => {
    const a = ask(article, 'What penalty does an owner face for leaving a van on the promenade?');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('60 florins');
  });

  it('a penalty the article never gives is not answered by another sum', () => {
    const a = ask(
      'date 2025-04-09\n\nThe town council of Marrowfield voted on Tuesday to ban overnight parking of camper vans along its seafront from June.\n\nA parking permit for the season will cost 60 florins, the council said.',
      'What is the penalty for leaving a van on the promenade?',
    );
    expect(a.answered).toBe(false);
  });
});

describe('what does a firm make: its products, after its making verb', () => {
  const article =
    'date 2025-09-17\n\n' +
    'Orvane Foods, the family-owned company based in the port of Kellmark, said on Tuesday it would close two bakeries and cut 240 jobs.\n\n' +
    'Orvane, which makes frozen pastry and fruit pies for supermarkets, reported a loss of 12 million marks last year.\n\n' +
    'Its largest plant, a pie factory in Selby, will stay open.';

  it('"what does Orvane make" is answered by the clause "which makes frozen pastry and fruit pies"', () => {
    const a = ask(article, 'What does Orvane make?');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('frozen pastry and fruit pies');
    expect(a.sources[0]?.text).toContain('which makes frozen pastry');
  });

  it('"what did it make when it was founded" is answered by "a maker of biscuits"', () => {
    const a = ask('date 2025-09-17\n\nOrvane Foods said on Tuesday it would cut 240 jobs.\n\nOrvane was founded in 1961 as a maker of biscuits and opened its first bakery in 1970.', 'What did Orvane make when it was founded?');
    expect(a.answered).toBe(true);
    expect(a.answer).toBe('biscuits');
  });

  it('"what does the factory make" is answered by the noun before "factory"', () => {
    const a = ask(article, 'What does the factory in Selby make?');
    expect(a.answered).toBe(true);
    expect(a.answer).toBe('pie');
  });

  it('a firm whose products the article never gives is not answered', () => {
    const a = ask('date 2025-09-17\n\nOrvane Foods, the family-owned company based in the port of Kellmark, said on Tuesday it would close two bakeries and cut 240 jobs.\n\nThe union said it would fight the closures.', 'What does Orvane make?');
    expect(a.answered).toBe(false);
  });

  it('"what did she make of the deal" still asks for her view, not for a product', () => {
    const a = ask('date 2025-09-17\n\nThe union and Orvane Foods agreed a pay deal on Tuesday.\n\nUnion leader Mara Felt said the deal was "a fair result for bakers".', 'What did Mara Felt make of the deal?');
    expect(a.answered).toBe(true);
    expect(a.explanation.rule).not.toContain('product');
    expect(a.answer).toContain('a fair result for bakers');
  });
});

describe('what is the name of: only a name answers', () => {
  const article =
    'date 2025-11-04\n\n' +
    'A hoard of 140 silver coins has been found buried under a barn near the village of Elsmere, the county museum said on Monday.\n\n' +
    'In 1994, a farmer ploughing a field about three kilometres away found a bronze sword.\n\n' +
    'The coins were found by a builder, Tobias Wrenfield, who was laying a new floor.';

  it('"what was the name of the farmer who found the sword" is declined: the sentence names no farmer', () => {
    const a = ask(article, 'What was the name of the farmer who found the sword in 1994?');
    expect(a.answered).toBe(false);
  });

  it('"what is the name of the builder who found the coins" is still answered by his name', () => {
    const a = ask(article, 'What is the name of the builder who found the coins?');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('Tobias Wrenfield');
    expect(a.sources[0]?.text).toContain('a builder, Tobias Wrenfield');
  });
});

describe('which company did it: a name followed by a relative clause of the asked act', () => {
  const article =
    'date 2026-02-11\n\n' +
    'A pedestrian bridge over the River Tellan in the town of Orsby will be closed for repairs from March, the council said on Wednesday.\n\n' +
    'Inspectors from Kessing Surveys found cracks in two of its steel beams last month.\n\n' +
    'The report also criticised Mardell Steelworks, the contractor that built the bridge in 1998, for poor welding.\n\n' +
    'Repairs to the bridge will be carried out by Tolland Civil and are expected to cost 4 million florins.\n\n' +
    'The rare stamp sold for 90,000 florins to a collector from Aurin after a contest that lasted ten minutes, according to Pelham & Rowe, which ran the auction.\n\n' +
    'About 200 people attended the auction, the auction house said.';

  it('"which company built the bridge" is answered by the name before "the contractor that built"', () => {
    const a = ask(article, 'Which company built the bridge?');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('Mardell Steelworks');
    expect(a.sources[0]?.text).toContain('the contractor that built the bridge');
    expect(a.confidence).toBeGreaterThan(0.6);
  });

  it('"which auction house ran the auction" is answered by the name before ", which ran"', () => {
    const a = ask(article, 'Which auction house ran the auction?');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('Pelham & Rowe');
  });

  it('a name the relative clause does not follow is not taken as the doer', () => {
    const a = ask(
      'date 2026-02-11\n\nA pedestrian bridge over the River Tellan in the town of Orsby will be closed for repairs from March, the council said on Wednesday.\n\nThe report was written by Mardell Consulting for the council, which owns the bridge.',
      'Which company built the bridge?',
    );
    expect(a.answered).toBe(false);
  });
});

describe('what happened to X: the predicate of the clause X is the subject or the object of', () => {
  const article =
    'date 2026-03-02\n\n' +
    'Engineers will begin work next month on a new pier at the seaside town of Wexcombe, the district council said on Monday.\n\n' +
    'The old pier, built in 1890 by a local shipping firm, collapsed during a storm in 1998.\n\n' +
    "In 2011, vandals set fire to the pier's ticket office, destroying the town's only museum of fishing.\n\n" +
    'The new pier will be 320 metres long and is expected to cost 18 million florins.';

  it('"what happened to the old pier" is answered by the verb after the aside ("collapsed during a storm")', () => {
    const a = ask(article, 'What happened to the old pier?');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('collapsed during a storm in 1998');
    expect(a.sources[0]?.text).toContain('collapsed during a storm');
  });

  it('"what happened to the ticket office" is answered by the clause acting on it', () => {
    const a = ask(article, 'What happened to the ticket office in 2011?');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('vandals set fire to');
  });

  it('"what happened in 2011" is still read as the event of that year', () => {
    const a = ask(article, 'What happened in 2011?');
    expect(a.answered).toBe(true);
    expect(a.sources[0]?.text).toContain('In 2011, vandals');
  });

  it('a thing the article never mentions is declined', () => {
    expect(ask(article, 'What happened to the lighthouse?').answered).toBe(false);
  });
});

describe('which firm won the contract: the one the contract was awarded to', () => {
  const article =
    'date 2026-05-06\n\n' +
    'The city of Harnby signed a 300 million florin agreement on Monday to replace the trams on its two oldest lines, the transport department said.\n\n' +
    '"Replacing the trams is the contract that wins back passengers," said the transport councillor, Elsa Brant of the Civic Union.\n\n' +
    'The contract, which was awarded to the engineering group Dorrell Rail, covers 40 low-floor trams to be delivered from 2028.\n\n' +
    'Dorrell Rail has built trams for four other cities in the region.';

  it('"which firm won the contract" is answered by the name after "awarded to"', () => {
    const a = ask(article, 'Which firm won the contract to replace the trams?');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('Dorrell Rail');
    expect(a.sources[0]?.text).toContain('awarded to the engineering group Dorrell Rail');
  });

  it('a contract awarded with no name given is not answered by another name', () => {
    const a = ask(
      'date 2026-05-06\n\nThe city of Harnby signed a 300 million florin agreement on Monday to replace the trams on its two oldest lines, the transport department said.\n\nThe contract will be awarded to a European builder later this year.',
      'Which firm won the contract to replace the trams?',
    );
    expect(a.answered).toBe(false);
  });
});
