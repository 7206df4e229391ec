/**
 * The words a regular expression cannot match without, read off its source: what lets the intent
 * table (src/qa/intents.ts) skip the rules a question's words rule out, the table itself staying
 * the one description of each rule.
 *
 * A "word" here is a run of the characters a–z and 0–9 with none of them right before or after
 * it: what splitting a text at /[^a-z0-9]+/ gives. A branch of a pattern that writes such a word
 * literally, between things that can be no letter or digit (a space, a mark, `\s`, `\b`, `^`,
 * `$`), matches no text that does not hold the word that way.
 */

/**
 * One element of a pattern: a letter or digit written literally ('letter'), something that can be
 * no letter or digit ('edge'), a group of plain words ("(?:did|does|do)"), another non-capturing
 * group (its branches kept), or anything else ('other': a class, a wildcard, a capture, a
 * lookaround). `required` is false for an element a quantifier lets be missing; `startsEdge` and
 * `endsEdge` say that the element, where present, begins or ends with an edge ("(?: is| was)").
 */
interface Atom {
  kind: 'letter' | 'edge' | 'words' | 'group' | 'other';
  /** A letter's character (kept on an optional one too: "s" of "names?"). */
  char?: string;
  words?: string[];
  branches?: Atom[][];
  required: boolean;
  startsEdge: boolean;
  endsEdge: boolean;
  /** A lookaround: it matches no character, so what stands before and after it are neighbours. */
  zeroWidth?: boolean;
}

const PLAIN_WORD = /^[a-z0-9]+$/;
const LETTER = /^[a-z0-9]$/;
const QUANTIFIER = /^(?:[?*+]|\{(\d*)(?:,\d*)?\})\??/;

/** Words common to most questions, which tell rules apart least: a branch's other words are preferred. */
const COMMON_WORDS: ReadonlySet<string> = new Set(
  'what which who how when where why is was are were be the a an and or did does do s to of in on at for by it its has have had will would can could'.split(' '),
);

/**
 * The words, any one of which a text must hold for the pattern to match it; undefined when some
 * branch needs none, or the pattern ignores case.
 */
export function requiredWords(pattern: RegExp): string[] | undefined {
  if (pattern.flags.includes('i')) return undefined;
  return branchesWords(topLevel(pattern.source, '|').map(atomsOf), false, false);
}

/** The union of the branches' words, or undefined when one has none. */
function branchesWords(branches: readonly Atom[][], before: boolean, after: boolean): string[] | undefined {
  const words: string[] = [];
  for (const atoms of branches) {
    const found = branchWords(atoms, before, after);
    if (found === undefined) return undefined;
    words.push(...found);
  }
  return words;
}

/**
 * The words (any one of them) a branch cannot match without, or undefined when it has none.
 * `before` and `after` say whether what stands around the branch can be no letter or digit.
 */
function branchWords(atoms: readonly Atom[], before: boolean, after: boolean): string[] | undefined {
  const edgeBefore = (i: number): boolean => {
    const a = atoms[i - 1];
    if (a === undefined) return before;
    return a.kind === 'edge' || (a.endsEdge && (a.required || edgeBefore(i - 1))) || (a.zeroWidth === true && edgeBefore(i - 1));
  };
  const edgeAfter = (i: number): boolean => {
    const a = atoms[i + 1];
    if (a === undefined) return after;
    return a.kind === 'edge' || (a.startsEdge && (a.required || edgeAfter(i + 1))) || (a.zeroWidth === true && edgeAfter(i + 1));
  };
  const choices: string[][] = [];
  for (let i = 0; i < atoms.length; i += 1) {
    const atom = atoms[i];
    if (atom.kind === 'words' && atom.required && edgeBefore(i) && edgeAfter(i)) choices.push(atom.words!);
    if (atom.kind === 'group' && atom.required) {
      const inner = branchesWords(atom.branches!, edgeBefore(i), edgeAfter(i));
      if (inner !== undefined) choices.push(inner);
    }
    if (atom.kind !== 'letter' || !edgeBefore(i)) continue;
    let word = '';
    let k = i;
    for (; atoms[k]?.kind === 'letter'; k += 1) word += atoms[k].char;
    const next = atoms[k];
    if (edgeAfter(k - 1)) choices.push([word]);
    // "points?": the word, or it with the letter; "summar(?:y|ise)": the word with each ending.
    else if (next?.char !== undefined && !next.required && edgeAfter(k)) choices.push([word, word + next.char]);
    else if (next?.kind === 'words' && next.required && edgeAfter(k)) choices.push(next.words!.map((w) => word + w));
    i = k - 1;
  }
  if (choices.length === 0) return undefined;
  // The least common choice: a single uncommon word, then any of uncommon words, then the shortest.
  const rare = (words: readonly string[]): boolean => words.every((w) => !COMMON_WORDS.has(w));
  return choices.find((w) => w.length === 1 && rare(w)) ?? choices.find(rare) ?? choices.reduce((a, b) => (b.length < a.length ? b : a));
}

/** Index of the parenthesis that closes the one at `open`. */
function closingParen(source: string, open: number): number {
  let depth = 0;
  for (let i = open; i < source.length; i += 1) {
    const c = source[i];
    if (c === '\\') i += 1;
    else if (c === '[') i = closingBracket(source, i);
    else if (c === '(') depth += 1;
    else if (c === ')' && --depth === 0) return i;
  }
  return source.length;
}

/** Index of the bracket that closes the class opening at `open`. */
function closingBracket(source: string, open: number): number {
  for (let i = open + 1; i < source.length; i += 1) {
    if (source[i] === '\\') i += 1;
    else if (source[i] === ']') return i;
  }
  return source.length;
}

/** The source split at `separator` where it stands outside any group or class. */
function topLevel(source: string, separator: string): string[] {
  const parts: string[] = [];
  let from = 0;
  for (let i = 0; i < source.length; i += 1) {
    const c = source[i];
    if (c === '\\') i += 1;
    else if (c === '[') i = closingBracket(source, i);
    else if (c === '(') i = closingParen(source, i);
    else if (c === separator) {
      parts.push(source.slice(from, i));
      from = i + 1;
    }
  }
  parts.push(source.slice(from));
  return parts;
}

const edgeAtom = (): Atom => ({ kind: 'edge', required: true, startsEdge: true, endsEdge: true });
const otherAtom = (): Atom => ({ kind: 'other', required: true, startsEdge: false, endsEdge: false });

/**
 * A group, from what its parentheses hold: a capture matches what a non-capturing group would
 * (no pattern here refers back to one); a lookaround consumes nothing, so it stands in no word's way.
 */
function groupAtom(inner: string): Atom {
  if (/^\?(?:=|!|<=|<!)/.test(inner)) return { kind: 'other', required: true, startsEdge: false, endsEdge: false, zeroWidth: true };
  const content = inner.startsWith('?:') ? inner.slice(2) : inner.startsWith('?<') ? inner.slice(inner.indexOf('>') + 1) : inner;
  const sources = topLevel(content, '|');
  if (sources.every((w) => PLAIN_WORD.test(w))) return { kind: 'words', words: sources, required: true, startsEdge: false, endsEdge: false };
  const branches = sources.map(atomsOf);
  const edge = (a: Atom | undefined): boolean => a?.kind === 'edge';
  return {
    kind: 'group',
    branches,
    required: true,
    startsEdge: branches.every((b) => edge(b[0])),
    endsEdge: branches.every((b) => edge(b[b.length - 1])),
  };
}

/** The atoms of one branch, each with what its quantifier (if any) leaves of it. */
function atomsOf(branch: string): Atom[] {
  const atoms: Atom[] = [];
  for (let i = 0; i < branch.length; ) {
    const c = branch[i];
    let atom: Atom;
    let end: number;
    if (c === '\\') {
      const e = branch[i + 1] ?? '';
      end = e === 'p' || e === 'P' ? branch.indexOf('}', i) + 1 : i + 2;
      // \b, \s and an escaped mark are edges; \w, \d, \S, \p{…} may be letters.
      atom = e === 'b' || e === 's' || /^[^\w]$/.test(e) ? edgeAtom() : otherAtom();
    } else if (c === '[') {
      end = closingBracket(branch, i) + 1;
      atom = otherAtom();
    } else if (c === '(') {
      end = closingParen(branch, i) + 1;
      atom = groupAtom(branch.slice(i + 1, end - 1));
    } else {
      end = i + 1;
      atom = LETTER.test(c) ? { kind: 'letter', char: c, required: true, startsEdge: false, endsEdge: false } : c === '.' ? otherAtom() : edgeAtom();
    }
    // A quantifier: an element that may be missing is nothing to rely on (though an edge where
    // it is there); one repeated is still there, but a repeated letter or group may make a longer word.
    const q = QUANTIFIER.exec(branch.slice(end));
    if (q) {
      end += q[0].length;
      const optional = q[0][0] === '?' || q[0][0] === '*' || (q[0][0] === '{' && Number(q[1] || 0) === 0);
      const char = atom.kind === 'letter' && q[0] === '?' ? atom.char : undefined;
      if (optional) atom = { kind: 'other', char, required: false, startsEdge: atom.startsEdge, endsEdge: atom.endsEdge };
      else if (atom.kind !== 'edge') atom = { ...otherAtom(), startsEdge: atom.startsEdge, endsEdge: atom.endsEdge };
    }
    atoms.push(atom);
    i = end;
  }
  return atoms;
}
