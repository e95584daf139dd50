/*
 * The few distributions the survey summaries need, written out so that the package needs
 * no statistics library: Student's t quantile (for the interval of a mean) through the
 * regularized incomplete beta function, and Wilson's score interval for a share.
 * Accuracy: about 1e-14 relative for the t quantile (checked against tables and against
 * an independent numerical integration in the tests).
 */

/** The 0.975 quantile of the normal distribution rounded as the formulas in DESIGN.md give it. */
export const Z_95 = 1.96;

const LANCZOS = [
  0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059, 12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6,
  1.5056327351493116e-7,
];

/** ln Γ(x) for x > 0 (Lanczos, g = 7), to about 1e-15. */
export function lnGamma(x: number): number {
  if (x < 0.5) return Math.log(Math.PI / Math.sin(Math.PI * x)) - lnGamma(1 - x);
  const y = x - 1;
  let sum = LANCZOS[0]!;
  for (let i = 1; i < 9; i++) sum += LANCZOS[i]! / (y + i);
  const t = y + 7.5;
  return 0.5 * Math.log(2 * Math.PI) + (y + 0.5) * Math.log(t) - t + Math.log(sum);
}

/** The continued fraction of the incomplete beta function (modified Lentz). */
function betaFraction(x: number, a: number, b: number): number {
  const TINY = 1e-300;
  let c = 1;
  let d = 1 - ((a + b) * x) / (a + 1);
  if (Math.abs(d) < TINY) d = TINY;
  d = 1 / d;
  let h = d;
  for (let m = 1; m <= 100_000; m++) {
    const m2 = 2 * m;
    let aa = (m * (b - m) * x) / ((a + m2 - 1) * (a + m2));
    d = 1 + aa * d;
    if (Math.abs(d) < TINY) d = TINY;
    c = 1 + aa / c;
    if (Math.abs(c) < TINY) c = TINY;
    d = 1 / d;
    h *= d * c;
    aa = (-(a + m) * (a + b + m) * x) / ((a + m2) * (a + m2 + 1));
    d = 1 + aa * d;
    if (Math.abs(d) < TINY) d = TINY;
    c = 1 + aa / c;
    if (Math.abs(c) < TINY) c = TINY;
    d = 1 / d;
    const delta = d * c;
    h *= delta;
    if (Math.abs(delta - 1) < 1e-16) break;
  }
  return h;
}

/** ln Γ(a + b) − ln Γ(a) without the cancellation of two large logarithms when a is large. */
function lnGammaRatio(a: number, b: number): number {
  if (a < 100) return lnGamma(a + b) - lnGamma(a);
  const tail = (x: number) => 1 / (12 * x) - 1 / (360 * x ** 3) + 1 / (1260 * x ** 5);
  return (a - 0.5) * Math.log1p(b / a) + b * Math.log(a + b) - b + tail(a + b) - tail(a);
}

/**
 * The regularized incomplete beta function I_x(a, b) for 0 < x < 1 and a, b > 0, given
 * x and y = 1 − x and their logarithms separately, so that an x close to 1 loses nothing.
 */
function incompleteBetaParts(a: number, b: number, x: number, y: number, lnX: number, lnY: number): number {
  // ln(Γ(a+b) / (Γ(a)Γ(b))), taking the large parameter's ratio first.
  const lnNorm = a >= b ? lnGammaRatio(a, b) - lnGamma(b) : lnGammaRatio(b, a) - lnGamma(a);
  const front = Math.exp(lnNorm + a * lnX + b * lnY);
  return x < (a + 1) / (a + b + 2) ? (front * betaFraction(x, a, b)) / a : 1 - (front * betaFraction(y, b, a)) / b;
}

/** The regularized incomplete beta function I_x(a, b), for 0 ≤ x ≤ 1 and a, b > 0. */
export function incompleteBeta(x: number, a: number, b: number): number {
  if (x <= 0) return 0;
  if (x >= 1) return 1;
  return incompleteBetaParts(a, b, x, 1 - x, Math.log(x), Math.log1p(-x));
}

/** P(T > t) for t > 0 under Student's t with `df` degrees of freedom: ½·I_{df/(df+t²)}(df/2, ½). */
function upperTail(t: number, df: number): number {
  const r = (t * t) / df; // x = 1/(1+r), y = r/(1+r)
  return 0.5 * incompleteBetaParts(df / 2, 0.5, 1 / (1 + r), r / (1 + r), -Math.log1p(r), Math.log(r) - Math.log1p(r));
}

/** erfc(x) for x ≥ 0: a series of positive terms below 2, a continued fraction above (Lentz). */
function erfc(x: number): number {
  if (x < 2) {
    // erf(x) = 2/√π · e^(−x²) · Σ 2ⁿ x^(2n+1) / (1·3·…·(2n+1))
    let term = x;
    let sum = x;
    for (let n = 1; n < 200 && term > 1e-17 * sum; n++) {
      term *= (2 * x * x) / (2 * n + 1);
      sum += term;
    }
    return 1 - (2 / Math.sqrt(Math.PI)) * Math.exp(-x * x) * sum;
  }
  // erfc(x) = e^(−x²)/√π · 1/(x + (1/2)/(x + 1/(x + (3/2)/(x + …))))
  const TINY = 1e-300;
  let f = x;
  let c = x;
  let d = 0;
  for (let n = 1; n < 500; n++) {
    const an = n / 2;
    d = x + an * d;
    d = Math.abs(d) < TINY ? 1 / TINY : 1 / d;
    c = x + an / c;
    if (Math.abs(c) < TINY) c = TINY;
    const delta = c * d;
    f *= delta;
    if (Math.abs(delta - 1) < 1e-16) break;
  }
  return Math.exp(-x * x) / Math.sqrt(Math.PI) / f;
}

/** The `p` quantile (p ≥ ½) of the standard normal distribution, by bisection on its upper tail. */
function normalQuantile(p: number): number {
  const tail = 1 - p;
  const upper = (z: number) => 0.5 * erfc(z / Math.SQRT2);
  let low = 0;
  let high = 1;
  while (upper(high) > tail) {
    low = high;
    high *= 2;
  }
  for (let i = 0; i < 200 && high - low > 1e-16 * high; i++) {
    const mid = (low + high) / 2;
    if (upper(mid) > tail) low = mid;
    else high = mid;
  }
  return (low + high) / 2;
}

/** Above this many degrees of freedom the Cornish–Fisher expansion is exact to double precision. */
const EXPANSION_DF = 1000;

/** Student's t quantile from the normal one (Abramowitz & Stegun 26.7.5), for large `df`. */
function tFromNormal(z: number, df: number): number {
  const z2 = z * z;
  const g1 = (z * (z2 + 1)) / 4;
  const g2 = (z * ((5 * z2 + 16) * z2 + 3)) / 96;
  const g3 = (z * (((3 * z2 + 19) * z2 + 17) * z2 - 15)) / 384;
  const g4 = (z * ((((79 * z2 + 776) * z2 + 1482) * z2 - 1920) * z2 - 945)) / 92160;
  return z + g1 / df + g2 / df ** 2 + g3 / df ** 3 + g4 / df ** 4;
}

/**
 * Returns the `p` quantile of Student's t distribution with `df` (> 0, not necessarily
 * whole) degrees of freedom, found by bisection on the upper tail to full double
 * precision (the Cornish–Fisher expansion above 1000); throws a `RangeError` for `p` outside (0, 1) or `df` ≤ 0.
 */
export function studentTQuantile(p: number, df: number): number {
  if (!(p > 0 && p < 1)) throw new RangeError(`invalid p: expected a number between 0 and 1, got ${p}`);
  if (!(df > 0) || !Number.isFinite(df)) throw new RangeError(`invalid df: expected a finite number above 0, got ${df}`);
  if (p === 0.5) return 0;
  if (p < 0.5) return -studentTQuantile(1 - p, df);
  const tail = 1 - p;
  if (df === 1) return Math.tan(Math.PI * (p - 0.5));
  if (df >= EXPANSION_DF) return tFromNormal(normalQuantile(p), df);
  let low = 0;
  let high = 2;
  while (upperTail(high, df) > tail && high < 1e300) {
    low = high;
    high *= 2;
  }
  for (let i = 0; i < 200 && high - low > 1e-15 * high; i++) {
    const mid = (low + high) / 2;
    if (upperTail(mid, df) > tail) low = mid;
    else high = mid;
  }
  return (low + high) / 2;
}

/**
 * Returns Wilson's score interval for a share `p` observed in `n` (> 0, possibly an
 * effective, fractional sample size) answers, at the normal quantile `z`: always within
 * 0…1, and never empty at p = 0 or 1.
 */
export function wilsonInterval(p: number, n: number, z = Z_95): [number, number] {
  const z2 = z * z;
  const denominator = 1 + z2 / n;
  const center = (p + z2 / (2 * n)) / denominator;
  const half = (z * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n))) / denominator;
  return [Math.max(0, center - half), Math.min(1, center + half)];
}
