/**
 * The actor network as GraphML (nodes: entities; undirected edges: co-occurrence and shared events, weighted),
 * readable by Gephi, yEd, NetworkX and igraph.
 */
import type { Network } from '../query/network.js';

function xml(s: string): string {
  return s.replace(/[<>&"']/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c]!)
    // Characters XML 1.0 cannot carry at all.
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '');
}

/** The GraphML document for `net`, as lines. */
export function* graphml(net: Network): Generator<string> {
  yield '<?xml version="1.0" encoding="UTF-8"?>\n';
  yield '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"\n';
  yield '  xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">\n';
  yield '  <key id="label" for="node" attr.name="label" attr.type="string"/>\n';
  yield '  <key id="type" for="node" attr.name="type" attr.type="string"/>\n';
  yield '  <key id="key" for="node" attr.name="key" attr.type="string"/>\n';
  yield '  <key id="documents" for="node" attr.name="documents" attr.type="int"/>\n';
  yield '  <key id="weight" for="edge" attr.name="weight" attr.type="double"/>\n';
  yield '  <key id="cooccurrence" for="edge" attr.name="cooccurrence" attr.type="int"/>\n';
  yield '  <key id="events" for="edge" attr.name="events" attr.type="int"/>\n';
  yield '  <key id="event_types" for="edge" attr.name="event_types" attr.type="string"/>\n';
  yield '  <graph id="newsgraph" edgedefault="undirected">\n';
  for (const n of net.nodes) {
    yield `    <node id="n${n.id}"><data key="label">${xml(n.name)}</data><data key="type">${xml(n.type ?? '')}</data>` +
      `<data key="key">${xml(n.key)}</data><data key="documents">${n.documents}</data></node>\n`;
  }
  for (const [i, e] of net.edges.entries()) {
    const types = Object.entries(e.event_types).map(([t, k]) => `${t}:${k}`).join(' ');
    yield `    <edge id="e${i}" source="n${e.source}" target="n${e.target}"><data key="weight">${e.weight}</data>` +
      `<data key="cooccurrence">${e.cooccurrence}</data><data key="events">${e.events}</data><data key="event_types">${xml(types)}</data></edge>\n`;
  }
  yield '  </graph>\n</graphml>\n';
}
