import type { Article } from '../article/types.js';
import { FACT_TYPES, type Fact, type FactType } from '../facts/types.js';

/** The facts of a knowledge base for people (grouped text) and for programs (one JSON document). */

const HEADINGS: Record<FactType, string> = {
  name: 'Names',
  alias: 'Aliases',
  role: 'Roles and descriptions',
  quote: 'Quotes',
  claim: 'Attributed claims',
  quantity: 'Quantities',
  time: 'Times',
  event: 'Events',
  credit: 'Photo credits',
};

function describe(f: Fact): string {
  switch (f.type) {
    case 'name': {
      const extra = f.forms.filter((x) => x !== f.name);
      const titles = f.titles.length > 0 ? `; titles: ${f.titles.join(', ')}` : '';
      return `${f.name} (${f.kind}${titles}${extra.length > 0 ? `; also: ${extra.join(', ')}` : ''})`;
    }
    case 'alias':
      return `${f.alias} = ${f.name}`;
    case 'role':
      return `${f.subject}: ${f.description} (${f.via})`;
    case 'quote':
      return `${f.speaker} (${f.verb}): “${f.text}”`;
    case 'claim':
      return `${f.source} (${f.verb}): ${f.claim}`;
    case 'quantity': {
      const value = f.value === null ? '' : `, ${f.value}${f.unit ? ` ${f.unit}` : ''}`;
      const measures = f.measures ? ` — ${f.measures}` : '';
      const source = f.source ? `; source: ${f.source}` : '';
      return `${f.text} [${f.kind}${value}]${measures}${source}`;
    }
    case 'time':
      return `${f.text} [${f.kind}${f.resolved ? ` → ${f.resolved}` : ''}]`;
    case 'event': {
      const parts = [f.subject, f.negated ? `not ${f.verb}` : f.verb, f.object].filter(Boolean).join(' | ');
      const where = f.place ? `; place: ${f.place}` : '';
      const when = f.time ? `; time: ${f.time}` : '';
      return `${parts} (${f.lemma}${where}${when})`;
    }
    case 'credit':
      return `${[f.photographer, f.agency].filter(Boolean).join(' / ')} — ${f.caption}`;
  }
}

const byArticle = (facts: readonly Fact[], id: string): Fact[] => facts.filter((f) => f.article === id);

/** Readable text: one block per article, facts grouped by type, each line led by its sentence indices. */
export function formatFactsText(articles: readonly Article[], facts: readonly Fact[]): string {
  const blocks: string[] = [];
  for (const a of articles) {
    const mine = byArticle(facts, a.id);
    const meta = [a.meta.title, a.meta.date].filter(Boolean).join(', ');
    const lines = [`== ${a.id}${meta ? ` (${meta})` : ''}: ${a.sentences.length} sentences, ${a.paragraphs} paragraphs, ${mine.length} facts`];
    for (const type of FACT_TYPES) {
      const group = mine.filter((f) => f.type === type);
      if (group.length === 0) continue;
      lines.push('', `${HEADINGS[type]} (${group.length})`);
      for (const f of group) lines.push(`  [${f.sentences.join(',')}] ${describe(f)}`);
    }
    blocks.push(lines.join('\n'));
  }
  return blocks.length > 0 ? `${blocks.join('\n\n')}\n` : 'No articles loaded.\n';
}

export interface FactsJson {
  articles: {
    id: string;
    meta: { title?: string; date?: string };
    sentences: number;
    paragraphs: number;
    facts: Record<FactType, Omit<Fact, 'article'>[]>;
  }[];
}

/** One plain JSON-ready document: per article its metadata, sizes and facts grouped by type. */
export function factsToJson(articles: readonly Article[], facts: readonly Fact[]): FactsJson {
  return {
    articles: articles.map((a) => {
      const grouped = Object.fromEntries(FACT_TYPES.map((t) => [t, [] as Omit<Fact, 'article'>[]])) as Record<FactType, Omit<Fact, 'article'>[]>;
      for (const f of byArticle(facts, a.id)) {
        const { article: _article, ...rest } = f;
        grouped[f.type].push(rest);
      }
      const meta: { title?: string; date?: string } = {};
      if (a.meta.title !== undefined) meta.title = a.meta.title;
      if (a.meta.date !== undefined) meta.date = a.meta.date;
      return { id: a.id, meta, sentences: a.sentences.length, paragraphs: a.paragraphs, facts: grouped };
    }),
  };
}
