/**
 * "Which" questions: a phrase on the asked noun that names the one asked for, over invented news
 * prose, never an article's own words.
 */
import { describe, expect, it } from 'vitest';
import { askInline as ask } from './qa-helpers.js';

describe('a phrase on the asked noun that names it answers ahead of one only describing it', () => {
  it('answers which chapel was it with the chapel’s name, not the little chapel of the lead', () => {
    const article =
      'date 2026-03-02\n\nThieves have stripped copper from the roof of a 400-year-old hillside chapel, leaving rain dripping onto its carved pews only a month after a restoration appeal closed.\n\n' +
      'The chapel committee plans to replace the stolen copper with painted zinc, which looks alike but is worth little to scrap dealers.\n\n' +
      'It is the second chapel near Yorrell Bridge to lose its roof metal this year, after a raid at a farm chapel in the spring.\n\n' +
      'The theft at St Quintrel’s Chapel near Yorrell Bridge happened overnight on Friday and was found by a walker on Saturday morning.\n\n' +
      'Police said they were looking for a white van seen on the hill road.';
    const a = ask(article, 'which chapel was it');
    expect(a.answered).toBe(true);
    expect(a.answer).toMatch(/St Quintrel’s Chapel/);
  });

  it('answers which leg of the rally it was with the leg the phrase names by its order and race', () => {
    const article =
      'date 2026-06-11\n\nMORVALE, June 10 - At least a dozen cars skidded off a flooded gravel road during the sixth leg of the Drumskell Rally on Wednesday, and the stage was stopped for nearly an hour.\n\n' +
      'Three drivers were taken to hospital with minor injuries, organisers said.\n\n' +
      'The rally continues on Thursday with a 210-kilometre forest leg to Carvel.\n';
    const a = ask(article, 'Which leg of the rally was it?');
    expect(a.answered).toBe(true);
    expect(a.answer).toMatch(/sixth leg/);
  });

  it('does not take a road’s name written in the singular for the roads asked', () => {
    const article =
      'date 2026-03-11\n\nLevels of a harmful gas outside three Farnleigh primary schools fell by a quarter after the roads by their gates were shut to cars at drop-off time.\n\n' +
      'The “quiet roads” trial, run by Farnleigh Town Council, has closed Tollery Lane, Cooper’s Walk and Heron Close to through traffic from 8am to 9am.\n\n' +
      'Traffic on Quarry Road and Mill Road, which run beside two of the closed roads, rose by 5 per cent at peak times, the council said.';
    const a = ask(article, 'Which roads got closed?');
    expect(a.answer).not.toMatch(/Quarry Road/);
  });
});
