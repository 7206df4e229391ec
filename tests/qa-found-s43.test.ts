/**
 * "Who found it?" answered by the doer a passive names after "by", in a related verb: invented
 * news prose, never an article's own words.
 */
import { describe, expect, it } from 'vitest';
import { askInline as ask } from './qa-helpers.js';

describe('who-questions: a related verb in the passive names its doer after "by"', () => {
  const beetle =
    'Rare beetle turns up in Quillmoor woods\n\n' +
    'A beetle not seen in the county for 60 years has been found living in an old oak near Quillmoor, delighting naturalists.\n\n' +
    'The insect, a violet click beetle, was spotted on 4 May by retired postman Osric Marlowes, 71, as he walked along a bridleway.\n\n' +
    'Mr Marlowes, who has photographed insects in the woods for 30 years and has recorded more than 300 kinds, said the find was the best moment of his life.\n\n' +
    'The county wildlife group said it would survey the oak in the autumn.';

  it('"who found it" is answered from "was spotted … by", not from "the find"', () => {
    const a = ask(beetle, 'who found it');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('Osric Marlowes');
    expect(a.sources[0]?.text).toContain('was spotted on 4 May by');
  });

  const hall =
    'Burst pipe floods Ostlebury village hall\n\n' +
    'Ostlebury village hall will stay shut for at least a month after a burst pipe flooded its main room and kitchen on Sunday night.\n\n' +
    'The leak was discovered at about 7.15am by caretaker Hilda Vantreece, 59, who had come in to unlock the building for a toddler group.\n\n' +
    'Hall committee chair Ruth Grisewood said the flood had ruined 40 new chairs bought last year.\n\n' +
    'The parish council said insurers had been told and a builder would start drying out the floor next week.';

  it('"who found the flood" reaches a doer written after a clock time, though the sentence calls it a leak', () => {
    const a = ask(hall, 'who found the flood');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('Hilda Vantreece');
    expect(a.sources[0]?.text).toContain('was discovered at about 7.15am by');
  });
});
