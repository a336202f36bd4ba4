/** The actor network (Cytoscape.js): nodes sized by articles, edges by shared articles and events; click → dossier. */
import cytoscape from 'cytoscape';
import { useEffect, useRef } from 'preact/hooks';
import { ENTITY_TYPES } from '../../analysis/contract';
import { api, useApi } from '../api';
import type { Network as Graph } from '../api-types';
import { Filters, TextField } from '../components/Filters';
import { Status } from '../components/Status';
import { useT } from '../i18n';
import { href, navigate } from '../router';

/** A colour defined in the stylesheet (one palette for the text marks and the graph). */
function cssColour(name: string, fallback: string): string {
  return getComputedStyle(document.documentElement).getPropertyValue(name).trim() || fallback;
}

function Graph({ graph }: { graph: Graph }) {
  const t = useT();
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!box.current) return;
    const maxDocs = Math.max(1, ...graph.nodes.map((n) => n.documents));
    const maxWeight = Math.max(1, ...graph.edges.map((e) => e.weight));
    const cy = cytoscape({
      container: box.current,
      elements: [
        // Start on a circle (deterministic, unlike a random start), then let the force layout settle.
        ...graph.nodes.map((n, i) => ({
          position: { x: 300 * Math.cos((2 * Math.PI * i) / graph.nodes.length), y: 300 * Math.sin((2 * Math.PI * i) / graph.nodes.length) },
          data: { id: String(n.id), label: n.name, size: 18 + 34 * Math.sqrt(n.documents / maxDocs), colour: cssColour(`--ent-${n.type ?? 'NONE'}-strong`, '#777') },
        })),
        ...graph.edges.map((e) => ({
          data: {
            id: `${e.source}-${e.target}`, source: String(e.source), target: String(e.target), width: 1 + 7 * (e.weight / maxWeight),
            colour: e.events > 0 ? cssColour('--event-strong', '#7a3fb0') : '#b8bcc4',
            label: e.events > 0 ? Object.entries(e.event_types).map(([type, n]) => `${t.eventType(type)}×${n}`).join(' ') : '',
          },
        })),
      ],
      style: [
        {
          selector: 'node',
          style: {
            'background-color': 'data(colour)', label: 'data(label)', width: 'data(size)', height: 'data(size)', 'font-size': 12, 'text-valign': 'bottom',
            'text-margin-y': 4, color: '#222', 'text-background-color': '#fff', 'text-background-opacity': 0.7, 'text-background-padding': '1px',
          },
        },
        { selector: 'edge', style: { width: 'data(width)', 'line-color': 'data(colour)', 'curve-style': 'bezier', opacity: 0.8 } },
        {
          selector: 'edge.hover',
          style: { label: 'data(label)', 'font-size': 11, color: '#3b1d63', 'text-background-color': '#fff', 'text-background-opacity': 0.9, 'text-rotation': 'autorotate', opacity: 1 },
        },
        { selector: 'node:active, node:selected', style: { 'border-width': 3, 'border-color': '#222' } },
      ],
      layout: {
        name: graph.nodes.length > 1 ? 'cose' : 'grid', animate: false, randomize: false, padding: 40,
        nodeRepulsion: () => 400000, idealEdgeLength: () => 100, nodeOverlap: 20, gravity: 0.3, numIter: 1500,
      },
      // A handful of nodes would otherwise be blown up to fill the box.
      maxZoom: 2.5,
    });
    cy.fit(undefined, 40);
    if (cy.zoom() > 1.6) {
      cy.zoom(1.6);
      cy.center();
    }
    // Where each node is drawn, so a user's click can be replayed by the end-to-end tests.
    box.current.dataset.positions = JSON.stringify(Object.fromEntries(cy.nodes().map((n) => [n.id(), n.renderedPosition()])));
    cy.on('tap', 'node', (e) => navigate(href('entity', e.target.id())));
    cy.on('mouseover', 'edge', (e) => e.target.addClass('hover'));
    cy.on('mouseout', 'edge', (e) => e.target.removeClass('hover'));
    return () => cy.destroy();
  }, [graph, t.lang]);
  return (
    <>
      <p class="muted small">{t('nodes', { n: graph.nodes.length })} · {t('edges', { n: graph.edges.length })} — {t('networkHelp')}</p>
      <div ref={box} class="graph" data-testid="network-graph" data-nodes={graph.nodes.length} data-edges={graph.edges.length} />
    </>
  );
}

export function Network({ params }: { params: URLSearchParams }) {
  const t = useT();
  const query = { entity: params.get('entity'), types: params.getAll('types').join(','), min_weight: params.get('min_weight'), limit: params.get('limit') };
  const loaded = useApi(() => api.network(query), params.toString());
  const chosen = new Set(params.getAll('types'));
  return (
    <section>
      <h1>{t('network')}</h1>
      <Filters page="network" params={params}>
        <TextField name="entity" label={t('centre')} params={params} />
        <fieldset class="types"><legend>{t('types')}</legend>
          {ENTITY_TYPES.map((type) => (
            <label key={type}><input type="checkbox" name="types" value={type} defaultChecked={chosen.size ? chosen.has(type) : ['PERSON', 'ORG', 'GPE', 'NORP'].includes(type)} />{t.entityType(type)}</label>
          ))}
        </fieldset>
        <label>{t('minWeight')} <input type="number" min="1" name="min_weight" defaultValue={params.get('min_weight') ?? '1'} /></label>
        <label>{t('limit')} <input type="number" min="1" max="300" name="limit" defaultValue={params.get('limit') ?? '60'} /></label>
      </Filters>
      <Status loaded={loaded}>{(graph) => graph.nodes.length === 0 ? <p class="muted">{t('noResults')}</p> : <Graph graph={graph} />}</Status>
    </section>
  );
}
