import { describe, expect, it } from 'vitest';
import { answerQuestion, knowledgeBaseFromText } from '../src/engine.js';

describe('when: the hour of the lead event', () => {
  // The lead gives the day, the next sentence the hour in other words ("was hit … at 0510").
  const kb = knowledgeBaseFromText(
    'collision.txt',
    'date 2026-03-10\n\n' +
      'Two cargo ships collided in thick fog off the port of Hallmere early on Monday, spilling diesel into the bay and injuring three sailors, the coastguard said.\n\n' +
      'The Liberian-registered bulk carrier Norra Vind was hit on its starboard side by the container vessel Teal Harbour at 0510 local time, about 4 nautical miles west of the harbour entrance.\n\n' +
      'The harbour master, Ilse Brant, said the bay would stay closed to smaller boats until the diesel had been cleared, a task expected to take a week.\n\n' +
      'Divers inspected the damaged hull on Tuesday, and salvage crews began pumping fuel from the carrier on Wednesday afternoon.',
  );

  it('answers "what time" from the sentence after the lead', () => {
    const a = answerQuestion(kb, 'What time did the ships collide?');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('0510');
  });

  it('does not give that hour for a planned time', () => {
    const a = answerQuestion(kb, 'What time were the ships supposed to collide?');
    expect(a.answer).not.toContain('0510');
  });
});

describe('where: the place people were moved to', () => {
  const kb = knowledgeBaseFromText(
    'flood.txt',
    'date 2026-04-02\n\n' +
      'Floodwater swept through the riverside town of Kellmoor on Tuesday night after the Arne burst its banks, damaging more than 300 homes.\n\n' +
      'Emergency crews evacuated about 900 residents of Kellmoor and the nearby hamlet of Oswith to a leisure centre in the town of Brackley, 20 kilometres to the east.\n\n' +
      'The regional council said residents would be able to return once engineers had checked the flood defences.',
  );

  it('answers "where were the evacuees taken?" with the phrase after the "to" of the moving verb', () => {
    const a = answerQuestion(kb, 'Where were the evacuees taken?');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('Brackley');
    expect(a.sources[0].text).toContain('evacuated about 900');
  });
});

describe('how old: an age at a time gone by', () => {
  const kb = knowledgeBaseFromText(
    'tennis.txt',
    'date 2026-01-18\n\n' +
      'Mira Osterlund won her first major title on Saturday, beating the top seed Anja Kell 6-3 4-6 7-5 in the final of the Harbour Open.\n\n' +
      '"I have dreamed of this since I was seven years old, hitting balls against the wall of our barn," Osterlund said.\n\n' +
      'The 24-year-old, seeded ninth, sealed victory after two hours and 12 minutes with an ace.',
  );

  it('answers "how old is Osterlund?" with her age now, not the age she dreamed at', () => {
    const a = answerQuestion(kb, 'How old is Osterlund?');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('24');
  });
});

describe('when: a future question and the lead\'s weekday', () => {
  // An undated article: "on Monday" in the lead is the story's own day, gone by.
  const kb = knowledgeBaseFromText(
    'bridge.txt',
    'Ravensholt Approves New Harbour Bridge\n\n' +
      'The city council of Ravensholt on Monday approved plans for a four-lane bridge across the harbour, ending a dispute that lasted six years.\n\n' +
      'Once complete in 2031, the bridge will carry about 40,000 vehicles a day, the council said.\n\n' +
      'Campaigners have opposed the bridge since it was first proposed in 2019.',
  );

  it('does not answer "when is it due to be finished?" with the day the plans were approved', () => {
    const a = answerQuestion(kb, 'When is the bridge due to be finished?');
    expect(a.answer).not.toContain('Monday');
    expect(a.answer).toContain('2031');
  });
});

describe('when: the hour of the story\'s event named by a word for any event', () => {
  const kb = knowledgeBaseFromText(
    'bus.txt',
    'date 2026-10-14\n\n' +
      'At least nine people were killed when a crowded minibus plunged off a mountain road in the north of the country early on Tuesday, police said.\n\n' +
      'The vehicle, operated by a private firm, veered off a bend on the Harl Pass at about 6:10 a.m., falling roughly 60 metres into a gorge.\n\n' +
      'The company said it would cooperate fully with investigators looking into the accident.',
  );

  it('answers "what time did the accident happen?" with the hour after the lead', () => {
    const a = answerQuestion(kb, 'What time did the accident happen?');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('6:10');
  });
});

describe('where: a part of a thing named after an article', () => {
  it('reads "the back of the label" as a noun phrase, so it is where the date was printed', () => {
    const kb = knowledgeBaseFromText(
      'dairy.txt',
      'date 2026-03-10\n\nA dairy in the town of Oster was fined 80,000 crowns on Monday for selling yoghurt past its use-by date, the food agency said.\n\n' +
        'The dairy said it had done nothing wrong because the use-by date had always been printed on the back of the label, as the rules require.\n\n' +
        'The agency said shoppers could not be expected to turn every pot over.',
    );
    const a = answerQuestion(kb, 'Where was the use-by date printed?');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('on the back of the label');
  });
});

describe('how late: by how long', () => {
  it('is answered by a length of time, not read as a manner', () => {
    const kb = knowledgeBaseFromText(
      'bridge.txt',
      'date 2026-03-10\n\nThe new Tarrow road bridge opened to traffic on Saturday, two years behind schedule and 40 million crowns over budget.\n\nThe bridge was designed by the engineering firm Ostmark Partners.\n\nIts opening was delayed by a dispute over the steel supply, the city said.',
    );
    const a = answerQuestion(kb, 'how late did the bridge open');
    expect(a.answered).toBe(true);
    expect(a.intent).toBe('how-long');
    expect(a.answer).toContain('two years');
  });
});

describe('how long it took: "in about N seconds after …" is a length of time', () => {
  const article =
    'date 2025-08-03\n\n' +
    'An old grain silo at the Verrick docks was brought down by explosives on Saturday morning.\n\n' +
    'The 60-metre silo collapsed in about nine seconds after 300 charges were fired at 6:45 a.m., the demolition firm said.\n\n' +
    'Dust settled over the harbour for an hour.';

  it('"how long did it take to fall" is answered by "in about nine seconds"', () => {
    const kb = knowledgeBaseFromText('inline.txt', article);
    const a = answerQuestion(kb, 'how long did it take the silo to fall?');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('nine seconds');
    // (Not "nine seconds after", the point in time the words would read as without "in".)
    expect(a.answer).not.toContain('after');
  });
});

describe('last year: "the last financial year" tells of it', () => {
  const article =
    'date 2025-11-06\n\n' +
    'The Harrowden Gazette will stop printing after 88 years, its owner Pellis Media said on Thursday.\n\n' +
    'The company said the Gazette had lost about £95,000 in the last financial year.\n\n' +
    'Its staff of nine will be offered jobs at other titles.';

  it('"how much did it lose last year" is answered by "in the last financial year"', () => {
    const kb = knowledgeBaseFromText('inline.txt', article);
    const a = answerQuestion(kb, 'how much money did the gazette lose last year');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('95,000');
  });
});

describe('the last of a thing: the story’s own, where the sentence calls it the final one', () => {
  const article =
    'date 2025-11-06\n\n' +
    'The Morland Courier, a weekly paper founded in 1889, printed its final edition on Thursday.\n\n' +
    'Its owner said the title had lost readers for a decade.';

  it('"when did the last edition come out" is answered by "on Thursday"', () => {
    const kb = knowledgeBaseFromText('inline.txt', article);
    const a = answerQuestion(kb, 'when did the last edition come out');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('Thursday');
  });

  it('"when was the last strike" is not answered by this week’s day', () => {
    const kb = knowledgeBaseFromText(
      'inline.txt',
      'date 2025-11-06\n\nBus drivers in Morland walked out on Thursday over pay, their union said.\n\nThe union gave no figure for its members.',
    );
    const a = answerQuestion(kb, 'when was the last strike by bus drivers?');
    expect(a.answered).toBe(false);
  });
});

describe('how quickly, how soon: in how long a time', () => {
  it('answers "how soon will the bridge reopen" with the length of time given', () => {
    const kb = knowledgeBaseFromText(
      'bridge.txt',
      'date 2026-03-04\n\nThe Orrel road bridge was closed on Tuesday after inspectors found a cracked bearing.\n\nEngineers said it should reopen within three weeks, once the bearing is replaced.\n\nBuses are being diverted through Hesby.',
    );
    const a = answerQuestion(kb, 'how soon will the bridge reopen?');
    expect(a.intent).toBe('how-long');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('three weeks');
  });
});
