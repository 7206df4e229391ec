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
