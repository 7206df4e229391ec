/**
 * "How many" questions: general reasons a count answers the asked one, each over invented news
 * prose, never an article's own words.
 */
import { describe, expect, it } from 'vitest';
import { askInline as ask } from './qa-helpers.js';

describe('a count of the asked noun told in other words for the act', () => {
  const article =
    'date 2026-03-10\n\nA cargo ship lost power and drifted onto rocks near Dunmore Head on Monday night, the coastguard said.\n\n' +
    'Its 17 crew members were hauled up by helicopter before dawn, and none of them needed treatment in hospital.\n\n' +
    'The coastguard has rescued walkers from the same cliffs several times this year, a spokesperson said.\n\n' +
    'Salvage teams will try to refloat the vessel at high tide on Thursday.';

  it('answers how many sailors were rescued from the crew lifted to safety', () => {
    const a = ask(article, 'How many sailors were rescued?');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('17');
  });

  it('still declines a count of people the article never counts', () => {
    expect(ask(article, 'How many people were rescued?').answered).toBe(false);
  });
});

describe('a count of things does not count the asked people a related word names', () => {
  const article =
    'date 2026-05-02\n\nPatients at Westford Infirmary face waits of up to two years for knee surgery, a report has found.\n\n' +
    'The infirmary cancelled 1,400 operations at Westford Infirmary last year because no beds were free, the report said.\n\n' +
    'Surgeons at the infirmary say they are ready to work weekends if wards can be staffed.\n\n' +
    'The health board said it would open a new ward in the autumn.';

  it('declines how many surgeons work there from a count of operations', () => {
    expect(ask(article, 'How many surgeons work at Westford Infirmary?').answered).toBe(false);
  });

  it('still answers how many operations were cancelled', () => {
    const a = ask(article, 'How many operations were cancelled?');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('1,400');
  });
});

describe('a count written as its owner’s whole answers what the owner has', () => {
  const article =
    'date 2026-01-20\n\nA youth hostel in Carnbrae Valley was closed on Monday after a storm tore part of its roof away.\n\n' +
    'Volunteers carried 12 beds out of the hostel on Monday so that stranded walkers could sleep in the village hall.\n\n' +
    'Its 48 beds had been fully booked for the weekend, the warden said.\n\n' +
    'Repairs are expected to take a month.';

  it('answers how many beds the hostel has from “its 48 beds”', () => {
    const a = ask(article, 'How many beds does the hostel have?');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('48');
  });

  it('still answers how many beds were carried out from the act', () => {
    expect(ask(article, 'How many beds were carried to the hall?').answer).toContain('12');
  });
});

describe('of two all but tied counts of the asked thing, the one told first', () => {
  const article =
    'date 2026-06-08\n\nAbout 180 guests attended a wedding reception at Hollin Manor on Saturday, where a buffet of cold meats and salads was served by an outside caterer from the nearby town of Redwick.\n\n' +
    'Health officials said the buffet was the likely source of an outbreak of food poisoning.\n\n' +
    'In all, 52 wedding guests have reported symptoms.\n\n' +
    'The caterer has stopped trading while inspectors carry out tests.';

  it('answers how many guests were at the wedding from the lead', () => {
    expect(ask(article, 'How many guests were at the wedding?').answer).toContain('180');
  });

  it('still answers how many guests reported symptoms from the later count', () => {
    expect(ask(article, 'How many guests reported symptoms?').answer).toContain('52');
  });
});

describe('“people” asked, a count of some kind of people told in other words for the act', () => {
  const article =
    'date 2026-04-02\n\nCity councillors approved a new tram line between Eastgate and the airport on Tuesday.\n\n' +
    'The line will have 14 stops and is predicted to carry some 30,000 passengers a day.\n\n' +
    'Commuters who ride the number 7 bus say it is often late.\n\n' +
    'Construction is due to start next spring.';

  it('answers how many people will ride the line from the passengers it will carry', () => {
    const a = ask(article, 'How many people will ride the line each day?');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('30,000');
  });
});

describe('of two all but tied shares, the one told first', () => {
  const article =
    'date 2026-10-12\n\nAnna Marlow was re-elected mayor of Keswater on Sunday with 41.2% of the vote, a narrower win than many had expected after a bitter campaign over housing.\n\n' +
    'Her main rival, Tom Ashby, finished second.\n\n' +
    'Marlow had won 55% of the vote in 2021.\n\n' +
    'Turnout was 48%.';

  it('answers the share she won from the lead', () => {
    expect(ask(article, 'What percentage did Marlow get?').answer).toContain('41.2%');
  });

  it('still answers the share of a year the question names', () => {
    expect(ask(article, 'What percentage did Marlow get in 2021?').answer).toContain('55%');
  });
});
