/**
 * Stage `language`: the article's language as ISO 639-1. Kana settle Japanese at once (no other language writes
 * them); other texts go to franc-min. `--lang` overrides.
 */
import { franc } from 'franc-min';
import type { Stage } from '../pipeline/pipeline.js';

/** ISO 639-3 codes franc returns, for the languages newsgraph's users read. */
const ISO1: Record<string, string> = {
  jpn: 'ja', eng: 'en', cmn: 'zh', kor: 'ko', rus: 'ru', ukr: 'uk', fra: 'fr', deu: 'de', spa: 'es', por: 'pt',
  ita: 'it', vie: 'vi', tha: 'th', ind: 'id', arb: 'ar', pes: 'fa', tur: 'tr', pol: 'pl', nld: 'nl', hin: 'hi',
};

/** Detects the language of `text`: 'ja', 'en', …, or 'und' when it cannot tell. */
export function detectLanguage(text: string): string {
  const sample = text.length > 4000 ? text.slice(0, 4000) : text;
  let kana = 0;
  let han = 0;
  let hangul = 0;
  let latin = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if (c >= 0x3041 && c <= 0x30ff) kana++;
    else if (c >= 0x4e00 && c <= 0x9fff) han++;
    else if (c >= 0xac00 && c <= 0xd7af) hangul++;
    else if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)) latin++;
  }
  if (kana >= 2 && kana >= (kana + han) * 0.05) return 'ja';
  if (hangul > han && hangul > latin / 4) return 'ko';
  const code = franc(sample, { minLength: 3 });
  if (code !== 'und') return ISO1[code] ?? code;
  if (han > latin) return kana > 0 ? 'ja' : 'zh';
  return latin > 0 ? 'en' : 'und';
}

export const language: Stage = {
  name: 'language',
  requires: ['document'],
  assigns: ['lang'],
  run(doc, options) {
    return doc.set('lang', options.lang ?? detectLanguage(doc.text));
  },
};
