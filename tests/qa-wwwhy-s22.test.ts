/**
 * Who, when, where, why and yes-no questions answered from invented news prose: each case is a
 * general form of English the engine reads, never an article's own words.
 */
import { describe, expect, it } from 'vitest';
import { askInline as ask } from './qa-helpers.js';

describe('who: one who represents another is named by the role, a successor by "succeeds"', () => {
  const article =
    'date 2025-11-04\n\n' +
    'A former harbour master was fined 40,000 crowns on Monday for taking payments from a dredging contractor, a court in Selmby ruled.\n\n' +
    'Judge Agnes Vollan said Pieter Haskel had broken the trust of the port authority.\n\n' +
    'Haskel’s lawyer, Marta Quillon, said her client would appeal.\n\n' +
    'The authority named a new harbour master, Ruth Enberg, in September.\n\n' +
    'Enberg succeeds Otto Brandvik, who retired after 22 years.';

  it('"who represents Haskel" is answered by his lawyer', () => {
    const a = ask(article, 'Who represents Haskel?');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('Marta Quillon');
    expect(a.sources[0]?.text).toContain('lawyer');
  });

  it('"who is Enberg replacing" is answered by "Enberg succeeds Otto Brandvik"', () => {
    const a = ask(article, 'Who is Enberg replacing?');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('Otto Brandvik');
    expect(a.sources[0]?.text).toContain('succeeds Otto Brandvik');
  });

  it('still gives the judge, not the lawyer, for who ruled', () => {
    const a = ask(article, 'Which judge ruled on the case?');
    expect(a.answer).not.toContain('Quillon');
  });
});

describe('yes-no: an act someone asks for, or weighs, is not told as done', () => {
  const article =
    'date 2025-05-14\n\n' +
    'Flooding closed the coastal road between Harnby and Velk for the third time this spring on Tuesday.\n\n' +
    'Residents of Velk have asked the county council to raise the road by a metre.\n\n' +
    'The council said it would consider building a new storm drain at its meeting in June.\n\n' +
    'The road reopened on Wednesday morning.';

  it('"has the council agreed to raise the road" is not answered yes by a residents’ request', () => {
    const a = ask(article, 'Has the council agreed to raise the road?');
    expect(a.answer.startsWith('Yes')).toBe(false);
  });

  it('"has the council built a drain" is not answered yes by "would consider building"', () => {
    const a = ask(article, 'Has the council built a new storm drain?');
    expect(a.answer.startsWith('Yes')).toBe(false);
  });

  it('still answers yes where the asking is what the question asks', () => {
    const a = ask(article, 'Have residents asked the council to raise the road?');
    expect(a.answered).toBe(true);
    expect(a.answer.startsWith('Yes')).toBe(true);
    expect(a.sources[0]?.text).toContain('asked the county council');
  });

  it('still answers yes where the act itself is told', () => {
    const a = ask(article, 'Did the road reopen on Wednesday?');
    expect(a.answered).toBe(true);
    expect(a.answer.startsWith('Yes')).toBe(true);
  });
});

describe('who leads: a title in the headline manner drops the words before the head noun', () => {
  const article =
    'date 2026-02-10\n\n' +
    'The water board in Tessvik voted on Monday to raise household charges by 8 percent from July.\n\n' +
    'Board chair Ingrid Molvaer said the rise would pay for new pipes under the old town.\n\n' +
    'Two board members voted against the plan.\n\n' +
    'The town’s mayor, Henrik Saltnes, said he was disappointed.';

  it('"who heads the water board" is answered by the "Board chair"', () => {
    const a = ask(article, 'Who heads the water board?');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('Ingrid Molvaer');
    expect(a.sources[0]?.text).toContain('Board chair');
  });

  it('does not give the board chair for a board the story never names', () => {
    const a = ask(article, 'Who heads the school board?');
    expect(a.answer).not.toContain('Molvaer');
  });
});

describe('where from: the place a sentence says someone comes from', () => {
  const article =
    'date 2026-01-18\n\n' +
    'Maren Tolvik won the Harrowgate Indoor Open on Sunday, beating the defending champion Elsa Brunnholm 6-3 7-5 in the final at the Harrowgate Arena.\n\n' +
    'Brunnholm, the world number two from Kessmark, had not dropped a set all week.\n\n' +
    'Tolvik, 22, collects 180,000 euros in prize money.\n\n' +
    '"I never thought I could beat her," Tolvik said.';

  it('"where is Brunnholm from" is answered by "the world number two from Kessmark"', () => {
    const a = ask(article, 'Where is Elsa Brunnholm from?');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('Kessmark');
    expect(a.sources[0]?.text).toContain('from Kessmark');
  });

  it('still gives the arena for where the final was played', () => {
    const a = ask(article, 'Where was the final held?');
    expect(a.answer).toContain('Harrowgate Arena');
  });
});

describe('who: a weak name gives way to a person named outright close behind', () => {
  const article =
    'date 2025-10-08\n\n' +
    'A district court on Tuesday ordered the parish of Ellerby, a village of about 900 people in the hills north of Selm, to stop ringing its church bells at night after a complaint from a neighbour.\n\n' +
    'The parish’s lawyer, Karl Wendt, told the court that many residents backed the bells.\n\n' +
    'The judge said the bells could ring from 7 a.m. to 10 p.m.\n\n' +
    'The neighbour, a retired teacher, said he was relieved.';

  it('"who represented the parish in court" is answered by its lawyer, not by the village’s name', () => {
    const a = ask(article, 'Who represented the parish in court?');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('Karl Wendt');
    expect(a.sources[0]?.text).toContain('lawyer');
  });

  it('does not give the lawyer for who ordered the parish to stop, told in a sentence without him', () => {
    const a = ask(article, 'Who ordered the parish to stop ringing its bells?');
    expect(a.answer).not.toContain('Karl Wendt');
  });
});

describe('what did X say: the speaker’s own quoted words close behind answer over a claim', () => {
  const article =
    'date 2026-06-03\n\n' +
    'Nurses at Harlow General Hospital will refuse overtime from Monday, their union said.\n\n' +
    'Brenn said members were working nine extra hours a week.\n\n' +
    '"Our members are worn out, and the wards on every floor of this old hospital have been running on goodwill and little else for years," said Ada Brenn, the general secretary of the union.\n\n' +
    'The hospital said patient care would not be affected.';

  it('"what did Brenn say about the members" is answered by her quoted words', () => {
    const a = ask(article, 'What did Brenn say about the members?');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('worn out');
  });

  it('still gives a claim where the speaker is quoted nowhere', () => {
    const a = ask(article, 'What did the hospital say?');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('patient care');
  });
});

describe('when was X founded: a month that writes no year tells no founding', () => {
  const article =
    'date 2026-03-12\n\n' +
    'Members of the Selwick Rowing Club have raised 80,000 pounds to replace their flooded boathouse.\n\n' +
    'The club set up an online appeal in October after the river burst its banks.\n\n' +
    'A new boathouse is due to open in the summer.';

  it('"when was the rowing club set up" is not answered by the month of its appeal', () => {
    const a = ask(article, 'When was the rowing club set up?');
    expect(a.answer).not.toContain('October');
  });

  it('still answers when the club set up its appeal', () => {
    const a = ask(article, 'When did the club set up the online appeal?');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('October');
  });

  it('still answers a founding year the article writes', () => {
    const a = ask('date 2026-03-12\n\nThe Selwick Rowing Club, which was founded in 1887, has raised 80,000 pounds for a new boathouse.\n\nThe work starts in May.', 'When was the rowing club founded?');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('1887');
  });
});
