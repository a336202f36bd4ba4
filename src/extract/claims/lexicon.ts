/**
 * Word lists of Japanese attribution: speech verbs and nouns, stance nouns, the heads of plausible speakers
 * (titles, organisations, media, unnamed sources) and the document nouns a reported source is cited through.
 * Each list is compiled once, at import, into a Set or a suffix matcher; nothing here is built per call.
 */

/** Verbs (dictionary form) that report speech after a quotative と: と述べた, と語り、, とも記した. */
export const SPEECH_VERBS: ReadonlySet<string> = new Set([
  '述べる', '語る', '話す', '言う', '記す', '書く', '訴える', '答える', '明かす', '付け加える', '語りかける',
  '呼びかける', '叫ぶ', '伝える', '報じる', '報ずる', 'つぶやく', '打ち明ける', '言い切る', '言い放つ', '漏らす',
  '誓う', '嘆く', '認める', '締めくくる', '説く', '問いかける', '求める', '見る', 'みる', '考える',
]);

/** Verbs that only report speech after a bracketed quotation (「…」と驚いた), never after a plain clause. */
export const DIRECT_ONLY_VERBS: ReadonlySet<string> = new Set(['驚く', '喜ぶ', '笑う', '憤る', '振り返る', '挙げる', '応じる', '返す']);

/** Verbs of opinion that count only in the progressive (とみている, と考えている), not as a plain past. */
export const BELIEF_VERBS: ReadonlySet<string> = new Set(['見る', 'みる', '考える']);

/** Verbs of the news media: a speaker carried over to them prefers the last cited outlet. */
export const MEDIA_VERBS: ReadonlySet<string> = new Set(['伝える', '報じる', '報ずる', '報道']);

/** サ変 nouns that report speech as と＋noun＋する (と説明した) or end a sentence (と批判。). */
export const SPEECH_NOUNS: ReadonlySet<string> = new Set([
  '発言', '説明', '指摘', '分析', '強調', '主張', '批判', '否定', '表明', '発表', '回答', '証言', '供述', '報告',
  '報道', '述懐', '反論', '反発', '非難', '警告', '宣言', '断言', '明言', '言明', '確認', '示唆', '予測', '予想',
  '推定', '推測', '判断', '結論', '評価', '歓迎', '称賛', '賞賛', '要求', '要請', '提案', '提言', '謝罪',
  '弁明', '釈明', '抗議', 'コメント', '投稿', 'ツイート', '記載', '掲載', '公表', '発信', '表現', '力説', '懸念',
  '期待', '言及', '答弁', '通告', '告白', '解説', '論評', '危惧', '紹介', '強弁', '反省', '激励', '呼びかけ',
  '陳謝', 'おわび', '謝意', '感謝',
]);

/** Speech nouns that need a bracketed quotation before them: 「…」と紹介した, but not 「X」を…と紹介した. */
export const DIRECT_ONLY_NOUNS: ReadonlySet<string> = new Set(['紹介', '掲載', '記載', '歓迎', '反省', '激励', '陳謝', 'おわび', '謝意', '感謝']);

/** Nouns of a stated position: (と|との) N を 示した / 表明した, and the clausal objects of を-cues. */
export const STANCE_NOUNS: ReadonlySet<string> = new Set([
  '見方', '考え', '認識', '見解', '立場', '方針', '意向', '姿勢', '見通し', '考え方', '期待', '懸念', '意欲', '自信',
  '理解', '不満', '疑問', '決意', '判断', '評価', '見込み', '展望', '意思', '意見', '主張', '構え', '意味',
]);

/** Verbs that take a stance noun or a clause as object: …との見方を示した, …ことを明らかにした. */
export const STANCE_VERBS: ReadonlySet<string> = new Set([
  '示す', '表明', '明らか', '発表', '公表', '伝える', '報じる', '強調', '示唆', '認める', '否定', '主張', '報告',
  '述べる', '語る', '表す', '打ち出す',
]);

/** Of those, the verbs that also report a plain action noun as announced: 辞任を表明した, 返還を発表した. */
export const ANNOUNCE_VERBS: ReadonlySet<string> = new Set(['表明', '明らか', '発表', '公表']);

/** Nouns that end a clausal object: …ことを明らかにした, …旨を伝えた. */
export const CLAUSE_NOUNS: ReadonlySet<string> = new Set(['こと', '旨', 'の', '考え', '方針', '意向', '予定', '計画', '可能性', '事実']);

/** Verbs of a request after よう(に): …するよう呼びかけた, …よう求めた. */
export const REQUEST_VERBS: ReadonlySet<string> = new Set([
  '呼びかける', '求める', '要請', '要求', '促す', '訴える', '指示', '働きかける', '要望', '命じる', '勧告',
]);

/** Words that name rather than quote: 「X」と呼ばれる, 「X」と題する, 「X」と名付けた. */
export const NAMING_VERBS: ReadonlySet<string> = new Set(['呼ぶ', '題する', '題す', '名付ける', '名づける', '称する', '称す', '命名', '銘打つ', '冠する']);

/** Documents through which a source is cited: Xの投稿によると, Xの発表では, X発表によると. */
export const DOC_NOUNS: readonly string[] = [
  '投稿', '発表', '報道', '声明', '談話', '会見', '記者会見', '記事', '報告書', '報告', '調査', '分析', '推計', '集計',
  '統計', '資料', '文書', '情報', '発言', 'コメント', '内容', 'ウェブサイト', 'ホームページ', 'サイト', '電子版',
  '見解', '説明', '話', '取材', '調べ', 'まとめ', 'インタビュー', 'ツイッター', 'ブログ', '公式サイト', '放送', '番組',
  '会見内容', '発表内容', '速報', '試算', '予測', '予報',
];

/** Heads of unnamed sources: never linked to an entity, speaker null with the words kept. */
const GENERIC_HEADS = [
  'アナリスト', 'エコノミスト', 'ストラテジスト', '専門家', '関係者', '消息筋', '筋', '当局者', '高官', '研究者', '学者',
  '有識者', '識者', '批判者', '支持者', '目撃者', '住民', '市民', '担当者', '責任者', '側近', '評論家', '解説者',
  '活動家', '政治家', '投資家', '者', '家', '人々', '人たち', '市場', '関係筋', '一部',
  // people the article does not name
  '男性', '女性', '男', '女', '少年', '少女', '男児', '女児', '母親', '父親', '妻', '夫', '息子', '娘', '遺族', '家族',
  '学生', '生徒', '児童', '乗客', '観客', '患者', '運転手', '主婦', '同僚', '知人', '友人', '隣人', '近所', '住人',
  '報道機関', '各社', '各紙', '各局', '人権団体', '関係機関', '地元メディア',
  '両親', '親', '周辺', '長男', '長女', '次男', '次女', '兄', '姉', '弟', '妹', '祖父', '祖母', '住民側', '遺族側',
];

/** Titles and person nouns that end a speaker's name (沈明室研究員) or stand alone for a known person (国王). */
const TITLE_HEADS = [
  '氏', 'さん', '君', '様', '大統領', '首相', '総理', '大臣', '相', '長官', '次官', '官', '大使', '公使', '領事', '議員',
  '委員', '長', '総裁', '代表', '党首', '総書記', '書記', '主席', '首脳', '国王', '女王', '王子', '皇太子', '天皇',
  '法王', '教皇', '知事', '教授', '講師', '研究員', '主任', '顧問', '判事', '裁判官', '検事', '弁護士', '弁護人',
  '医師', '博士', '監督', '選手', '記者', '将軍', '大将', '司令', '補佐官', '幹部', '両氏', 'ら', 'たち', '陛下', '殿下',
  '被告', '被告人', '原告', '宮司', '住職', '牧師', '神父', '司祭', '主査', '専務', '常務', '取締役', '役員', '主幹',
  '参事', '技師', '助教', '作家', '俳優', '歌手', '騎手', '棋士', '力士', '親方', '横綱', '市議', '県議', '町議', '都議',
  '区議', '理事', '会頭', '頭取', '社主', '編集者', '特派員', '隊長', '艦長', '機長', '船長', '座長', '師匠',
];

/** Organisations, including the media. */
const ORG_HEADS = [
  '省', '庁', '府', '部', '局', '党', '会', '院', '社', '軍', '隊', '団', '団体', '組合', '連合', '同盟', '機構', '機関',
  '協会', '連盟', '財団', '銀行', '大学', '研究所', '所', 'センター', '当局', '政府', '政権', '議会', '国会', '内閣',
  '委員会', '事務局', '裁判所', '検察', '警察', '企業', 'グループ', '側', '陣営', '派', '教会', '国連', '連邦',
  '官邸', '県警', '府警', '道警', '警視庁', '署', '本部', '事務所', '病院', '組織', '協議会', '公社', '公団', '法人',
  '気象台', '研究所', '学会', '議会', '大社', '神社', '寺', '消防', '消防局', '消防署',
];

const MEDIA_HEADS = [
  '新聞', '紙', '誌', '通信', '通信社', '放送', '日報', '新報', '時報', '報知', 'ニュース', 'テレビ', 'ラジオ', 'タイムズ',
  'ポスト', 'ジャーナル', 'メディア', 'NEWS', 'ONLINE', 'TV', 'Times', 'Post', 'News',
];

/** Words that stand for a quantity of people before an unnamed source: 複数のアナリスト, 一部の専門家. */
export const QUANTIFIERS: ReadonlySet<string> = new Set(['複数', '一部', '多く', '数人', '別', '他', '多数', '大半', '一人', '1人']);

/** A matcher of word endings, longest first, so 報道官 wins over 官; words are indexed by their last character. */
class Suffixes {
  private readonly byLast = new Map<string, string[]>();
  constructor(words: readonly string[]) {
    for (const w of [...new Set(words)].sort((a, b) => b.length - a.length)) {
      const last = w[w.length - 1]!;
      const list = this.byLast.get(last);
      if (list) list.push(w);
      else this.byLast.set(last, [w]);
    }
  }
  /** The longest listed word that `text` ends with, or null. */
  match(text: string): string | null {
    const list = this.byLast.get(text[text.length - 1] ?? '');
    if (list) for (const w of list) if (text.endsWith(w)) return w;
    return null;
  }
}

export const genericHead = new Suffixes(GENERIC_HEADS);
export const titleHead = new Suffixes(TITLE_HEADS);
export const orgHead = new Suffixes([...ORG_HEADS, ...MEDIA_HEADS]);
export const mediaHead = new Suffixes(MEDIA_HEADS);
export const docNoun = new Suffixes(DOC_NOUNS);
