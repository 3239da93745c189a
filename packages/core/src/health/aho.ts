/**
 * Minimal Aho–Corasick automaton over `[a-z0-9]` strings, compiled to a dense transition table
 * (one Int32Array row of 36 entries per state): finds every occurrence of every pattern in one
 * pass, in time linear in the text plus the number of occurrences. Any other character resets
 * the automaton to its root.
 */
export interface AcHit {
  /** Pattern index. */
  readonly pattern: number;
  /** Character offsets in the scanned text (end exclusive). */
  readonly start: number;
  readonly end: number;
}

const ALPHABET = 36;

function code(c: number): number {
  if (c >= 97 && c <= 122) return c - 97;
  if (c >= 48 && c <= 57) return c - 48 + 26;
  return -1;
}

export class AhoCorasick {
  private readonly delta: Int32Array;
  /** First pattern ending at a state (-1 = none); further ones chained through `nextOut`. */
  private readonly outHead: Int32Array;
  /** Nearest state on the failure chain with output (-1 = none). */
  private readonly dict: Int32Array;
  private readonly outPattern: number[] = [];
  private readonly outNext: number[] = [];
  private readonly lengths: number[] = [];
  readonly size: number;

  constructor(patterns: readonly string[]) {
    let capacity = 1024;
    // Trie construction (0 = no edge; the root is state 0, so edges to it never occur).
    let delta = new Int32Array(capacity * ALPHABET);
    let outHead = new Int32Array(capacity).fill(-1);
    let states = 1;
    patterns.forEach((p, idx) => {
      this.lengths.push(p.length);
      if (!p) return;
      let cur = 0;
      for (let i = 0; i < p.length; i++) {
        const c = code(p.charCodeAt(i));
        if (c < 0) return; // patterns are [a-z0-9] only
        let nxt = delta[cur * ALPHABET + c]!;
        if (nxt === 0) {
          if (states === capacity) {
            capacity *= 2;
            const d2 = new Int32Array(capacity * ALPHABET);
            d2.set(delta);
            delta = d2;
            const o2 = new Int32Array(capacity).fill(-1);
            o2.set(outHead);
            outHead = o2;
          }
          nxt = states++;
          delta[cur * ALPHABET + c] = nxt;
        }
        cur = nxt;
      }
      this.outPattern.push(idx);
      this.outNext.push(outHead[cur]!);
      outHead[cur] = this.outPattern.length - 1;
    });
    delta = delta.subarray(0, states * ALPHABET);
    const fail = new Int32Array(states);
    const dict = new Int32Array(states).fill(-1);
    // Breadth-first: complete the transition function into a DFA and set dictionary links.
    const queue = new Int32Array(states);
    let qh = 0;
    let qt = 0;
    for (let c = 0; c < ALPHABET; c++) {
      const v = delta[c]!;
      if (v !== 0) queue[qt++] = v;
    }
    while (qh < qt) {
      const u = queue[qh++]!;
      const fu = fail[u]!;
      for (let c = 0; c < ALPHABET; c++) {
        const v = delta[u * ALPHABET + c]!;
        if (v !== 0) {
          const fv = delta[fu * ALPHABET + c]!;
          fail[v] = fv;
          dict[v] = outHead[fv]! >= 0 ? fv : dict[fv]!;
          queue[qt++] = v;
        } else {
          delta[u * ALPHABET + c] = delta[fu * ALPHABET + c]!;
        }
      }
    }
    this.delta = delta;
    this.outHead = outHead.subarray(0, states);
    this.dict = dict;
    this.size = states;
  }

  /** All occurrences in `text`, ordered by end offset. */
  search(text: string): AcHit[] {
    const hits: AcHit[] = [];
    const { delta, outHead, dict, outPattern, outNext, lengths } = this;
    let cur = 0;
    for (let i = 0; i < text.length; i++) {
      const c = code(text.charCodeAt(i));
      cur = c < 0 ? 0 : delta[cur * ALPHABET + c]!;
      let d = outHead[cur]! >= 0 ? cur : dict[cur]!;
      while (d > 0) {
        for (let o = outHead[d]!; o >= 0; o = outNext[o]!) {
          const p = outPattern[o]!;
          hits.push({ pattern: p, start: i + 1 - lengths[p]!, end: i + 1 });
        }
        d = dict[d]!;
      }
    }
    return hits;
  }
}
