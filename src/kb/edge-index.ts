/**
 * A trie's edges laid out for lookups: sorted by parent node, then by character, with each node's run found by
 * its offset. Matching a text asks for an edge at nearly every character, and a binary search over a node's few
 * children in plain arrays is cheaper than a lookup in one large Map, above all when the map is out of cache
 * (between articles the tokenizer and the tagger have run).
 */

export class EdgeIndex {
  /** Node `n`'s children are entries `[start[n], start[n + 1])` of `codes` and `nodes`, ascending by code. */
  private readonly start: number[];
  private readonly codes: number[];
  private readonly nodes: number[];

  /** `edges` maps `parent * 0x10000 + code` to the child node; `nodeCount` is the number of nodes. */
  constructor(edges: ReadonlyMap<number, number>, nodeCount: number) {
    // Bucketed by parent in one pass (documents build small tries of their own, so this runs per article).
    const start = new Array<number>(nodeCount + 1).fill(0);
    for (const key of edges.keys()) start[Math.floor(key / 0x10000) + 1]!++;
    for (let n = 0; n < nodeCount; n++) start[n + 1]! += start[n]!;
    const next = start.slice(0, nodeCount);
    const codes = new Array<number>(edges.size);
    const nodes = new Array<number>(edges.size);
    for (const [key, child] of edges) {
      const at = next[Math.floor(key / 0x10000)]!++;
      codes[at] = key % 0x10000;
      nodes[at] = child;
    }
    for (let n = 0; n < nodeCount; n++) if (start[n + 1]! - start[n]! > 1) sortRun(codes, nodes, start[n]!, start[n + 1]!);
    this.start = start;
    this.codes = codes;
    this.nodes = nodes;
  }

  /** The child of `node` by folded character `code`, or -1. */
  child(node: number, code: number): number {
    let lo = this.start[node]!;
    let hi = this.start[node + 1]!;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      const c = this.codes[mid]!;
      if (c < code) lo = mid + 1;
      else if (c > code) hi = mid;
      else return this.nodes[mid]!;
    }
    return -1;
  }
}

/** Sorts `codes[from, to)` ascending, moving `nodes` along. */
function sortRun(codes: number[], nodes: number[], from: number, to: number): void {
  if (to - from > 16) {
    const order = Array.from({ length: to - from }, (_, k) => from + k).sort((a, b) => codes[a]! - codes[b]!);
    const [c, n] = [order.map((k) => codes[k]!), order.map((k) => nodes[k]!)];
    for (let k = 0; k < c.length; k++) {
      codes[from + k] = c[k]!;
      nodes[from + k] = n[k]!;
    }
    return;
  }
  for (let i = from + 1; i < to; i++) {
    const c = codes[i]!;
    const n = nodes[i]!;
    let j = i;
    for (; j > from && codes[j - 1]! > c; j--) {
      codes[j] = codes[j - 1]!;
      nodes[j] = nodes[j - 1]!;
    }
    codes[j] = c;
    nodes[j] = n;
  }
}
