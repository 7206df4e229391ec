import type { Readable, Writable } from 'node:stream';

/** The streams a command talks through: process streams in use, in-memory streams in tests. */
export interface CliIO {
  stdin: Readable;
  stdout: Writable;
  stderr: Writable;
}

/** Writes and waits for the stream to drain when it asks to, so a big batch never buffers unbounded. */
export async function write(stream: Writable, text: string): Promise<void> {
  if (!stream.write(text)) {
    await new Promise<void>((resolve) => stream.once('drain', resolve));
  }
}

export const DEFAULT_SEEDS_DIR = 'seeds';
