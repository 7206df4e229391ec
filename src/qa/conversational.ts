import { mentionedNames } from '../facts/names.js';
import type { Fact, NameFact } from '../facts/types.js';
import type { KnowledgeBase } from '../kb/knowledge-base.js';
import type { QuestionAnalysis } from './analyze.js';
import { exampleQuestions } from './examples.js';
import type { Answer, Source } from './types.js';

/**
 * Questions about the bot or the article as a whole, answered without sentence matching: help,
 * small talk, "what is this article about", "facts about X".
 */
export function conversational(kb: KnowledgeBase, q: QuestionAnalysis): Answer | null {
  if (q.rule === 'byline') return byline(kb, q);
  switch (q.intent) {
    case 'help':
      return help(kb, q);
    case 'smalltalk':
      return smalltalk(q);
    case 'summary':
      return summary(kb, q);
    case 'list':
      return q.subject ? factsAbout(kb, q, q.subject) : null;
    default:
      return null;
  }
}

const base = (q: QuestionAnalysis, rule: string): Pick<Answer, 'intent' | 'explanation'> => ({
  intent: q.intent,
  explanation: { method: 'smalltalk', rule: `${q.rule} → ${rule}`, matched: [] },
});

function help(kb: KnowledgeBase, q: QuestionAnalysis): Answer {
  const examples = exampleQuestions(kb, 3).map((e) => `“${e}”`);
  const text = [
    'Ask me anything about the article in your own words, and I will answer with the sentences I relied on.',
    examples.length ? `For example: ${examples.join(', ')}.` : '',
    'If the article does not say, I will tell you so instead of guessing.',
  ]
    .filter(Boolean)
    .join(' ');
  return { answered: true, answer: text, confidence: 1, sources: [], ...base(q, 'help') };
}

function smalltalk(q: QuestionAnalysis): Answer {
  const lower = q.text.toLowerCase();
  const text = /thank|cheers|thx/.test(lower)
    ? "You're welcome!"
    : /bye/.test(lower)
      ? 'Bye! Ask again any time.'
      : /who are you|what are you|are you a bot/.test(lower)
        ? 'I am a bot that answers questions about the article, citing the sentences I used.'
        : 'Hi! Ask me a question about the article, for example “What is this article about?”.';
  return { answered: true, answer: text, confidence: 1, sources: [], ...base(q, 'small talk') };
}

const sourceOf = (kb: KnowledgeBase, article: string, index: number): Source | undefined => {
  const d = kb.index.find(article, index);
  return d ? { article, index, text: d.sentence.text, ...(d.sentence.caption ? { caption: true } : {}) } : undefined;
};

/** The lead: news puts the most important fact first (inverted pyramid). */
function summary(kb: KnowledgeBase, q: QuestionAnalysis): Answer {
  const sources: Source[] = [];
  for (const article of kb.articles) {
    const lead = article.sentences.filter((s) => !s.caption).slice(0, 2);
    for (const s of lead) sources.push({ article: article.id, index: s.index, text: s.text });
    if (sources.length >= 3) break;
  }
  const first = sources[0];
  if (!first) return { answered: false, answer: "There's no article loaded.", confidence: 0, sources: [], ...base(q, 'summary') };
  const titled = kb.articles[0]?.meta.title;
  return {
    answered: true,
    answer: titled ? `${titled}: ${first.text}` : first.text,
    confidence: 0.9,
    sources: sources.slice(0, 3),
    ...base(q, 'lead sentences'),
  };
}

/** Who wrote the article, from its byline; with many articles, each one's writer and title. */
function byline(kb: KnowledgeBase, q: QuestionAnalysis): Answer {
  const written = kb.articles.filter((a) => a.meta.author);
  const explanation = (rule: string): Answer['explanation'] => ({ method: written.length ? 'rule' : 'abstain', rule: `${q.rule} → ${rule}`, matched: [] });
  if (written.length === 0) return { answered: false, answer: "The article doesn't say who wrote it: it has no byline.", confidence: 0, sources: [], intent: q.intent, explanation: explanation('no byline') };
  const answer =
    kb.articles.length === 1
      ? `${written[0].meta.author} (the article's byline)`
      : written
          .slice(0, 3)
          .map((a) => `${a.meta.author} wrote “${a.meta.title ?? a.id}”`)
          .join('; ');
  return { answered: true, answer, confidence: 0.95, sources: [], intent: q.intent, explanation: explanation("the article's byline") };
}

const describe = (f: Fact): string | undefined => {
  switch (f.type) {
    case 'role':
      return `${f.subject}: ${f.description}`;
    case 'alias':
      return `${f.name} is also called ${f.alias}`;
    case 'quote':
      return `${f.speaker} said “${f.text}”`;
    case 'claim':
      return `according to ${f.source}, ${f.claim}`;
    case 'event':
      return [f.subject, f.verb, f.object, f.place].filter(Boolean).join(' ');
    default:
      return undefined;
  }
};

const mentions = (f: Fact, n: NameFact): boolean => {
  if (f.type === 'role') return f.subject === n.name;
  if (f.type === 'alias') return f.name === n.name;
  if (f.type === 'quote') return f.speaker === n.name;
  if (f.type === 'claim') return f.source === n.name;
  if (f.type === 'event') return f.subject.includes(n.name) || (f.object?.includes(n.name) ?? false);
  return false;
};

function factsAbout(kb: KnowledgeBase, q: QuestionAnalysis, subject: string): Answer | null {
  const name = mentionedNames(kb.facts, subject)[0];
  if (!name) return null;
  const facts = kb.facts.filter((f) => f.article === name.article && mentions(f, name));
  const lines = facts.map(describe).filter((x): x is string => x !== undefined);
  const sources = [...new Set(facts.flatMap((f) => f.sentences.slice(0, 1)))]
    .slice(0, 3)
    .map((i) => sourceOf(kb, name.article, i))
    .filter((s): s is Source => s !== undefined);
  if (lines.length === 0) {
    const first = name.mentions[0];
    const s = first ? sourceOf(kb, name.article, first.sentence) : undefined;
    return {
      answered: true,
      answer: `${name.name} is mentioned ${name.mentions.length} time(s).`,
      confidence: 0.7,
      sources: s ? [s] : [],
      focus: name.name,
      subject: name.name,
      ...base(q, 'facts about a name'),
    };
  }
  return {
    answered: true,
    answer: lines.slice(0, 6).join('; '),
    confidence: 0.9,
    sources,
    focus: name.name,
    subject: name.name,
    ...base(q, 'facts about a name'),
  };
}
