/**
 * Words of saying and promising. A statement verb that carries another event (解任したと発表した, 辞任を表明した)
 * is how that event is reported, not an event of its own; 表明 of a planned purchase or aid is a commitment. A
 * promise (約束, 誓約) or an agreement takes in the event it promises (…を購入すると約束した: one commitment whose
 * items and counterparts are the purchase's). A bare speech verb is a statement only when its clause dates it.
 */
import type { EventType } from '../../analysis/contract.js';
import { parties, type Candidate } from './candidate.js';

const PLEDGEABLE: ReadonlySet<EventType> = new Set<EventType>(['trade', 'aid', 'visit', 'meeting', 'call', 'agreement']);

/** Adds what `inner` says about counterparts, goods and amounts to `outer`. */
function absorb(outer: Candidate, inner: Candidate): void {
  const subjects = new Set(inner.subjects);
  for (const p of inner.participants) {
    if (p.entity && subjects.has(p.entity)) continue;
    if (p.role === 'source') continue;
    if (!outer.participants.some((q) => q.entity === p.entity && q.text === p.text)) outer.participants.push({ ...p, role: p.role === 'participant' ? 'target' : p.role });
  }
  for (const k of inner.quantities) if (!outer.quantities.includes(k)) outer.quantities.push(k);
}

/** Applies the speech and promise rules to one sentence's candidates. */
export function resolveVehicles(list: Candidate[]): Candidate[] {
  const dropped = new Set<Candidate>();
  for (const v of list) {
    const before = list.filter((e) => e !== v && e.at < v.at && !dropped.has(e) && e.type !== 'statement');
    if (v.vehicle === 'pledge' || v.vehicle === 'warn' || v.type === 'agreement') {
      for (const e of before) {
        if (e.clause !== v.clause || (v.type === 'agreement' && e.type === 'agreement')) continue;
        absorb(v, e);
        dropped.add(e);
      }
      continue;
    }
    if (v.vehicle !== 'speech' && v.vehicle !== 'formal') continue;
    if (v.vehicle === 'speech' && v.word === '表明') {
      const pledged = before.filter((e) => PLEDGEABLE.has(e.type) && e.modality === 'planned' && v.clause - e.clause <= 1);
      if (pledged.length) {
        v.type = 'commitment';
        v.vehicle = 'pledge';
        if (v.modality === 'asserted' || v.modality === 'reported') v.modality = v.quoted ? 'reported' : v.modality;
        for (const e of pledged) {
          absorb(v, e);
          dropped.add(e);
        }
        continue;
      }
    }
    if (v.vehicle === 'speech' && (before.length || !v.ownDate || v.quoted || !parties(v).length)) dropped.add(v);
    // 関係断絶を宣言: the declaration is how the break is made known; 演説し、…を発表 keeps the address.
    if (v.vehicle === 'formal' && (!parties(v).length || before.some((e) => e.head === v.item))) dropped.add(v);
  }
  return list.filter((c) => !dropped.has(c));
}
