/**
 * Units and counters, written as the text writes them, with the lower-case code the contract prints. Codes are
 * ISO 4217 for money (jpy, usd, cny …), SI-style symbols for measures (t, kg, km, m2, l), and English words for
 * counters and durations:
 *
 * | code | written | | code | written |
 * |---|---|---|---|---|
 * | percent | % ％ パーセント 割 分の | | person | 人 名 |
 * | point | ポイント (percentage points) | | case | 件 |
 * | t | トン t | | vote | 票 |
 * | kg | キログラム kg キロ (weight) | | aircraft | 機 |
 * | km | キロメートル km キロ (distance) | | ship | 隻 艘 |
 * | bbl | バレル | | round | 発 (missiles, shells) |
 * | year, month, week, day, hour, minute, second | 年(間) カ月 週間 日間 時間 分 秒 | | country | カ国 か国 ヶ国 |
 * | age | 歳 才 | | times | 回 度 |
 * | multiple | 倍 | | vehicle | 両 |
 * | celsius, degree | ℃, 度 after 気温 / 北緯 … | | place | カ所 か所 箇所 |
 *
 * and piece (本 個 つ), unit (台 基), sheet, volume, head, animal, bird, company, school, store, building,
 * household, seat, game, win, loss, line, lane, step, item, gun, koku, body, kind, city, state, municipality.
 * Speeds after 時速 / 秒速 are km/h and m/s.
 */

/** One way of writing a unit. */
export interface UnitForm {
  code: string;
  /** Multiplies the figure into the code's unit (割 → percent × 10). */
  factor: number;
  /** Whether a kanji numeral may stand before it (一人, 二千五百万トン) — not for counters that make words with
   * kanji numerals (一本化, 一門, 一段と). */
  kanji: boolean;
}

const forms = new Map<string, UnitForm>();

function add(code: string, written: string, options: { factor?: number; kanji?: boolean } = {}): void {
  for (const w of written.split(' ')) forms.set(w, { code, factor: options.factor ?? 1, kanji: options.kanji ?? true });
}

// Money.
add('jpy', '円');
add('usd', 'ドル 米ドル USドル');
add('eur', 'ユーロ');
add('cny', '元 人民元 中国元');
add('twd', '台湾ドル 新台湾ドル 台湾元');
add('hkd', '香港ドル');
add('aud', '豪ドル オーストラリアドル');
add('cad', 'カナダドル');
add('sgd', 'シンガポールドル');
add('gbp', 'ポンド 英ポンド');
add('rub', 'ルーブル');
add('krw', 'ウォン');
add('inr', 'ルピー');
add('thb', 'バーツ');
add('idr', 'ルピア');
add('chf', 'スイスフラン');
add('brl', 'レアル');
add('try', 'トルコリラ');
// Ratios.
add('percent', '% ％ パーセント');
add('percent', '割', { factor: 10 });
add('point', 'ポイント');
add('multiple', '倍');
// Measures.
add('t', 'トン t');
add('kg', 'キログラム kg');
add('kg', 'キロ');
add('g', 'グラム');
add('mg', 'ミリグラム mg');
add('km', 'キロメートル km');
add('m', 'メートル m');
add('cm', 'センチメートル センチ cm');
add('mm', 'ミリメートル ミリ mm');
add('mi', 'マイル');
add('nmi', '海里');
add('km2', '平方キロメートル 平方キロ 平方km km2 km²');
add('m2', '平方メートル m2 m² ㎡');
add('ha', 'ヘクタール ha');
add('l', 'リットル');
add('ml', 'ミリリットル ml');
add('m3', '立方メートル m3');
add('bbl', 'バレル');
add('kw', 'キロワット kW');
add('mw', 'メガワット MW');
add('gw', 'ギガワット GW');
add('kwh', 'キロワット時 kWh');
add('celsius', '℃ °C');
add('db', 'デシベル dB');
add('kn', 'ノット');
// Durations.
add('year', '年 年間');
add('month', 'カ月 か月 ヶ月 ヵ月 ケ月 箇月 カ月間 か月間 ヶ月間 ヵ月間 ケ月間');
add('week', '週間');
add('day', '日 日間');
add('hour', '時間');
add('minute', '分間');
add('minute', '分', { kanji: false });
add('second', '秒 秒間');
add('age', '歳 才');
// Counters.
add('person', '人 名');
add('case', '件');
add('vote', '票');
add('aircraft', '機');
add('ship', '隻 艘');
add('round', '発', { kanji: false });
add('country', 'カ国 か国 ヶ国 ヵ国 ケ国 箇国');
add('place', 'カ所 か所 ヶ所 ヵ所 ケ所 箇所');
add('times', '度');
add('times', '回', { kanji: false });
add('vehicle', '両');
add('head', '頭');
add('animal', '匹');
add('bird', '羽');
add('company', '社');
add('household', '世帯');
add('seat', '議席');
add('game', '試合');
add('line', '回線');
add('lane', '車線');
add('kind', '種類');
add('city', '都市');
add('store', '店舗');
add('piece', '個');
for (const [code, written] of [
  ['piece', '本 つ'], ['unit', '台 基'], ['sheet', '枚'], ['volume', '冊'], ['school', '校'], ['store', '店'],
  ['building', '棟 軒'], ['household', '戸'], ['seat', '席'], ['win', '勝'], ['loss', '敗'], ['step', '段'],
  ['item', '品'], ['gun', '門'], ['municipality', '市町村 市町'], ['koku', '石'], ['body', '体'], ['state', '州'],
] as const) add(code, written, { kanji: false });

/** Every written form, longest first (so キロメートル wins over キロ, 回線 over 回). */
export const UNIT_FORMS: ReadonlyMap<string, UnitForm> = forms;

/** A regex source matching any written form, longest first. */
export const UNIT_SOURCE = [...forms.keys()]
  .sort((a, b) => b.length - a.length)
  .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
  .join('|');
