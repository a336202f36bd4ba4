import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { loadKbDir, SHIPPED_KB_DIR } from '../src/kb/load.js';
import { parseKb } from '../src/kb/parse.js';
import type { KnowledgeBase } from '../src/kb/knowledge-base.js';

// Parsed from the YAML itself (no cache), so that this test checks what is committed.
const kb: KnowledgeBase = loadKbDir(SHIPPED_KB_DIR, null);

/** The ids of the entries the matcher gives for exactly `form` (names and aliases only). */
function idsOf(form: string): string[] {
  const m = kb.matcher.longestAt(form, 0);
  if (!m || m.end !== form.length) return [];
  return [...new Set(m.values.filter((s) => s.kind === 'name' || s.kind === 'alias').map((s) => s.entry.id))];
}

test('the shipped knowledge base parses and validates', () => {
  assert.ok(kb.entries.length > 1500, `${kb.entries.length} entries`);
});

test('every UN member state and Taiwan, Hong Kong, Macau, Palestine and Kosovo are there with ja, en and zh names', () => {
  const countries = parseKb(readFileSync(join(SHIPPED_KB_DIR, 'countries.yaml'), 'utf8'), 'countries.yaml');
  const sovereign = countries.filter((e) => e.type === 'GPE' && !e.country);
  assert.ok(sovereign.length >= 198, `${sovereign.length} countries`);
  for (const e of countries) assert.ok(e.names.ja && e.names.en && e.names.zh, `${e.id} lacks a name`);
  for (const id of ['taiwan', 'hong-kong', 'macau', 'palestine', 'kosovo']) assert.ok(kb.get(id), id);
  // every country has its capital among the cities
  const capitalOf = new Set(kb.entries.filter((e) => e.type === 'GPE' && e.country && e.source.file.endsWith('cities.yaml')).map((e) => e.country));
  const without = sovereign.filter((e) => !capitalOf.has(e.id)).map((e) => e.id);
  assert.deepEqual(without.filter((id) => !['monaco', 'san-marino', 'singapore', 'vatican-city', 'palau', 'seychelles', 'western-sahara', 'south-ossetia', 'abkhazia', 'northern-cyprus', 'transnistria', 'somaliland', 'soviet-union', 'yugoslavia'].includes(id)), []);
});

test('short and long Japanese forms name the same country', () => {
  const same: [string, string[]][] = [
    ['united-states', ['米国', 'アメリカ', 'アメリカ合衆国']],
    ['south-korea', ['韓国', '大韓民国']],
    ['north-korea', ['北朝鮮', '朝鮮民主主義人民共和国']],
    ['united-kingdom', ['英国', 'イギリス']],
    ['russia', ['ロシア', 'ロシア連邦']],
    ['china', ['中国', '中華人民共和国']],
  ];
  for (const [id, forms] of same) for (const f of forms) assert.deepEqual(idsOf(f), [id], f);
});

test('the one-character forms belong to their countries', () => {
  const abbr = new Map(kb.entries.flatMap((e) => e.abbr.map((a) => [a, e.id] as const)));
  const expected: Record<string, string> = {
    米: 'united-states', 露: 'russia', 中: 'china', 日: 'japan', 韓: 'south-korea', 朝: 'north-korea', 英: 'united-kingdom',
    仏: 'france', 独: 'germany', 豪: 'australia', 印: 'india', 伊: 'italy', 加: 'canada',
  };
  for (const [ch, id] of Object.entries(expected)) assert.equal(abbr.get(ch), id, ch);
});

test('international organisations, Chinese state organs, media and commodities the issue lists are there', () => {
  const forms: Record<string, string> = {
    安保理: 'unsc', IAEA: 'iaea', 世界保健機関: 'who', WTO: 'wto', IMF: 'imf', 世界銀行: 'world-bank', NATO: 'nato', 欧州連合: 'eu',
    欧州委員会: 'european-commission', ASEAN: 'asean', G7: 'g7', G20: 'g20', APEC: 'apec', 上海協力機構: 'sco', BRICS: 'brics',
    OPEC: 'opec', 中共: 'ccp', 中国共産党中央政治局常務委員会: 'politburo-standing-committee', 中央軍事委員会: 'cmc', 全人代: 'npc',
    全人代常務委員会: 'npcsc', 中国国務院: 'state-council', 中国外務省: 'mfa-china', 中国国防部: 'mnd-china', 中国商務省: 'mofcom',
    中央規律検査委員会: 'ccdi', 人民解放軍: 'pla', 東部戦区: 'pla-eastern-theater', 共同通信: 'kyodo', 時事通信: 'jiji',
    朝日新聞: 'asahi-shimbun', 読売新聞: 'yomiuri-shimbun', 毎日新聞: 'mainichi-shimbun', 産経新聞: 'sankei-shimbun',
    日本経済新聞: 'nikkei', NHK: 'nhk', 新華社: 'xinhua', 聯合ニュース: 'yonhap', ロイター: 'reuters', AP通信: 'associated-press',
    AFP通信: 'afp', CNN: 'cnn', BBC: 'bbc', 大豆: 'soybeans', 原油: 'crude-oil', 天然ガス: 'natural-gas', LNG: 'lng',
    半導体: 'semiconductors', レアアース: 'rare-earths', 小麦: 'wheat', トウモロコシ: 'corn', 航空機エンジン: 'aircraft-engines',
    鉄鋼: 'steel', 石炭: 'coal',
  };
  for (const [form, id] of Object.entries(forms)) assert.deepEqual(idsOf(form), [id], form);
  for (const c of ['soybeans', 'crude-oil', 'rare-earths']) assert.equal(kb.get(c)?.type, 'COMMODITY');
});

test('the Chinese leadership includes the purged, with their Central Military Commission roles', () => {
  for (const [name, id] of [['張又俠', 'zhang-youxia'], ['劉振立', 'liu-zhenli'], ['何衛東', 'he-weidong'], ['李尚福', 'li-shangfu'], ['魏鳳和', 'wei-fenghe']]) {
    assert.deepEqual(idsOf(name!), [id], name);
    assert.ok(kb.get(id!)!.roles.some((r) => r.org === 'cmc'), `${name} has a CMC role`);
  }
  const xi = kb.get('xi-jinping')!;
  assert.equal(xi.wikidata, 'Q15031');
  assert.ok(xi.roles.some((r) => r.title === '総書記' && r.org === 'ccp' && r.from === '2012-11' && r.to === null));
});

test('heads of government and foreign and defence ministers of the listed countries are there', () => {
  const people = ['shinzo-abe', 'yoshihide-suga', 'fumio-kishida', 'shigeru-ishiba', 'sanae-takaichi', 'joe-biden', 'marco-rubio',
    'pete-hegseth', 'sergey-lavrov', 'andrei-belousov', 'wang-yi', 'dong-jun', 'lai-ching-te', 'lin-chia-lung', 'wellington-koo',
    'lee-jae-myung', 'cho-hyun', 'kim-jong-un', 'choe-son-hui', 'volodymyr-zelensky', 'andrii-sybiha', 'masoud-pezeshkian',
    'abbas-araghchi', 'benjamin-netanyahu', 'israel-katz', 'keir-starmer', 'emmanuel-macron', 'friedrich-merz', 'narendra-modi'];
  for (const id of people) assert.equal(kb.get(id)?.type, 'PERSON', id);
});
