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
    // Bucketed by parent (documents build small tries of their own, so this runs per article). Every loop is a
    // function of its own with nothing after it: building the KB's index once runs the loops long enough for V8
    // to optimise them mid-loop, and code compiled before the statements after a loop had ever run was left
    // again (deoptimised) on every later call, a thousand times per thousand articles.
    this.start = new Array<number>(nodeCount + 1).fill(0);
    countChildren(edges, this.start);
    prefixSums(this.start);
    this.codes = new Array<number>(edges.size);
    this.nodes = new Array<number>(edges.size);
    place(edges, this.start.slice(0, nodeCount), this.codes, this.nodes);
    sortRuns(this.start, this.codes, this.nodes);
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

/** Adds 1 at `[parent + 1]` for every edge. */
function countChildren(edges: ReadonlyMap<number, number>, start: number[]): void {
  for (const key of edges.keys()) start[Math.floor(key / 0x10000) + 1]!++;
}

/** Running sums, in place: counts at `[n + 1]` become the start of node `n + 1`'s run. */
function prefixSums(start: number[]): void {
  for (let n = 1; n < start.length; n++) start[n]! += start[n - 1]!;
}

/** Writes each edge into the next free place of its parent's run (`at`: the next place per node). */
function place(edges: ReadonlyMap<number, number>, at: number[], codes: number[], nodes: number[]): void {
  for (const [key, child] of edges) {
    const k = at[Math.floor(key / 0x10000)]!++;
    codes[k] = key % 0x10000;
    nodes[k] = child;
  }
}

/** Sorts every node's run by code. */
function sortRuns(start: readonly number[], codes: number[], nodes: number[]): void {
  for (let n = 0; n + 1 < start.length; n++) if (start[n + 1]! - start[n]! > 1) sortRun(codes, nodes, start[n]!, start[n + 1]!);
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
