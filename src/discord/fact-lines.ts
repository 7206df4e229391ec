import type { Fact, KnowledgeBase } from '../engine.js';
import type { NameFact } from '../facts/types.js';
import { safeText } from './mentions.js';

const s = (text: string): string => safeText(text);

/** Past forms of reporting verbs that do not just add -ed, kept as data. */
const IRREGULAR_PAST: Record<string, string> = { say: 'said', tell: 'told', write: 'wrote', speak: 'spoke', give: 'gave', hold: 'held', think: 'thought', see: 'saw' };

/** "say" → "said", "report" → "reported", "describe" → "described"; a form already past stays. */
export function pastTense(verb: string): string {
  const v = verb.toLowerCase();
  if (IRREGULAR_PAST[v]) return IRREGULAR_PAST[v];
  if (/ed$/.test(v) || Object.values(IRREGULAR_PAST).includes(v)) return v;
  if (/e$/.test(v)) return `${v}d`;
  if (/[^aeiou]y$/.test(v)) return `${v.slice(0, -1)}ied`;
  return `${v}ed`;
}

/** "five kilometres (three miles) away from Homs", without repeating what the text already says. */
const quantityText = (f: Extract<Fact, { type: 'quantity' }>): string =>
  f.measures && !f.text.toLowerCase().includes(f.measures.toLowerCase()) ? `${f.text} ${f.measures}` : f.text;
const at = (f: Fact): string => (f.sentences.length > 0 ? ` — sentence ${f.sentences[0] + 1}` : '');

/** Names ranked by how often the article mentions them: the "main names". */
export function mainNames(kb: KnowledgeBase, limit = 10): NameFact[] {
  return kb.facts
    .filter((f): f is NameFact => f.type === 'name')
    .slice()
    .sort((a, b) => b.mentions.length - a.mentions.length || a.name.localeCompare(b.name))
    .slice(0, limit);
}

const lower = (t: string): string => t.toLocaleLowerCase('en');

/** The name fact a person meant: exact name or form first, then one containing what they typed. */
export function findName(kb: KnowledgeBase, about: string): NameFact | undefined {
  const q = lower(about.trim());
  const names = kb.facts.filter((f): f is NameFact => f.type === 'name');
  const viaAlias = kb.facts.find((f) => f.type === 'alias' && (lower(f.alias) === q || lower(f.name) === q));
  return (
    names.find((n) => lower(n.name) === q || n.forms.some((f) => lower(f) === q)) ??
    (viaAlias?.type === 'alias' ? names.find((n) => lower(n.name) === lower(viaAlias.name)) : undefined) ??
    names.find((n) => lower(n.name).includes(q) || n.forms.some((f) => lower(f).includes(q)))
  );
}

/** Every text a fact holds, to see whether it is about a name. */
function factTexts(f: Fact): string[] {
  switch (f.type) {
    case 'name':
      return [f.name, ...f.forms];
    case 'alias':
      return [f.name, f.alias];
    case 'role':
      return [f.subject, f.description];
    case 'quote':
      return [f.speaker, f.text];
    case 'claim':
      return [f.source, f.claim];
    case 'quantity':
      return [f.text, f.measures ?? '', f.source ?? ''];
    case 'time':
      return [f.text];
    case 'event':
      return [f.subject, f.object ?? '', f.place ?? '', f.time ?? ''];
    case 'credit':
      return [f.photographer ?? '', f.agency ?? '', f.caption];
  }
}

const escapeRegExp = (t: string): string => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The facts that mention a name in any of its forms (whole words, any case). */
export function factsAbout(kb: KnowledgeBase, about: string): { name?: NameFact; facts: Fact[] } {
  const name = findName(kb, about);
  const aliases = name ? kb.facts.flatMap((f) => (f.type === 'alias' && lower(f.name) === lower(name.name) ? [f.alias] : [])) : [];
  const forms = [...new Set([about.trim(), ...(name ? [name.name, ...name.forms] : []), ...aliases].filter((f) => f.length > 1))];
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${forms.map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}])`, 'iu');
  const facts = kb.facts.filter((f) => factTexts(f).some((t) => pattern.test(t)));
  return { name, facts };
}

/** One fact as one line of text, escaped, with the sentence it comes from. */
export function describeFact(f: Fact): string {
  switch (f.type) {
    case 'name': {
      const other = f.forms.filter((x) => x !== f.name);
      return `**${s(f.name)}** (${f.kind}${f.titles.length ? `, ${s(f.titles.join(', '))}` : ''})${other.length ? ` — also “${other.slice(0, 4).map(s).join('”, “')}”` : ''} · ${f.mentions.length} mention${f.mentions.length === 1 ? '' : 's'}`;
    }
    case 'alias':
      return `${s(f.name)} is also called **${s(f.alias)}**${at(f)}`;
    case 'role':
      return `${s(f.subject)}: ${s(f.description)}${at(f)}`;
    case 'quote':
      return `${s(f.speaker)} ${s(pastTense(f.verb))}: “${s(f.text)}”${at(f)}`;
    case 'claim':
      return `${s(f.source)} ${f.verb === 'accord' ? 'says' : s(pastTense(f.verb))}: ${s(f.claim)}${at(f)}`;
    case 'quantity':
      return `${s(quantityText(f))} (${f.kind})${f.source ? `, according to ${s(f.source)}` : ''}${at(f)}`;
    case 'time':
      return `${s(f.text)}${f.resolved ? ` (${f.resolved})` : ''}${at(f)}`;
    case 'event':
      return `${s(f.subject)} ${f.negated ? 'did not ' : ''}${s(f.negated ? f.lemma : f.verb)}${f.object ? ` ${s(f.object)}` : ''}${f.place ? `, in ${s(f.place)}` : ''}${f.time ? `, ${s(f.time)}` : ''}${at(f)}`;
    case 'credit':
      return `Photo${f.photographer ? ` by ${s(f.photographer)}` : ''}${f.agency ? ` (${s(f.agency)})` : ''}: ${s(f.caption)}${at(f)}`;
  }
}

interface SourceEntry {
  name: string;
  kind?: string;
  items: string[];
}

/**
 * Who says what: every source the article attributes something to (speakers, reporting agencies
 * and media, photo credits), each with its claims and quotes. One entry per source, so a page
 * break never separates a source from its claims.
 */
export function sourceEntries(kb: KnowledgeBase): SourceEntry[] {
  const bySource = new Map<string, SourceEntry>();
  const entry = (name: string): SourceEntry => {
    const key = lower(name);
    let e = bySource.get(key);
    if (!e) {
      e = { name, kind: findName(kb, name)?.kind, items: [] };
      bySource.set(key, e);
    }
    return e;
  };
  for (const f of kb.facts) {
    if (f.type === 'quote') entry(f.speaker).items.push(`${s(pastTense(f.verb))}: “${s(f.text)}”${at(f)}`);
    else if (f.type === 'claim') entry(f.source).items.push(`${f.verb === 'accord' ? 'according to them' : s(pastTense(f.verb))}: ${s(f.claim)}${at(f)}`);
    else if (f.type === 'quantity' && f.source) entry(f.source).items.push(`figure: ${s(quantityText(f))}${at(f)}`);
    else if (f.type === 'credit') {
      const who = [f.photographer, f.agency].filter(Boolean).join(' / ');
      if (who) entry(who).items.push(`photo: ${s(f.caption)}${at(f)}`);
    }
  }
  return [...bySource.values()].sort((a, b) => b.items.length - a.items.length || a.name.localeCompare(b.name));
}

export const sourceLines = (kb: KnowledgeBase): string[] =>
  sourceEntries(kb).map((e) => [`**${s(e.name)}**${e.kind && e.kind !== 'other' ? ` (${e.kind})` : ''}`, ...e.items.map((i) => `• ${i}`)].join('\n'));
