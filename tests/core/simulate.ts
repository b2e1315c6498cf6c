/**
 * Seeded simulators of the customer-base models, for tests that fit the
 * models to data drawn from known parameters. Nothing here uses Math.random:
 * the same seed gives the same customers.
 */

/** A 32-bit generator (mulberry32 by T. Ettinger): uniform numbers in (0, 1). */
export function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    const u = ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    return u === 0 ? 0.5 / 4294967296 : u;
  };
}

function normal(u: () => number): number {
  return Math.sqrt(-2 * Math.log(u())) * Math.cos(2 * Math.PI * u());
}

/** Gamma(shape, rate) by Marsaglia & Tsang (2000), with the u^(1/shape) boost below shape 1. */
export function gamma(u: () => number, shape: number, rate: number): number {
  if (shape < 1) return gamma(u, shape + 1, rate) * u() ** (1 / shape);
  const d = shape - 1 / 3;
  const c = 1 / Math.sqrt(9 * d);
  for (;;) {
    let x: number;
    let v: number;
    do {
      x = normal(u);
      v = 1 + c * x;
    } while (v <= 0);
    v = v * v * v;
    const w = u();
    if (w < 1 - 0.0331 * x ** 4 || Math.log(w) < 0.5 * x * x + d * (1 - v + Math.log(v))) return (d * v) / rate;
  }
}

export function beta(u: () => number, a: number, b: number): number {
  const x = gamma(u, a, 1);
  return x / (x + gamma(u, b, 1));
}

export interface Simulated {
  x: number[];
  tx: number[];
  T: number[];
}

/** Times are kept in whole days, as a transaction log gives them (here in weeks: days/7). */
const toDays = (weeks: number) => Math.floor(weeks * 7) / 7;

/** Ages T drawn uniformly between `minT` and `maxT`, as customers acquired over a period. */
function age(u: () => number, minT: number, maxT: number) {
  return minT + (maxT - minT) * u();
}

/** BG/NBD customers: rate λ ~ Gamma(r, α), after each repeat purchase drop out with p ~ Beta(a, b). */
export function simulateBgNbd(seed: number, n: number, p: { r: number; alpha: number; a: number; b: number }, minT = 26, maxT = 39): Simulated {
  const u = rng(seed);
  const out: Simulated = { x: [], tx: [], T: [] };
  for (let i = 0; i < n; i++) {
    const T = age(u, minT, maxT);
    const lambda = gamma(u, p.r, p.alpha);
    const drop = beta(u, p.a, p.b);
    let t = 0;
    let x = 0;
    let tx = 0;
    for (;;) {
      t += -Math.log(u()) / lambda;
      if (t > T) break;
      x++;
      tx = t;
      if (u() < drop) break;
    }
    out.x.push(x);
    out.tx.push(toDays(tx));
    out.T.push(toDays(T));
  }
  return out;
}

/** Pareto/NBD customers: rate λ ~ Gamma(r, α), lifetime exponential with rate μ ~ Gamma(s, β). */
export function simulateParetoNbd(seed: number, n: number, p: { r: number; alpha: number; s: number; beta: number }, minT = 26, maxT = 39): Simulated {
  const u = rng(seed);
  const out: Simulated = { x: [], tx: [], T: [] };
  for (let i = 0; i < n; i++) {
    const T = age(u, minT, maxT);
    const lambda = gamma(u, p.r, p.alpha);
    const mu = gamma(u, p.s, p.beta);
    const end = Math.min(T, -Math.log(u()) / mu);
    let t = 0;
    let x = 0;
    let tx = 0;
    for (;;) {
      t += -Math.log(u()) / lambda;
      if (t > end) break;
      x++;
      tx = t;
    }
    out.x.push(x);
    out.tx.push(toDays(tx));
    out.T.push(toDays(T));
  }
  return out;
}

/** Gamma-Gamma spend: ν ~ Gamma(q, γ) per customer, each of x purchases ~ Gamma(p, ν); returns x and the mean m̄. */
export function simulateGammaGamma(seed: number, n: number, p: { p: number; q: number; gamma: number }, maxX = 12): { x: number[]; m: number[] } {
  const u = rng(seed);
  const out = { x: [] as number[], m: [] as number[] };
  for (let i = 0; i < n; i++) {
    const x = 1 + Math.floor(u() * maxX);
    const nu = gamma(u, p.q, p.gamma);
    let total = 0;
    for (let k = 0; k < x; k++) total += gamma(u, p.p, nu);
    out.x.push(x);
    out.m.push(total / x);
  }
  return out;
}
