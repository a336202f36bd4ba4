/**
 * Encoders for Shift_JIS (CP932) and EUC-JP built by inverting Node's own decoders, so tests can write a text in a
 * legacy encoding without an external tool. Characters the encoding cannot represent throw.
 */
const tables = new Map<string, Map<string, number[]>>();

function table(encoding: 'shift_jis' | 'euc-jp'): Map<string, number[]> {
  const cached = tables.get(encoding);
  if (cached) return cached;
  const map = new Map<string, number[]>();
  const decoder = new TextDecoder(encoding, { fatal: true });
  const add = (bytes: number[]) => {
    try {
      const ch = decoder.decode(Uint8Array.from(bytes));
      if ([...ch].length === 1 && !map.has(ch)) map.set(ch, bytes);
    } catch {
      // not a valid sequence
    }
  };
  for (let b = 0; b < 0x80; b++) add([b]);
  if (encoding === 'shift_jis') {
    for (let b = 0xa1; b <= 0xdf; b++) add([b]);
    for (const lead of [...range(0x81, 0x9f), ...range(0xe0, 0xfc)]) for (const trail of [...range(0x40, 0x7e), ...range(0x80, 0xfc)]) add([lead, trail]);
  } else {
    for (let lead = 0xa1; lead <= 0xfe; lead++) for (let trail = 0xa1; trail <= 0xfe; trail++) add([lead, trail]);
    for (let b = 0xa1; b <= 0xdf; b++) add([0x8e, b]);
  }
  tables.set(encoding, map);
  return map;
}

function range(from: number, to: number): number[] {
  return Array.from({ length: to - from + 1 }, (_, i) => from + i);
}

/** `text` encoded as Shift_JIS or EUC-JP. @throws Error naming the first character the encoding lacks. */
export function encodeLegacy(text: string, encoding: 'shift_jis' | 'euc-jp'): Uint8Array {
  const map = table(encoding);
  const out: number[] = [];
  for (const ch of text) {
    const bytes = map.get(ch);
    if (!bytes) throw new Error(`${encoding} has no code for ${JSON.stringify(ch)} (U+${ch.codePointAt(0)!.toString(16)})`);
    out.push(...bytes);
  }
  return Uint8Array.from(out);
}
