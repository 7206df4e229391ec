import { UserError } from './errors.js';

export type Release = () => void;

/**
 * Bounds how many questions are handled at once, with a bounded wait list: past it, a question
 * is refused with a clear "busy" message instead of queueing without end.
 */
export class Semaphore {
  #active = 0;
  readonly #waiting: Array<(release: Release) => void> = [];

  constructor(
    readonly limit = 4,
    readonly maxWaiting = 100,
  ) {}

  get active(): number {
    return this.#active;
  }

  /** A slot now, or null when all are taken. */
  tryAcquire(): Release | null {
    if (this.#active >= this.limit) return null;
    this.#active += 1;
    return this.#releaser();
  }

  async acquire(): Promise<Release> {
    const now = this.tryAcquire();
    if (now) return now;
    if (this.#waiting.length >= this.maxWaiting) throw new UserError('The bot is busy answering other questions; please try again in a moment.');
    return new Promise((resolve) => this.#waiting.push(resolve));
  }

  #releaser(): Release {
    let done = false;
    return () => {
      if (done) return;
      done = true;
      const next = this.#waiting.shift();
      // The slot passes straight to the next waiter, so `active` never dips below the real count.
      if (next) next(this.#releaser());
      else this.#active -= 1;
    };
  }
}
