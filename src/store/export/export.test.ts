import assert from 'node:assert/strict';
import { test } from 'node:test';
import { csvLine } from './csv.js';
import { graphml } from './graphml.js';

await test('CSV quotes what needs quoting', () => {
  assert.equal(csvLine(['a', 'b,c', 'say "hi"', null, 3, '改\n行']), 'a,"b,c","say ""hi""",,3,"改\n行"\r\n');
});

await test('GraphML escapes names and carries weights', () => {
  const out = [...graphml({
    nodes: [{ id: 1, key: 'kb:a', name: 'A & <B>', type: 'ORG', documents: 3 }, { id: 2, key: 'local:PERSON:c', name: 'C', type: 'PERSON', documents: 1 }],
    edges: [{ source: 1, target: 2, cooccurrence: 1, events: 2, event_types: { call: 2 }, weight: 3 }],
  })].join('');
  assert.match(out, /<node id="n1"><data key="label">A &amp; &lt;B&gt;<\/data>/);
  assert.match(out, /<edge id="e0" source="n1" target="n2"><data key="weight">3<\/data>/);
  assert.match(out, /edgedefault="undirected"/);
});
