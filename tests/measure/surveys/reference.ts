/*
 * An independent reference for the survey summaries, written plainly from raw answers
 * (one number per respondent) with no code shared with src/: the mean and the n − 1
 * standard deviation by their textbook definitions, Student's t quantile by integrating
 * its density with Simpson's rule and bisecting, Wilson's interval by its formula.
 */

/** Γ((ν+1)/2) / (√(νπ) Γ(ν/2)) for whole ν ≥ 1, from Γ(1) = 1, Γ(½) = √π and Γ(x+1) = xΓ(x). */
function tDensityConstant(nu: number): number {
  // ratio(ν) = Γ((ν+1)/2)/Γ(ν/2); ratio(1) = Γ(1)/Γ(½) = 1/√π, ratio(2) = Γ(3/2)/Γ(1) = √π/2,
  // ratio(ν+2) = ((ν+1)/2)/(ν/2) · ratio(ν)
  let ratio = nu % 2 === 1 ? 1 / Math.sqrt(Math.PI) : Math.sqrt(Math.PI) / 2;
  for (let k = nu % 2 === 1 ? 1 : 2; k < nu; k += 2) ratio *= (k + 1) / k;
  return ratio / Math.sqrt(nu * Math.PI);
}

/** P(0 < T < t) for Student's t with whole ν, by Simpson's rule on 6,000 intervals. */
function tMass(t: number, nu: number): number {
  const c = tDensityConstant(nu);
  const f = (x: number) => c * (1 + (x * x) / nu) ** (-(nu + 1) / 2);
  const steps = 6000;
  const h = t / steps;
  let sum = f(0) + f(t);
  for (let i = 1; i < steps; i++) sum += (i % 2 === 1 ? 4 : 2) * f(i * h);
  return (sum * h) / 3;
}

const quantiles = new Map<number, number>();

/** The 0.975 quantile of Student's t with whole ν ≥ 1, by bisection on [0, 20] (remembered per ν). */
export function referenceT975(nu: number): number {
  const known = quantiles.get(nu);
  if (known !== undefined) return known;
  let low = 0;
  let high = nu === 1 ? 20 : 10; // t(0.975, 1) = 12.7
  for (let i = 0; i < 48; i++) {
    const mid = (low + high) / 2;
    if (0.5 + tMass(mid, nu) < 0.975) low = mid;
    else high = mid;
  }
  quantiles.set(nu, (low + high) / 2);
  return (low + high) / 2;
}

/** Wilson's score interval at z = 1.96 (Wilson 1927; Newcombe 1998, method 3). */
export function referenceWilson(successes: number, n: number): [number, number] {
  const z = 1.96;
  const p = successes / n;
  const centre = (p + (z * z) / (2 * n)) / (1 + (z * z) / n);
  const half = (z / (1 + (z * z) / n)) * Math.sqrt((p * (1 - p)) / n + (z * z) / (4 * n * n));
  return [centre - half, centre + half];
}

/** The summary of raw answers, computed the long way. */
export function referenceSummary(answers: number[], scale: { min: number; max: number; topBoxFrom: number; bottomBoxTo: number; nps?: boolean }) {
  const n = answers.length;
  let total = 0;
  for (const a of answers) total += a;
  const mean = total / n;
  let squares = 0;
  for (const a of answers) squares += (a - mean) * (a - mean);
  const sd = n > 1 ? Math.sqrt(squares / (n - 1)) : null;
  const half = sd === null ? null : (referenceT975(n - 1) * sd) / Math.sqrt(n);
  const meanCi = half === null ? null : [Math.max(scale.min, mean - half), Math.min(scale.max, mean + half)];
  const top = answers.filter((a) => a >= scale.topBoxFrom).length;
  const bottom = answers.filter((a) => a <= scale.bottomBoxTo).length;
  const toEmotion = (v: number) => 1 + (4 * (v - scale.min)) / (scale.max - scale.min);
  const result: Record<string, unknown> = {
    n,
    mean,
    sd,
    meanCi,
    topBox: top / n,
    topBoxCi: referenceWilson(top, n),
    bottomBox: bottom / n,
    bottomBoxCi: referenceWilson(bottom, n),
    emotion: toEmotion(mean),
    emotionCi: meanCi === null ? null : meanCi.map(toEmotion),
  };
  if (scale.nps) {
    const p = answers.filter((a) => a >= 9).length / n;
    const d = answers.filter((a) => a <= 6).length / n;
    const nps = 100 * (p - d);
    const margin = 1.96 * Math.sqrt((100 * 100 * (p * (1 - p) + d * (1 - d) + 2 * p * d)) / n);
    result.nps = nps;
    result.npsCi = [Math.max(-100, nps - margin), Math.min(100, nps + margin)];
  }
  return result;
}

/** Asserts that two summaries agree to `tolerance` in every number (nulls equal). */
export function closeTo(actual: unknown, expected: unknown, tolerance: number, path = "summary"): string | undefined {
  if (expected === null || actual === null) return actual === expected ? undefined : `${path}: ${String(actual)} ≠ ${String(expected)}`;
  if (typeof expected === "number") {
    return typeof actual === "number" && Math.abs(actual - expected) <= tolerance ? undefined : `${path}: ${String(actual)} ≠ ${expected}`;
  }
  if (Array.isArray(expected)) {
    if (!Array.isArray(actual) || actual.length !== expected.length) return `${path}: length differs`;
    for (let i = 0; i < expected.length; i++) {
      const problem = closeTo(actual[i], expected[i], tolerance, `${path}[${i}]`);
      if (problem) return problem;
    }
    return undefined;
  }
  for (const key of Object.keys(expected as object)) {
    const problem = closeTo((actual as Record<string, unknown>)[key], (expected as Record<string, unknown>)[key], tolerance, `${path}.${key}`);
    if (problem) return problem;
  }
  return undefined;
}
