/**
 * The two fitting methods the ranker uses, kept apart from data handling:
 * listwise logistic regression for ranking (a softmax over each question's
 * candidates, pushing probability onto those holding the answer) and plain
 * logistic regression for the confidence models. Both by Adam from zero, so
 * a result never depends on the weights in use.
 */

export interface RankRow {
  /** Feature values per candidate, in a fixed feature order. */
  candidates: Float64Array[];
  gold: boolean[];
  /** How much this question counts in the loss. */
  weight: number;
}

function adam(d: number, epochs: number, rate: number, gradient: (w: Float64Array) => Float64Array): Float64Array {
  const w = new Float64Array(d);
  const m = new Float64Array(d);
  const v = new Float64Array(d);
  for (let e = 1; e <= epochs; e++) {
    const g = gradient(w);
    for (let k = 0; k < d; k++) {
      const gk = g[k] as number;
      m[k] = 0.9 * (m[k] as number) + 0.1 * gk;
      v[k] = 0.999 * (v[k] as number) + 0.001 * gk * gk;
      const mHat = (m[k] as number) / (1 - 0.9 ** e);
      const vHat = (v[k] as number) / (1 - 0.999 ** e);
      w[k] = (w[k] as number) - (rate * mHat) / (Math.sqrt(vHat) + 1e-8);
    }
  }
  return w;
}

export function fitRanking(rows: readonly RankRow[], d: number, options: { epochs: number; rate: number; l2: number }): Float64Array {
  const usable = rows.filter((r) => r.gold.some(Boolean) && r.gold.some((g) => !g));
  let total = 0;
  for (const r of usable) total += r.weight;
  return adam(d, options.epochs, options.rate, (w) => {
    const grad = new Float64Array(d);
    for (const row of usable) {
      const scores = row.candidates.map((f) => {
        let s = 0;
        for (let k = 0; k < d; k++) s += (f[k] as number) * (w[k] as number);
        return s;
      });
      const max = Math.max(...scores);
      const exps = scores.map((s) => Math.exp(s - max));
      let z = 0;
      let goldZ = 0;
      exps.forEach((x, i) => {
        z += x;
        if (row.gold[i]) goldZ += x;
      });
      row.candidates.forEach((f, i) => {
        const p = (exps[i] as number) / z;
        const q = row.gold[i] ? (exps[i] as number) / goldZ : 0;
        const c = ((p - q) * row.weight) / total;
        if (c !== 0) for (let k = 0; k < d; k++) grad[k] = (grad[k] as number) + c * (f[k] as number);
      });
    }
    for (let k = 0; k < d; k++) grad[k] = (grad[k] as number) + options.l2 * (w[k] as number);
    return grad;
  });
}

export interface LogisticRow {
  x: number[];
  y: boolean;
  weight: number;
}

/** Returns [bias, ...weights]. */
export function fitLogistic(rows: readonly LogisticRow[], d: number, options: { epochs: number; rate: number; l2: number }): Float64Array {
  let total = 0;
  for (const r of rows) total += r.weight;
  return adam(d + 1, options.epochs, options.rate, (w) => {
    const grad = new Float64Array(d + 1);
    for (const r of rows) {
      let z = w[0] as number;
      for (let k = 0; k < d; k++) z += (w[k + 1] as number) * (r.x[k] as number);
      const p = 1 / (1 + Math.exp(-z));
      const c = ((p - (r.y ? 1 : 0)) * r.weight) / total;
      grad[0] = (grad[0] as number) + c;
      for (let k = 0; k < d; k++) grad[k + 1] = (grad[k + 1] as number) + c * (r.x[k] as number);
    }
    for (let k = 1; k <= d; k++) grad[k] = (grad[k] as number) + options.l2 * (w[k] as number);
    return grad;
  });
}

export function logistic(w: Float64Array, x: readonly number[]): number {
  let z = w[0] as number;
  for (let k = 0; k < x.length; k++) z += (w[k + 1] as number) * (x[k] as number);
  return 1 / (1 + Math.exp(-z));
}

/** Five folds by article: every question of one article lands in the same fold. */
export function foldOf(article: string, folds = 5): number {
  let h = 2166136261;
  for (let i = 0; i < article.length; i++) h = Math.imul(h ^ article.charCodeAt(i), 16777619);
  return (h >>> 0) % folds;
}
