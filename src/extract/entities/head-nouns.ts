/** The head nouns that end names (…委員会, …党, …空港, …県警) and the words that lead a compound but are no part of the name. */
import type { EntityType } from '../../analysis/contract.js';

/** A head noun and what a name ending in it is. `proper`: the words before it must include a proper name. */
export interface Head {
  type: EntityType;
  proper: boolean;
  /** The name is the run of proper nouns right before the head (決勝戦進出|天理高校). */
  tight?: boolean;
  /** Without a proper name, the words a compound needs before the head to be a name. */
  minWords?: number;
  /** The name starts at its place when only common words come before it (刃物|香川県警). */
  placeFirst?: boolean;
}

/** Every head noun, grouped by what a name ending in it is. */
export const HEADS: [string[], Head][] = [
  [['委員会', '評議会', '協議会', '協会', '研究院', '研究所', '研究センター', '大学', '銀行', '財団', '機構', '連合',
    '連盟', '公社', '組合', '学会', '記者会', '記者クラブ', '同盟', '裁判所', '高等裁判所', '部隊', '連合会', '評議員会'], { type: 'ORG', proper: false }],
  [['党', '通信', '通信社', '新聞', '新聞社', '日報', '放送', '週報', '省', '庁', '軍', '社', 'グループ', '財閥'], { type: 'ORG', proper: true }],
  // police, courts and prosecutors named by their place (京都府警, 北海道警察深川署, 大阪高裁, 能代警察署, 横浜地検)
  [['警察', '警察署', '警察本部', '府警', '県警', '道警', '市警', '署', '地裁', '高裁', '家裁', '簡裁', '地方裁判所', '家庭裁判所',
    '簡易裁判所', '地検', '高検', '区検', '地方検察庁', '高等検察庁'], { type: 'ORG', proper: true, placeFirst: true }],
  // 南北経済協力協議事務所 is a body, 所属事務所 and 芸能事務所 are not
  [['事務所'], { type: 'ORG', proper: false, minWords: 3 }],
  // companies and schools: a place or a proper name before the head (八戸信用金庫, 東京電力, トヨタ自動車, not 電気自動車)
  [['信用金庫', '信金', '信用組合', '証券', '生命', '損保', '電力', '電鉄', '鉄道', '航空', '自動車', '電機', '製作所', '工業',
    '重工', '重工業', '製薬', '商事', '物産', 'ホールディングス', '高校', '高等学校', '中学校', '小学校', '学園', '学院'], { type: 'ORG', proper: true, tight: true }],
  [['発電所', '原発', '原子力発電所'], { type: 'FAC', proper: true }],
  [['空港', '国際空港', '駅', '病院', '刑務所', '宮殿', '広場', 'ホテル', 'タワー', 'ビル', '大聖堂', '神社', '寺院', '基地', '工場', 'スタジアム', '競技場', '会館', '大会堂', '劇場', '美術館', '博物館', '記念館',
    '大使館', '地区', '工業地区', '工業団地', '団地', '特区', '港'], { type: 'FAC', proper: false }],
  [['州', '自治州', '自治区', '県', '市'], { type: 'GPE', proper: true }],
  [['島', '諸島', '半島', '海峡', '湾', '山脈', '砂漠'], { type: 'LOC', proper: true }],
  [['法', '設置法', '条約', '協定', '議定書', '憲法'], { type: 'LAW', proper: true }],
  [['会合', '首脳会議', '首脳会合', 'サミット', '戦争', '五輪', 'オリンピック', '万博', '選挙', '裁判'], { type: 'EVENT', proper: true }],
];

/** Words that lead a compound but are no part of the name (与党タイ愛国党, 同党, 英字新聞). */
export const LEADS = new Set(['与党', '野党', '同', '各', '両', '全', '主要', '旧', '新', '元', '前', '現', '英字', '地元', '国営',
  '民間', '当時', '首都', '同国', '同州', '同市', '当該', '上記', '下記', '傘下', '系列', '大手', '中堅', '有力', '次期', '一部', '民主派', '親', '後', '今後', '以後', '直後']);

