/**
 * Fits the confidence calibration of a model: a one-feature logistic regression of "this predicted span is
 * right" on its margin, by Newton's method (two parameters, deterministic, a few iterations).
 */

/** `[a, b]` such that `1 / (1 + exp(-(a * margin + b)))` estimates the chance a span with that margin is right. */
export function fitCalibration(points: readonly { margin: number; correct: boolean }[]): [number, number] {
  if (points.length === 0) return [1, 0];
  let a = 0;
  let b = 0;
  for (let iter = 0; iter < 50; iter++) {
    // Gradient and Hessian of the log-likelihood, with a little L2 on `a` so separable data cannot diverge.
    let ga = -1e-3 * a;
    let gb = 0;
    let haa = -1e-3;
    let hab = 0;
    let hbb = 0;
    for (const p of points) {
      const q = 1 / (1 + Math.exp(-(a * p.margin + b)));
      const r = (p.correct ? 1 : 0) - q;
      const w = q * (1 - q);
      ga += r * p.margin;
      gb += r;
      haa -= w * p.margin * p.margin;
      hab -= w * p.margin;
      hbb -= w;
    }
    const det = haa * hbb - hab * hab;
    if (!Number.isFinite(det) || Math.abs(det) < 1e-12) break;
    const da = (hbb * ga - hab * gb) / det;
    const db = (haa * gb - hab * ga) / det;
    a -= da;
    b -= db;
    if (Math.abs(da) + Math.abs(db) < 1e-9) break;
  }
  return [a, b];
}
