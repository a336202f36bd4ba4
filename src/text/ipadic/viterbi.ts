/**
 * The best path through a lattice, found as kuromoji 0.1.2 finds it, in reusable typed arrays. Nodes are first
 * sorted by end position (stably, so in the order they were added), which puts the predecessors of every node
 * — the nodes ending where it starts — side by side with their right ids and path costs. The forward pass then
 * visits nodes in kuromoji's order, position by position, because that order is observable: kuromoji keeps the
 * last best predecessor in a variable that survives from node to node, so a node whose predecessors are all
 * unreachable inherits it (and an EOS whose predecessors all are, too).
 */
import type { IpadicData } from './dictionary.js';
import type { Lattice } from './lattice.js';

const NONE = -1;
/** kuromoji's cost of a node not reached yet (adding a connection cost to it leaves it unchanged). */
const UNREACHED = Number.MAX_VALUE;

export class Viterbi {
  /** Node indexes sorted by end; `bucket[e]` is where the nodes ending at `e` start in it. */
  private order = new Int32Array(0);
  private bucket = new Int32Array(0);
  /** Right id and path cost of `order[j]`. */
  private orderRight = new Int32Array(0);
  private orderTotal = new Float64Array(0);
  /** Best predecessor of each node. */
  private prev = new Int32Array(0);
  /** The best path (node indexes, in text order) after `search`; empty where kuromoji's is. */
  path = new Int32Array(64);
  pathLength = 0;

  constructor(private readonly dictionary: IpadicData) {}

  private sortByEnd(lattice: Lattice): void {
    const { size, end, right } = lattice;
    const positions = lattice.maxEnd + 2;
    if (this.order.length < size) {
      const capacity = Math.max(size, 2 * this.order.length);
      this.order = new Int32Array(capacity);
      this.orderRight = new Int32Array(capacity);
      this.orderTotal = new Float64Array(capacity);
      this.prev = new Int32Array(capacity);
    }
    if (this.bucket.length < positions + 1) this.bucket = new Int32Array(Math.max(positions + 1, 2 * this.bucket.length));
    const bucket = this.bucket;
    bucket.fill(0, 0, positions + 1);
    for (let n = 0; n < size; n++) bucket[end[n]! + 1] = bucket[end[n]! + 1]! + 1;
    for (let e = 1; e <= positions; e++) bucket[e] = bucket[e]! + bucket[e - 1]!;
    // `bucket[e]`, where position e starts, serves as its fill cursor and ends where e + 1 starts: shifted back after
    for (let n = 0; n < size; n++) {
      const j = bucket[end[n]!]!;
      bucket[end[n]!] = j + 1;
      this.order[j] = n;
      this.orderRight[j] = right[n]!;
      this.orderTotal[j] = UNREACHED;
    }
    for (let e = positions; e > 0; e--) bucket[e] = bucket[e - 1]!;
    bucket[0] = 0;
  }

  /** Finds the best path of `lattice`. */
  search(lattice: Lattice): void {
    this.sortByEnd(lattice);
    const { order, bucket, orderRight, orderTotal, prev } = this;
    const { start, left, cost } = lattice;
    const costs = this.dictionary.costs;
    const rights = this.dictionary.rights;
    prev.fill(NONE, 0, lattice.size);
    orderTotal[0] = 0; // BOS, the only node ending at 0
    let kept = NONE; // kuromoji's surviving "shortest previous node"
    for (let j = bucket[1]!, stop = bucket[lattice.maxEnd + 1]!; j < stop; j++) {
      const n = order[j]!;
      const s = start[n]!;
      const from = bucket[s]!;
      const to = bucket[s + 1]!;
      if (from === to) continue;
      const row = left[n]! * rights;
      const c = cost[n]!;
      let best = UNREACHED;
      for (let p = from; p < to; p++) {
        const t = orderTotal[p]! + costs[row + orderRight[p]!]! + c;
        if (t < best) {
          best = t;
          kept = order[p]!;
        }
      }
      prev[n] = kept;
      orderTotal[j] = best;
    }
    // EOS: connection id 0, no cost, after the last position
    const from = bucket[lattice.maxEnd]!;
    const to = bucket[lattice.maxEnd + 1]!;
    let last = from < to ? kept : NONE;
    let best = UNREACHED;
    for (let p = from; p < to; p++) {
      const t = orderTotal[p]! + costs[orderRight[p]!]!;
      if (t < best) {
        best = t;
        last = order[p]!;
      }
    }
    this.trace(last);
  }

  private trace(last: number): void {
    this.pathLength = 0;
    for (let n = last; n !== 0; n = this.prev[n]!) {
      if (n < 0) {
        this.pathLength = 0;
        return;
      }
      if (this.pathLength === this.path.length) {
        const longer = new Int32Array(this.path.length * 2);
        longer.set(this.path);
        this.path = longer;
      }
      this.path[this.pathLength++] = n;
    }
    this.path.subarray(0, this.pathLength).reverse();
  }
}
