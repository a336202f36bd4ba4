/**
 * Feature lines (`surface,pos,pos1,pos2,pos3,conjugation type,conjugation form,base,reading,pronunciation`),
 * decoded only for the words a best path emits and remembered by entry: news text uses a few thousand distinct
 * words again and again, and the tokens of one word then share one set of strings.
 */

/** The fields of a feature line that a `Token` carries. */
export interface Features {
  pos: string;
  pos1: string;
  pos2: string;
  form: string;
  /** Dictionary form, '*' where IPADIC has none (unknown words). */
  base: string;
}

export class FeatureTable {
  private readonly lines: Buffer;
  private readonly cache: (Features | undefined)[];

  /** `entries` as in `IpadicData` (3 int32 each, the third the line's offset), `lines` the feature lines. */
  constructor(
    private readonly entries: Int32Array,
    lines: Uint8Array,
  ) {
    // a Buffer over the same memory (shared or not) decodes UTF-8 natively
    this.lines = Buffer.from(lines.buffer, lines.byteOffset, lines.byteLength);
    this.cache = new Array<Features | undefined>(entries.length / 3);
  }

  /** Features of entry `entry`. */
  get(entry: number): Features {
    let hit = this.cache[entry];
    if (!hit) this.cache[entry] = hit = this.decode(this.entries[3 * entry + 2]!);
    return hit;
  }

  private decode(offset: number): Features {
    const end = this.lines.indexOf(0, offset);
    const f = this.lines.toString('utf8', offset, end < 0 ? this.lines.length : end).split(',');
    return { pos: f[1] ?? '*', pos1: f[2] ?? '*', pos2: f[3] ?? '*', form: f[6] ?? '*', base: f[7] ?? '*' };
  }
}
