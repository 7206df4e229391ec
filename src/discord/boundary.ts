import { noticeReply } from '../reply/discord.js';
import type { Logger } from '../log.js';
import { DeliveryError, RefusalError, UserError } from './errors.js';
import type { Reply } from './request.js';

export interface BoundaryTarget {
  what: string;
  userId: string;
  channelId?: string;
  respond(reply: Reply): Promise<void>;
}

/** What a log line says about a reply Discord refused: enough to find it, never the reply itself. */
export const deliveryFields = (error: DeliveryError): Record<string, unknown> => ({
  status: error.status,
  code: error.code,
  message: error.cause instanceof Error ? error.cause.message : String(error.cause),
});

/**
 * The one place where errors become replies: a refusal or a user's mistake is shown as is (and a
 * refusal logged with the user id); a reply Discord would not take is logged once (answering it
 * would fail the same way); anything else is logged in full and answered with a short apology.
 */
export async function withBoundary(log: Logger, target: BoundaryTarget, run: () => Promise<void>): Promise<void> {
  const where = { what: target.what, user: target.userId, channel: target.channelId };
  try {
    await run();
  } catch (error) {
    let reply: Reply;
    if (error instanceof DeliveryError) {
      log.warn('reply-failed', { ...where, ...deliveryFields(error) });
      return;
    } else if (error instanceof RefusalError) {
      log.warn('refused', { ...where, reason: error.reason });
      reply = noticeReply(error.message);
    } else if (error instanceof UserError) {
      log.info('user-error', { ...where, message: error.message });
      reply = noticeReply(error.message);
    } else {
      log.error('handler-failed', { ...where, error });
      reply = noticeReply('Something went wrong while handling that; it has been logged. Please try again.');
    }
    try {
      await target.respond(reply);
    } catch (sendError) {
      const fields = sendError instanceof DeliveryError ? deliveryFields(sendError) : { error: sendError };
      log.error('error-reply-failed', { ...where, ...fields });
    }
  }
}
