/**
 * Amounts asked of invented news prose (how many, how much, how long, how far, how old), from the
 * kinds of question a new batch of articles missed: each case is a general form of English the
 * engine reads, never an article's own words.
 */
import { describe, expect, it } from 'vitest';
import { matchIntent } from '../src/qa/intents.js';
import { askInline as ask } from './qa-helpers.js';

describe('"how long is the damaged section of the canal?": the length of a piece of a longer thing', () => {
  const article =
    'date 2026-02-11\n\n' +
    'Engineers closed a 3-kilometre stretch of the Varne Canal on Tuesday after part of its bank collapsed into the water.\n\n' +
    'The damaged boats were moored about 12 kilometres upstream at Orley Lock, where they will stay until the repairs are finished.\n\n' +
    'The canal trust said the work would cost about 400,000 euros.';

  it('reads the question as asking a length, with an adjective before the piece or "how long a …"', () => {
    expect(matchIntent('how long is the damaged section of the canal?').rule.name).toBe('how-long-size');
    expect(matchIntent('how long a stretch of the canal was closed?').rule.name).toBe('how-long-size');
  });

  it('answers with the length written before another word for the piece', () => {
    const a = ask(article, 'How long is the damaged section of the canal bank?');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('3-kilometre');
  });
});

describe('"what was the final vote tally?": the count a vote ended on, which a sentence does not call final', () => {
  const vote =
    'date 2026-04-09\n\n' +
    'Orsby council approved a ban on new short-term holiday lets in the old harbour on Wednesday night.\n\n' +
    'The motion passed 19 to 14 after a debate of more than four hours, as about 200 residents watched from the public gallery.\n\n' +
    'Owners of existing lets will have two years to apply for a licence.';
  const match =
    'date 2026-05-18\n\n' +
    'Kessby Rovers came from behind to beat Portwell Athletic 3-2 in the Northern Cup final on Saturday.\n\n' +
    'Portwell led 2-0 at half-time after two goals from their captain, Aled Morrow.';

  it('reads the vote’s tally by the last count written', () => {
    expect(matchIntent('what was the final vote tally?').rule.name).toBe('vote-tally');
    const a = ask(vote, 'What was the final vote tally?');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('19 to 14');
  });

  it('still takes a match’s final score from the sentence on the final', () => {
    expect(matchIntent('what was the final score?').rule.name).toBe('score');
    const a = ask(match, 'What was the final score?');
    expect(a.answer).toContain('3-2');
  });
});

describe('"by how many votes did the motion pass?": a margin, counted in votes', () => {
  const article =
    'date 2026-03-15\n\n' +
    'Voters in the province of Aldmere backed a plan to merge its two largest towns on Sunday.\n\n' +
    'The "yes" side took 50.6 percent of the vote, a margin of about 2,300 votes, the electoral office said.\n\n' +
    'A first attempt at the merger failed in the provincial assembly in 2021 by just four votes.';

  it('answers with the count of votes, not the winning share', () => {
    expect(matchIntent('by how many votes did the yes side win?').rule.name).toBe('vote-margin');
    const a = ask(article, 'By how many votes did the yes side win?');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('2,300 votes');
  });

  it('finds a margin told with "by" in another sentence', () => {
    const a = ask(article, 'By how many votes did the first attempt fail?');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('four votes');
  });
});

describe('"how did the capital vote?": in a referendum, the share voting one way', () => {
  const article =
    'date 2026-03-15\n\n' +
    'Voters in Marrland narrowly approved a new constitution in a referendum on Sunday, final results showed.\n\n' +
    'The port city of Tessholm voted 71 percent in favour, while most rural districts in the north rejected it.\n\n' +
    'Turnout was 58 percent, the electoral commission said.';

  it('answers with the share the sentence gives, where no tally is written', () => {
    expect(matchIntent('how did tessholm vote?').rule.name).toBe('how-voted');
    const a = ask(article, 'How did Tessholm vote?');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('71 percent');
  });
});

describe('"how much copper did the country sell?": an amount of the noun, though the verb deals in money', () => {
  const article =
    'date 2026-02-02\n\n' +
    'Velmar exported 410,000 tonnes of copper last year, most of it to smelters across the border.\n\n' +
    'The trade earned the country about 3.2 billion dollars, the mining ministry said.\n\n' +
    'Prices have since fallen by a fifth.';

  it('answers with the weight of copper', () => {
    const a = ask(article, 'How much copper did Velmar sell abroad last year?');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('410,000 tonnes');
  });

  it('still asks a sum where the noun is money, or no noun is asked', () => {
    expect(ask(article, 'How much money did the trade earn the country?').answer).toContain('3.2 billion dollars');
  });
});

describe('"how much have bookings gone up?": a change told as a share in words ("up by a third")', () => {
  const article =
    'date 2026-05-04\n\n' +
    'A seaside town in Dunlow has seen a rush of summer visitors since its harbour railway reopened in April.\n\n' +
    '"Our bookings for July are up by a third," said Petra Holm, who runs a guesthouse near the station.\n\n' +
    'The line carried 240 passengers on its first day.';
  const both =
    'date 2026-05-04\n\n' +
    'The number of otters in the Caddon valley has dropped by nearly two-thirds in 30 years, a survey found.\n\n' +
    'Over the same period the number of breeding female otters in the valley dropped by 58%, from about 300 to around 126.';

  it('reads "by a third" as the change', () => {
    const a = ask(article, 'How much have her bookings gone up?');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('a third');
  });

  it('prefers a figure with a percent sign where the question asks a percentage', () => {
    const a = ask(both, 'By what percentage has the number of otters dropped?');
    expect(a.answer).toContain('58%');
  });
});

describe('"how many visitors are expected next year?": a figure told of last year is another period’s', () => {
  const article =
    'date 2026-08-20\n\n' +
    'Archaeologists have uncovered a painted burial chamber near the hill village of Ostrava Gora.\n\n' +
    'Ostrava Gora, which received about 40,000 visitors last year, hopes the find will draw more tourists to the area.\n\n' +
    'The chamber will stay closed to the public while it is studied.';

  it('declines a question on next year', () => {
    expect(ask(article, 'How many visitors are expected in Ostrava Gora next year?').answered).toBe(false);
  });

  it('still answers a question on last year', () => {
    const a = ask(article, 'How many visitors did Ostrava Gora receive last year?');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('40,000');
  });
});

describe('"how many coin hoards have been found?": a count of the noun before the counted one counts another thing', () => {
  const article =
    'date 2026-09-03\n\n' +
    'A farmer ploughing a field near Eskbury has found a hoard of Roman coins buried in a clay jar.\n\n' +
    'Archaeologists recovered 930 silver coins and 12 gold coins from the jar, the county museum said.\n\n' +
    'The find will be valued by a panel of experts.';

  it('declines where only the coins are counted', () => {
    expect(ask(article, 'How many coin hoards does the county museum hold?').answered).toBe(false);
  });

  it('still counts the coins', () => {
    const a = ask(article, 'How many silver coins were recovered from the jar?');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('930');
  });
});

describe('"at what age did she take up the cello?": a bare number after "at" is an age', () => {
  const article =
    'date 2026-06-02\n\n' +
    'The Marsh Valley Orchestra has named Ines Dalgaard as its new principal cellist.\n\n' +
    'Born in the fishing town of Rellund, Dalgaard played the piano before taking up the cello at 19.\n\n' +
    'She is, at 27, the youngest principal in the orchestra’s history.';

  it('answers an age at an event', () => {
    const a = ask(article, 'At what age did Dalgaard take up the cello?');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('19');
  });

  it('answers how old she is from an age set off by commas', () => {
    const a = ask(article, 'How old is the youngest principal?');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('27');
  });
});

describe('"what age will the pension age rise to?": the number an age is set to', () => {
  const article =
    'date 2026-04-21\n\n' +
    'The government of Tarnland survived a confidence vote on Tuesday after weeks of protests.\n\n' +
    'Unions object to its plans to raise the state pension age to 67 by 2032, and to cut sick pay.\n\n' +
    'The finance minister said the changes would save about 2 billion crowns a year.';

  it('answers with the age the plan sets', () => {
    const a = ask(article, 'What age does the government want to push the pension age up to?');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('67');
  });
});

describe('"how long will the road be shut?": a length right after a related verb of the asked act', () => {
  const article =
    'date 2026-11-12\n\n' +
    'A burst water main flooded the lower end of Mill Lane in Ardwick on Wednesday, damaging four shops.\n\n' +
    'Mill Lane will stay closed to traffic for at least 12 days while the road is dug up and a 30-metre stretch of old iron pipe is replaced with plastic, the water company said.\n\n' +
    'Buses are being diverted through Church Road.';

  it('answers with the length the road stays closed', () => {
    const a = ask(article, 'how long will mill lane be shut to cars and buses');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('12 days');
  });
});

describe('"how far will the diversion add?": one unit of distance written with "a" ("roughly a mile")', () => {
  const article =
    'date 2026-10-08\n\n' +
    'Council engineers will close Quarry Lane in Tolbury for three weeks from Monday to repair a collapsed drain.\n\n' +
    'A diversion will run along Mill Road and add roughly a mile to journeys, the council said.\n\n' +
    'Residents will still be able to reach their homes on foot.';

  it('answers with the distance', () => {
    const a = ask(article, 'how far does the diversion add to journeys');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('roughly a mile');
  });
});

describe('"how far ahead was he?": a lead, counted in votes as often as in distance', () => {
  const article =
    'date 2026-05-09\n\n' +
    'A council seat in Brackwell was decided by drawing lots on Friday after two recounts failed to separate the candidates.\n\n' +
    'Tomas Ellery, 44, a plumber standing for the Brackwell Independents, had been three votes ahead after the first count at the town hall.\n\n' +
    'The second recount left both candidates on 612 votes.';

  it('answers with the count of votes', () => {
    expect(matchIntent('how far ahead was ellery after the first count').rule.name).toBe('how-far-ahead');
    const a = ask(article, 'how far ahead was Ellery after the first count');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('three votes');
  });
});
