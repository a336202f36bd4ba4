/**
 * The edges of a character trie, (node, UTF-16 code) → child, in an open-addressing hash table over typed
 * arrays. A Map keyed by `node × 65536 + code` was the trie's cost: past 32,768 nodes those keys are no longer
 * small integers, and every lookup of every character of every text hashed a heap number.
 */

const EMPTY = -1;

export class EdgeTable {
  private nodes = new Int32Array(1024).fill(EMPTY);
  private codes = new Uint16Array(1024);
  private children = new Int32Array(1024);
  private mask = 1023;
  private used = 0;

  /** How many edges the table holds. */
  get size(): number {
    return this.used;
  }

  private slot(node: number, code: number): number {
    return (Math.imul(node, 0x9e3779b1) ^ Math.imul(code, 0x85ebca6b)) >>> 0;
  }

  /** The child of `node` along `code`, or -1. */
  get(node: number, code: number): number {
    const { nodes, codes, mask } = this;
    for (let i = this.slot(node, code) & mask; ; i = (i + 1) & mask) {
      const n = nodes[i]!;
      if (n === EMPTY) return -1;
      if (n === node && codes[i] === code) return this.children[i]!;
    }
  }

  /** Sets the child of `node` along `code` (an edge set twice keeps the last child). */
  set(node: number, code: number, child: number): void {
    if (2 * (this.used + 1) > this.nodes.length) this.grow();
    const { nodes, codes, mask } = this;
    let i = this.slot(node, code) & mask;
    while (nodes[i] !== EMPTY && !(nodes[i] === node && codes[i] === code)) i = (i + 1) & mask;
    if (nodes[i] === EMPTY) this.used++;
    nodes[i] = node;
    codes[i] = code;
    this.children[i] = child;
  }

  private grow(): void {
    const { nodes, codes, children } = this;
    this.nodes = new Int32Array(nodes.length * 2).fill(EMPTY);
    this.codes = new Uint16Array(nodes.length * 2);
    this.children = new Int32Array(nodes.length * 2);
    this.mask = nodes.length * 2 - 1;
    this.used = 0;
    for (let i = 0; i < nodes.length; i++) if (nodes[i] !== EMPTY) this.set(nodes[i]!, codes[i]!, children[i]!);
  }
}
