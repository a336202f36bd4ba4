/**
 * The tagger's label set: BIOES tags over the ten name types of the contract. Label 0 is O; type t has
 * B = 1 + 4t, I = 2 + 4t, E = 3 + 4t, S = 4 + 4t. Legal transitions are fixed here, so decoding never
 * produces a broken span (an I without a B, a type change inside a span).
 */

/** The name types the model learns, in label order (the order is part of the model file format). */
export const NE_TYPES = ['PERSON', 'ORG', 'GPE', 'LOC', 'FAC', 'NORP', 'EVENT', 'PRODUCT', 'WORK_OF_ART', 'LAW'] as const;
export type NeType = (typeof NE_TYPES)[number];

/** Number of labels: O plus B/I/E/S of every type. */
export const LABELS = 1 + 4 * NE_TYPES.length;

export const O = 0;
const B = 0;
const I = 1;
const E = 2;
const S = 3;

/** Label of position `tag` (0 B, 1 I, 2 E, 3 S) of type index `t`. */
export function label(t: number, tag: number): number {
  return 1 + 4 * t + tag;
}

/** Type index of a label, or -1 for O. */
export function typeOf(l: number): number {
  return l === O ? -1 : (l - 1) >> 2;
}

/** Position of a label within its span: 0 B, 1 I, 2 E, 3 S; -1 for O. */
export function tagOf(l: number): number {
  return l === O ? -1 : (l - 1) & 3;
}

/** Whether label `l` may start a sentence (O, B, S). */
export function canStart(l: number): boolean {
  const g = tagOf(l);
  return g === -1 || g === B || g === S;
}

/** Whether label `l` may end a sentence (O, E, S). */
export function canEnd(l: number): boolean {
  const g = tagOf(l);
  return g === -1 || g === E || g === S;
}

/** Whether label `b` may follow label `a`. */
export function canFollow(a: number, b: number): boolean {
  const ga = tagOf(a);
  const gb = tagOf(b);
  const open = ga === B || ga === I;
  if (open) return (gb === I || gb === E) && typeOf(a) === typeOf(b);
  return gb === -1 || gb === B || gb === S;
}

/** A typed span over sentence-relative character positions, half-open. */
export interface TypedRange {
  start: number;
  end: number;
  type: number;
}

/** Writes the BIOES labels of `spans` (sorted, not overlapping) into `out` (length = sentence length, zeroed). */
export function encodeSpans(spans: readonly TypedRange[], out: Uint8Array): void {
  for (const s of spans) {
    if (s.end - s.start === 1) {
      out[s.start] = label(s.type, S);
      continue;
    }
    out[s.start] = label(s.type, B);
    for (let i = s.start + 1; i < s.end - 1; i++) out[i] = label(s.type, I);
    out[s.end - 1] = label(s.type, E);
  }
}

/** Reads the spans back from a legal label sequence. */
export function decodeSpans(labels: ArrayLike<number>, n: number): TypedRange[] {
  const out: TypedRange[] = [];
  let open = -1;
  for (let i = 0; i < n; i++) {
    const l = labels[i]!;
    const g = tagOf(l);
    if (g === S) out.push({ start: i, end: i + 1, type: typeOf(l) });
    else if (g === B) open = i;
    else if (g === E && open >= 0) {
      out.push({ start: open, end: i + 1, type: typeOf(l) });
      open = -1;
    } else if (g === -1) open = -1;
  }
  return out;
}
