/**
 * Follow-up questions answered from invented news prose: each case is a general form of English
 * conversation the engine reads, never an article's own words.
 */
import { describe, expect, it } from 'vitest';
import { answerQuestion, knowledgeBaseFromText, Conversation } from '../src/engine.js';
import { resolveFollowUp } from '../src/qa/followup.js';
import { askInTurn } from './qa-helpers.js';

/** How the follow-up reads once resolved against the context question’s turn. */
function resolvedAfter(article: string, context: string, followUp: string): string {
  const kb = knowledgeBaseFromText('inline.txt', article);
  const conversation = new Conversation();
  answerQuestion(kb, context, conversation);
  return resolveFollowUp(followUp, conversation, kb);
}

describe('follow-ups: "he" is the person the last question described when no one was named', () => {
  const article =
    'date 2025-04-11\n\n' +
    'Three walkers were hurt when a footbridge gave way over the river Lenn near Ashcombe on Thursday.\n\n' +
    'A 64-year-old hiker who broke his hip in the fall comes from the coastal village of Pellworth, rescuers said.\n\n' +
    'The other two walkers were treated for cuts and bruises and sent home.\n\n' +
    'The county council said the bridge had last been inspected in 2019.';

  it('"How old is the hiker who broke his hip?" then "Where is he from?" is answered from the hiker’s sentence', () => {
    const a = askInTurn(article, 'How old is the hiker who broke his hip?', 'Where is he from?');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('Pellworth');
    expect(a.sources[0]?.text).toContain('64-year-old hiker');
  });

  it('reads "he" as the description, and "Who …?" as "the person who …"', () => {
    expect(resolvedAfter(article, 'How old is the hiker who broke his hip?', 'Where is he from?')).toBe('Where is the hiker who broke his hip from?');
    expect(resolvedAfter(article, 'Who repaired the handrail?', 'When did he start?')).toBe('When did the person who repaired the handrail start?');
  });

  it('a name the last answer gave still comes first', () => {
    const named =
      'date 2025-04-11\n\n' +
      'The footbridge was inspected in 2019 by engineer Tomas Kelder.\n\n' +
      'Kelder, who has worked for the county for 22 years, said he had found no faults.';
    expect(resolvedAfter(named, 'Who inspected the footbridge?', 'How long has he worked for the county?')).toBe('How long has Tomas Kelder worked for the county?');
  });
});

describe('follow-ups: "that time" / "that one" is the event the last question asked about, when no time was answered', () => {
  const article =
    'date 2025-10-02\n\n' +
    'The river Oss burst its banks in Wenmarch on Tuesday, and the water destroyed 15 houses near the bridge.\n\n' +
    'The worst flood in the town’s history, in the winter of 1968, destroyed 312 houses along the quay.\n\n' +
    'Engineers said the new flood wall had held for most of the town.';

  it('"What was the town’s worst flood?" then "How many houses were destroyed in that one?" is answered from the flood’s sentence', () => {
    const a = askInTurn(article, 'What was the town’s worst flood?', 'How many houses were destroyed in that one?');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('312');
    expect(a.sources[0]?.text).toContain('worst flood');
  });

  it('reads the reference as the last question’s words', () => {
    expect(resolvedAfter(article, 'When did the engineers test the wall?', 'How many men were on the quay that time?')).toBe('How many men were on the quay when the engineers test the wall?');
    expect(resolvedAfter(article, 'What was the town’s worst flood?', 'How many houses were destroyed in that one?')).toBe('How many houses were destroyed in the town\'s worst flood?');
  });

  it('after a person asked for, or a time answered, the reference is left to the other rules', () => {
    expect(resolvedAfter(article, 'Who built the flood wall?', 'How old was the town then?')).toBe('How old was the town then?');
    expect(resolvedAfter(article, 'When was the worst flood?', 'How many houses were destroyed in that one?')).not.toContain('worst flood');
  });
});

describe('follow-ups: a bare "that" after an amount answered is the amount', () => {
  const article =
    'date 2025-05-20\n\n' +
    'Voters in Kellmoor chose a new harbour board on Sunday, the election office said.\n\n' +
    'Some 58 percent of those registered took part, up from 41 percent at the last election in 2011.\n\n' +
    'Counting finished shortly after midnight.';

  it('reads "that" as the amount answered', () => {
    expect(resolvedAfter(article, 'What percentage of voters took part?', 'How does that compare with earlier votes?')).toMatch(/^How does (?:Some )?58 percent compare with earlier votes\?$/);
    expect(resolvedAfter(article, 'What percentage of voters took part?', 'Is that high?')).toMatch(/^Is (?:Some )?58 percent high\?$/);
  });

  it('"What percentage of voters took part?" then "How does that compare with the last election?" is answered from the amount’s sentence', () => {
    const a = askInTurn(article, 'What percentage of voters took part?', 'How does that compare with the last election?');
    expect(a.answered).toBe(true);
    expect(a.sources[0]?.text).toContain('up from 41 percent');
  });

  it('"that" before a noun is no amount: "that vote" is left to the other rules', () => {
    expect(resolvedAfter(article, 'What percentage of voters took part?', 'When was that vote?')).not.toContain('58 percent');
  });
});

describe('follow-ups: after "Which film …?" answered, "it" is "the film" when the answer gave no name of its own', () => {
  const article =
    'date 2025-11-02\n\n' +
    'The drama "Salt and Ember" won the Golden Lantern at the Merrowby festival on Saturday.\n\n' +
    'The film, which runs 104 minutes, was shot over 30 days in the hill town of Carrabeg.\n\n' +
    'Its director, Ines Varro, thanked the crew from the stage.';

  it('reads "it" as the kind the last question asked for, not the prize it named', () => {
    expect(resolvedAfter(article, 'Which film won the Golden Lantern?', 'Where was it shot?')).toBe('Where was the film shot?');
  });

  it('"Which film won the Golden Lantern?" then "Where was it shot?" is answered from the film’s sentence', () => {
    const a = askInTurn(article, 'Which film won the Golden Lantern?', 'Where was it shot?');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('Carrabeg');
    expect(a.sources[0]?.text).toContain('was shot over 30 days');
  });

  it('a name the answer gave still comes first: "it" after "Which firm built the bridge?" is the firm', () => {
    const named =
      'date 2025-06-03\n\n' +
      'The new footbridge over the river Tamsey opened in Lowbridge on Monday after two years of work.\n\n' +
      'The bridge was built by Castwell Engineering, a family firm based in Penford.\n\n' +
      'Castwell Engineering was founded in 1952 and employs 140 people.';
    expect(resolvedAfter(named, 'Which firm built the bridge?', 'When was it founded?')).toBe('When was Castwell Engineering founded?');
  });
});
