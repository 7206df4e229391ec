/**
 * Questions for a thing (what, which, its name) answered from invented news prose: each case is a
 * general form of English the engine reads, never an article's own words.
 */
import { describe, expect, it } from 'vitest';
import { askInline as ask } from './qa-helpers.js';

describe('name-of: a thing named once, by another word for it', () => {
  const article =
    'date 2025-09-14\n\n' +
    'A passenger ferry ran aground off the island of Tesmark on Saturday night, and all 96 people on board were taken off safely, the coastguard said.\n\n' +
    'The vessel, the Korrin Dawn, had left the harbour of Velby about an hour earlier.\n\n' +
    'The harbour’s director, Lotte Brandvik, said divers would inspect the hull on Monday.';

  it('"what was the ferry called" is answered by the name given to "the vessel"', () => {
    const a = ask(article, 'What was the ferry called?');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('Korrin Dawn');
    expect(a.sources[0]?.text).toContain('The vessel, the Korrin Dawn');
  });

  it('a person is still named by the role as asked, not by a related one ("director" for "manager")', () => {
    const a = ask(article, 'What is the name of the night manager?');
    expect(a.answer).not.toContain('Brandvik');
  });
});

describe('yes-no: of two asked acts, the one the sentence writes is told there', () => {
  const article =
    'date 2025-04-02\n\n' +
    'The harbour board of Veskby voted on Tuesday to sell the old customs house to a hotel group for 4 million crowns.\n\n' +
    'Board member Irma Solvik had been widely tipped to run for chair of the board before the sale was announced.\n\n' +
    'Cancelled ferry crossings will be made up in May, the board said.';

  it('"was she thinking of running for chair" is answered by "widely tipped to run for chair"', () => {
    const a = ask(article, 'Was Irma Solvik thinking of running for chair?');
    expect(a.answered).toBe(true);
    expect(a.answer).toMatch(/^Yes/);
    expect(a.sources[0]?.text).toContain('widely tipped to run for chair');
  });

  it('an act the question writes only before a noun is no act the sentence tells ("cancelled crossings")', () => {
    const a = ask(article, 'Were the cancelled crossings refunded?');
    expect(a.answered).toBe(false);
  });

  it('a property the article never writes still declines ("was the vote unanimous")', () => {
    const a = ask(article, 'Was the vote unanimous?');
    expect(a.answered).toBe(false);
  });
});

describe('which three: a count of names asked is answered by a list only', () => {
  const article =
    'date 2026-01-19\n\n' +
    'Heavy snow cut off three mountain villages in the Orsdal valley on Sunday, the regional council said.\n\n' +
    'Snowploughs from two neighbouring districts have been sent to clear the roads.\n\n' +
    'The council said the villages of Hemby and Torsvik had lost power overnight.';

  it('"which two districts sent snowploughs" declines where the sentence only repeats the count', () => {
    const a = ask(article, 'Which two districts sent snowploughs?');
    expect(a.answered).toBe(false);
  });

  it('"which two villages lost power" is still answered by the list "Hemby and Torsvik"', () => {
    const a = ask(article, 'Which two villages lost power?');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('Hemby and Torsvik');
    expect(a.sources[0]?.text).toContain('lost power overnight');
  });
});

describe('a role written first in a sentence is no name’s', () => {
  const article =
    'date 2025-11-07\n\n' +
    'A former bank manager was jailed for six years on Thursday for stealing 3 million crowns from elderly customers.\n\n' +
    'Harald Sorne, 52, admitted 11 counts of theft at Velby Crown Court.\n\n' +
    'Defence lawyer Petra Lunn said her client had been "deeply ashamed" of his actions.\n\n' +
    'Judge Mattias Ek said Sorne had abused the trust of vulnerable people.';

  it('"who was Sorne’s lawyer" is answered by "Defence lawyer Petra Lunn"', () => {
    const a = ask(article, 'Who was Sorne’s lawyer?');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('Petra Lunn');
    expect(a.sources[0]?.text).toContain('Defence lawyer Petra Lunn');
  });

  it('a name the article writes inside sentences still owns the role that follows it ("Dravonia coach")', () => {
    const other =
      'date 2025-07-14\n\n' +
      'Kestra beat Dravonia 2-1 in the cup final in Orsk on Sunday.\n\n' +
      'Dravonia coach Henrik Saal said his team had been "unlucky" in the second half.\n\n' +
      '"We never stopped believing," said Anton Rell, 51, who has coached the Kestra team since 2023.';
    const a = ask(other, 'Who coaches the Kestra team?');
    expect(a.answer).toContain('Anton Rell');
  });
});

describe('which: the named doer of a passive of the asked act', () => {
  const article =
    'date 2026-03-02\n\n' +
    'A passenger ferry carrying 90 people ran aground near the port of Ostby on Sunday, the port authority said.\n\n' +
    'The vessel, the Korrin Dawn, was refloated by tugs on Monday morning.\n\n' +
    'The Korrin Dawn is owned by Tessby Lines (TL), a private company that runs four routes between the mainland and the islands.\n\n' +
    'The Ostby Port Authority said no one was hurt.';

  it('"which company owns the boat" is answered by the name after "owned by"', () => {
    const a = ask(article, 'Which company owns the boat?');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('Tessby Lines');
    expect(a.sources[0]?.text).toContain('owned by Tessby Lines');
  });

  it('a question the article does not answer still declines ("which company insured the boat")', () => {
    const a = ask(article, 'Which company insured the boat?');
    expect(a.answered).toBe(false);
  });
});

describe('yes-no: "shut" is answered by its opposite "open"', () => {
  const article =
    'date 2026-10-12\n\n' +
    'Authorities raised the alert level for the Osk volcano on Monday after a swarm of small earthquakes beneath its summit.\n\n' +
    'Hikers were banned from the upper slopes, though the regional airport at Tavby, about 40 kilometres away, remained open.\n\n' +
    'Scientists said an eruption was possible within weeks.';

  it('"is the airport shut" is answered no by "remained open"', () => {
    const a = ask(article, 'Is the airport shut?');
    expect(a.answered).toBe(true);
    expect(a.answer).toMatch(/^No/);
    expect(a.sources[0]?.text).toContain('remained open');
  });

  it('a clause with no aside is read as before ("were hikers banned from the slopes")', () => {
    const a = ask(article, 'Were hikers banned from the slopes?');
    expect(a.answered).toBe(true);
    expect(a.answer).toBe('Yes: Hikers were banned from the upper slopes');
  });
});

describe('which: the named doer of the asked act answers though few words are written as asked', () => {
  const article =
    'date 2026-06-09\n\n' +
    'An explosion tore through a paint factory in the town of Orsby early on Tuesday, injuring four workers, the fire service said.\n\n' +
    'The blast happened in a storage shed at the plant operated by Velkor Coatings, one of the region’s largest employers.\n\n' +
    'Residents were told to keep their windows closed.';

  it('"which company runs the factory" is answered by "the plant operated by Velkor Coatings"', () => {
    const a = ask(article, 'Which company runs the factory?');
    expect(a.answered).toBe(true);
    expect(a.answer).toBe('Velkor Coatings');
    expect(a.sources[0]?.text).toContain('operated by Velkor Coatings');
  });

  it('a thing the article never mentions still declines ("which company runs the hospital")', () => {
    const a = ask(article, 'Which company runs the hospital?');
    expect(a.answered).toBe(false);
  });
});

describe('the names of the other two: a count of names asked, past "other"', () => {
  it('declines "what are the names of the other two crew members" where the sentence names one', () => {
    const a = ask(
      'date 2026-03-02\n\nA school team from Orrel won the national rowing title on Saturday.\n\nThe four crew members, captained by Lina Haas, 16, beat eleven other schools.\n\nThe team trains three mornings a week on the river.',
      'what are the names of the other two crew members',
    );
    expect(a.answered).toBe(false);
  });
});
