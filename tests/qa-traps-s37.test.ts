/**
 * Traps: questions an article leaves unanswered while naming something of another kind near the
 * asked thing, declined by general regularities of news prose, each over invented news prose.
 */
import { describe, expect, it } from 'vitest';
import { askInline as ask } from './qa-helpers.js';

describe('a brand is a name: the kind said back or another thing is none', () => {
  const article =
    'date 2026-02-16\n\nCarers in Quorlby have been given wrist alarms that call for help when a patient falls, in a trial paid for by the health board.\n\n' +
    'Staff at four care homes will wear the waterproof alarms on every shift until the summer.\n\n' +
    'The homes also use Pellinor tablets to record medicines, and hope to replace their two old minibuses next year.';

  it('declines the brand of the alarms when only their kind is told', () => {
    expect(ask(article, 'what brand of alarms do the carers wear').answered).toBe(false);
  });

  it('declines the brand of the minibuses when only their number is told', () => {
    expect(ask(article, 'what is the brand of the minibuses they use').answered).toBe(false);
  });

  it('still answers the brand of the tablets, named on its capital', () => {
    const a = ask(article, 'what brand of tablets do the homes use');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('Pellinor');
  });
});

describe('“what was X’s name who …” asks a name, as “what was X’s name” does', () => {
  const article =
    'date 2026-06-08\n\nA cobbler in Wrenstead has closed his shop after 48 years, saying rents in the high street have doubled.\n\n' +
    'Jago Tullet, 71, opened the shop in 1978 with £300 borrowed from his uncle and a sewing machine bought at auction in Zennor.\n\n' +
    'His daughter, Merryn Tullet, who helped in the shop at weekends, said the family would miss it.';

  it('declines the uncle’s name when the sentence names no uncle', () => {
    expect(ask(article, 'what was the uncle’s name who lent him the money').answered).toBe(false);
  });

  it('still answers the daughter’s name who helped in the shop', () => {
    const a = ask(article, 'what was the daughter’s name who helped in the shop');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('Merryn');
  });
});

describe('a kind brought in by “a” with no name beside it is left unnamed', () => {
  const article =
    'date 2026-05-23\n\nThe open-air pool in Umbleton reopened on Saturday after a £2.4 million restoration.\n\n' +
    'Halsgrove Borough Council paid £1.6 million, with £500,000 from a national sports fund and the rest raised by swimmers.\n\n' +
    'The new diving boards were paid for by a local charity, the Qualtrough Trust.\n\n' +
    'The changing rooms were restored by Plaxton Builders, which is a family firm.\n\n' +
    'The cafe is run by Pockley Catering, a family firm from Oxwich.';

  it('declines which sports fund gave the money when the fund goes unnamed', () => {
    expect(ask(article, 'which national sports fund gave the money').answered).toBe(false);
  });

  it('still answers which charity paid for the boards, named after a comma', () => {
    const a = ask(article, 'which local charity paid for the diving boards');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('Qualtrough');
  });

  it('still answers which family firm restored the changing rooms, named before “is”', () => {
    const a = ask(article, 'which family firm restored the changing rooms');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('Plaxton');
  });

  it('still answers which family firm runs the cafe, named before a comma', () => {
    const a = ask(article, 'which family firm runs the cafe');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('Pockley');
  });
});
