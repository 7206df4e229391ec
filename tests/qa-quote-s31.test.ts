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
