/**
 * The `--format pretty` summary: title, date and author, then one table per layer. Colour only on a terminal.
 */
import type { Analysis } from '../analysis/contract.js';
import { table } from './table.js';

export interface PrettyOptions {
  color: boolean;
}

/** A readable summary of one analysis. */
export function pretty(a: Analysis, { color }: PrettyOptions): string {
  const bold = (s: string) => (color ? `\x1b[1m${s}\x1b[0m` : s);
  const dim = (s: string) => (color ? `\x1b[2m${s}\x1b[0m` : s);
  const d = a.document;
  const names = new Map(a.entities.map((e) => [e.id, e.name]));
  const name = (id: string | null) => (id ? (names.get(id) ?? id) : '—');
  const out: string[] = [];
  out.push(bold(d.title ?? '(no title)'));
  out.push(
    `${dim('published')} ${d.published ?? '—'}${d.published_from ? dim(` (${d.published_from})`) : ''}   ` +
      `${dim('author')} ${d.author ?? '—'}   ${dim('lang')} ${d.lang}${d.source ? `   ${dim('source')} ${d.source}` : ''}`,
  );
  out.push(
    dim(`${d.body.length} body paragraphs, ${a.sentences.length} sentences, ${d.captions.length} captions, ${d.sources.length} cited sources`),
  );
  const section = (title: string, count: number, body: () => string) => {
    out.push('', bold(`${title} (${count})`));
    if (count) out.push(body());
  };
  section('Entities', a.entities.length, () =>
    table(['name', 'type', 'id', 'mentions', 'roles'], a.entities.map((e) => [
      e.name, e.type, e.id, String(e.mentions.length), e.roles.map((r) => `${r.former ? 'former ' : ''}${r.title}`).join(', '),
    ])));
  section('Quotes', a.quotes.length, () =>
    table(['speaker', 'kind', 'content'], a.quotes.map((q) => [q.speaker ? name(q.speaker) : (q.speaker_text ?? '—'), q.kind, q.content.text]), 70));
  section('Events', a.events.length, () =>
    table(['type', 'participants', 'date', 'modality'], a.events.map((e) => [
      e.type, e.participants.map((p) => `${p.role}:${p.entity ? name(p.entity) : p.text}`).join(' '), e.date?.value ?? '—', e.modality,
    ]), 60));
  section('Times', a.times.length, () => table(['text', 'value', 'precision'], a.times.map((t) => [t.text, t.value, t.precision])));
  section('Quantities', a.quantities.length, () =>
    table(['text', 'value', 'unit', 'item', 'period'], a.quantities.map((q) => [q.text, String(q.value), q.unit, name(q.item), q.period ?? '—'])));
  if (d.captions.length) section('Captions', d.captions.length, () => d.captions.map((c) => `  ${c.text}`).join('\n'));
  if (a.warnings.length) section('Warnings', a.warnings.length, () => table(['rule', 'message'], a.warnings.map((w) => [w.rule, w.message]), 90));
  return out.join('\n');
}
