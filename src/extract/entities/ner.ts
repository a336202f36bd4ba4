/**
 * Stage `ner`: typed name spans from the statistical tagger (ner/), over every sentence of the article (all
 * sections), reusing the shared kuromoji tokens as features. Emits the ten contract name types (the model learns
 * no numeric or date classes); spans never overlap. The model card is models/ner-ja.md.
 *
 * One convention is changed on the way out: UD GSD, following OntoNotes, types political parties (自民党,
 * 共産党) as NORP, while the contract and its users treat a party as an organisation, so a NORP span ending in
 * 党 is emitted as ORG.
 */
import type { Stage } from '../../pipeline/pipeline.js';
import type { Token } from '../../text/token.js';
import type { NerMention } from './mention.js';
import { loadNerModel } from './ner/load.js';
import type { NerModel } from './ner/model.js';
import { tagSentence } from './ner/tagger.js';
import './mention.js';

let model: NerModel | null = null;
const PARTY = '党'.charCodeAt(0);

export const ner: Stage = {
  name: 'ner',
  requires: ['lang', 'tokens'],
  assigns: ['ner'],
  async prepare() {
    // Reading and indexing the model takes a moment; done once per process, before the first article.
    model ??= loadNerModel();
  },
  run(doc) {
    // the model reads Japanese: on other languages it would only invent names (officials said → ORG)
    if (doc.get('lang') !== 'ja') return doc.set('ner', []);
    model ??= loadNerModel();
    const tokens = doc.get('tokens');
    const out: NerMention[] = [];
    let k = 0;
    for (const s of doc.get('sentences')) {
      while (k < tokens.length && tokens[k]!.end <= s.start) k++;
      let j = k;
      while (j < tokens.length && tokens[j]!.start < s.end) j++;
      const mine: readonly Token[] = tokens.slice(k, j);
      for (const t of tagSentence(model, doc.text, s.start, s.end, mine)) {
        const party = t.type === 'NORP' && doc.text.charCodeAt(t.end - 1) === PARTY;
        out.push({ start: t.start, end: t.end, label: party ? 'ORG' : t.type, score: t.score });
      }
      k = j;
    }
    return doc.set('ner', out);
  },
};
