/**
 * Writes one analysed document and everything it says, inside the caller's transaction. The document row goes
 * first and is keyed by content id, so a second write of the same text (a rerun, or another worker that took
 * the same job) stops there and changes nothing. A near-copy of a stored article is kept and linked to it, but
 * its facts are not counted a second time.
 */
import type { Analysis } from '../analysis/contract.js';
import { buckets, decodeSignature, DUPLICATE_THRESHOLD, encodeSignature, similarity } from './neardup.js';
import { insertMany, placeholders, type SqlDb } from './sql.js';
import type { NewDocument, WriteOutcome } from './types.js';
import { writeEntities, type EntityResolver } from './write-entities.js';
import { writeEvents } from './write-events.js';

/** The analysis as stored: without its text, which has its own column. */
function storedAnalysis(a: Analysis): string {
  const { text: _text, ...rest } = a;
  return JSON.stringify(rest);
}

/** Writes `input` as part of job `job` (or none). */
export async function writeDocument(tx: SqlDb, input: NewDocument, job: number | null): Promise<WriteOutcome> {
  const a = input.analysis;
  const d = a.document;
  const now = new Date().toISOString();
  const extId = d.id !== input.id ? d.id : null;
  const row = await tx.get<{ seq: number }>(
    `INSERT INTO documents (id, ext_id, source, title, published, lang, author, chars, text, analysis, minhash, job, ingested_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING RETURNING seq`,
    [input.id, extId, input.source ?? d.source, d.title, d.published, d.lang, d.author, a.text.length, a.text, storedAnalysis(a),
      input.signature ? encodeSignature(input.signature) : null, job, now],
  );
  if (!row) return { id: input.id, status: 'unchanged' };
  const doc = row.seq;

  if (input.signature) {
    const keys = buckets(input.signature);
    const copy = await nearestCopy(tx, input.signature, keys);
    if (copy) {
      await tx.run('UPDATE documents SET dup_of = ?, dup_similarity = ? WHERE seq = ?', [copy.seq, copy.similarity, doc]);
      return { id: input.id, status: 'duplicate', of: copy.id, similarity: copy.similarity };
    }
    await insertMany(tx, 'doc_buckets', ['bucket', 'doc'], keys.map((k) => [k, doc]));
  }

  const entities = await writeEntities(tx, doc, a, now);
  await writeQuotes(tx, doc, a, entities);
  await writeEvents(tx, doc, input.id, a.events, d.published, entities, now);
  await insertMany(tx, 'times', ['doc', 'start_off', 'end_off', 'text', 'value', 'value_end', 'prec'],
    a.times.map((t) => [doc, t.start, t.end, t.text, t.value, t.value_end ?? null, t.precision]));
  const quantityRows = [];
  for (const q of a.quantities) {
    const item = entities.resolve(q.item);
    quantityRows.push([doc, q.start, q.end, q.text, q.value, q.unit, item?.id ?? null, q.period]);
  }
  await insertMany(tx, 'quantities', ['doc', 'start_off', 'end_off', 'text', 'value', 'unit', 'item', 'period'], quantityRows);
  return { id: input.id, status: 'added' };
}

/** The stored original (not itself a copy) that `signature` nearly duplicates, if any. */
async function nearestCopy(tx: SqlDb, signature: Uint32Array, keys: number[]): Promise<{ seq: number; id: string; similarity: number } | null> {
  const candidates = await tx.all<{ seq: number; id: string; minhash: string }>(
    `SELECT DISTINCT d.seq, d.id, d.minhash FROM doc_buckets b JOIN documents d ON d.seq = b.doc
     WHERE b.bucket IN (${placeholders(keys.length)})`,
    keys,
  );
  let best: { seq: number; id: string; similarity: number } | null = null;
  for (const c of candidates) {
    const s = similarity(signature, decodeSignature(c.minhash));
    if (s >= DUPLICATE_THRESHOLD && (!best || s > best.similarity)) best = { seq: c.seq, id: c.id, similarity: s };
  }
  return best;
}

async function writeQuotes(tx: SqlDb, doc: number, a: Analysis, entities: EntityResolver): Promise<void> {
  for (const [index, q] of a.quotes.entries()) {
    const speaker = entities.resolve(q.speaker);
    const row = await tx.get<{ id: number }>(
      `INSERT INTO quotes (doc, local_index, speaker, speaker_text, kind, cue_start, cue_end, cue_text, start_off, end_off, text)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id`,
      [doc, index, speaker?.id ?? null, q.speaker_text, q.kind, q.cue?.start ?? null, q.cue?.end ?? null, q.cue?.text ?? null,
        q.content.start, q.content.end, q.content.text],
    );
    const about = new Set<number>();
    for (const id of q.about) {
      const ref = entities.resolve(id);
      if (ref) about.add(ref.id);
    }
    await insertMany(tx, 'quote_about', ['quote', 'entity'], [...about].map((e) => [row!.id, e]));
  }
}
