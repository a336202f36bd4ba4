/** A stored article in the reader (`#/doc/ID?hl=START-END` opens it at a highlighted span). */
import { api, useApi } from '../api';
import { Status } from '../components/Status';
import { Reader } from '../reader/Reader';

function parseRange(value: string | null): { start: number; end: number } | null {
  const m = /^(\d+)-(\d+)$/.exec(value ?? '');
  return m && Number(m[2]) > Number(m[1]) ? { start: Number(m[1]), end: Number(m[2]) } : null;
}

export function ReaderPage({ id, hl }: { id: string; hl: string | null }) {
  const loaded = useApi(() => Promise.all([api.document(id), api.analysis(id)]), id);
  return (
    <Status loaded={loaded}>
      {([doc, analysis]) => <Reader key={`${id}#${hl ?? ''}`} data={{ analysis, refs: doc.entities }} highlight={parseRange(hl)} />}
    </Status>
  );
}
