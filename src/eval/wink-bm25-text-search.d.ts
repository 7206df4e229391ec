// wink-bm25-text-search ships no typings; this covers the part the eval peer uses.
declare module 'wink-bm25-text-search' {
  namespace bm25 {
    interface Config {
      fldWeights: Record<string, number>;
      bm25Params?: { k1?: number; b?: number; k?: number };
      ovFldNames?: string[];
    }
    interface Engine {
      defineConfig(config: Config): boolean;
      /** Each task takes the previous task's output; the last must return an array of tokens. */
      definePrepTasks(tasks: Array<(input: never) => unknown>, field?: string): number;
      addDoc(doc: Record<string, string>, id: string | number): number;
      /** Throws with fewer than 3 documents. */
      consolidate(freqPrecision?: number): boolean;
      /** [document id, score] pairs, best first; only documents sharing a token with the query. */
      search(text: string, limit?: number): Array<[string, number]>;
      reset(): boolean;
    }
  }
  function bm25(): bm25.Engine;
  export = bm25;
}
