/**
 * Quote questions: general ties of the asked words to the asked act, each over invented news
 * prose, never an article's own words.
 */
import { describe, expect, it } from 'vitest';
import { askInline as ask } from './qa-helpers.js';

describe('what someone told people to do is the act she urged them to', () => {
  const article =
    'date 2026-03-09\n\nTwo campers escaped unhurt when their tent caught fire at a site near Holloway Beck on Sunday night.\n\n' +
    'Watch manager Carys Pengelly said the blaze was started by a gas heater left burning beside a sleeping bag in the tent.\n\n' +
    '"The heater saved nobody last night, it nearly killed two people," she said.\n\n' +
    '"We would urge every camper to leave heaters at home and carry a torch instead," she added.\n\n' +
    'The site owner, Derek Mowbray, said the campers had been moved to a caravan.';

  it('answers what the watch manager told campers to do from her urging', () => {
    const a = ask(article, 'What did Carys Pengelly tell tent owners to do?');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('leave heaters at home');
  });
});

describe('the acts someone urged are a list of plain verbs after commas', () => {
  const article =
    'date 2026-01-21\n\nA lorry driver was rescued from a snowdrift on the Carrick Pass on Tuesday morning after six hours.\n\n' +
    'Police inspector Maren Oduya said the driver had ignored a closure sign at the foot of the pass.\n\n' +
    '"We would urge every driver to check the forecast, pack a blanket and keep the tank full," she said.\n\n' +
    'The pass reopened on Wednesday afternoon.';

  it('answers the whole list of acts the inspector urged drivers to', () => {
    const a = ask(article, 'What did Maren Oduya tell drivers to do?');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('pack a blanket and keep the tank full');
  });

  it('ends the urged act at a comma that brings no plain verb', () => {
    const b =
      'date 2026-01-21\n\nA lorry driver was rescued from a snowdrift on the Carrick Pass on Tuesday.\n\n' +
      'The county council urged drivers to avoid the pass until Friday, officials said.';
    const a = ask(b, 'What did the council tell drivers to do?');
    expect(a.answer).toContain('avoid the pass until Friday');
    expect(a.answer).not.toContain('officials');
  });
});

describe('quoted words that bid tell people what to do', () => {
  const article =
    'date 2026-05-12\n\nA python has escaped from a reptile shop in Wellam Street, police said on Monday.\n\n' +
    '"The snake is not venomous but it is strong and should not be handled by anyone," Sergeant Abi Trelawny told reporters on Monday.\n\n' +
    '"If you spot the snake, ring the police straight away."\n\n' +
    'The shop owner said the python had pushed open a loose lid overnight.';

  it('answers what the sergeant told people to do from her bidding', () => {
    const a = ask(article, 'What did Abi Trelawny tell people to do?');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('ring the police straight away');
    expect(a.answer).not.toContain('venomous');
  });
});
