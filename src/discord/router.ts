import type { Command } from './command.js';
import { parseCustomId } from './command.js';
import type { BotContext } from './context.js';
import { deliveryFields, withBoundary } from './boundary.js';
import { DeliveryError, UserError } from './errors.js';
import type { AutocompleteRequest, ButtonRequest, CommandRequest } from './request.js';

/** Sends each interaction to its command, inside the error boundary. */
export class Router {
  readonly #commands: ReadonlyMap<string, Command>;

  constructor(
    commands: readonly Command[],
    readonly ctx: BotContext,
  ) {
    this.#commands = new Map(commands.map((c) => [c.data.name, c]));
  }

  get commands(): readonly Command[] {
    return [...this.#commands.values()];
  }

  command(name: string): Command | undefined {
    return this.#commands.get(name);
  }

  async handleCommand(request: CommandRequest): Promise<void> {
    await withBoundary(this.ctx.log, { what: `/${request.commandName}`, userId: request.user.id, channelId: request.channelId, respond: (r) => request.respond(r) }, async () => {
      const command = this.#commands.get(request.commandName);
      // A command registered by an older deploy that this version no longer has.
      if (!command) throw new UserError(`/${request.commandName} is not a command of this bot any more; the commands may need re-deploying.`);
      await command.execute(request, this.ctx);
    });
  }

  async handleAutocomplete(request: AutocompleteRequest): Promise<void> {
    const command = this.#commands.get(request.commandName);
    try {
      if (command?.autocomplete) await command.autocomplete(request, this.ctx);
      else await request.respond([]);
    } catch (error) {
      // Nothing to show the person in an autocomplete: log it and offer no choices.
      const where = { command: request.commandName, user: request.user.id, channel: request.channelId };
      if (error instanceof DeliveryError) this.ctx.log.warn('autocomplete-failed', { ...where, ...deliveryFields(error) });
      else this.ctx.log.error('autocomplete-failed', { ...where, error });
    }
  }

  async handleButton(request: ButtonRequest): Promise<void> {
    const { command: name } = parseCustomId(request.customId);
    await withBoundary(this.ctx.log, { what: `button ${name}`, userId: request.user.id, channelId: request.channelId, respond: (r) => request.respond({ ...r, ephemeral: true }) }, async () => {
      const command = this.#commands.get(name);
      if (!command?.button) throw new UserError('That button no longer works; run the command again.');
      await command.button(request, this.ctx);
    });
  }
}
