/**
 * Who, when, where and why questions answered (or declined) from invented news prose: each case is
 * a general form of English the engine reads, never an article's own words.
 */
import { describe, expect, it } from 'vitest';
import { askInline as ask } from './qa-helpers.js';

describe('when will: a time told as gone by is no time still to come', () => {
  const article =
    'Staff at the Marlowe glassworks in Tessing have rejected a pay offer from the owners, the Glassworkers’ Guild said.\n\n' +
    'The guild, which held a strike vote three years ago, said its members were angry.\n\n' +
    'The guild said it would decide on further action after its members had been consulted.';

  it('"when will the guild hold its vote" is not answered by "three years ago"', () => {
    const a = ask(article, 'When will the guild hold its strike vote?');
    expect(a.answered).toBe(false);
  });

  const flight =
    'A small passenger plane made an emergency landing at Rellby airport after smoke filled its cabin, the airline said.\n\n' +
    'Flight RK202, run by the regional carrier Kestair, had taken off from Rellby at 07:40 bound for the coast.\n\n' +
    'The aircraft has been grounded while engineers inspect it.';

  it('"when will the grounded plane fly again" is not answered by the hour it had taken off', () => {
    const a = ask(flight, 'When will the grounded plane fly again?');
    expect(a.answered).toBe(false);
  });

  const undated =
    'A chemical plant in Ostrava was fined 20 million crowns for polluting the Merla river.\n\n' +
    'The clean-up of the river began in March 2022 and was finished in May 2023.\n\n' +
    'The company said it had since replaced the pump.';

  it('in an undated article, "when will the clean-up be finished" is not answered by a date it was finished', () => {
    const a = ask(undated, 'When will the clean-up be finished?');
    expect(a.answered).toBe(false);
  });

  it('still answers "when was it finished" from the undated article', () => {
    const a = ask(undated, 'When was the clean-up finished?');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('May 2023');
  });

  it('still answers a time a clause cut short to its participle is told at ("when completed in 2031")', () => {
    const a = ask(
      'Councillors approved a 40-storey office tower on the old harbour site on Monday.\n\nThe tower would become the tallest building in the city when completed in 2031.\n\nOpponents say it will block views of the cathedral.',
      'When is the tower supposed to be finished?',
    );
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('2031');
  });

  it('still answers a future question with a time a verb still to come is told at', () => {
    const a = ask(
      'Staff at the Marlowe glassworks in Tessing have rejected a pay offer from the owners, the Glassworkers’ Guild said.\n\n' +
        'The guild said it would hold a strike vote on Thursday.\n\n' +
        'About 300 people work at the plant.',
      'When will the guild hold its strike vote?',
    );
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('Thursday');
  });

  it('still answers "when did it take off" with the hour it had taken off', () => {
    const a = ask(flight, 'What time did Flight RK202 take off?');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('07:40');
  });

  it('still answers "when will it reopen" with a time a state lasts until ("will remain closed until …")', () => {
    const a = ask(
      'A fire damaged the reading room of the Holm public library on Saturday, the city said.\n\n' +
        'The library will remain closed until Friday while the damage is repaired.\n\n' +
        'No one was hurt.',
      'When will the library reopen?',
    );
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('Friday');
  });
});

describe('why: a reason given outright ("because", "blamed on", "pointed to") is a sure one', () => {
  const article =
    'A barn fire destroyed a historic granary in the village of Olmbeck on Sunday night, the county fire service said.\n\n' +
    'Fire chief Tomas Reuter said crews had been delayed on their way to the fire because a lorry had overturned on the only bridge into the village.\n\n' +
    'The granary, built in 1790, held about 40 tonnes of grain.\n\n' +
    'No one was hurt.';

  it('"why did it take so long for crews to reach the village" is answered by the "because" clause, in other words than the question’s', () => {
    const a = ask(article, 'Why did it take so long for crews to reach the village?');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('a lorry had overturned');
    expect(a.sources[0]?.text).toContain('crews had been delayed');
  });

  it('still declines a why-question the "because" clause does not answer', () => {
    const a = ask(article, 'Why did the granary catch fire?');
    expect(a.answered).toBe(false);
  });
});

describe('who: the sentence right after, whose "its" points back to the best, names the one it leaves out', () => {
  const article =
    'Lawmakers in Tervala approved a plan on Tuesday to raise the minimum wage by 9 percent from January.\n\n' +
    'The opposition Farmers and Workers Party, which voted against the bill, said it would hurt small businesses in rural areas.\n\n' +
    'Its leader, Ana Rothberg, 57, said the increase was "too much, too fast".\n\n' +
    'The government said about 210,000 workers would benefit.';

  it('"who leads the party" is answered by "Its leader, Ana Rothberg" after the sentence naming the party', () => {
    const a = ask(article, 'Who leads the Farmers and Workers Party?');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('Ana Rothberg');
    expect(a.sources[0]?.text).toContain('Its leader');
  });

  it('still answers from the best sentence where it names who is asked', () => {
    const a = ask(article, 'Who voted against the bill?');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('Workers Party');
    expect(a.answer).not.toContain('Rothberg');
  });
});

describe('where based: a place the sentence says the asked thing is based in answers over a better-covering sentence', () => {
  const article =
    'The Tervalan Cycling Union on Monday named Marta Olsson, 41, as head coach of the national road team.\n\n' +
    'The union also said the national team would move its training base from the capital to a new centre at Kell Ridge.\n\n' +
    '"This is the job I always wanted," Olsson told a news conference at the union’s headquarters in Brevik.\n\n' +
    'She replaces Jan Holm, who retired in March.';

  it('"where is the union based" is answered by "the union’s headquarters in Brevik", not the training base', () => {
    const a = ask(article, 'Where is the union based?');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('Brevik');
    expect(a.sources[0]?.text).toContain('headquarters');
  });

  it('still answers where the team will train from the sentence on the training base', () => {
    const a = ask(article, 'Where will the team train?');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('Kell Ridge');
  });
});

describe('why: what is blamed for the asked thing is its cause', () => {
  const article =
    'Heavy snow closed the mountain road between Delm and Orsa for a second day on Friday.\n\n' +
    'Forecasters blame a slow-moving cold front for the storm.\n\n' +
    'Bus operators blame the cancellations on a shortage of winter tyres.\n\n' +
    'The road authority said ploughs would work through the night.';

  it('"what caused the storm" is answered by what forecasters blame for it, up to the "for"', () => {
    const a = ask(article, 'What caused the storm?');
    expect(a.answered).toBe(true);
    expect(a.answer).toBe('a slow-moving cold front');
    expect(a.sources[0]?.text).toContain('Forecasters blame');
  });

  it('still answers by what a thing is blamed on ("blame the cancellations on …")', () => {
    const a = ask(article, 'Why were buses cancelled?');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('a shortage of winter tyres');
  });
});

describe('why: who finds a thing did not cause it', () => {
  const article =
    'The Holm Street footbridge, the main crossing between the old town and the station, was closed indefinitely on Monday after engineers found cracks in two of its steel beams, city officials said.\n\n' +
    'The engineers spotted the cracks, the longest about 20 centimetres, during a routine inspection on Sunday.\n\n' +
    'The bridge carries about 9,000 people a day.';

  it('"what caused the cracks" is not answered by the engineers who found them', () => {
    const a = ask(article, 'What caused the cracks?');
    expect(a.answered).toBe(false);
  });

  it('still answers why the bridge was closed', () => {
    const a = ask(article, 'Why was the footbridge closed?');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('engineers found cracks');
  });

  it('still gives the subject of a verb that acts on the asked thing as its cause', () => {
    const a = ask(
      'The Holm Street footbridge was closed on Monday because heavy lorries had cracked two of its steel beams, the city said.\n\nThe bridge carries about 9,000 people a day.',
      'Why are the steel beams cracked?',
    );
    expect(a.answered).toBe(true);
    expect(a.answer).toBe('heavy lorries');
  });
});

describe('why: a "when" clause right after the asked event tells what happened as it did', () => {
  const article =
    'Trains will run through the new Kessel rail tunnel from Sunday, eleven years after digging began.\n\n' +
    'Digging was halted for eight months in 2021 when the boring machine hit a layer of soft, waterlogged clay.\n\n' +
    'The village of Orm was evacuated in 2018 when the river burst its banks.\n\n' +
    'The line was closed on Monday for safety checks before the opening.';

  it('"why was digging halted in 2021" is answered by the "when" clause after it', () => {
    const a = ask(article, 'Why was digging halted in 2021?');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('the boring machine hit a layer');
    expect(a.answer).not.toContain('Digging was halted');
  });

  it('gives no "when" clause of another sentence as the reason', () => {
    const a = ask(article, 'Why was the line closed?');
    expect(a.answer).not.toContain('river');
    expect(a.sources[0]?.text ?? '').not.toContain('evacuated');
  });
});

describe('why: "after" opening a clause of its own gives a reason as surely as "because"', () => {
  const intro = 'The Orvian Hockey Federation on Friday named Lena Brandt, 44, as coach of the women’s national team.\n\n';
  const outro = '\n\nShe will take charge for the first time in a friendly against Norland in May.';

  it('"why was the previous coach dismissed" is answered by "after the team failed to reach …"', () => {
    const a = ask(intro + 'Brandt replaces Piet Hallam, who was dismissed in March after the team failed to reach the world championship for the first time in 12 years.' + outro, 'Why was the previous coach dismissed?');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('the team failed to reach the world championship');
  });

  it('still declines where "after" names only an occasion ("after a two-hour meeting")', () => {
    const a = ask(intro + 'Brandt replaces Piet Hallam, who was dismissed in March after a two-hour meeting of the federation board.' + outro, 'Why was the previous coach dismissed?');
    expect(a.answered).toBe(false);
  });
});

describe('why: "what triggered …" asks for a cause as "what caused …" does', () => {
  const article =
    'Regulators fined three bus companies a total of 14 million crowns for fixing ticket prices.\n\n' +
    'The investigation began in May 2024 after a former manager at one of the companies wrote to the regulator.\n\n' +
    'One company had its fine cut by a third for helping investigators.';

  it('"what triggered the investigation" is answered by what it began after', () => {
    const a = ask(article, 'What triggered the investigation?');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('a former manager at one of the companies wrote to the regulator');
  });

  it('still declines a trigger the article never tells of', () => {
    const a = ask(article, 'What triggered the strike by drivers?');
    expect(a.answered).toBe(false);
  });
});
