import { mentionedNames, resolveName } from '../facts/names.js';
import type { KnowledgeBase } from '../kb/knowledge-base.js';
import type { NameFact } from '../facts/types.js';
import { asWritten, type Conversation } from './conversation.js';
import type { Answer } from './types.js';
import { cleanQuestion } from './clean.js';
import { EVENT_QUESTION, matchIntent } from './intents.js';
import { phraseStartingAt } from '../facts/phrases.js';
import { readTokens } from '../nlp/wink.js';

const PERSON_PRONOUN = /\b(he|she|him|her|his|hers)\b/i;
const THING_PRONOUN = /\b(it|its|they|them|their|there)\b/i;
const CLOSING_THAT = /\b(that)\s*\??$/i;
const CLOSING_IT = /\bit(?=\s*\??$)/i;
const AMOUNT_INTENT = /^how-(?:many|much)$/;
/** "that" standing alone, not "that walkout": last, or next to a verb. */
const BARE_THAT = /(?<=\b(?:is|was|are|were|does|did)\s+)(?:that|this)\b|\b(?:that|this)(?=\s+(?:is|was|compare|compares|mean|means|leave|left)\b)|\b(?:that|this)(?=\s*\??$)/i;

/**
 * Rewrites a follow-up so it stands alone: "What did he say?" after "Who is the Observatory's
 * chief?" becomes "What did Rami Abdurrahman say?". The pronoun takes the entity of the previous
 * answer, else of the previous question.
 */
export function resolveFollowUp(question: string, conversation: Conversation, kb?: KnowledgeBase): string {
  const last = conversation.turns[conversation.turns.length - 1];
  if (!last) return question;
  const other = otherThingOfLast(question, last.question);
  if (other !== undefined) return other;
  const fragment = fragmentOfLast(question, last.question);
  if (fragment !== undefined) return fragment;
  const when = askedWhenOfLast(question, last.question);
  if (when !== undefined) return when;
  // After "what happened in …", "it" is that event too; after a time answered, it is as often the thing asked about.
  const happened = EVENT_QUESTION.exec(cleanQuestion(last.question))?.groups?.scene;
  const scene = happened ?? timeAnswered(last.answer);
  if (scene !== undefined) {
    const event = sceneOf(question, scene, happened !== undefined);
    if (event !== undefined) return event;
  } else {
    question = earlierEventOf(question, last.question) ?? question;
  }
  // "Where were they taken?" / "to a school in Orsby", then "how far away is that?": a closing "that"
  // after a place answered is the place.
  const placeThat = last.answer.answered && last.answer.intent === 'where' ? CLOSING_THAT.exec(question) : null;
  if (placeThat) return question.slice(0, placeThat.index) + (last.answer.focus ?? asWritten(last.answer)) + question.slice(placeThat.index + placeThat[1].length);
  // "How many seats did it win?" / "41 seats", then "is that a majority?": a bare "that" after an amount answered is the amount.
  const amountThat = last.answer.answered && AMOUNT_INTENT.test(last.answer.intent) ? BARE_THAT.exec(question) : null;
  if (amountThat && !determinerAt(question, amountThat.index)) return question.slice(0, amountThat.index) + asWritten(last.answer) + question.slice(amountThat.index + amountThat[0].length);
  // "How much is the council paying back?" / "1.2 million pounds", then "Who gets it?": a closing "it"
  // after an amount answered is the amount (or the thing it measures, "how did he get over it?" after a
  // wall's height: the amount's sentence tells of that thing too).
  const amountIt = last.answer.answered && AMOUNT_INTENT.test(last.answer.intent) ? CLOSING_IT.exec(question) : null;
  if (amountIt) return question.slice(0, amountIt.index) + asWritten(last.answer) + question.slice(amountIt.index + amountIt[0].length);
  const person = PERSON_PRONOUN.exec(question);
  const thing = THING_PRONOUN.exec(question);
  if (!person && !thing) return question;
  // "He" or "she" is a person: not the group or the town the last answer was about; "it" is no person.
  const it = !person && /^its?$/i.test(thing![1]);
  // "Which film won the prize?" / "Night Harbour", then "Where was it shot?": "it" is the film, which
  // the story goes on to call "the film" more often than by its title.
  // A name the answer gave ("the Green Party") still comes first; a name the question itself held (the prize) does not.
  const focusAnswered = last.answer.focus !== undefined && !cleanQuestion(last.question).toLowerCase().includes(last.answer.focus.toLowerCase());
  const kindAsked = it && last.answer.answered && !focusAnswered ? WHICH_THING.exec(cleanQuestion(last.question).trim())?.[1] : undefined;
  const candidates = last.answer.answered ? [kindAsked && `the ${kindAsked.toLowerCase()}`, last.answer.focus, last.answer.subject] : [last.answer.subject];
  const fits = (name: string | undefined): name is string => name !== undefined && !(person && kb && isNotPerson(kb, name)) && !(it && kb && kindOf(kb, name) === 'person');
  // A name that is a person's, or reads like one, then one the last answer's sentence names, then
  // any name that may be one ("Tarrowby", a town the article never calls one).
  // ("She" after an answer about a man the article calls "he" is someone else: the sentence's next person.)
  const gender = person ? GENDER_OF_PRONOUN[person[1].toLowerCase()] : undefined;
  const named = person && kb ? (candidates.find((n) => n !== undefined && likelyPerson(kb, n) && !otherGender(kb, n, gender)) ?? personOfSentence(kb, last.answer, gender)) : undefined;
  const askedOf = person && kb ? personOfQuestion(kb, last.question, gender) : undefined;
  const focus = named ?? candidates.find(fits) ?? askedOf ?? (person && kb && asksOfPersonAlone(question) ? mainPerson(kb, gender) : undefined) ?? (it ? thingAskedAbout(last.question) : undefined);
  const m = person ?? thing!;
  const pronoun = m[1].toLowerCase();
  if (!focus) {
    // With no name at all, "he" is still the one the last question described ("the driver who …").
    const described = person && SUBJECT_OR_OBJECT.test(pronoun) ? personDescribed(last.question) : undefined;
    return described === undefined ? question : question.slice(0, m.index) + described + question.slice(m.index + m[0].length);
  }
  // "What does NWA stand for?" / "Northern Water Alliance", then "Who is its chair?": news spells a
  // body out once and calls it by its short form after, so the short form finds the later sentences
  // (and the first one, which gives both).
  const written = (!person && kb && shortFormOf(kb, focus)) || focus;
  // "there" stands for a place; possessives keep their possessive form.
  const replacement = pronoun === 'his' || pronoun === 'its' || pronoun === 'their' || pronoun === 'hers' || (pronoun === 'her' && herOwns(question, m.index)) ? `${written}'s` : written;
  return question.slice(0, m.index) + replacement + question.slice(m.index + m[0].length);
}

/**
 * "What is her job?" owns; "what gave her the idea?", "what made her go?", "who trained her?" do not:
 * "her" is a possessive only before the noun it owns (or that noun's adjective or number).
 */
function herOwns(question: string, at: number): boolean {
  const next = readTokens(question.slice(at)).slice(1).find((t) => t.pos !== 'PUNCT');
  return next !== undefined && OWNED_TAGS.has(next.pos);
}

const OWNED_TAGS: ReadonlySet<string> = new Set(['NOUN', 'PROPN', 'ADJ', 'NUM']);

/** The short form the article gives a name in brackets ("Northern Water Alliance (NWA)"), if any. */
function shortFormOf(kb: KnowledgeBase, name: string): string | undefined {
  for (const f of kb.facts) if (f.type === 'alias' && f.name === name) return f.alias;
  return undefined;
}

/**
 * "How long has Mara Velt run the bakery?" / "since 2009", then "Where is her shop?": the answer names
 * no one, but the question did; a pronoun is the person it named (of the pronoun's gender).
 */
function personOfQuestion(kb: KnowledgeBase, lastQuestion: string, gender: Gender | undefined): string | undefined {
  return mentionedNames(kb.facts, cleanQuestion(lastQuestion)).find((n) => likelyPerson(kb, n.name) && !otherGender(kb, n.name, gender))?.name;
}

const SUBJECT_OR_OBJECT = /^(?:he|she|him)$/;
/** "… the driver who was hurt?", "… the woman whose dog was found?": a person the question describes. */
const THE_ONE_WHO = /\b(the\s+[a-z-]+(?:\s+[a-z-]+)?\s+(?:who|whose)\s+[^?]+?)\s*\??$/i;
/** "Who found the wallet?": the one asked for, named by what they did. */
const WHO_DID = /^(?:and\s+)?who\s+(?!(?:is|was|are|were|'s)\b)([a-z][^?]*?)\s*\??$/i;

/**
 * "How old was the driver who was hurt?" / "34", then "Where is he from?": the person the last
 * question described and the answer did not name, by that description ("the driver who was hurt"),
 * whose words find the sentence that tells of them.
 */
function personDescribed(lastQuestion: string): string | undefined {
  const q = cleanQuestion(lastQuestion).trim();
  const described = THE_ONE_WHO.exec(q)?.[1];
  if (described !== undefined) return described;
  const who = WHO_DID.exec(q)?.[1];
  return who === undefined ? undefined : `the person who ${who}`;
}

/** Whether the "that" or "this" at the offset opens a noun phrase ("was that vote"), as the tagger reads it. */
function determinerAt(question: string, offset: number): boolean {
  const nth = (question.slice(0, offset).match(/\b(?:that|this)\b/gi) ?? []).length;
  const demonstratives = readTokens(question).filter((t) => t.norm === 'that' || t.norm === 'this');
  return demonstratives[nth]?.pos === 'DET';
}

const WHICH_THING = /^(?:and\s+)?which\s+(?!(?:is|was|are|were|'s|does|did|do|will|would|has|have|had|of|one)\b)([a-z]+)\s+(?!(?:is|was|are|were|does|did|do|has|have|had|will|would)\b)[a-z]+/i;

const ASKS_FOR_A_THING = /^(?:and\s+)?(?:which|who|whom|whose)\b|^(?:and\s+)?what\s+(?!(?:is|was|are|were|'s|does|did|do|will|would|has|have|had|happened|caused|can|could|should)\b)[a-z]+/i;

/** "When was that?", "and what year was that?", "when did that happen?": the time of what was last asked about. */
const WHEN_WAS_THAT = /^(?:and\s+)?(when|what year|which year|what time|what day)\s+(?:was|did)\s+(?:that|this)(?:\s+happen)?\s*\??$/i;
const OPENING_WH = /^(?:and\s+)?(?:(?:which|whose|how many|how much)\s+[a-z]+|what\s+(?!(?:is|was|are|were|does|did|do|has|have|had|will|would)\b)[a-z]+|who|whom|what|when|where|why|how)\s+/i;
const OPENING_AUXILIARY = /^(?:is|was|are|were|does|did|do|has|have|had|will|would|can|could)\b/i;

/**
 * "Who first reported the fire?" / "a hiker", then "When was that?": the question asks the time of
 * the act last asked about, so it reads "when was first reported the fire", whose words find the
 * sentence that told who did it and most often when. A last question about a time already is left alone.
 */
function askedWhenOfLast(question: string, lastQuestion: string): string | undefined {
  const m = WHEN_WAS_THAT.exec(question.trim());
  if (!m) return undefined;
  const last = cleanQuestion(lastQuestion).replace(/[\s?]+$/, '');
  const opening = OPENING_WH.exec(last);
  if (!opening || /^(?:and\s+)?(?:when|what year|what time|what day)\b/i.test(last)) return undefined;
  const rest = last.slice(opening[0].length);
  return `${m[1]} ${OPENING_AUXILIARY.test(rest) ? '' : 'was '}${rest}?`;
}

/**
 * "How much is a day ticket?" / "£12", then "and for children?", "where?", "in what time?": a
 * fragment with no verb of its own asks the last question again of something else, so the last
 * question's words (past its opening question words) are read after it, and find the sentence
 * that most often tells both.
 */
const QUESTION_WORDS: ReadonlySet<string> = new Set(['what', 'which', 'where', 'when', 'who', 'whom', 'whose', 'why', 'how']);
const OPENING_AND = /^\s*and\s/i;
const HOW_MEASURE = /^(?:often|long|far|old|soon|late|early)\s+/i;

function fragmentOfLast(question: string, lastQuestion: string): string | undefined {
  // (Most questions are longer than any fragment: those are not read by wink a second time here.)
  if (SIX_OR_MORE_WORDS.test(question)) return undefined;
  const tokens = readTokens(cleanQuestion(question));
  const words = tokens.filter((t) => t.pos !== 'PUNCT');
  if (words.length === 0 || words.length > 5 || words.some((t) => t.pos === 'VERB' || t.pos === 'AUX')) return undefined;
  // Only a fragment of a question: one opening with "and" or a preposition, or asking by a question word ("hello" is none).
  // (Cleaning drops an opening "and", which the raw question still shows.)
  if (!(OPENING_AND.test(question) || words[0].pos === 'ADP' || words.some((t) => QUESTION_WORDS.has(t.norm)))) return undefined;
  const last = cleanQuestion(lastQuestion).replace(/[\s?]+$/, '');
  const opening = OPENING_WH.exec(last);
  // "How many lambs were born?", then "and last year?": with no question word of its own the
  // fragment adds to the last question whole, which keeps asking for what it asked (a count).
  if (opening && !words.some((t) => QUESTION_WORDS.has(t.norm))) return `${last} ${question.replace(/^\s*and\s+/i, '').replace(/[\s?]+$/, '')}?`;
  // ("How often do they train?": "often" goes with "how".)
  const rest = (opening ? last.slice(opening[0].length) : last).replace(HOW_MEASURE, '').replace(OPENING_AUXILIARY, '').trim();
  return rest === '' ? undefined : `${question.replace(/[\s?]+$/, '')} ${rest}?`;
}

/**
 * "How tall is the tower?", then "and the spire?": a follow-up of a bare "the …" phrase after "and"
 * (or "what about") asks the last question again of another thing, which takes the place of the
 * thing the last question asked about, its first "the …" phrase ("how tall is the spire?"). A
 * closing "one" stands for that phrase's noun: "and the old one?" after "how much is the new
 * uniform?" asks of "the old uniform".
 */
function otherThingOfLast(question: string, lastQuestion: string): string | undefined {
  const other = OTHER_THING.exec(question)?.[1];
  if (other === undefined || !readTokens(other).every((t, i) => (i === 0 ? t.norm === 'the' : THING_WORDS.has(t.pos)))) return undefined;
  const last = cleanQuestion(lastQuestion).replace(/[\s?]+$/, '');
  const tokens = readTokens(last);
  const the = tokens.findIndex((t) => t.norm === 'the');
  if (the < 0) return undefined;
  // The phrase's words up to its noun: "the new uniform" of "the new uniform for a year 7".
  let head = -1;
  for (let k = the + 1; k < tokens.length && THING_WORDS.has(tokens[k].pos); k += 1) if (tokens[k].pos === 'NOUN') head = k;
  if (head < 0) return undefined;
  const asked = ONE_CLOSING.test(other) ? other.replace(ONE_CLOSING, tokens[head].text) : other;
  return `${last.slice(0, tokens[the].start)}${asked}${last.slice(tokens[head].end)}?`;
}

/** The parts of speech of a thing's phrase after its "the": "the new uniform", "the fastest one". */
const THING_WORDS: ReadonlySet<string> = new Set(['ADJ', 'NOUN', 'PROPN', 'NUM']);
/** "and the spire?", "what about the old one?": another thing, three words at most, no verb read. */
const OTHER_THING = /^\s*(?:and|what about|how about)\s+(the(?:\s+[a-z-]+){1,3})\s*\??\s*$/i;
const ONE_CLOSING = /\bone$/i;

/**
 * "When is the memorial concert?" / "on Friday", then "Where will it take place?": with no name to
 * point to, "it" is the thing the last question asked about, the first phrase it opens with "the".
 */
function thingAskedAbout(question: string): string | undefined {
  // "Which painting set the record?": the answer, not the record, is what "it" then stands for.
  if (ASKS_FOR_A_THING.test(question.trim())) return undefined;
  const tokens = readTokens(cleanQuestion(question));
  const the = tokens.findIndex((t) => t.norm === 'the');
  if (the < 0) return undefined;
  const span = phraseStartingAt(tokens, the, 6);
  if (!span) return undefined;
  const words = tokens.slice(span.from, span.to + 1);
  // A phrase ending in a name ("the Harbour Club") already reads as the name; one with an "of" is too long to trust.
  if (words.some((t) => t.norm === 'of' || t.pos === 'PROPN') || words.length < 2) return undefined;
  return words.map((t) => t.text).join(' ');
}

/**
 * "When was the region last hit this hard?" / "February 2010": the time an answer gave is the scene
 * of the event a follow-up refers to ("How many people died in that one?"), without the resolved
 * date the answer adds in brackets.
 */
function timeAnswered(answer: Answer): string | undefined {
  if (!answer.answered || answer.intent !== 'when') return undefined;
  const time = asWritten(answer);
  return /^(?:in|on|at|during|since|by)\b/i.test(time) ? time : `in ${time}`;
}

/**
 * "… in that one?", "… then?": a closing reference to the event last asked about. A bare "that"
 * is not one ("Who said that?" asks about a statement).
 */
const CLOSING_REFERENCE = /\s+(?:(?:in|at|during|from|after|of)\s+(?:that|this)|(?:(?:in|at|during|from|after|of)\s+)?(?:that one|this one|that time|then|there))\s*\??$/i;
const IT = /\bit\b/i;
/** "How long did it last?", "when did it end?": "it" is an event, whatever the last question asked for. */
/** Six or more words: no fragment (a fragment holds five at most). */
const SIX_OR_MORE_WORDS = /^\s*(?:\S+\s+){5,}\S/;

const IT_LASTED = /\bit\s+(?:last|lasted|go on|went on|end|ended|finish|finished)\b/i;
/** "that one", "that walkout": a demonstrative opening a noun phrase (the tagger tells it from "that" alone). */
const THAT_ONE = /\b(?:that|this)\s+[a-z]+/i;
/** The same references, of a time or an event only ("there" is a place). */
const CLOSING_EVENT_REFERENCE = /\s+(?:(in|at|during|from|after|of)\s+(?:that|this)|(?:(in|at|during|from|after|of)\s+)?(that one|this one|that time|back then|then))\s*\??$/i;

/**
 * "When did the mill last flood?" declined (or answered with no time), then "How many homes were
 * hit that time?": the reference is the event the last question asked about, so its words stand in
 * for it ("… hit when the mill last flooded"), and find the sentence that tells of it.
 */
function earlierEventOf(question: string, lastQuestion: string): string | undefined {
  const m = CLOSING_EVENT_REFERENCE.exec(question);
  if (!m) return undefined;
  const last = cleanQuestion(lastQuestion).replace(/[\s?]+$/, '');
  // After "Who found it?" the time is the finder's, which the question's words do not hold.
  if (/^(?:and\s+)?(?:who|whom|whose)\b/i.test(last)) return undefined;
  const opening = OPENING_WH.exec(last) ?? /^(?:and\s+)?(?:when|what year)\s+/i.exec(last);
  if (!opening) return undefined;
  const rest = last.slice(opening[0].length).replace(OPENING_AUXILIARY, '').trim();
  if (rest === '') return undefined;
  const preposition = m[1] ?? m[2];
  const one = m[3] !== undefined && /one$/i.test(m[3]);
  const link = preposition !== undefined ? preposition : one ? '' : 'when';
  return `${question.slice(0, m.index)} ${link ? `${link} ` : ''}${rest}?`;
}

/**
 * "How many people died in that one?" after "What happened near Halden in March 2003?": the
 * reference stands for the event at that time and place, so the question asks about them. "It"
 * stays ("How long did it last in Merrow in August 2016?"): only the scene is added.
 */
function sceneOf(question: string, scene: string, itIsTheEvent: boolean): string | undefined {
  if (CLOSING_REFERENCE.test(question)) return question.replace(CLOSING_REFERENCE, ` ${scene}?`);
  if ((itIsTheEvent || IT_LASTED.test(question)) && IT.test(question)) return `${question.replace(/[\s?]+$/, '')} ${scene}?`;
  // "When was the last big storm?" / "in 2014", then "How many trees did that storm bring down?": the
  // scene is added to a demonstrative inside the question too.
  const that = THAT_ONE.exec(question);
  if (that && (/one$/i.test(that[0]) || determinerAt(question, that.index))) return `${question.replace(/[\s?]+$/, '')} ${scene}?`;
  return undefined;
}

/**
 * "Who runs Brannvik Home?" answered with the company, or not at all, and then "How old is she?":
 * "she" is the person the sentence the last answer rested on (or came closest to) names first.
 */
function personOfSentence(kb: KnowledgeBase, answer: Answer, gender: Gender | undefined): string | undefined {
  const text = answer.sources[0]?.text ?? answer.closest?.text;
  return text === undefined ? undefined : mentionedNames(kb.facts, text).find((n) => n.kind === 'person' && !otherGender(kb, n.name, gender))?.name;
}

/**
 * "How old is he?" after a question the article could not answer: with no one else to point to,
 * "he" is the person the story is about, the one it names most often (the first named, of a tie).
 * Only for an age or a job, which the question asks of the person alone ("where was he taken?" may still
 * find its sentence by its other words), and only in a single article: an archive has no one such person.
 */
function mainPerson(kb: KnowledgeBase, gender: Gender | undefined): string | undefined {
  if (kb.articles.length !== 1) return undefined;
  let best: NameFact | undefined;
  for (const f of kb.facts) {
    if (f.type !== 'name' || f.kind !== 'person' || otherGender(kb, f.name, gender)) continue;
    if (best === undefined || f.mentions.length > best.mentions.length || (f.mentions.length === best.mentions.length && firstMention(f) < firstMention(best))) best = f;
  }
  return best?.name;
}

const firstMention = (f: NameFact): number => Math.min(...f.mentions.map((m) => m.sentence));

const AGE_ASKED = /\b(?:how old|what age)\b/i;

/** "How old is she?", "what's her job?": asked of the person alone, whose name finds the sentence. */
const asksOfPersonAlone = (question: string): boolean => AGE_ASKED.test(question) || matchIntent(cleanQuestion(question).toLowerCase()).rule.name === 'occupation';

type Gender = 'm' | 'f';
const GENDER_OF_PRONOUN: Record<string, Gender> = { he: 'm', him: 'm', his: 'm', she: 'f', her: 'f', hers: 'f' };

/**
 * Whether the article refers to the person with pronouns of the other gender only: the first
 * personal pronoun after each mention, in the mention's sentence ("Hollander … said he would …").
 */
function otherGender(kb: KnowledgeBase, name: string, gender: Gender | undefined): boolean {
  if (gender === undefined) return false;
  const fact = resolveName(kb.facts, name);
  if (!fact || fact.kind !== 'person') return false;
  const seen = new Set<Gender>();
  for (const m of fact.mentions) {
    const text = kb.index.find(fact.article, m.sentence)?.sentence.text ?? '';
    const pronoun = PRONOUN_AFTER.exec(text.slice(text.indexOf(m.text) + m.text.length))?.[1]?.toLowerCase();
    if (pronoun !== undefined) seen.add(GENDER_OF_PRONOUN[pronoun]);
  }
  return seen.size === 1 && !seen.has(gender);
}

const PRONOUN_AFTER = /\b(he|him|his|she|her|hers)\b/i;

const kindOf = (kb: KnowledgeBase, name: string) => resolveName(kb.facts, name)?.kind;

/** A person's name, or one of two words or more the article gives no kind ("Jonas Ferre"). */
function likelyPerson(kb: KnowledgeBase, name: string): boolean {
  const kind = kindOf(kb, name);
  return kind === 'person' || ((kind === undefined || kind === 'other') && TWO_CAPITALISED.test(name));
}

const TWO_CAPITALISED = /^\p{Lu}\S*\s+\p{Lu}/u;

/** The article knows the name as an organisation or a place. */
function isNotPerson(kb: KnowledgeBase, name: string): boolean {
  const kind = kindOf(kb, name);
  return kind === 'organisation' || kind === 'place';
}
