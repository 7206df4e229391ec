/**
 * Short answers to why, how and what questions over invented news prose: each case is a general
 * form of English the engine reads, never an article’s own words.
 */
import { describe, expect, it } from 'vitest';
import { askInline as ask } from './qa-helpers.js';

describe('why: an aside inside the reason clause does not end it', () => {
  const article =
    'date 2025-11-03\n\n' +
    'The Harlow Point lighthouse will reopen to visitors in May, the trust that runs it said on Monday.\n\n' +
    'The tower was shut in 2022 because its iron stairs, at 140 years old, had rusted through in several places.\n\n' +
    'The lamp was switched off after its keeper, a retired ferry captain, moved to the mainland.\n\n' +
    'The trust turned down a plan for a café because, its chair said, the cliff path "cannot carry more traffic".';

  it('runs past a describing aside to the verb of the reason', () => {
    expect(ask(article, 'Why was the tower shut?').answer).toContain('had rusted through in several places');
    expect(ask(article, 'Why was the lamp switched off?').answer).toContain('moved to the mainland');
  });

  it('runs past who said it to the quoted reason', () => {
    expect(ask(article, 'Why did the trust turn down the café plan?').answer).toContain('cannot carry more traffic');
  });
});

describe('why: "after" that may tell only a time yields to a reason given otherwise', () => {
  it('"long after" is a time: the clause before ", so" is the reason', () => {
    const a = ask(
      'date 2025-11-04\n\nFirefighters stayed at the Tarn Road warehouse overnight.\n\n' +
        '“Paint thinner gives off fumes that can catch again, so we kept the doors open long after the fire was out,” the crew chief said.',
      'Why did they keep the doors open?',
    );
    expect(a.answer).toContain('Paint thinner gives off fumes');
  });

  it('an "after" with no clause of its own yields to what the evidence points to', () => {
    const a = ask(
      'date 2025-11-04\n\nA water main under Mill Street burst on Tuesday, flooding six homes.\n\n' +
        'The water company said early checks pointed to tree roots around the pipe after weeks of drought.',
      'what caused the water main to burst',
    );
    expect(a.answer).toContain('tree roots');
  });
});

describe('why: a name set beside the reason’s last words, or what they are set against, stays in it', () => {
  const article =
    'date 2025-11-05\n\n' +
    'The striker Dario Menck has joined Orrin City, the club confirmed on Friday.\n\n' +
    'His agent said Menck left Fallow Town because he wanted to play nearer his parents in the north, Velby, and not over money.\n\n' +
    'A referee panel cleared the goalkeeper because the rule asks what the player intended, not what the camera showed.';

  it('keeps the name after the comma', () => {
    expect(ask(article, 'Why did Menck leave Fallow Town?').answer).toContain('in the north, Velby');
  });

  it('keeps the contrast after the comma', () => {
    expect(ask(article, 'Why did the panel clear the goalkeeper?').answer).toContain('not what the camera showed');
  });
});

describe('what: where the question’s words end at a speaker, the answer is the words reported', () => {
  const article =
    'date 2025-11-06\n\n' +
    'The Orrin river ferry will stop running at the end of the month, its operator said on Tuesday.\n\n' +
    'Transport councillor Mira Oddny said the council would pay a boatyard to run a smaller ferry at weekends.\n\n' +
    '“We cannot leave the east bank cut off from the town,” harbour master Piet Lund said on the quay.';

  it('takes the clause after the reporting verb', () => {
    expect(ask(article, 'What does Mira Oddny plan to do?').answer).toContain('the council would pay a boatyard to run a smaller ferry');
  });

  it('takes the quoted words before the speaker', () => {
    expect(ask(article, 'What did Piet Lund make of the closure?').answer).toContain('We cannot leave the east bank cut off');
  });
});

describe('how: what is put to work for the asked act, before the “to” of its verb', () => {
  const article =
    'date 2025-11-07\n\n' +
    'The Marl Street community hall reopened on Saturday after a year of repairs.\n\n' +
    'The club installed a wood stove beside the kitchen to heat the main room through the winter.\n\n' +
    'The repairs allowed the hall to open its doors to the youth club again.';

  it('answers with the object between the verb and the “to”', () => {
    expect(ask(article, 'How do they heat the main room?').answer).toBe('a wood stove beside the kitchen');
  });
});

describe('what: a list runs on past its commas to its last item', () => {
  const article =
    'date 2025-11-08\n\n' +
    'The Kell Valley food bank will move to a larger hall in January, its manager said.\n\n' +
    'Donors are being asked to give tinned fish, rice and long-life milk.\n\n' +
    'Under the new rules, shops at the market must switch to paper, card and cloth bags by June.';

  it('answers with the whole list after a stranded preposition', () => {
    expect(ask(article, 'What must shops at the market switch to?').answer).toContain('paper, card and cloth bags');
  });

  it('answers with the whole list after the question’s words', () => {
    expect(ask(article, 'What are donors being asked to give?').answer).toContain('tinned fish, rice and long-life milk');
  });
});

describe('a list runs on past its commas wherever a clause is read', () => {
  it('keeps every item of a list after a copula', () => {
    const a = ask(
      'date 2025-11-09\n\nA Tollford baker has won the county prize for her sourdough.\n\n"The secret is patience, cold butter and a hot oven," she said.',
      'what is her secret',
    );
    expect(a.answer).toContain('patience, cold butter and a hot oven');
  });
});
