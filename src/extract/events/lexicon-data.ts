/**
 * The trigger vocabulary: Japanese news words that state an event, by contract type, in dictionary form.
 * `lexicon.ts` compiles them once into token-base sequences, so every inflection matches through the token layer's
 * base forms (会談した, 会談し, 会談する; 招いた, 招き; 取り消すと). Longer entries win over the words they contain
 * (電話会談 is a call, 会談 a meeting; 世論調査 is no investigation).
 */
import type { EventType } from '../../analysis/contract.js';
import type { Frame } from './frames.js';

/**
 * How a trigger word reports: `formal` statements always count, `speech` verbs only when dated; `pledge` and
 * `warn` words take in the event they promise or threaten (…を購入すると約束, …制裁を科すと警告).
 */
export type Vehicle = 'formal' | 'speech' | 'pledge' | 'warn';

export interface TriggerGroup {
  type: EventType | null;
  frame: Frame;
  words: readonly string[];
  vehicle?: Vehicle;
  /** Motion words that are a visit only with a named destination (出発, 到着). */
  needsTarget?: boolean;
  /**
   * Verbs that are an event only with an object of this kind (控訴を棄却, 懲役5年を言い渡した; 主張を退けた is no
   * ruling): the object phrase's text, or the noun before the trigger in its compound (控訴棄却).
   */
  objects?: RegExp;
  /** Another sense in another domain: the word states no event in a sentence that matches (救援した投手). */
  notWith?: RegExp;
}

/** What a court rules on: an appeal, a claim, a suit, an indictment (控訴, 賠償請求, 訴え, 公訴), or its own ruling. */
const FILINGS = /(控訴|上告|上訴|抗告|請求|訴え|申し立て|申立て?|公訴|特別抗告)$/;
/** A sentence a court hands down (懲役5年, 無罪, 罰金50万円) — not a ruling word, which is a trigger of its own. */
const SENTENCES = /^(?:懲役|禁錮|禁固|罰金|死刑|無期|無罪|有罪|実刑|執行猶予|科料|追徴)(?!.*判決$)/;
/** Pitching: where 救援 is a relief pitcher's work, not aid (救援した只野投手, 7回2死から救援). */
const PITCHING = /投手|登板|投球|セーブ|イニング|打者|マウンド|ブルペン|中継ぎ|リリーフ|[0-9０-９一二三]死|回[表裏]/;

/** Words that look like triggers but state no event: they win the longest match and yield nothing. */
const NOT_EVENTS = [
  '世論調査', '意識調査', '調査結果', '電話番号', '携帯電話', '電話回線', '公衆電話', '会議室', '会議所', '議会選挙区',
  '選挙区', '選挙権', '被選挙権', '選挙管理委員会', '支援者', '支持者', '攻撃的', '地震計', '演習場', '記者会見場',
  '死亡率', '死者数', '輸出額', '輸入額', '輸出量', '輸入量', '購入者', '関税率', '交渉力', '協議会', '理事会', '委員会',
  '救援投手', '救援登板', '救援陣', '救援失敗', '救援勝利', '救援成功',
];

export const TRIGGER_GROUPS: readonly TriggerGroup[] = [
  { type: null, frame: 'self', words: NOT_EVENTS },
  { type: 'call', frame: 'symmetric', words: ['電話会談', '電話協議', '電話会議', '電話', '通話'] },
  {
    type: 'meeting', frame: 'symmetric',
    words: [
      '会談', '首脳会談', '外相会談', '首相会談', '協議', '会合', '首脳会合', '外相会合', '会議', '首脳会議', 'サミット',
      '面会', '面談', '会う', '交渉', '対話', '話し合い', '話し合う', '懇談', '会食', '意見交換', 'オンライン会談',
      'テレビ会談', 'ビデオ会議', 'テレビ会議', '接見', '出席',
    ],
  },
  { type: 'visit', frame: 'motion', words: ['訪問', '訪中', '訪米', '訪日', '訪韓', '訪朝', '訪露', '訪ロ', '訪台', '訪欧', '訪英', '訪仏', '訪独', '訪印', '訪豪', '来日', '来訪', '渡米', '訪れる', '訪ねる', '歴訪', '外遊', '視察'] },
  { type: 'visit', frame: 'motion', needsTarget: true, words: ['出発', '到着', '向かう', '赴く', '滞在', '逃亡', '亡命', '移動'] },
  { type: 'invitation', frame: 'invite', words: ['招待', '招く', '招請', '招聘', '招き'] },
  { type: 'agreement', frame: 'symmetric', words: ['合意', '署名', '調印', '締結', '妥結', 'で一致', '協定を結ぶ', '条約を結ぶ', '合意文書', '停戦', '和平合意', '調印式', '署名式'] },
  { type: 'commitment', frame: 'pledge', vehicle: 'pledge', words: ['約束', '誓約', '公約', '確約', '誓う', '約する'] },
  { type: 'trade', frame: 'trade', words: ['購入', '輸入', '輸出', '売却', '販売', '買う', '売る', '調達', '買い付け', '輸出入', '購買'] },
  { type: 'aid', frame: 'directed', words: ['支援', '援助', '供与', '拠出', '寄付', '無償資金協力', '人道支援', '経済支援', '軍事支援', '資金援助'] },
  // Relief of people in need; 救援 of a relief pitcher is no aid (救援投手 above; the verb in a game's sentence).
  { type: 'aid', frame: 'directed', notWith: PITCHING, words: ['救援', '救援活動', '救援物資', '救援隊', '救援部隊', '救援チーム', '救援金', '救援機'] },
  { type: 'statement', frame: 'self', vehicle: 'formal', words: ['声明', '共同声明', '演説', '記者会見', '会見', '談話', '宣言', '所信表明', '緊急記者会見'] },
  { type: 'statement', frame: 'directed', vehicle: 'formal', words: ['歓迎', '歓迎の意を表す', '歓迎の意を示す', '歓迎する意向を示す'] },
  {
    type: 'statement', frame: 'self', vehicle: 'speech',
    words: ['述べる', '語る', '発表', '表明', '明らかにする', '発言', '強調', '主張', '説明', '言及', '公表', '通告', '呼びかける', '呼び掛ける', '要求', '要請', '促す'],
  },
  {
    type: 'accusation', frame: 'directed',
    words: ['非難', '批判', '抗議', '糾弾', '指弾', '反発', 'けん制', '牽制', '懸念を表明', '遺憾の意を表明', '非難声明', '抗議声明', '責める', '追及', '告発', '非難決議'],
  },
  { type: 'threat', frame: 'directed', vehicle: 'warn', words: ['警告', '脅す', '威嚇', '脅迫', '最後通告'] },
  { type: 'threat', frame: 'directed', words: ['対抗手段', '対抗措置', '報復', '報復措置'] },
  {
    type: 'sanction', frame: 'directed',
    words: ['制裁', '経済制裁', '制裁措置', '禁輸', '断交', '国交断絶', '関係断絶', '断絶', '資産凍結', '輸出規制', '輸出禁止', '輸入禁止', '渡航禁止', '禁輸措置'],
  },
  { type: 'tariff', frame: 'directed', words: ['関税', '追加関税', '報復関税', '関税引き上げ', '制裁関税'] },
  {
    type: 'dismissal', frame: 'directed',
    words: [
      '解任', '罷免', '更迭', '粛清', '除名', '解職', '免職', '懲戒免職', '追放', '資格を取り消す', '資格取り消し',
      '資格の取り消し', '資格を剥奪', '資格剥奪', '解散', '職を解く', '辞めさせる', '権限を剥奪',
    ],
  },
  { type: 'dismissal', frame: 'undergo', words: ['失脚'] },
  { type: 'dismissal', frame: 'directed', needsTarget: true, words: ['停止', '職務停止', '効力停止'] },
  { type: 'appointment', frame: 'directed', words: ['任命', '指名', '起用', '選任', '抜擢', '擁立', '推薦', '任じる'] },
  { type: 'appointment', frame: 'undergo', words: ['就任', '昇格', '昇進', '着任'] },
  { type: 'resignation', frame: 'self', words: ['辞任', '辞意', '辞職', '退任', '引退', '退陣', '辞める', '総辞職', '辞表'] },
  { type: 'investigation', frame: 'directed', words: ['調査', '捜査', '取り調べ', '事情聴取', '査察', '家宅捜索', '捜索', '立ち入り検査'] },
  { type: 'arrest', frame: 'directed', words: ['拘束', '逮捕', '拘留', '勾留', '連行', '送検', '検挙', '身柄拘束', '収監', '投獄', '捕らえる', '捕まえる'] },
  { type: 'trial', frame: 'directed', words: ['起訴', '判決', '有罪判決', '無罪判決', '死刑判決', '公判', '裁判', '提訴', '求刑', '結審', '控訴', '上告', '上訴', '訴追', '有罪'] },
  // A court's ruling: what it rejects or quashes (控訴を棄却, 上告を退けた, 一審判決を破棄), the sentence it hands down.
  { type: 'trial', frame: 'directed', objects: FILINGS, words: ['棄却', '却下', '退ける'] },
  { type: 'trial', frame: 'directed', objects: /(判決|命令)$/, words: ['破棄'] },
  { type: 'trial', frame: 'directed', objects: SENTENCES, words: ['言い渡す'] },
  { type: 'election', frame: 'self', words: ['選挙', '総選挙', '大統領選挙', '大統領選', '投票', '住民投票', '国民投票', '予備選挙', '予備選', '選出'] },
  { type: 'election', frame: 'undergo', words: ['当選', '再選', '落選'] },
  { type: 'legislation', frame: 'self', words: ['可決', '採択', '成立', '制定', '施行', '否決', '公布', '批准', '議決', '承認'] },
  {
    type: 'military_action', frame: 'directed',
    words: [
      '軍事演習', '合同演習', '演習', '発射', '試射', '打ち上げ', '派兵', '配備', '出動', '動員', '進駐', 'クーデター',
      '戒厳令', '制圧', '掌握', '占領', '封鎖', '核実験', '領空侵犯', '領海侵入',
    ],
  },
  { type: 'protest', frame: 'directed', words: ['デモ', '抗議デモ', '抗議活動', '抗議集会', '抗議行動', 'デモ行進', 'ストライキ', '暴動', '座り込み', '集会', '反政府デモ'] },
  {
    type: 'attack', frame: 'directed',
    words: [
      '攻撃', '空爆', '爆撃', '砲撃', '侵攻', '襲撃', 'テロ', '銃撃', '爆破', '自爆テロ', '空襲', '撃墜', '殺害', '発砲',
      '応戦', '襲う', '侵略', 'ミサイル攻撃', '攻め込む', '拉致', '誘拐', '乱射', '銃乱射',
    ],
  },
  // A fight between two sides (AとBとの戦闘, 両軍が交戦) has no attacker and no attacked: both take part.
  { type: 'attack', frame: 'symmetric', words: ['戦闘', '交戦', '武力衝突'] },
  { type: 'disaster', frame: 'self', words: ['地震', '大地震', '津波', '台風', '洪水', '噴火', '豪雨', '土砂崩れ', '山火事', '竜巻', '干ばつ', '大雨', '火災', '墜落', '沈没', '脱線', '雪崩', '地滑り'] },
  { type: 'death', frame: 'undergo', words: ['死去', '死亡', '逝去', '亡くなる', '死ぬ', '急死', '病死', '死者', '殉職', '他界', '永眠'] },
];

/** Visits whose word names the destination: 訪中 is a visit to China. */
export const IMPLIED_DESTINATIONS: Readonly<Record<string, readonly string[]>> = {
  訪中: ['中国', '中華人民共和国'], 訪米: ['米国', 'アメリカ', 'アメリカ合衆国'], 訪日: ['日本'], 訪韓: ['韓国', '大韓民国'],
  訪朝: ['北朝鮮', '朝鮮民主主義人民共和国'], 訪露: ['ロシア'], 訪ロ: ['ロシア'], 訪台: ['台湾'], 訪欧: ['欧州', 'ヨーロッパ'],
  訪英: ['英国', 'イギリス'], 訪仏: ['フランス'], 訪独: ['ドイツ'], 訪印: ['インド'], 訪豪: ['オーストラリア', '豪州'],
  来日: ['日本'], 渡米: ['米国', 'アメリカ', 'アメリカ合衆国'],
};
