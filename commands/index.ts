import type { Command } from '../src/discord/command.js';
import article from './article.js';
import ask from './ask.js';
import claims from './claims.js';
import facts from './facts.js';
import help from './help.js';
import refresh from './refresh.js';
import sources from './sources.js';

/** Every slash command; a static list is faster to load than scanning the folder and is typechecked. */
export const commands: readonly Command[] = [ask, facts, sources, claims, article, refresh, help];
