/**
 * How one event told in other words is recognised beyond identical parties: sides (a country and its forces, a
 * leader and his country, a party and its secretary-general), a planned purchase that is more of a promise, and a
 * cleft that names who did an event told before.
 */
import type { TimeValue } from '../../analysis/contract.js';
import type { Candidate } from './candidate.js';
import type { SameSide } from './sides.js';

/** Whether two dates can be one (either unknown, or one contains the other: 2026-02 and 2026-02-04). */
export function datesFit(a: TimeValue | null, b: TimeValue | null): boolean {
  return !a || !b || a.value.startsWith(b.value) || b.value.startsWith(a.value);
}

/** Entity ids of `c` in `role`. */
export function withRole(c: Candidate, role: string): string[] {
  return c.participants.filter((p) => p.entity && p.role === role).map((p) => p.entity!);
}

/** Whether some id of `x` and some id of `y` stand for one side. */
export function overlap(x: readonly string[], y: readonly string[], same: SameSide): boolean {
  return x.some((i) => y.some((j) => same(i, j)));
}

/**
 * One directed act told of a side in other words (グルジアが南オセチアに侵攻 / グルジア軍が…南オセチアに対して大規模攻撃;
 * 民主党…は批判 / 鳩山幹事長は…批判): the actors stand for one side, so do those acted on, and no side is on both ends.
 */
export function sameSides(a: Candidate, b: Candidate, same: SameSide): boolean {
  const [sa, sb, ta, tb] = [withRole(a, 'source'), withRole(b, 'source'), withRole(a, 'target'), withRole(b, 'target')];
  if (!sa.length || !sb.length || !ta.length || !tb.length) return false;
  return overlap(sa, sb, same) && overlap(ta, tb, same) && !overlap(sa, tb, same) && !overlap(sb, ta, same);
}

/**
 * A planned purchase or aid by the side that has promised purchases from the same counterpart is more of that
 * promise (習近平は…米国産大豆…を購入すると約束した。…中国は米国産の原油…の購入も増やすという): its goods and
 * amounts join the commitment rather than standing as a trade of their own.
 */
export function joinPledged(list: Candidate[], same: SameSide): Candidate[] {
  const promises = list.filter((c) => c.type === 'commitment' && c.participants.some((p) => p.role === 'item'));
  if (!promises.length) return list;
  return list.filter((r) => {
    if ((r.type !== 'trade' && r.type !== 'aid') || r.modality !== 'planned') return true;
    const home = promises.find((k) => datesFit(k.date, r.date) && sameSidesLoose(k, r, same));
    if (!home) return true;
    for (const p of r.participants) {
      if (p.role === 'source' || home.participants.some((q) => (p.entity ? q.entity === p.entity : q.entity === null && q.text === p.text))) continue;
      home.participants.push({ ...p });
    }
    for (const k of r.quantities) if (!home.quantities.includes(k)) home.quantities.push(k);
    return false;
  });
}

/** The promiser and the buyer stand for one side, and so do their counterparts. */
function sameSidesLoose(k: Candidate, r: Candidate, same: SameSide): boolean {
  const [sk, sr, tk, tr] = [withRole(k, 'source'), withRole(r, 'source'), withRole(k, 'target'), withRole(r, 'target')];
  return overlap(sk, sr, same) && overlap(tk, tr, same);
}

/**
 * A cleft names who did an event told before (…陸軍によるクーデターが勃発した。…クーデターを起こしたのは X): X joins
 * the last earlier mention of that event, and the cleft is no event of its own.
 */
export function identify(all: readonly Candidate[]): Candidate[] {
  const used = new Set<Candidate>();
  all.forEach((c, k) => {
    if (!c.identifies) return;
    const told = all.slice(0, k).filter((e) => !e.identifies && e.sentence < c.sentence && e.word === c.word && e.type === c.type).pop();
    if (!told) return;
    for (const p of c.participants) if (p.entity && !told.participants.some((q) => q.entity === p.entity)) told.participants.push({ ...p });
    used.add(c);
  });
  return used.size ? all.filter((c) => !used.has(c)) : [...all];
}
