import { TITLE_WORDS } from '../entities/titles.js';

/**
 * Small closed word lists the event rules read: titles that stand after a name, verbs that make a trigger noun an
 * event (会談を行う, デモがあった), and words that set its modality. Token base forms, compiled into sets once.
 */

/**
 * Titles and honorifics after a name: トランプ大統領, 習近平総書記, 潘氏. A bare one (国王は) refers back. The linking
 * lexicon's words (総統, 行政院長 …) and a few more that only the event rules need (トップ, 相).
 */
export const TITLES: ReadonlySet<string> = new Set([
  ...TITLE_WORDS,
  '大統領', '副大統領', '首相', '副首相', '総理', '総理大臣', '内閣総理大臣', '外相', '外務大臣', '大臣', '長官', '国務長官',
  '国防長官', '官房長官', '主席', '国家主席', '副主席', '総書記', '書記長', '党首', '委員長', '議長', '代表', '幹事長', '首脳',
  '国王', '王妃', '皇太子', '天皇', '女王', '司令官', '将軍', '大使', '次席大使', '特使', '報道官', '知事', '市長', '会長',
  '社長', '総裁', '副総裁', '判事', '裁判官', '検事', '議員', '上院議員', '下院議員', '容疑者', '被告', '氏', 'さん', '様',
  '君', '教授', '研究員', '事務総長', '局長', '部長', '委員', '元首', '外交通商相', '国防相', '財務相', '経済相', '首席',
  '司令', '参謀総長', '国連大使', '最高指導者', '指導者', 'トップ', '理事長', '外交部長', '報道局長', '相',
]);

/** Words after a name that keep it the head of its phrase: 日本政府 acts as 日本, ロシア側 as ロシア. */
export const AGENT_TAILS: ReadonlySet<string> = new Set(['政府', '当局', '側', '陣営', '首脳', '両国', '国民', '政権', 'ら', 'など', '両氏',
  '議員団', '代表団', '訪問団', '使節団', '調査団']);

/** Prefixes a title may carry: 前大統領, 元首相, 次期首相. */
export const TITLE_PREFIXES: ReadonlySet<string> = new Set(['前', '元', '現', '新', '次期', '副', '故', '同']);

/** Origin markers after a place: 米国産大豆, 米国製品 — the place is the trade's counterpart. */
export const ORIGIN_TAILS: ReadonlySet<string> = new Set(['産', '製', '製品', '産品']);

/** Verbs after 〜を that perform a trigger noun (会談を行う, 制裁を科す, 辞任を表明する). */
export const PERFORM: ReadonlySet<string> = new Set([
  '行う', '実施', '開く', '開催', '始める', '開始', '表明', '発表', '決定', '決める', '宣言', '明らか', '認める', '終える',
  '取り付ける', '強行', '発動', '科す', '課す', '加える', '布告', '発令', '命じる', '受ける', '取る', 'とる', '講じる', '結ぶ',
  '交わす', '実行', '展開', '再開', '継続', '続ける', '繰り返す', '提出', '伝える', '公表', '通告', '打ち出す', '断行',
  '敢行', '仕掛ける', '実現', '果たす', '執行', '発射', '確認', '報告', '下す', '言い渡す', '出す', '示す', '行なう',
  '引き上げる', '上乗せ', '導入',
  '増やす', '拡大', '強化', '倍増', '持つ', '拡充', '本格化', '維持', '延長', '起こす',
  // Aid is sent (救援隊を派遣, 救援物資を送った, 支援を提供).
  '派遣', '送る', '届ける', '送付', '提供',
]);

/** Verbs after 〜を that plan it (訪問を予定, 制裁を検討): the event is planned. */
export const PLAN: ReadonlySet<string> = new Set(['予定', '計画', '検討', '調整', '目指す', '準備', '模索', '視野', '急ぐ', '示唆', '打診', '提案']);

/** Verbs after 〜を that deny or cancel it (会談を中止, 関与を否定): negated. */
export const DENY: ReadonlySet<string> = new Set(['否定', '拒否', '見送る', '中止', '断念', '取りやめる', '撤回', '拒む', '否認', '延期', '取り消す', '見合わせる']);

/** Verbs after 〜を that ask for it (辞任を求める): a request, not the event. */
export const ASK: ReadonlySet<string> = new Set(['求める', '要求', '要請', '呼びかける', '呼び掛ける', '促す', '提案', '期待', '望む', '訴える']);

/** Predicates after 〜が/は that say it took place (会談が行われた, デモがあった, 死者が出た). */
export const HAPPEN: ReadonlySet<string> = new Set([
  '行う', '開く', '開催', '実施', 'ある', '起きる', '起こる', '発生', '続く', '始まる', '終わる', '決まる', '実現', '成立',
  '相次ぐ', '出る', '広がる', '勃発', '発効', '予定', '中止', '延期', '見送る', '発表', '行なう', '襲う', '確認', '判明',
  '拡大', '激化', '長期化', '再燃', '閉幕', '開幕', '終了', '開会', '閉会',
]);

/** Predicates after 〜に that join it (会談に臨む, 訪中に同意). */
export const JOIN: ReadonlySet<string> = new Set(['臨む', '応じる', '出席', '参加', '同意', '合意', '踏み切る', '乗り出す', '着手', '向かう', '至る', 'こぎつける', '達する']);

/** Nouns after a trigger noun that leave it the event (制裁措置, 訪問予定, 辞任表明), some with a modality. */
export const LIGHT_HEADS: ReadonlyMap<string, 'planned' | 'negated' | null> = new Map<string, 'planned' | 'negated' | null>([
  ['措置', null], ['処置', null], ['処分', null], ['行為', null], ['活動', null], ['行動', null], ['事件', null], ['表明', null], ['発表', null],
  ['決定', null], ['強行', null], ['実施', null], ['開始', null], ['手続き', null], ['勃発', null], ['発生', null], ['再開', null], ['中止', 'negated'], ['停止', 'negated'], ['見送り', 'negated'], ['予定', 'planned'], ['計画', 'planned'],
  ['方針', 'planned'], ['案', 'planned'], ['意向', 'planned'], ['見通し', 'planned'], ['へ', 'planned'],
]);

/**
 * Verbs that end in 連用形 inside a compound particle, with the particle they follow (に対し、 において、
 * をめぐり、): no clause ends there. を伴い is a verb of its own, に伴い a particle.
 */
export const PARTICLE_VERBS: ReadonlyMap<string, string> = new Map([
  ['対する', 'に'], ['関する', 'に'], ['際する', 'に'], ['伴う', 'に'], ['基づく', 'に'], ['加える', 'に'], ['つく', 'に'],
  ['通じる', 'を'], ['通ずる', 'を'], ['わたる', 'に'], ['向ける', 'に'], ['応じる', 'に'], ['従う', 'に'], ['比べる', 'に'],
  ['沿う', 'に'], ['先立つ', 'に'], ['めぐる', 'を'], ['巡る', 'を'], ['含める', 'を'], ['除く', 'を'], ['介する', 'を'],
  ['当たる', 'に'], ['おく', 'に'], ['よる', 'に'], ['限る', 'に'], ['拠る', 'に'],
]);

/** Nouns that end an adverbial clause before a comma (会談するほか、 出席するため、 訪問した後、). */
export const CLAUSE_NOUNS: ReadonlySet<string> = new Set(['ほか', 'ため', 'うえ', '上', '一方', '際', '後', '前', 'ところ', '結果', '場合', '中', '間', '以上', 'ものの']);

/** Words that make a noun phrase a group or actor when it names no entity (数千人, 幹部, 反政府勢力). */
export const AGENTIVE_END = /([0-9０-９一二三四五六七八九十百千万数]人|人々|犯人|者|団|隊|派|党|軍|兵|側|国|政府|当局|省|庁|部隊|市民|住民|幹部|首脳|議員|容疑者|被告|グループ|勢力|組織|同盟|連合|評議会|委員会|当事者|閣僚)$/;

/** Nouns for people around someone: an object that is one of them is arrested or met itself (盧氏の実兄ら). */
export const PEOPLE = /(兄|弟|姉|妹|妻|夫|息子|娘|父|母|家族|親族|側近|秘書|部下|関係者|支持者|職員|社員|子供|長男|次男|長女|次女|遺族|弁護士|幹部|閣僚|議員|容疑者)(ら|たち|ら\d+人)?$/;

/** Unnamed people who speak or act for a body named before them (中国外務省の報道官, 政府の高官). */
export const SPEAKS_FOR = /(報道官|報道局長|報道担当者|当局者|関係者|高官|幹部|代表|スポークスマン|広報担当者?|首脳|トップ|長官|大臣|大使|外相|首相|大統領)$/;

/** First-person words inside a quote: they refer to its speaker. */
export const FIRST_PERSON: ReadonlySet<string> = new Set(['我々', '私', '私たち', 'わが国', '我が国', 'わたし', '当方', '自分', 'われわれ', 'わが党', '我が党', 'わが軍']);
