/**
 * Why, how, yes-no and quote questions answered from invented news prose: each case is a general
 * form of English the engine reads, never an article's own words.
 */
import { describe, expect, it } from 'vitest';
import { askInline as ask } from './qa-helpers.js';

describe('why: a cause given outright answers, though the question words the act otherwise', () => {
  const article =
    'date 2025-10-07\n\n' +
    'The owners of the Marrow Lane ice rink said on Monday they would sell the site to a housing developer after 38 years.\n\n' +
    'Skaters have been kept off the ice since August because a leak in the cooling pipes flooded the plant room.\n\n' +
    'About 400 people signed a petition asking the council to buy the rink.';

  it('"why can’t people skate there" is answered by the leak', () => {
    const a = ask(article, 'Why can’t people skate at the rink any more?');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('leak in the cooling pipes');
  });

  it('but not a cause told by "after", which may tell only a time', () => {
    const timed = article.replace('since August because a leak in the cooling pipes flooded the plant room', 'on Saturday after the final match of the junior league');
    const a = ask(timed, 'Why can’t people skate at the rink any more?');
    expect(a.answered).toBe(false);
  });

  it('still declines where the question names a rink the article never does', () => {
    const a = ask(article, 'Why can’t people skate at the Dunmore rink?');
    expect(a.answered).toBe(false);
  });
});

describe('why: the clause before ", so" is the cause of what the clause after it tells', () => {
  const article =
    'date 2025-11-02\n\n' +
    'A hospital in Tarnby has moved 30 patients out of its east wing after engineers found damp in the walls.\n\n' +
    'Mould spreads quickly in warm rooms, so the whole wing has been sealed with plastic sheeting.\n\n' +
    'The hospital said the work would take about six weeks.';

  it('"why has the wing been sealed" is answered by what comes before the ", so"', () => {
    const a = ask(article, 'Why has the wing been sealed?');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('Mould spreads quickly');
    expect(a.answer).not.toContain('sealed');
  });

  it('still answers how long the work takes from its own sentence', () => {
    const a = ask(article, 'How long will the work take?');
    expect(a.answer).toContain('six weeks');
  });
});

describe('why: a cause named as "the reason … was", put down to, or reflected', () => {
  const article =
    'date 2026-02-14\n\n' +
    'The Corla ferry company said on Thursday it would run three fewer crossings a day to the island of Vessa from March.\n\n' +
    'The main reason for the cuts given by the company was a shortage of qualified deck crew.\n\n' +
    'Fares will also go up by 8 percent, which the company said reflected higher fuel prices since the autumn.\n\n' +
    'Islanders have seen visitor numbers shrink, and the tourist office attributed the slump to the poor summer weather.';

  it('"why is the firm cutting crossings" is answered by what the reason was', () => {
    const a = ask(article, 'Why is the ferry firm cutting crossings?');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('shortage of qualified deck crew');
  });

  it('"why are fares going up" is answered by what the rise reflected', () => {
    const a = ask(article, 'Why are fares going up?');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('higher fuel prices');
  });

  it('"why have visitor numbers shrunk" is answered by what the slump was put down to', () => {
    const a = ask(article, 'Why have fewer visitors come to the island?');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('poor summer weather');
  });
});

describe('why: an aside (", which …", ", whose …") on the asked thing gives its reason in passing', () => {
  const article =
    'date 2026-05-20\n\n' +
    'Talks on forming a new government in Ostria broke down on Monday after six weeks.\n\n' +
    'The Liberal Party has refused to join any cabinet with the Rural Alliance, which wants to leave the European customs union.\n\n' +
    'The president will meet party leaders again on Friday.';

  it('"why won’t the Liberal Party join a cabinet with the Rural Alliance" is answered by the aside', () => {
    const a = ask(article, 'Why won’t the Liberal Party join a cabinet with the Rural Alliance?');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('wants to leave the European customs union');
    expect(a.answer).not.toContain('refused to join');
  });

  it('still answers when the president meets the leaders from its own sentence', () => {
    const a = ask(article, 'When will the president meet party leaders?');
    expect(a.answer).toContain('Friday');
  });
});

describe('how often: a frequency ("every 40 minutes", "twice a day") answers', () => {
  const article =
    'date 2026-04-02\n\n' +
    'A new ferry link between Holmby and the island of Skarra will open on Monday, the regional transport authority said.\n\n' +
    'In winter the boats will leave from the old stone pier twice a day, and tickets will cost 6 euros.';

  it('"how often will the boats leave in winter" is answered by the frequency alone', () => {
    const a = ask(article, 'How often will the boats leave in winter?');
    expect(a.answered).toBe(true);
    expect(a.answer).toBe('twice a day');
  });
});

describe('source: "according to" credits a source no name gives', () => {
  const article =
    'date 2026-07-09\n\n' +
    'The striker Ola Brandvik is set to join Corvale United for a fee of 40 million euros.\n\n' +
    'He will earn more than any player in the club’s history, according to people close to the negotiations.\n\n' +
    'Brandvik, 24, scored 31 goals last season.';

  it('"according to whom …" is answered by the unnamed source, not by the one it tells of', () => {
    const a = ask(article, 'According to whom will Brandvik be the best-paid player in the club’s history?');
    expect(a.answered).toBe(true);
    expect(a.answer).toBe('people close to the negotiations');
  });
});

describe('why: what the asked party itself said is the reason it gives', () => {
  const article =
    'date 2026-03-11\n\n' +
    'The regional council approved a plan on Tuesday to close the Ambry Valley road to lorries from June.\n\n' +
    'Hauliers said the detour would add 40 minutes to every delivery and push up their fuel bills.\n\n' +
    'The road will stay open to cars and buses.';

  it('"why are hauliers against the plan" is answered by what hauliers said', () => {
    const a = ask(article, 'Why are hauliers against the plan?');
    expect(a.answered).toBe(true);
    expect(a.answer).toBe('the detour would add 40 minutes to every delivery and push up their fuel bills');
  });

  it('still answers from a cause given outright where a party’s words tell the asked act again', () => {
    const restated = article.replace('Hauliers said the detour', 'The council said it would close the road because the detour');
    expect(ask(restated, 'Why will the council close the road to lorries?').answer).toContain('because the detour');
  });
});

describe('why: a clause opened by ", since" gives the cause, but not after a perfect', () => {
  const article =
    'date 2026-01-20\n\n' +
    'The town of Brelling will keep its old wooden footbridge over the river Aske, the council said on Monday.\n\n' +
    'Engineers decided not to replace the handrails with steel ones, since the bridge is protected as a historic monument.\n\n' +
    'Repairs will cost about 90,000 euros.';

  it('"why didn’t they put in steel handrails" is answered by the "since" clause alone', () => {
    const a = ask(article, 'Why didn’t they put in steel handrails?');
    expect(a.answered).toBe(true);
    expect(a.answer).toBe('the bridge is protected as a historic monument');
  });

  it('reads "has been closed, since the flood hit" as a time, not a cause', () => {
    const timed = article.replace('Engineers decided not to replace the handrails with steel ones, since the bridge is protected', 'The footbridge has been closed to walkers, since the flood damaged it in the spring, and it is listed');
    const a = ask(timed, 'Why has the footbridge been closed to walkers?');
    expect(a.answer).not.toBe('the flood damaged it in the spring');
  });
});

describe('why: the clause before ", which is why" is the cause of what follows it', () => {
  const article =
    'date 2025-08-14\n\n' +
    'A fuel tanker overturned on the Kessel ring road on Wednesday morning, closing two lanes for six hours.\n\n' +
    'The road had been resurfaced the week before, which is why the tyres could not grip on the wet asphalt, police said.\n\n' +
    'The driver was unhurt.';

  it('"why couldn’t the tyres grip" is answered by the clause before "which is why"', () => {
    const a = ask(article, 'Why couldn’t the tyres grip?');
    expect(a.answered).toBe(true);
    expect(a.answer).toBe('The road had been resurfaced the week before');
  });
});
