/** Numbers, amounts and periods as the UI shows them, in the UI's language. */
import type { Lang } from './i18n';

const UNITS_JA: Record<string, string> = { t: 'トン', kg: 'キロ', usd: 'ドル', jpy: '円', cny: '元', eur: 'ユーロ', person: '人', percent: '%', year: '年' };

/** `8000000 t` → 800万トン (ja) or 8,000,000 t (en). */
export function amount(value: number, unit: string, lang: Lang): string {
  if (lang === 'en') return `${value.toLocaleString('en')} ${unit === 'percent' ? '%' : unit}`;
  const u = UNITS_JA[unit] ?? unit;
  const abs = Math.abs(value);
  const round = (n: number) => String(Number(n.toPrecision(4)));
  if (abs >= 1e8) return `${round(value / 1e8)}億${u}`;
  if (abs >= 1e4) return `${round(value / 1e4)}万${u}`;
  return `${round(value)}${u}`;
}

/** `2026-Q2` → 2026年第2四半期 / Q2 2026; months and days likewise. */
export function period(value: string, lang: Lang): string {
  let m = /^(\d{4})-Q([1-4])$/.exec(value);
  if (m) return lang === 'ja' ? `${m[1]}年第${m[2]}四半期` : `Q${m[2]} ${m[1]}`;
  m = /^(\d{4})-(\d{2})$/.exec(value);
  if (m) return lang === 'ja' ? `${m[1]}年${Number(m[2])}月` : `${m[1]}-${m[2]}`;
  m = /^(\d{4})$/.exec(value);
  if (m) return lang === 'ja' ? `${m[1]}年` : value;
  m = /^FY(\d{4})$/.exec(value);
  if (m) return lang === 'ja' ? `${m[1]}年度` : value;
  return value;
}

/** How many of `unit`-long periods a year has ('2026-Q1' → 4, '2026-05' → 12, a year → 1). */
export function periodsPerYear(value: string): number {
  if (/-Q[1-4]$/.test(value)) return 4;
  if (/^\d{4}-\d{2}$/.test(value)) return 12;
  return 1;
}

/** A name in the UI's language where the entity has one. */
export function displayName(name: string, names: Partial<Record<string, string>> | undefined, lang: Lang): string {
  return (lang === 'en' ? names?.en : undefined) ?? name;
}

/** An http(s) URL, or null (so only web links become links). */
export function webUrl(value: string | null): string | null {
  return value && /^https?:\/\/[^\s]+$/i.test(value) ? value : null;
}

/** A Wikidata page for a Q-id, or null for anything that is not one. */
export function wikidataUrl(id: string | null | undefined): string | null {
  return id && /^Q\d+$/.test(id) ? `https://www.wikidata.org/wiki/${id}` : null;
}
