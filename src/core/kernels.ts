/**
 * The numerical kernels under the customer-base models: ln Γ and ψ, the
 * Gauss hypergeometric series, a guarded (1 − e^(−εL))/ε and tanh-sinh
 * quadratures. Unchecked, for the models' inner loops, whose inputs are
 * validated once at the door; not exported from index.ts. The checked forms
 * are `lnGamma`, `digamma` (special.ts) and `hyp2f1` (hypergeometric.ts).
 *
 * Sources: C. Lanczos (1964), "A precise approximation of the gamma
 * function", SIAM J. Numerical Analysis B 1, with the g = 7, n = 9
 * coefficients of Numerical Recipes (3rd ed., §6.1); M. Abramowitz &
 * I. A. Stegun (1964), *Handbook of Mathematical Functions*, 6.3.5 and 6.3.18
 * (ψ), 15.1.1 and 15.3.3 (₂F₁ and Euler's transformation); H. Takahasi &
 * M. Mori (1974), "Double exponential formulas for numerical integration",
 * Publ. RIMS Kyoto University 9(3).
 */

const G = 7;
const COEFFICIENTS = [
  0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059,
  12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
];
const HALF_LN_TWO_PI = 0.5 * Math.log(2 * Math.PI);

function lanczos(x: number): number {
  const z = x - 1;
  let sum = COEFFICIENTS[0];
  for (let i = 1; i < COEFFICIENTS.length; i++) sum += COEFFICIENTS[i] / (z + i);
  const t = z + G + 0.5;
  return HALF_LN_TWO_PI + (z + 0.5) * Math.log(t) - t + Math.log(sum);
}

/**
 * ln Γ(x) without the checks, for the inner loops of a fit whose inputs are
 * already known to be finite and > 0.
 */
export function lnGammaUnchecked(x: number): number {
  // Below 0.5 the series loses accuracy; Γ(x) = Γ(x + 1)/x moves the argument up.
  return x < 0.5 ? lanczos(x + 1) - Math.log(x) : lanczos(x);
}

// B₂ₖ/(2k) for k = 1…6 (A&S 6.3.18): ψ(x) ~ ln x − 1/(2x) − Σ B₂ₖ/(2k x²ᵏ).
const DIGAMMA_SERIES = [1 / 12, -1 / 120, 1 / 252, -1 / 240, 1 / 132, -691 / 32760];

/** ψ(x) without the checks (x finite and > 0). */
export function digammaUnchecked(x: number): number {
  let shift = 0;
  while (x < 10) {
    shift -= 1 / x;
    x += 1;
  }
  const inv2 = 1 / (x * x);
  let series = 0;
  for (let k = DIGAMMA_SERIES.length - 1; k >= 0; k--) series = series * inv2 + DIGAMMA_SERIES[k];
  return shift + Math.log(x) - 0.5 / x - series * inv2;
}

const MAX_TERMS = 2_000_000;
const EPSILON = 1e-17;

/**
 * Σ (a)ₙ(b)ₙ/((c)ₙ n!) zⁿ, summed until the remaining tail is below 1e−17 of
 * the sum (the tail is bounded by the last term times ρ/(1 − ρ), ρ the larger
 * of z and the next ratio of terms). NaN if it does not converge.
 */
export function gaussSeries(a: number, b: number, c: number, z: number): number {
  let term = 1;
  let sum = 1;
  for (let n = 0; n < MAX_TERMS; n++) {
    term *= (((a + n) * (b + n)) / ((c + n) * (n + 1))) * z;
    sum += term;
    if (term === 0) return sum;
    const next = Math.abs(((a + n + 1) * (b + n + 1)) / ((c + n + 1) * (n + 2))) * z;
    const rho = Math.max(next, z);
    if (rho < 1 && Math.abs(term) * rho <= EPSILON * (1 - rho) * Math.abs(sum)) return sum;
  }
  return NaN;
}

/** ₂F₁(a, b; c; z) without the checks (c > 0, 0 ≤ z ≤ 1 − 1e−6); NaN if the series fails. */
export function hyp2f1Unchecked(a: number, b: number, c: number, z: number): number {
  if (z === 0) return 1;
  const d = c - a - b;
  if (d < 0) return Math.exp(d * Math.log1p(-z)) * gaussSeries(c - a, c - b, c, z);
  return gaussSeries(a, b, c, z);
}

/**
 * (1 − e^(−εL))/ε, and its limit L as ε → 0: the form 1 − (β/(β + t))^(s−1)
 * over s − 1 takes in the Pareto/NBD (ε = s − 1, L = ln(1 + t/β)), which a
 * direct formula would lose to rounding near s = 1.
 */
export function oneMinusExpOver(epsilon: number, L: number): number {
  const u = epsilon * L;
  if (Math.abs(u) < 1e-5) return L * (1 - u / 2 + (u * u) / 6 - (u * u * u) / 24);
  return -Math.expm1(-u) / epsilon;
}

/**
 * E[g(p)] for p ~ Beta(a, b): the integral of p^(a−1)(1 − p)^(b−1) g(p)/B(a, b)
 * over (0, 1), by the tanh-sinh (double-exponential) rule, which copes with the
 * endpoint singularities of a, b < 1. g receives p and 1 − p, each computed
 * without cancellation (p may underflow to 0: g must return its limit there).
 *
 * Source: H. Takahasi & M. Mori (1974), "Double exponential formulas for
 * numerical integration", Publ. RIMS Kyoto University 9(3). The substitution
 * p = 1/(1 + exp(−π sinh u)); the step halves until two sums agree to 1e−13.
 */
export function betaMean(a: number, b: number, lnB: number, g: (p: number, q: number) => number): number {
  const at = (u: number) => {
    const y = Math.PI * Math.sinh(u);
    // ln p and ln(1 − p) for p = σ(y), stably.
    const lnP = y > 0 ? -Math.log1p(Math.exp(-y)) : y - Math.log1p(Math.exp(y));
    const lnQ = y > 0 ? -y - Math.log1p(Math.exp(-y)) : -Math.log1p(Math.exp(y));
    const weight = Math.exp(a * lnP + b * lnQ + Math.log(Math.PI * Math.cosh(u)) - lnB);
    return weight === 0 ? 0 : weight * g(Math.exp(lnP), Math.exp(lnQ));
  };
  // Sum over u = k·h, outwards until the terms vanish (they fall double-exponentially).
  const sumLevel = (h: number, offset: number, step: number) => {
    let total = 0;
    for (const sign of [1, -1]) {
      for (let k = offset; k < 100_000; k += step) {
        const u = sign * k * h;
        if (u === 0 && sign < 0) continue;
        const v = at(u);
        total += v;
        if (Math.abs(u) > 1 && Math.abs(v) <= 1e-18 * Math.abs(total)) break;
        if (Math.abs(u) > 20) break; // π sinh 20 ≈ 7.6e8: p^a < e^−76 for any a ≥ 1e−7
      }
    }
    return total;
  };
  let h = 0.5;
  let sum = sumLevel(h, 0, 1);
  let estimate = sum * h;
  for (let level = 0; level < 10; level++) {
    h /= 2;
    sum += sumLevel(h, 1, 2);
    const next = sum * h;
    if (Math.abs(next - estimate) <= 1e-13 * Math.abs(next)) return next;
    estimate = next;
  }
  return estimate;
}

/**
 * The nodes of one level of the tanh-sinh rule on [lo, hi] (Takahasi & Mori
 * 1974): v = mid + half·tanh((π/2) sinh u) at u = k·h, k from `offset` in
 * steps of `step`, outwards both ways, with the log of each node's weight
 * (without the factor h). Nodes within e^−38 of an end are not visited.
 */
export function tanhSinhLevel(lo: number, hi: number, h: number, offset: number, step: number, visit: (v: number, lnWeight: number) => void): void {
  const half = (hi - lo) / 2;
  for (const sign of [1, -1]) {
    for (let k = offset; ; k += step) {
      const u = sign * k * h;
      if (u === 0 && sign < 0) continue;
      const y = (Math.PI / 2) * Math.sinh(u);
      const ay = Math.abs(y);
      // ln of half·(π/2)cosh u / cosh² y, with cosh² y written to avoid overflow.
      const lnW = Math.log(half * (Math.PI / 2) * Math.cosh(u)) - 2 * (ay + Math.log1p(Math.exp(-2 * ay)) - Math.LN2);
      // Distance from the nearer end, without cancellation: 1 − |tanh y| = 2/(e^(2|y|) + 1).
      const fromEnd = half * (2 / (Math.exp(2 * ay) + 1));
      visit(y >= 0 ? hi - fromEnd : lo + fromEnd, lnW);
      if (Math.abs(u) > 3.2) break; // (π/2) sinh 3.2 ≈ 19.2
    }
  }
}

/**
 * ln ∫ from lo to hi of exp(lnF(v)) dv for a smooth integrand on a finite
 * interval, by the tanh-sinh rule, summed in logarithms so that integrands far
 * below or above the range of doubles still integrate; the step halves until
 * two levels agree to 1e−14. −Infinity when lo = hi.
 */
export function lnIntegral(lnF: (v: number) => number, lo: number, hi: number): number {
  if (!(hi > lo)) return -Infinity;
  const terms: number[] = [];
  const collect = (v: number, lnW: number) => terms.push(lnW + lnF(v));
  const logSum = () => {
    let top = -Infinity;
    for (const t of terms) if (t > top) top = t;
    if (top === -Infinity) return -Infinity;
    let s = 0;
    for (const t of terms) s += Math.exp(t - top);
    return top + Math.log(s);
  };
  let h = 0.5;
  tanhSinhLevel(lo, hi, h, 0, 1, collect);
  let estimate = logSum() + Math.log(h);
  for (let k = 0; k < 12; k++) {
    h /= 2;
    tanhSinhLevel(lo, hi, h, 1, 2, collect);
    const next = logSum() + Math.log(h);
    if (Math.abs(next - estimate) <= 1e-14 * Math.max(1, Math.abs(next))) return next;
    estimate = next;
  }
  return estimate;
}
