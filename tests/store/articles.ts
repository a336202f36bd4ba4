/**
 * Short articles written for the store tests (invented reports, not taken from any corpus): two outlets on one
 * phone call, a follow-up, a syndicated copy, and an unrelated story.
 */
import type { ArticleSpec } from './build.js';

const XI = { id: 'kb:xi-jinping', name: '習近平', type: 'PERSON' as const, names: { en: 'Xi Jinping', zh: '习近平' }, wikidata: 'Q15031' };

/** Outlet one: Beijing-datelined, dates the call to the day. */
export const callFromBeijing: ArticleSpec = {
  title: '習主席、ブラジル大統領と電話会談',
  published: '2026-03-11',
  source: 'https://outlet-one.example/world/0311-call',
  text:
    '習主席、ブラジル大統領と電話会談\n\n' +
    '【北京＝共同】中国外務省によると、習近平国家主席は10日、ブラジルのルラ大統領と電話で会談した。' +
    '両首脳は大豆の輸入拡大など貿易協力の強化で一致した。習氏は「両国の協力には大きな潜在力がある」と述べた。' +
    '中国外務省の報道官は会談を「実り多いものだった」と評価した。',
  entities: [
    { ...XI, mentions: ['習近平', '習氏', '習主席'], roles: [{ title: '国家主席', org: 'kb:prc', evidence: '習近平国家主席' }] },
    { id: 'local:1', name: 'ルラ', type: 'PERSON', mentions: ['ルラ'], roles: [{ title: '大統領', org: 'kb:brazil', evidence: 'ルラ大統領' }] },
    { id: 'kb:brazil', name: 'ブラジル', type: 'GPE', names: { en: 'Brazil' }, mentions: ['ブラジル'] },
    { id: 'kb:mfa-china', name: '中国外務省', type: 'ORG', mentions: ['中国外務省'] },
  ],
  events: [{
    id: 'ev1', type: 'call', date: '2026-03-10', evidence: 'ルラ大統領と電話で会談した', attributed_to: 'kb:mfa-china', modality: 'reported',
    participants: [{ entity: 'kb:xi-jinping', role: 'participant', text: '習近平' }, { entity: 'local:1', role: 'participant', text: 'ルラ' }],
  }],
  quotes: [
    { speaker: 'kb:xi-jinping', speaker_text: '習氏', content: '両国の協力には大きな潜在力がある', about: ['kb:brazil'] },
    { speaker: null, speaker_text: '中国外務省の報道官', content: '実り多いものだった', about: ['kb:xi-jinping'] },
  ],
  times: [{ text: '10日', value: '2026-03-10', precision: 'day' }],
};

/** Outlet two: from Brazil's side, names Lula with an honorific and dates the call only to the month. */
export const callFromBrasilia: ArticleSpec = {
  title: 'ルラ氏、習氏との電話協議を公表',
  published: '2026-03-10',
  source: 'https://outlet-two.example/news/20260310-lula',
  text:
    'ルラ氏、習氏との電話協議を公表\n\n' +
    '【サンパウロ＝ロイター】ブラジルのルラ大統領は今月、中国の習近平国家主席と電話で協議したとSNSで明らかにした。' +
    'ルラ氏は「農産品の対中輸出をさらに伸ばしたい」と語った。協議は約1時間続いたという。',
  entities: [
    { id: 'local:a', name: 'ルラ氏', type: 'PERSON', mentions: ['ルラ'] },
    { ...XI, names: { en: 'Xi Jinping' }, mentions: ['習近平', '習氏'] },
    { id: 'kb:brazil', name: 'ブラジル', type: 'GPE', mentions: ['ブラジル'] },
  ],
  events: [{
    id: 'e-1', type: 'call', date: '2026-03', precision: 'month', evidence: '習近平国家主席と電話で協議した',
    participants: [{ entity: 'local:a', role: 'source', text: 'ルラ大統領' }, { entity: 'kb:xi-jinping', role: 'target', text: '習近平国家主席' }],
  }],
  quotes: [{ speaker: 'local:a', speaker_text: 'ルラ氏', content: '農産品の対中輸出をさらに伸ばしたい', about: [] }],
};

/** The same two leaders, another call more than a month later: a different happening. */
export const laterCall: ArticleSpec = {
  title: '習氏とルラ氏が再び電話',
  published: '2026-04-21',
  text: '習氏とルラ氏が再び電話\n\n習近平国家主席は20日、ルラ大統領と再び電話会談し、気候変動対策で協力を確認した。',
  entities: [
    { ...XI, mentions: ['習近平', '習氏'] },
    { id: 'local:x', name: 'ルラ', type: 'PERSON', mentions: ['ルラ'] },
  ],
  events: [{
    id: 'c', type: 'call', date: '2026-04-20', evidence: 'ルラ大統領と再び電話会談し',
    participants: [{ entity: 'kb:xi-jinping', role: 'participant', text: '習近平' }, { entity: 'local:x', role: 'participant', text: 'ルラ' }],
  }],
};

/** Outlet three runs outlet one's story under its own header: a syndicated copy. */
export const syndicatedCopy: ArticleSpec = {
  ...callFromBeijing,
  source: 'https://outlet-three.example/a/991',
  text: callFromBeijing.text.replace('【北京＝共同】', '【北京＝共同】（配信記事）'),
};

/** Nothing to do with the call. */
export const unrelated: ArticleSpec = {
  title: '札幌で大雪、交通に乱れ',
  published: '2026-02-02',
  text: '札幌で大雪、交通に乱れ\n\n北海道の札幌市で1日、記録的な大雪となり、JRの列車が運休するなど交通が乱れた。市は除雪を急いでいる。',
  entities: [{ id: 'local:s', name: '札幌市', type: 'GPE', mentions: ['札幌'] }],
};
