/**
 * Bytes to text: BOMs first, then strict UTF-8, then the Japanese legacy encodings (Shift_JIS/CP932 and EUC-JP),
 * chosen by how Japanese the decoded text looks. Decoding is strict (`fatal`), so a wrong guess fails instead of
 * producing mojibake.
 */
import { errors } from '../errors.js';

export type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'shift_jis' | 'euc-jp';

export const ENCODINGS: readonly Encoding[] = ['utf-8', 'utf-16le', 'utf-16be', 'shift_jis', 'euc-jp'];

export interface Decoded {
  text: string;
  encoding: Encoding;
}

/**
 * Decodes `bytes` read from `name` (used in error messages).
 * @throws NewsgraphError `binary-input` for data with NUL bytes, `undecodable` when no encoding fits.
 */
export function decode(bytes: Uint8Array, name: string, forced?: Encoding): Decoded {
  if (forced) return { text: strict(bytes, forced, name), encoding: forced };
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: strict(bytes.subarray(3), 'utf-8', name), encoding: 'utf-8' };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: strict(bytes.subarray(2), 'utf-16le', name), encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: strict(bytes.subarray(2), 'utf-16be', name), encoding: 'utf-16be' };
  const bom16 = utf16WithoutBom(bytes);
  if (bom16) return { text: strict(bytes, bom16, name), encoding: bom16 };
  if (bytes.includes(0)) throw errors.binaryInput(name);
  const utf8 = attempt(bytes, 'utf-8');
  if (utf8 !== null) return checked({ text: utf8, encoding: 'utf-8' }, name);
  const candidates: Decoded[] = [];
  for (const encoding of ['shift_jis', 'euc-jp'] as const) {
    const text = attempt(bytes, encoding);
    if (text !== null) candidates.push({ text, encoding });
  }
  if (candidates.length === 0) throw errors.undecodable(name);
  candidates.sort((a, b) => japaneseScore(b.text) - japaneseScore(a.text));
  return checked(candidates[0]!, name);
}

function strict(bytes: Uint8Array, encoding: Encoding, name: string): string {
  const text = attempt(bytes, encoding);
  if (text === null) throw errors.undecodable(name);
  return text;
}

function attempt(bytes: Uint8Array, encoding: Encoding): string | null {
  try {
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}

/** UTF-16 text without a BOM shows NULs in every other byte for its ASCII characters. */
function utf16WithoutBom(bytes: Uint8Array): Encoding | null {
  const n = Math.min(bytes.length, 4096) & ~1;
  if (n < 4) return null;
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZero++;
    if (bytes[i + 1] === 0) oddZero++;
  }
  const pairs = n / 2;
  if (oddZero > pairs * 0.3 && evenZero < pairs * 0.05) return 'utf-16le';
  if (evenZero > pairs * 0.3 && oddZero < pairs * 0.05) return 'utf-16be';
  return null;
}

/** Text full of control characters is binary data that happened to decode. */
function checked(decoded: Decoded, name: string): Decoded {
  let control = 0;
  const n = Math.min(decoded.text.length, 8192);
  for (let i = 0; i < n; i++) {
    const c = decoded.text.charCodeAt(i);
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c) || c === 0x7f) control++;
  }
  if (control > Math.max(2, n * 0.02)) throw errors.binaryInput(name);
  return decoded;
}

/**
 * How Japanese a decoding looks: kana and common kanji count for it, half-width katakana and characters outside
 * JIS level 1 (which a wrong legacy decoding produces in bulk) against it.
 */
export function japaneseScore(text: string): number {
  let score = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x3041 && c <= 0x30ff) score += 2; // hiragana, katakana
    else if (c >= 0x4e00 && c <= 0x9fff) score += 1;
    else if (c >= 0xff61 && c <= 0xff9f) score -= 2; // half-width katakana: rare in news, common in misreads
    else if (c >= 0xe000 && c <= 0xf8ff) score -= 3; // private use
    else if (c >= 0x20 && c < 0x7f) score += 0;
    else if (c === 0x0a || c === 0x0d || c === 0x09) score += 0;
    else score -= 1;
  }
  return score;
}
