/**
 * Words around a figure that make it approximate or a bound: 約2千万トン, 10人以上, 1万人超, 100人近く, 3割弱.
 * They are read from the characters next to the quantity's span and recorded as fields, not in the span.
 */
import type { QuantityBound } from '../../analysis/contract.js';

export interface Modifiers {
  approx?: true;
  bound?: QuantityBound;
}

const BEFORE: readonly [RegExp, Modifiers][] = [
  [/(?:約|およそ|凡そ|ほぼ|概ね|おおむね|推定|推計)$/, { approx: true }],
  [/(?:最大|最高|最多|最長|上限)(?:で|の)?$/, { bound: 'max' }],
  [/(?:最低|最少|最短|少なくとも|下限)(?:で|の)?$/, { bound: 'min' }],
];

const AFTER = /以上|以下|以内|未満|を?超える|を?上回る|を?下回る|超え?|強|弱|余り|あまり|余|近く|足らず|前後|程度|ほど|くらい|ぐらい/y;

const AFTER_MEANING: Readonly<Record<string, Modifiers>> = {
  以上: { bound: 'min' }, 超える: { bound: 'over' }, 上回る: { bound: 'over' }, 超: { bound: 'over' }, 超え: { bound: 'over' },
  以下: { bound: 'max' }, 以内: { bound: 'max' }, 未満: { bound: 'under' }, 下回る: { bound: 'under' },
  強: { approx: true, bound: 'over' }, 余り: { approx: true, bound: 'over' }, あまり: { approx: true, bound: 'over' },
  余: { approx: true, bound: 'over' }, 弱: { approx: true, bound: 'under' }, 近く: { approx: true, bound: 'under' },
  足らず: { approx: true, bound: 'under' }, 前後: { approx: true }, 程度: { approx: true }, ほど: { approx: true },
  くらい: { approx: true }, ぐらい: { approx: true },
};

/** The modifiers of the quantity at `[start, end)` of `text`. */
export function modifiersAround(text: string, start: number, end: number): Modifiers {
  const out: Modifiers = {};
  const before = text.slice(Math.max(0, start - 6), start);
  for (const [re, meaning] of BEFORE) if (re.test(before)) Object.assign(out, meaning);
  AFTER.lastIndex = end;
  const m = AFTER.exec(text);
  if (m) Object.assign(out, AFTER_MEANING[m[0].replace(/^を/, '')]);
  return out;
}
