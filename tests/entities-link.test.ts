import assert from 'node:assert/strict';
import { test } from 'node:test';
import { byMention, link, linkWithTags, mentionTexts } from './helpers/link.js';

test('knowledge-base names are linked; a mention covers the name, its title becomes a role', async () => {
  const ents = await link('中国の習近平国家主席は10日、ロシアのウラジーミル・プーチン大統領と北京で会談した。');
  const xi = byMention(ents, '習近平');
  assert.equal(xi?.id, 'kb:xi-jinping');
  assert.equal(xi?.wikidata, 'Q15031');
  assert.equal(xi?.names.en, 'Xi Jinping');
  assert.deepEqual(xi?.roles.map((r) => [r.title, r.former, r.evidence?.text]), [['国家主席', false, '中国の習近平国家主席']]);
  assert.equal(xi?.roles[0]?.org, 'kb:china');
  assert.equal(byMention(ents, 'ウラジーミル・プーチン')?.id, 'kb:vladimir-putin');
  assert.equal(byMention(ents, '北京')?.id, 'kb:beijing');
  assert.ok(!ents.some((e) => e.mentions.some((m) => m.text.includes('大統領') || m.text.includes('国家主席'))), 'titles are not inside mentions');
});

test('one-character country forms in compounds are countries', async () => {
  const text = '米大統領は訪中し、日米首脳会談のあと露外相とも会った。中露の接近を警戒する元米国防長官もいる。19日米紙が報じた。';
  const ents = await link(text);
  const singles = new Set(ents.flatMap((e) => e.mentions.filter((m) => m.text.length === 1).map((m) => `${m.start}:${e.id}`)));
  const expected: [number, string][] = [
    [text.indexOf('米大統領'), 'united-states'], [text.indexOf('訪中') + 1, 'china'], [text.indexOf('日米'), 'japan'],
    [text.indexOf('日米') + 1, 'united-states'], [text.indexOf('露外相'), 'russia'], [text.indexOf('中露'), 'china'],
    [text.indexOf('中露') + 1, 'russia'], [text.indexOf('元米') + 1, 'united-states'], [text.indexOf('19日米') + 3, 'united-states'],
  ];
  for (const [at, id] of expected) assert.ok(singles.has(`${at}:kb:${id}`), `${text[at]} at ${at} should be ${id}: ${[...singles].join(' ')}`);
  assert.ok(!singles.has(`${text.indexOf('19日米') + 2}:kb:japan`), '日 of a date is no Japan');
  assert.equal(singles.size, expected.length);
});

test('one-character forms inside ordinary words are not countries', async () => {
  const ents = await link('大米の米価が上がり、期間中は中央市場も混んだ。日中は暑く、独立記念日には英語の放送があった。豪雨で仏教寺院が浸水し、ロケット打ち上げは分離独立派の反対で延期された。以来日々の暮らしは苦しい。');
  const countries = ents.filter((e) => e.type === 'GPE').map((e) => `${e.name}:${mentionTexts(e).join(',')}`);
  assert.deepEqual(countries, []);
});

test('appositions give roles: former offices, a body before the name, a person noun', async () => {
  const ents = await link('中央軍事委員会副主席だった何衛東は失脚した。日本の防衛研究所の山本一郎主任研究員は、ロンドン在住の政治評論家である李明華と対談した。');
  const he = byMention(ents, '何衛東');
  assert.equal(he?.id, 'kb:he-weidong');
  assert.deepEqual(he?.roles.map((r) => [r.title, r.org, r.former, r.evidence?.text]), [['副主席', 'kb:cmc', true, '中央軍事委員会副主席だった何衛東']]);
  const yamamoto = byMention(ents, '山本一郎');
  assert.equal(yamamoto?.type, 'PERSON');
  assert.ok(yamamoto?.id.startsWith('local:'));
  assert.deepEqual(yamamoto?.roles.map((r) => [r.title, r.org]), [['主任研究員', 'local:防衛研究所']]);
  assert.equal(byMention(ents, '防衛研究所')?.type, 'ORG');
  const li = byMention(ents, '李明華');
  assert.equal(li?.type, 'PERSON');
  assert.deepEqual(li?.roles.map((r) => [r.title, r.org]), [['政治評論家', null]]);
});

test('titles and honorifics are stripped and a surname with a title finds the full name in the document', async () => {
  const ents = await link('小泉純一郎首相は談話を発表した。その後、小泉首相は記者団に答えた。エミール・ブランシャール国防相が来日し、ブランシャール氏は防衛相と会談した。');
  const koizumi = byMention(ents, '小泉純一郎');
  assert.equal(koizumi?.id, 'kb:junichiro-koizumi');
  assert.deepEqual(mentionTexts(koizumi), ['小泉純一郎', '小泉']);
  const blanchard = byMention(ents, 'エミール・ブランシャール');
  assert.ok(blanchard?.id.startsWith('local:'));
  assert.deepEqual(mentionTexts(blanchard), ['エミール・ブランシャール', 'ブランシャール']);
  assert.deepEqual(blanchard?.roles.map((r) => r.title), ['国防相']);
});

test('parenthesised abbreviations join the name before them, for known and unknown bodies', async () => {
  const ents = await link('国際原子力機関(IAEA)の報告によると、IAEAは査察を続ける。東亜経済研究機構(EAERO)は声明を出し、EAEROの所長も会見した。中国共産党(中共)の機関紙は、中共の方針を伝えた。');
  const iaea = byMention(ents, '国際原子力機関');
  assert.equal(iaea?.id, 'kb:iaea');
  assert.deepEqual(mentionTexts(iaea), ['国際原子力機関', 'IAEA', 'IAEA']);
  const eaero = byMention(ents, '東亜経済研究機構');
  assert.ok(eaero?.id.startsWith('local:'));
  assert.deepEqual(mentionTexts(eaero), ['東亜経済研究機構', 'EAERO', 'EAERO']);
  assert.deepEqual(mentionTexts(ents.find((e) => e.id === 'kb:ccp')), ['中国共産党', '中共', '中共']);
});

test('a typo in a titled name joins the person when title and the intact part agree', async () => {
  const ents = await link('ドナルド・トランプ大統領は演説した。トランプ大統領はその後、ドナルド・x大統領として記者会見した。');
  const trump = ents.find((e) => e.id === 'kb:donald-trump');
  assert.deepEqual(mentionTexts(trump), ['ドナルド・トランプ', 'トランプ', 'ドナルド・x']);
  assert.equal(ents.filter((e) => e.type === 'PERSON').length, 1);
});

test('near misses do not merge: another title, or a name two edits away', async () => {
  const a = await link('ミハイル・ペトロフ外相が訪日した。ミハイル・ペトロフ外相は首相と会談した。ミハイル・ペトロワ国防相も同行した。ミハイル・ペトロワ外相代理もいた。');
  assert.notEqual(byMention(a, 'ミハイル・ペトロフ')?.id, byMention(a, 'ミハイル・ペトロワ')?.id);
  const b = await link('ジョン・ハリソン議員が質問した。ジョン・ハリソン議員は再び質問した。ジョン・モリソン議員も続いた。');
  assert.notEqual(byMention(b, 'ジョン・ハリソン')?.id, byMention(b, 'ジョン・モリソン')?.id);
  assert.equal(b.filter((e) => e.type === 'PERSON').length, 2);
});

test('names the KB lacks get local ids and are clustered within the document', async () => {
  const ents = await link('経済評論家である陳光明は、国民再建評議会の発表を批判した。陳光明によると、評議会は来月にも選挙を実施する。');
  const chen = byMention(ents, '陳光明');
  assert.equal(chen?.id, 'local:陳光明');
  assert.deepEqual(mentionTexts(chen), ['陳光明', '陳光明']);
  const council = byMention(ents, '国民再建評議会');
  assert.equal(council?.type, 'ORG');
  assert.deepEqual(mentionTexts(council), ['国民再建評議会', '評議会']);
  assert.ok(ents.every((e) => e.id.startsWith('kb:') || e.id.startsWith('local:')));
});

test('every mention and role evidence is an honest span of the text', async () => {
  const text = '米国のドナルド・トランプ大統領は、台湾の国防部長と電話し、韓国外交部の報道官も声明を出した。';
  for (const e of await link(text)) {
    for (const m of e.mentions) assert.equal(text.slice(m.start, m.end), m.text);
    for (const r of e.roles) if (r.evidence) assert.equal(text.slice(r.evidence.start, r.evidence.end), r.evidence.text);
  }
});

test('tagged spans fill the gaps the matcher and the cues leave, and never override them', async () => {
  const text = 'ザンベジ精工は新工場を建てる。ザンベジ精工の社長は、中国の需要が伸びたと述べた。';
  assert.equal(byMention(await link(text), 'ザンベジ精工'), undefined, 'no cue finds it without the tagger');
  const ents = await linkWithTags(text, [{ form: 'ザンベジ精工', label: 'ORG' }, { form: '中国の需要', label: 'ORG' }]);
  const firm = byMention(ents, 'ザンベジ精工');
  assert.equal(firm?.type, 'ORG');
  assert.deepEqual(mentionTexts(firm), ['ザンベジ精工', 'ザンベジ精工'], 'the tagged name is found again in the document');
  assert.equal(byMention(ents, '中国')?.id, 'kb:china', 'a tagged span overlapping a KB match does not replace it');
  assert.equal(byMention(ents, '中国の需要'), undefined);
});

test('a surname refers to the nearest person named in full before it, not to a namesake the KB knows', async () => {
  const ents = await link('日本の林芳正官房長官は会見した。一方、東亜大学の林俊傑客員教授は、林氏の見方として慎重論を述べた。');
  const lin = byMention(ents, '林俊傑');
  assert.ok(lin?.id.startsWith('local:'));
  assert.deepEqual(mentionTexts(lin), ['林俊傑', '林']);
  assert.deepEqual(lin?.roles.map((r) => [r.title, r.org]), [['客員教授', 'local:東亜大学']]);
  assert.deepEqual(mentionTexts(ents.find((e) => e.id === 'kb:yoshimasa-hayashi')), ['林芳正']);
});

test('a tagged span spelled as a KB name links where the matcher passed over it (青森県|内)', async () => {
  const text = '青森県内の信用金庫が合併する。青森県八戸市の担当者が話した。';
  const ents = await linkWithTags(text, [{ form: '青森県', label: 'GPE' }]);
  const aomori = ents.filter((e) => e.name === '青森県');
  assert.equal(aomori.length, 1, 'one entity for both mentions');
  assert.equal(aomori[0]?.id, 'kb:aomori-prefecture');
  assert.deepEqual(aomori[0]?.mentions.map((m) => m.start), [0, text.indexOf('青森県八戸市')]);
});

test('company and school names are found by their head after a proper name, not after a common noun', async () => {
  const ents = await link('八戸信用金庫とトヨタ自動車は、札幌学院と協力して電気自動車の実験を始めた。その後東奥信金も加わった。');
  assert.equal(byMention(ents, '八戸信用金庫')?.type, 'ORG');
  assert.equal(byMention(ents, 'トヨタ自動車')?.type, 'ORG');
  assert.equal(byMention(ents, '札幌学院')?.type, 'ORG');
  assert.equal(byMention(ents, '東奥信金')?.type, 'ORG');
  assert.ok(!ents.some((e) => e.name.includes('電気自動車') || e.name.startsWith('後')), ents.map((e) => e.name).join(' '));
});

test('a country followed by 語 is its language, not the country', async () => {
  const ents = await link('イタリア語版の記事はロシア語でも読める。イタリアの首相が訪れた。');
  const italy = byMention(ents, 'イタリア');
  assert.deepEqual(italy?.mentions.map((m) => m.start), [20]);
  assert.ok(!ents.some((e) => e.id === 'kb:russia'), 'ロシア語 names no Russia');
});

test('a parenthesised abbreviation makes a body of the words before it only when they end like a body', async () => {
  const ents = await link('電気自動車（EV）と国内総生産（GDP）について、欧州安全保障協力機構（OSCE）が報告した。');
  assert.equal(byMention(ents, '欧州安全保障協力機構')?.type, 'ORG');
  assert.ok(!ents.some((e) => e.name === '電気自動車' || e.name === '国内総生産'), ents.map((e) => e.name).join(' '));
});

test('a place before 省 is a province, a common word before it a ministry', async () => {
  const ents = await link('中国四川省で地震が起きた。広東省の当局と財務省が対応した。');
  assert.equal(byMention(ents, '四川省')?.type, 'GPE');
  assert.equal(byMention(ents, '広東省')?.type, 'GPE');
  assert.ok(!ents.some((e) => e.name === '中国四川省'));
  assert.equal(byMention(ents, '財務省')?.type, 'ORG');
});

test('heads that need more than common words: 所属事務所 is no body, 南北経済協力協議事務所 is; a school is its proper name only', async () => {
  const ents = await link('所属事務所によると、南北経済協力協議事務所が閉鎖された。決勝戦進出の天理高校と、準決勝進出広陵高校が対戦する。');
  assert.ok(!ents.some((e) => e.name === '所属事務所'));
  assert.equal(byMention(ents, '南北経済協力協議事務所')?.type, 'ORG');
  assert.equal(byMention(ents, '天理高校')?.type, 'ORG');
  assert.ok(!ents.some((e) => e.name.includes('進出')), ents.map((e) => e.name).join(' '));
});

test('an outlet written with katakana before によると is a body; a kind of source is not', async () => {
  const ents = await link('日刊スポーツによると、監督が辞任した。地元メディアによれば、公式サイトによると後任は未定だ。');
  assert.equal(byMention(ents, '日刊スポーツ')?.type, 'ORG');
  assert.ok(!ents.some((e) => e.name.endsWith('メディア') || e.name.endsWith('サイト')), ents.map((e) => e.name).join(' '));
});

test('a country named with の right before a short form says whose body it is (台湾の国防部 in an article about China)', async () => {
  const ents = await link('中国国防省は7日、幹部の調査を発表した。中国軍の動きについて、台湾の国防部は注視していると説明した。');
  assert.equal(byMention(ents, '中国国防省')?.id, 'kb:mnd-china');
  const twMention = ents.find((e) => e.mentions.some((m) => m.text === '国防部'));
  assert.equal(twMention?.id, 'kb:mnd-taiwan');
});

test('a candidate is a person: 候補 after a name', async () => {
  const ents = await link('保守系の山田太郎候補は敗北を認めた。');
  assert.equal(byMention(ents, '山田太郎')?.type, 'PERSON');
});

test('an acronym glued before a katakana name is not part of it (FIFAブラッター会長)', async () => {
  const ents = await link('FIFAブラッター会長、辞任を否定。ブラッター会長は会見した。');
  assert.deepEqual(ents.filter((e) => e.type === 'PERSON').map((e) => e.name), ['ブラッター']);
});

test('a name the KB spells in full wins over another entry shortened to the same letters (外務省 in an article about China)', async () => {
  const ents = await link('中国の習近平国家主席と会談した。中国側の反発も予想される。外務省によると、首相は輸入停止の撤廃を求めた。');
  assert.equal(ents.find((e) => e.mentions.some((m) => m.text === '外務省'))?.id, 'kb:mofa-japan');
});

test('police, courts and prosecutors named by their place are bodies, not the place (岐阜県警, 札幌高裁, 福岡地検)', async () => {
  const ents = await link('岐阜県警高山署は3日、男を逮捕した。札幌高裁は控訴を棄却し、福岡地検は再捜査を始めた。長野中央警察署によると、けが人はいない。同署と税務署が連絡を取った。');
  for (const name of ['岐阜県警高山署', '札幌高裁', '福岡地検', '長野中央警察署']) assert.equal(byMention(ents, name)?.type, 'ORG', name);
  assert.ok(!ents.some((e) => e.mentions.some((m) => m.text === '岐阜県' || m.text === '札幌' || m.text === '福岡')), ents.map((e) => e.name).join(' '));
  assert.ok(!ents.some((e) => e.name === '同署' || e.name === '税務署'), ents.map((e) => e.name).join(' '));
  const [division] = await link('岐阜県警捜査二課は、男を逮捕した。');
  assert.equal(division?.name, '岐阜県警捜査二課');
});

test('a surname refers to a five-character kanji name and its hiragana reading is the same person', async () => {
  const ents = await link('前知事の長谷川由美子氏は引退し、坂上五郎(さかがみ・ごろう)氏が当選した。長谷川氏は坂上氏を支持した。');
  assert.deepEqual(mentionTexts(byMention(ents, '長谷川由美子')), ['長谷川由美子', '長谷川']);
  assert.deepEqual(mentionTexts(byMention(ents, '坂上五郎')), ['坂上五郎', 'さかがみ・ごろう', '坂上']);
  const [appos] = await link('前市長の長谷川由美子が出馬した。');
  assert.deepEqual([appos?.name, appos?.roles.map((r) => r.title)], ['長谷川由美子', ['市長']]);
});

test('occupations after a surname are titles that find the full name (騎手, 調教師, 医師)', async () => {
  const ents = await link('調教師の森田康晴が会見した。森田調教師は、大野騎手と佐伯医師に感謝した。');
  assert.deepEqual(mentionTexts(byMention(ents, '森田康晴')), ['森田康晴', '森田']);
  assert.equal(byMention(ents, '大野')?.type, 'PERSON');
  assert.deepEqual(byMention(ents, '佐伯')?.roles.map((r) => r.title), ['医師']);
});

test('a head noun that begins a title is no head: 裁判長 after a name makes a judge, not a trial', async () => {
  const ents = await link('名古屋高裁(西川和夫裁判長)は控訴を棄却した。');
  assert.equal(byMention(ents, '西川和夫')?.type, 'PERSON');
  assert.ok(!ents.some((e) => e.type === 'EVENT'), ents.map((e) => e.name).join(' '));
});

test('a full name only the tagger finds takes its title, and its surname with a title joins it (山田広太郎市長 … 山田市長)', async () => {
  const ents = await linkWithTags('福岡市の山田広太郎市長は22日、立候補を発表した。山田市長は「全力を尽くす」と述べた。', [{ form: '山田広太郎', label: 'PERSON' }]);
  const yamada = byMention(ents, '山田広太郎');
  assert.deepEqual(mentionTexts(yamada), ['山田広太郎', '山田']);
  assert.deepEqual(yamada?.roles.map((r) => [r.title, r.org]), [['市長', 'kb:fukuoka']]);
  // two people the tagger found with one surname: the bare surname joins neither
  const two = await linkWithTags('山田広太郎市長と山田健一郎市議が会談した。山田市長は「協力する」と述べた。', [{ form: '山田広太郎', label: 'PERSON' }, { form: '山田健一郎', label: 'PERSON' }]);
  assert.deepEqual(mentionTexts(byMention(two, '山田広太郎')), ['山田広太郎']);
  assert.deepEqual(mentionTexts(byMention(two, '山田健一郎')), ['山田健一郎']);
});

test('都知事 is a title of its own (石原慎太郎都知事)', async () => {
  const ents = await linkWithTags('東京都の石原慎太郎都知事は20日、立候補を発表した。', [{ form: '石原慎太郎', label: 'PERSON' }]);
  assert.deepEqual(byMention(ents, '石原慎太郎')?.roles.map((r) => r.title), ['都知事']);
});

test('a name that opens or closes with a known place is that name when the tagger is sure of it (広島カープ, セレッソ大阪)', async () => {
  const ents = await linkWithTags('広島カープはセレッソ大阪の選手と東京ドームで交流した。', [
    { form: '広島カープ', label: 'ORG' }, { form: 'セレッソ大阪', label: 'ORG' }, { form: '東京ドーム', label: 'FAC' },
  ]);
  assert.deepEqual(['広島カープ', 'セレッソ大阪', '東京ドーム'].map((f) => byMention(ents, f)?.type), ['ORG', 'ORG', 'FAC']);
  assert.equal(byMention(ents, '広島'), undefined, 'the place inside the name is no mention of its own');
  // a country and a word for a kind of thing stay a country and a noun, whatever the tagger says
  const media = await linkWithTags('中国メディアと日本アニメについて報じた。', [{ form: '中国メディア', label: 'ORG' }, { form: '日本アニメ', label: 'ORG' }]);
  assert.deepEqual([byMention(media, '中国')?.id, byMention(media, '日本')?.id], ['kb:china', 'kb:japan']);
  // two places joined are not a team
  const union = await linkWithTags('セルビア・モンテネグロが解体した。', [{ form: 'セルビア・モンテネグロ', label: 'ORG' }]);
  assert.deepEqual([byMention(union, 'セルビア')?.id, byMention(union, 'モンテネグロ')?.id], ['kb:serbia', 'kb:montenegro']);
});

test('religious titles make a person and join the surname to the full name (森清範貫主 … 森貫主)', async () => {
  const ents = await link('清水寺の森清範貫主が揮毫した。森貫主は「疲れる年であった」と述べた。');
  const mori = byMention(ents, '森清範');
  assert.deepEqual(mentionTexts(mori), ['森清範', '森']);
  assert.deepEqual(mori?.roles.map((r) => r.title), ['貫主']);
});

test('a katakana word the dictionary knows as a common noun is no name, whatever the tagger says', async () => {
  const text = '港でフェリーが岸壁に衝突し、ボーナスの支給が遅れた。ザルコヴァが記者団に語った。';
  const ents = await linkWithTags(text, [{ form: 'フェリー', label: 'PERSON' }, { form: 'ボーナス', label: 'ORG' }, { form: 'ザルコヴァ', label: 'PERSON' }]);
  assert.equal(byMention(ents, 'フェリー'), undefined);
  assert.equal(byMention(ents, 'ボーナス'), undefined);
  assert.equal(byMention(ents, 'ザルコヴァ')?.type, 'PERSON', 'an unknown katakana word the tagger reads as a name stays one');
});

test('a company named with and without its legal form is one entity', async () => {
  const text = 'ミドリカワ精機は新工場を建てると発表した。ミドリカワ精機株式会社の社長は喜んだ。ベルナドット・キャピタル社も出資し、ベルナドット社の幹部が視察した。';
  const ents = await linkWithTags(text, [
    { form: 'ミドリカワ精機', label: 'ORG' }, { form: 'ミドリカワ精機株式会社', label: 'ORG' },
    { form: 'ベルナドット・キャピタル社', label: 'ORG' }, { form: 'ベルナドット社', label: 'ORG' },
  ]);
  const names = JSON.stringify(ents.map((e) => [e.name, mentionTexts(e)]));
  const midori = byMention(ents, 'ミドリカワ精機株式会社');
  assert.ok(midori && mentionTexts(midori).includes('ミドリカワ精機'), names);
  const bern = byMention(ents, 'ベルナドット・キャピタル社');
  assert.ok(bern && mentionTexts(bern).includes('ベルナドット社'), names);
});

test('a common katakana word the tagger calls a name is one when a company cue stands by it (米アップル, アップル製)', async () => {
  const ents = await linkWithTags('米アップルはフェリーで部品を運んだ。', [{ form: 'アップル', label: 'ORG' }, { form: 'フェリー', label: 'PERSON' }]);
  assert.equal(byMention(ents, 'アップル')?.type, 'ORG');
  assert.equal(byMention(ents, 'フェリー'), undefined);
  const made = await linkWithTags('アップル製の端末が売れた。', [{ form: 'アップル', label: 'ORG' }]);
  assert.equal(byMention(made, 'アップル')?.type, 'ORG');
});

test('Latin abbreviations of ordinary things are no names, whatever the tagger says (TOB, M&A, PDF)', async () => {
  const ents = await linkWithTags('X社はTOBとM&Aの資料をPDFで公開し、IAEAに送った。', [
    { form: 'TOB', label: 'ORG' }, { form: 'M&A', label: 'ORG' }, { form: 'PDF', label: 'PRODUCT' },
  ]);
  for (const f of ['TOB', 'M&A', 'PDF']) assert.equal(byMention(ents, f), undefined, f);
  assert.equal(byMention(ents, 'IAEA')?.id, 'kb:iaea');
});
