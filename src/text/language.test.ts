import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Doc } from '../doc.js';
import { detectLanguage, language } from './language.js';

test('Japanese, English, Korean, Chinese', () => {
  assert.equal(detectLanguage('政府は会見で、新たな対策を発表した。'), 'ja');
  assert.equal(detectLanguage('The government announced new measures at a press conference on Monday.'), 'en');
  assert.equal(detectLanguage('정부는 월요일 기자회견에서 새로운 대책을 발표했다.'), 'ko');
  assert.equal(detectLanguage('政府在星期一的新闻发布会上宣布了新的措施和计划。'), 'zh');
});

test('the stage honours --lang', () => {
  assert.equal(language.run(new Doc({ text: '政府は発表した。' }), { lang: 'en' }).get('lang'), 'en');
  assert.equal(language.run(new Doc({ text: '政府は発表した。' }), {}).get('lang'), 'ja');
});
