/**
 * Walks an analysis and checks every span in it: any object with integer `start`/`end` must lie inside the text,
 * and where it carries `text`, `text.slice(start, end)` must equal it. Returns the problems found.
 */
export function spanProblems(analysis: { text: string }): string[] {
  const { text } = analysis;
  const problems: string[] = [];
  const visit = (value: unknown, path: string) => {
    if (Array.isArray(value)) {
      value.forEach((v, i) => visit(v, `${path}[${i}]`));
      return;
    }
    if (!value || typeof value !== 'object') return;
    const o = value as Record<string, unknown>;
    if (Number.isInteger(o.start) && Number.isInteger(o.end)) {
      const s = o.start as number;
      const e = o.end as number;
      if (s < 0 || e < s || e > text.length) problems.push(`${path}: ${s}..${e} outside 0..${text.length}`);
      else if (typeof o.text === 'string' && text.slice(s, e) !== o.text) problems.push(`${path}: ${JSON.stringify(o.text)} != ${JSON.stringify(text.slice(s, e))}`);
    }
    for (const [k, v] of Object.entries(o)) if (k !== 'text' || typeof v !== 'string') visit(v, `${path}.${k}`);
  };
  const { text: _text, ...rest } = analysis as Record<string, unknown>;
  visit(rest, '$');
  return problems;
}
