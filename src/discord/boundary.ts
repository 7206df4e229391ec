import { noticeReply } from '../reply/discord.js';
import type { Logger } from '../log.js';
import { RefusalError, UserError } from './errors.js';
import type { Reply } from './request.js';

export interface BoundaryTarget {
  what: string;
  userId: string;
  respond(reply: Reply): Promise<void>;
}

/**
 * The one place where errors become replies: a refusal or a user's mistake is shown as is (and a
 * refusal logged with the user id); anything else is logged in full and answered with a short apology.
 */
export async function withBoundary(log: Logger, target: BoundaryTarget, run: () => Promise<void>): Promise<void> {
  try {
    await run();
  } catch (error) {
    let reply: Reply;
    if (error instanceof RefusalError) {
      log.warn('refused', { what: target.what, user: target.userId, reason: error.reason });
      reply = noticeReply(error.message);
    } else if (error instanceof UserError) {
      log.info('user-error', { what: target.what, user: target.userId, message: error.message });
      reply = noticeReply(error.message);
    } else {
      log.error('handler-failed', { what: target.what, user: target.userId, error });
      reply = noticeReply('Something went wrong while handling that; it has been logged. Please try again.');
    }
    try {
      await target.respond(reply);
    } catch (sendError) {
      log.error('error-reply-failed', { what: target.what, user: target.userId, error: sendError });
    }
  }
}
