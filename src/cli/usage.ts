/** A mistake on the command line: the CLI prints the usage and exits with status 2. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

export const USAGE = `usage: npm run -s cli -- <command> [options]

commands:
  ask "question" [--seeds DIR] [--json]   answer one question, with its source sentences
  chat [--seeds DIR]                      interactive chat; follow-ups keep context; /quit or EOF ends
  answer --jsonl [--seeds DIR] [--ranking]
                                          batch: JSON lines in on stdin, one JSON line out per question
  facts [--seeds DIR] [--json]            the facts extracted from every article
  eval [--seeds DIR] [--wikiqa FILE] [--devset FILE] [--fixtures DIR] [--json]
                                          score the engine and a BM25 peer (WikiQA, seed-dev, and the
                                          question sets of DIR/qa on DIR/articles, the test fixtures
                                          by default)
  help                                    this message

--seeds defaults to seeds/ in the current folder.`;
