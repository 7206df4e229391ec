/**
 * Follow-up questions through a `Conversation` on the real engine: pronouns ("What did he say?",
 * "the roads into it") resolve to the entity of the previous answer, conversations are independent,
 * and without context a bare pronoun question is declined rather than guessed.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { answerQuestion, Conversation, knowledgeBaseFromText, type Answer } from '../src/engine.js';
import { resolveFollowUp } from '../src/qa/followup.js';
import { expectAbstain, expectAnswer, loadAllKbs, type Expected, type Kbs } from './qa-helpers.js';

let kbs: Kbs;
beforeAll(async () => {
  kbs = await loadAllKbs();
});

/** Asks in a conversation; `answerQuestion` records the turn in the conversation itself. */
function turn(kb: keyof Kbs, conversation: Conversation, question: string): Answer {
  return answerQuestion(kbs[kb], question, conversation);
}

describe('follow-ups through a Conversation', () => {
  it('records each question asked through it as one turn', () => {
    const conversation = new Conversation();
    expect(conversation.turns).toHaveLength(0);
    turn('seed', conversation, 'Who is leading the offensive?');
    turn('seed', conversation, 'Where is it heading?');
    expect(conversation.turns.map((t) => t.question)).toEqual(['Who is leading the offensive?', 'Where is it heading?']);
  });

  it('does not take a group for "he": "Who is leading the offensive?" (HTS) then "What did he say?" is declined', () => {
    const conversation = new Conversation();
    expectAnswer(turn('seed', conversation, 'Who is leading the offensive?'), { answer: 'HTS', source: 'The offensive is being led by HTS' });
    expectAbstain(turn('seed', conversation, 'What did he say?'));
  });

  it('does not take a person for "it": "Who was the painter?" then "When was it painted?" stays about the painting', () => {
    const kb = knowledgeBaseFromText(
      'sale.txt',
      'date 2025-11-13\n\nA harbour scene by the painter Maren Vantry sold for 48.6 million euros on Wednesday evening.\n\n“Night Harbour”, painted in 1913, had been expected to fetch 35 million euros.',
    );
    const conversation = new Conversation();
    expect(answerQuestion(kb, 'Who was the painter?', conversation).answer).toContain('Maren Vantry');
    expect(answerQuestion(kb, 'When was it painted?', conversation).answer).toContain('1913');
  });

  it('"Who said measles is not a mild illness?" then "What is his job?"', () => {
    const kb = knowledgeBaseFromText(
      'measles.txt',
      'date 2025-02-11\n\nNine children are in hospital with measles.\n\nDr Tomasz Werner, 41, a consultant paediatrician at the hospital, said most of the children had developed pneumonia. “Measles is not a mild illness,” he said.',
    );
    const conversation = new Conversation();
    expect(answerQuestion(kb, 'Who said measles is not a mild illness?', conversation).answer).toContain('Tomasz Werner');
    const job = answerQuestion(kb, 'What is his job?', conversation);
    expect(job.intent).toBe('definition');
    expect(job.answer).toContain('consultant paediatrician');
  });

  it('"Who is the Observatory\'s chief?" then "What did he say?" (seed)', () => {
    const conversation = new Conversation();
    const first = turn('seed', conversation, "Who is the Observatory's chief?");
    expectAnswer(first, { answer: 'Rami Abdurrahman', source: 'said Rami Abdurrahman' });
    expect(first.focus).toBe('Rami Abdurrahman');

    const second = turn('seed', conversation, 'What did he say?');
    expectAnswer(second, { intent: 'quote', answer: 'mother of all battles', source: 'mother of all battles' });
    expect(second.attribution).toBe('Rami Abdurrahman');
    expect(conversation.turns.map((t) => t.question)).toEqual(["Who is the Observatory's chief?", 'What did he say?']);
  });

  it.each<[keyof Kbs, string, string, Expected]>([
    ['seed', 'Who is Rami Abdurrahman?', 'What did he say about Homs?', { answer: 'mother of all battles', source: 'mother of all battles' }],
    ['halvorsen-brightwater-2023-03', "Who is Brightwater's chairman?", 'What did he say?', { answer: 'recommended the offer', source: 'Olav Nygaard' }],
    ['halvorsen-brightwater-2023-03', "Who is Halvorsen's chief executive?", 'What did she say?', { answer: 'most important step', source: 'most important step in our history' }],
    ['karsa-earthquake-2023-09', 'Who is Ana Kostic?', 'What did she say about damaged buildings?', { answer: 'should not go back', source: 'should not go back into damaged buildings' }],
    ['karsa-earthquake-2023-09', 'Which town was worst hit?', 'What blocked the roads into it?', { answer: 'rockslides', source: 'blocked by rockslides' }],
    ['karsa-earthquake-2023-09', 'Which town was worst hit?', 'How many people died there?', { answer: '17', source: 'the worst-hit area' }],
    ['corvale-cup-final-2024-05', "Who is Corvale's coach?", 'What did he say about the supporters?', { answer: 'belonged to the supporters', source: 'the victory belonged to the supporters' }],
    ['lanovia-election-2025-04', 'Who is the leader of the Homeland Front?', 'What did he say?', { answer: 'ready to talk', source: 'ready to talk' }],
    ['tessin-glaciers-study-2024-10', 'Who is the university spokesperson?', 'What did she say?', { answer: 'freely available', source: 'made its data freely available' }],
  ])('%s: "%s" then "%s"', (kb, context, question, want) => {
    const conversation = new Conversation();
    turn(kb, conversation, context);
    expectAnswer(turn(kb, conversation, question), want);
  });

  it('declines a bare pronoun question with no conversation, or in a fresh one', () => {
    expectAbstain(answerQuestion(kbs.seed, 'What did he say?'));
    expectAbstain(answerQuestion(kbs.seed, 'What did he say?', new Conversation()));
  });

  it('keeps conversations apart: the same follow-up resolves to each conversation\'s own person', () => {
    const kb = 'halvorsen-brightwater-2023-03';
    const chair = new Conversation();
    const ceo = new Conversation();
    turn(kb, chair, "Who is Brightwater's chairman?");
    turn(kb, ceo, "Who is Halvorsen's chief executive?");

    const fromChair = turn(kb, chair, 'What did he say?');
    const fromCeo = turn(kb, ceo, 'What did she say?');
    expect(fromChair.attribution).toBe('Olav Nygaard');
    expect(fromChair.answer).toContain('recommended the offer');
    expect(fromCeo.attribution).toBe('Maria Lenz');
    expect(fromCeo.answer).toContain('most important step');
    expect(chair.turns).toHaveLength(2);
    expect(ceo.turns).toHaveLength(2);
  });

  it('follows the latest entity: a new question moves the focus', () => {
    const kb = 'halvorsen-brightwater-2023-03';
    const conversation = new Conversation();
    turn(kb, conversation, "Who is Brightwater's chairman?");
    turn(kb, conversation, "Who is Halvorsen's chief executive?");
    const a = turn(kb, conversation, 'What did she say?');
    expect(a.attribution).toBe('Maria Lenz');
    expect(a.answer).toContain('most important step');
  });

  it('"What happened in Orvik in May 2011?" then "How many people died in that one?" or "How many did it kill?"', () => {
    const kb = knowledgeBaseFromText(
      'floods.txt',
      `date 2025-09-18

At least six people were killed when the River Tarn flooded parts of Orvik on Tuesday.

The flooding is the worst in Orvik since May 2011, when a storm surge broke the sea wall, killing 19 people.

About 2,000 people were moved to shelters on Tuesday night.`,
    );
    for (const followUp of ['How many people died in that one?', 'How many people did it kill?']) {
      const conversation = new Conversation();
      expect(answerQuestion(kb, 'What happened in Orvik in May 2011?', conversation).answer).toBe('a storm surge broke the sea wall');
      expectAnswer(answerQuestion(kb, followUp, conversation), { answer: '19 people', source: 'since May 2011' });
    }
    // Asked alone, the same questions are about the story itself.
    expect(answerQuestion(kb, 'How many people died?').answer).toContain('six');
  });

  it('"When was Orvik last flooded this badly?" then "How many people died in that one?" asks about that time', () => {
    const kb = knowledgeBaseFromText(
      'floods.txt',
      `date 2025-09-18

At least six people were killed when the River Tarn flooded parts of Orvik on Tuesday.

Orvik was last flooded this badly in May 2011, when a storm surge broke the sea wall and killed 19 people.`,
    );
    const conversation = new Conversation();
    expect(answerQuestion(kb, 'When was Orvik last flooded this badly?', conversation).answer).toContain('May 2011');
    expectAnswer(answerQuestion(kb, 'How many people died in that one?', conversation), { answer: '19 people', source: 'May 2011' });
    // "That" alone is what was said, not the event; "it" is as often the thing asked about.
    const fresh = new Conversation();
    answerQuestion(kb, 'When was Orvik last flooded this badly?', fresh);
    expect(resolveFollowUp('How many people died in that one?', fresh)).toBe('How many people died in May 2011?');
    expect(resolveFollowUp('Who said that?', fresh)).toBe('Who said that?');
    expect(resolveFollowUp('Why was it so bad?', fresh)).not.toContain('May 2011');
  });

  it('"How far is that in miles?": the figure the article gives beside the last answer, and no conversion of its own', () => {
    const kb = knowledgeBaseFromText(
      'wreck.txt',
      'date 2025-04-09\n\nThe wreck lies about 14 kilometres (8.7 miles) off Skarrow Point, the team said.\n\nThe salvage will cost 4.2 million korins.',
    );
    const conversation = new Conversation();
    expect(answerQuestion(kb, 'How far off Skarrow Point is the wreck?', conversation).answer).toBe('about 14 kilometres (8.7 miles)');
    const miles = answerQuestion(kb, 'How far is that in miles?', conversation);
    expect(miles.answer).toBe('8.7 miles');
    expect(miles.sources[0].text).toContain('Skarrow Point');
    const feet = answerQuestion(kb, 'and in feet?', conversation);
    expect(feet.answered).toBe(false);
    expect(feet.answer).toBe("The article doesn't give that in feet.");

    const money = new Conversation();
    answerQuestion(kb, 'How much will the salvage cost?', money);
    expect(answerQuestion(kb, 'What is that in dollars?', money).answered).toBe(false);
  });

  it('takes "she" for the person the last answer’s sentence names when that answer was a party, not a town the article names beside it', () => {
    const kb = knowledgeBaseFromText(
      'vote.txt',
      'date 2025-10-20\n\nThe Civic Renewal Party (CRP) won the Tarrowby mayoral election on Sunday, and its candidate, Ines Valdecorte, will be the city’s first woman mayor.\n\nTurnout was 57%.\n\nValdecorte, 44, is a former schoolteacher.',
    );
    const conversation = new Conversation();
    expect(answerQuestion(kb, 'Who won the Tarrowby mayoral election?', conversation).answer).toContain('Civic Renewal Party');
    expect(answerQuestion(kb, 'how old is she', conversation).answer).toBe('44');
  });

  it('takes "she" after an answer about a man the article calls "he" for the woman the answer’s sentence names', () => {
    const kb = knowledgeBaseFromText(
      'chess.txt',
      'date 2026-11-20\n\nAnika Ternova beat the defending champion Maksim Hollander on Sunday to become world chess champion.\n\nHollander said he would take a long break from chess.\n\nTernova, 16, said she was delighted.\n\nHollander, 31, said he was proud of her.',
    );
    const conversation = new Conversation();
    expect(answerQuestion(kb, 'Who did Ternova beat?', conversation).answer).toBe('Maksim Hollander');
    expect(answerQuestion(kb, 'How old is she?', conversation).answer).toBe('16');
  });

  it('answers a self-contained question the same inside a conversation as outside', () => {
    const conversation = new Conversation();
    turn('seed', conversation, "Who is the Observatory's chief?");
    const inside = turn('seed', conversation, 'How many fighters did the air strikes kill?');
    const outside = answerQuestion(kbs.seed, 'How many fighters did the air strikes kill?');
    expect(inside.answer).toBe(outside.answer);
    expect(inside.sources.map((s) => s.index)).toEqual(outside.sources.map((s) => s.index));
  });
});

describe('"says who?" after an answer', () => {
  const kb = knowledgeBaseFromText(
    'waits.txt',
    'date 2026-03-10\n\nHospitals in the region are struggling to keep up with demand for knee surgery.\n\nThe wait for a knee operation in the region is now 22 weeks, according to the regional health board.\n\nSurgeons said they were short of theatre staff.',
  );

  it('gives whom the article credits with the last answer, from its sentence', () => {
    const conversation = new Conversation();
    expect(answerQuestion(kb, 'How long is the wait for a knee operation?', conversation).answer).toContain('22 weeks');
    const a = answerQuestion(kb, 'says who?', conversation);
    expect(a.answered).toBe(true);
    expect(a.intent).toBe('source');
    expect(a.answer).toBe('the regional health board');
    expect(a.sources[0].text).toContain('22 weeks');
  });

  it('names no one for an answer the article states itself, nor after a question it could not answer', () => {
    const conversation = new Conversation();
    expect(answerQuestion(kb, 'What are hospitals struggling to keep up with?', conversation).answer).toContain('demand for knee surgery');
    const own = answerQuestion(kb, 'says who?', conversation);
    expect(own.answered).toBe(false);
    expect(own.answer).toContain('says so itself');
    answerQuestion(kb, 'How many surgeons does the region have?', conversation);
    expect(answerQuestion(kb, 'says who?', conversation).answered).toBe(false);
    // (Small talk cites no sentence: there is nothing to credit either.)
    answerQuestion(kb, 'hello', conversation);
    const afterHello = answerQuestion(kb, 'says who?', conversation);
    expect(afterHello.answered).toBe(false);
    expect(afterHello.answer).not.toContain('says so itself');
  });
});
