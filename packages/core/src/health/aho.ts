/**
 * Minimal Aho–Corasick automaton over `[a-z0-9]` strings: finds every occurrence of every pattern
 * in one pass, in time linear in the text plus the number of occurrences.
 */
export interface AcHit {
  /** Pattern index. */
  readonly pattern: number;
  /** Character offsets in the scanned text (end exclusive). */
  readonly start: number;
  readonly end: number;
}

interface AcNode {
  next: Map<number, number>;
  fail: number;
  /** Pattern indices ending exactly here. */
  out: number[];
  /** Nearest node on the fail chain with a non-empty `out` (-1 = none). */
  dict: number;
}

export class AhoCorasick {
  private readonly nodes: AcNode[] = [{ next: new Map(), fail: 0, out: [], dict: -1 }];
  private readonly lengths: number[] = [];

  constructor(patterns: readonly string[]) {
    patterns.forEach((p, idx) => {
      this.lengths.push(p.length);
      if (!p) return;
      let cur = 0;
      for (let i = 0; i < p.length; i++) {
        const c = p.charCodeAt(i);
        let nxt = this.nodes[cur]!.next.get(c);
        if (nxt === undefined) {
          nxt = this.nodes.length;
          this.nodes.push({ next: new Map(), fail: 0, out: [], dict: -1 });
          this.nodes[cur]!.next.set(c, nxt);
        }
        cur = nxt;
      }
      this.nodes[cur]!.out.push(idx);
    });
    // Breadth-first construction of failure and dictionary links.
    const queue: number[] = [];
    for (const child of this.nodes[0]!.next.values()) queue.push(child);
    for (let qi = 0; qi < queue.length; qi++) {
      const u = queue[qi]!;
      const nu = this.nodes[u]!;
      for (const [c, v] of nu.next) {
        let f = nu.fail;
        while (f !== 0 && !this.nodes[f]!.next.has(c)) f = this.nodes[f]!.fail;
        const cand = this.nodes[f]!.next.get(c);
        const fv = cand !== undefined && cand !== v ? cand : 0;
        const nv = this.nodes[v]!;
        nv.fail = fv;
        nv.dict = this.nodes[fv]!.out.length ? fv : this.nodes[fv]!.dict;
        queue.push(v);
      }
    }
  }

  get size(): number {
    return this.nodes.length;
  }

  /** All occurrences in `text`, ordered by end offset. */
  search(text: string): AcHit[] {
    const hits: AcHit[] = [];
    let cur = 0;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      while (cur !== 0 && !this.nodes[cur]!.next.has(c)) cur = this.nodes[cur]!.fail;
      cur = this.nodes[cur]!.next.get(c) ?? 0;
      let d = this.nodes[cur]!.out.length ? cur : this.nodes[cur]!.dict;
      while (d > 0) {
        for (const p of this.nodes[d]!.out) hits.push({ pattern: p, start: i + 1 - this.lengths[p]!, end: i + 1 });
        d = this.nodes[d]!.dict;
      }
    }
    return hits;
  }
}
