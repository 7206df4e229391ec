/**
 * What, which and name-of questions answered from invented news prose: each case is a general form
 * of English the engine reads, never an article's own words.
 */
import { describe, expect, it } from 'vitest';
import { askInline as ask } from './qa-helpers.js';

describe('name-of: the lead’s new thing is named right after by another word for it', () => {
  const article =
    'date 2025-09-14\n\n' +
    'A red panda that slipped out of the Marwick Wildlife Park on Friday night was caught unharmed on Saturday in a garden two streets away, park officials said.\n\n' +
    'The two-year-old male, named Bao, had climbed a tree beside his enclosure and dropped over the outer wall.\n\n' +
    'Keepers lured him down with grapes after a neighbour called the park.';

  it('“what is the panda called” is answered by the name given to “the two-year-old male”', () => {
    const a = ask(article, 'What is the panda called?');
    expect(a.answered).toBe(true);
    expect(a.answer).toBe('Bao');
    expect(a.sources[0]?.text).toContain('named Bao');
  });

  it('a name in apposition to another word for it ("The 12-metre ketch Sea Lark") names the lead’s boat', () => {
    const a = ask(
      'date 2025-11-03\n\nRescuers on Monday found a sailing boat that had drifted for two days without power off the Orne Banks, the coastguard said.\n\nThe 12-metre ketch Sea Lark, with three people aboard, lost its engine in a storm on Saturday.\n\nAll three were brought ashore in Kelby.',
      'What was the boat called?',
    );
    expect(a.answered).toBe(true);
    expect(a.answer).toBe('Sea Lark');
  });

  it('a word the lead gives another thing (“a wildlife park” / “The park, known as …”) names that, not the asked one', () => {
    const a = ask(
      'date 2025-09-14\n\nA red panda slipped out of a wildlife park near Marwick on Friday night and was caught unharmed on Saturday, officials said.\n\nThe park, known locally as the Hollow, has kept red pandas since 2011.\n\nKeepers lured the animal down from a tree with grapes.',
      'What is the panda called?',
    );
    expect(a.answer).not.toContain('Hollow');
  });
});

describe('what + noun: a bare time is no thing of the asked kind', () => {
  const article =
    'date 2025-10-09\n\n' +
    'A 52-year-old climber who spent two nights stuck on a cliff in the Harl Mountains was lifted to safety by a rescue helicopter on Friday morning, after a search involving 60 volunteers.\n\n' +
    'The climber, a teacher from Osby, had set out alone on Tuesday.\n\n' +
    'He was treated in hospital for dehydration and is expected to make a full recovery.';

  it('“what model of helicopter was used” is not answered by “on Friday morning”', () => {
    const a = ask(article, 'What model of helicopter was used in the rescue?');
    expect(a.answer).not.toContain('Friday');
    expect(a.answered).toBe(false);
  });

  it('a what-question with no noun of its own still takes the words after its verb', () => {
    const a = ask(article, 'What lifted the climber to safety?');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('helicopter');
  });
});

describe('which + a kind of body: a name whose head is a body of another kind does not answer', () => {
  const article =
    'date 2025-10-09\n\n' +
    'A former harbour director was cleared on Tuesday of taking bribes worth 1.8 million crowns in exchange for berth contracts.\n\n' +
    'Judge Mira Tollan of the Ostby District Court said prosecutors had failed to prove that Lars Vennberg, 58, had accepted the money from shipping firms.\n\n' +
    'Prosecutors said they would study the ruling before deciding whether to appeal.';

  it('“which shipping firms paid him” is not answered by “Ostby District Court”', () => {
    const a = ask(article, 'Which shipping firms allegedly paid him?');
    expect(a.answer).not.toContain('Court');
    expect(a.answered).toBe(false);
  });

  it('“which court cleared him” is still answered by the court', () => {
    const a = ask(article, 'Which court cleared Vennberg?');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('Ostby District Court');
  });
});

describe('occupation: more ways to ask someone’s work, answered by the description set off after the name', () => {
  const article =
    'date 2025-10-12\n\n' +
    'Lena Marsh won the women’s race at the Orrby Half Marathon on Sunday in 1 hour 11 minutes, a course record.\n\n' +
    'Marsh finished 40 seconds ahead of last year’s winner, Kaja Dunn.\n\n' +
    'The crowd of about 3,000 cheered her over the line.\n\n' +
    'Marsh, 29, a dental nurse from the village of Fenby, said she trains before work on most days.\n\n' +
    'The race raised 20,000 crowns for the town’s hospital.';

  it('“what is her day job” asks her occupation', () => {
    const a = ask(article, 'What is Lena Marsh’s day job?');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('dental nurse');
  });

  it('“what does she do for a living” is answered by “Marsh, 29, a dental nurse”, not by the lead', () => {
    const a = ask(article, 'What does Lena Marsh do for a living?');
    expect(a.answered).toBe(true);
    expect(a.sources[0]?.text).toContain('a dental nurse');
  });

  it('a what-question about something else is read as before', () => {
    const a = ask(article, 'What did the race raise money for?');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('hospital');
  });
});

describe('name-of: a name to come (“what will X be called?”)', () => {
  const article =
    'date 2025-06-02\n\n' +
    'Two of the country’s largest seed companies, Varrow Seeds and Kell Agri, agreed on Monday to merge in a deal worth 1.2 billion crowns.\n\n' +
    'Varrow shareholders will own about 60 percent of the combined firm, which will be called Varrow Kell and keep its headquarters in Tolby.\n\n' +
    'The old Kell Agri plant in Osby will be turned into a public park, due to open in 2027.\n\n' +
    'About 300 jobs are expected to go.';

  it('“what will the new company be called” is answered by “which will be called Varrow Kell”, not by the names of its parts', () => {
    const a = ask(article, 'What will the new company be called?');
    expect(a.answered).toBe(true);
    expect(a.answer).toBe('Varrow Kell');
  });

  it('“what is the new firm going to be called” asks the same', () => {
    const a = ask(article, 'What is the new firm going to be called?');
    expect(a.answered).toBe(true);
    expect(a.answer).toBe('Varrow Kell');
  });

  it('“what will the new park be called” is declined where no name is given, not answered by the words after it', () => {
    const a = ask(article, 'What is the park going to be called?');
    expect(a.answered).toBe(false);
  });
});
