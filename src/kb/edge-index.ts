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
    const sorted = [...edges].sort((a, b) => a[0] - b[0]);
    this.codes = sorted.map(([key]) => key % 0x10000);
    this.nodes = sorted.map(([, child]) => child);
    this.start = new Array<number>(nodeCount + 1).fill(0);
    for (const [key] of sorted) this.start[Math.floor(key / 0x10000) + 1]!++;
    for (let n = 0; n < nodeCount; n++) this.start[n + 1]! += this.start[n]!;
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
