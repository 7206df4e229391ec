/**
 * Follow-up questions answered from invented news prose: each case is a general form of English
 * conversation the engine reads, never an article's own words.
 */
import { describe, expect, it } from 'vitest';
import { askInTurn } from './qa-helpers.js';

describe('follow-ups: a question asking more of the last answer’s figure is answered from its sentence', () => {
  const article =
    'date 2025-03-10\n\n' +
    'A gas explosion tore through a bakery on Mill Street in Dunmore early on Friday.\n\n' +
    'Four people died and 17 were injured in the blast, fire crews said.\n\n' +
    'Last year 9 people were injured in road accidents in the town.\n\n' +
    'The street was reopened to traffic on Sunday evening.';

  it('"How many people died in the blast?" then "and how many were injured?" is answered from the same sentence', () => {
    const a = askInTurn(article, 'How many people died in the blast?', 'and how many were injured?');
    expect(a.answered).toBe(true);
    expect(a.answer).not.toContain('9 people');
    expect(a.sources[0]?.text).toContain('17 were injured');
  });
});

describe('follow-ups: after a time answered, "that storm" inside the question is the event at that time', () => {
  const article =
    'date 2025-08-14\n\n' +
    'A fierce storm brought down power lines across the Orrin valley overnight, leaving 3,000 homes without electricity.\n\n' +
    'It was the worst storm to hit the valley since 2014, when a gale lasting two days cut power to 9,000 homes.\n\n' +
    'The storm lasted six hours, and crews expect to restore power by Friday.\n\n' +
    'Schools in the valley stayed closed on Thursday.';
  const asked = 'When did a storm last hit the valley this hard?';

  it('"… this hard?" then "How long did that gale last?" is answered from the earlier gale’s sentence', () => {
    const a = askInTurn(article, asked, 'How long did that gale last?');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('two days');
    expect(a.sources[0]?.text).toContain('since 2014');
  });

  it('"… this hard?" then "How many homes did that storm leave without power?" is answered from the earlier storm’s sentence', () => {
    const a = askInTurn(article, asked, 'How many homes did that storm leave without power?');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('9,000');
  });
});

describe('follow-ups: a closing "it" after an amount answered is the amount', () => {
  const article =
    'date 2026-04-02\n\n' +
    'The city of Farrowby will pay back part of a regional grant after a housing scheme was cancelled.\n\n' +
    'The council is returning 1.2 million pounds to the Northern Housing Fund, which gave the money in 2023.\n\n' +
    'The fund gets most of its money from the national government.\n\n' +
    'The housing scheme was dropped after costs rose.';

  it('"How much money is the council paying back?" then "Who gets it?" is answered from the amount’s sentence', () => {
    const a = askInTurn(article, 'How much money is the council paying back?', 'Who gets it?');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('Northern Housing Fund');
    expect(a.sources[0]?.text).toContain('1.2 million pounds');
  });
});

describe('follow-ups: after a time answered, "How long did it last?" asks of the event at that time', () => {
  const article =
    'date 2025-06-03\n\n' +
    'Bus drivers in Penhallow walked out on Monday over a pay offer they called an insult.\n\n' +
    'The strike could last a week, the drivers’ union said.\n\n' +
    'Drivers had not struck since 2011.\n\n' +
    'That dispute, in 2011, lasted 19 days.\n\n' +
    'The council urged both sides to return to talks.';

  it('"When did the drivers last strike?" then "How long did it last?" is answered from the earlier strike’s sentence', () => {
    const a = askInTurn(article, 'When did the drivers last strike?', 'How long did it last?');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('19 days');
    expect(a.sources[0]?.text).toContain('That dispute');
  });
});

describe('follow-ups: a fragment with no verb asks the last question again of something else', () => {
  const article =
    'date 2025-07-09\n\n' +
    'The Kelby Rowing Club has opened a new boathouse on the river Tam.\n\n' +
    'Senior members train four mornings a week at Marrow Lake, north of the town.\n\n' +
    'Junior members train on Saturdays.\n\n' +
    'The boathouse cost 400,000 pounds and was paid for by a lottery grant.';

  it('"How often do senior members train?" then "where?" is answered from the training sentence', () => {
    const a = askInTurn(article, 'How often do senior members train?', 'where?');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('Marrow Lake');
  });
});
