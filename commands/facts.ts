import { SlashCommandBuilder } from 'discord.js';
import type { KnowledgeBase } from '../src/engine.js';
import { customId, parseCustomId, type Command } from '../src/discord/command.js';
import { UserError } from '../src/discord/errors.js';
import { describeFact, factsAbout, mainNames } from '../src/discord/fact-lines.js';
import { LIMITS, truncate } from '../src/discord/limits.js';
import type { Reply } from '../src/discord/request.js';
import { pagedReply } from '../src/reply/discord.js';

const MAX_ABOUT = 60;

const data = new SlashCommandBuilder()
  .setName('facts')
  .setDescription('The facts the bot found about a name, or the main names of the article')
  .addStringOption((o) => o.setName('about').setDescription('A name from the article').setAutocomplete(true).setMaxLength(MAX_ABOUT));

/** The facts reply for one page; `about` is empty for the main names. */
export function factsReply(kb: KnowledgeBase, about: string, page: number): Reply {
  const idFor = (p: number): string => customId('facts', 'p', p, about);
  if (kb.facts.length === 0) throw new UserError('No facts have been extracted from the article yet.');
  if (about === '') {
    const names = mainNames(kb, 50);
    if (names.length === 0) throw new UserError('The article has facts but no names; try `/sources` or `/ask`.');
    return pagedReply({ title: 'Main names in the article', lines: names.map(describeFact), page, idFor, footer: 'Use /facts about:<name> for one name' });
  }
  const { name, facts } = factsAbout(kb, about);
  if (facts.length === 0) throw new UserError(`The article has no facts about “${truncate(about, MAX_ABOUT)}”. Try \`/facts\` alone to see the main names.`);
  return pagedReply({ title: `Facts about ${name?.name ?? about}`, lines: facts.map(describeFact), page, idFor, footer: `${facts.length} fact${facts.length === 1 ? '' : 's'}` });
}

export default {
  data,

  async execute(request, ctx) {
    const about = (request.string('about') ?? '').replace(/\s+/g, ' ').replace(/:/g, ' ').trim().slice(0, MAX_ABOUT);
    await request.respond(factsReply(ctx.store.current, about, 0));
  },

  async autocomplete(request, ctx) {
    const typed = request.focused.value.toLowerCase().trim();
    const names = mainNames(ctx.store.current, 500)
      .filter((n) => typed === '' || [n.name, ...n.forms].some((f) => f.toLowerCase().includes(typed)))
      .slice(0, LIMITS.choices)
      .map((n) => ({ name: truncate(n.name, LIMITS.choiceText), value: truncate(n.name, MAX_ABOUT) }));
    await request.respond(names);
  },

  async button(request, ctx) {
    const { parts } = parseCustomId(request.customId);
    const page = Number(parts[1]);
    if (parts[0] !== 'p' || !Number.isInteger(page)) throw new UserError('That button no longer works; run /facts again.');
    await request.update(factsReply(ctx.store.current, parts.slice(2).join(':'), page));
  },
} satisfies Command;
