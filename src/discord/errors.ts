/** A problem the person using the bot caused and can fix; its message is shown to them as is. */
export class UserError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UserError';
  }
}

/** The person may not do this; logged with their id, shown to them as is. */
export class RefusalError extends UserError {
  constructor(
    message: string,
    readonly reason: string,
  ) {
    super(message);
    this.name = 'RefusalError';
  }
}

/**
 * Discord did not take a reply (the interaction expired, the bot may not post in the channel, the
 * API kept failing after discord.js's retries). Sending an apology would fail the same way, so the
 * boundary logs it once and stops there.
 */
export class DeliveryError extends Error {
  constructor(
    cause: unknown,
    /** HTTP status, when Discord answered. */
    readonly status: number | undefined,
    /** Discord's JSON error code, e.g. 10062 Unknown interaction, 50013 Missing Permissions. */
    readonly code: number | string | undefined,
  ) {
    super(`Discord did not accept the reply: ${cause instanceof Error ? cause.message : String(cause)}`, { cause });
    this.name = 'DeliveryError';
  }
}

/** Runs a send, turning its failure into a DeliveryError that keeps Discord's status and code. */
export async function deliver(send: () => Promise<unknown>): Promise<void> {
  try {
    await send();
  } catch (error) {
    if (error instanceof DeliveryError) throw error;
    const fields = (error ?? {}) as { status?: unknown; code?: unknown };
    const status = typeof fields.status === 'number' ? fields.status : undefined;
    const code = typeof fields.code === 'number' || typeof fields.code === 'string' ? fields.code : undefined;
    throw new DeliveryError(error, status, code);
  }
}
