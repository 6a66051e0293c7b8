import { Decimal } from 'decimal.js';
import { exactRationals, receivedNumber, receivedWeights } from '../../engine/instance/weights.js';
import { exactDecimalOfDouble, float64 } from '../../engine/num/index.js';
import type { SofteningOperator } from '../../engine/operators/softening.js';
import type { JumpProbe } from './a2-probe.js';

/**
 * Where code puts a jump (`p[i] > 0.37`, `T < 3.7`, `x < 1e-4 ? 0 : x`) random points almost never
 * land. But a move from x that shows a gap at δ = 0.1 brackets it: bisecting the move keeps the half
 * where F changes more; a smooth F stops changing by ≥ the gap within a few halvings, a jump does not.
 * At the end the jump lies between two doubles, and the simplest decimal in that bracket (few
 * significant digits: the constant the code compares with) is where it sits. The candidates are
 * points exactly there — T = c, or p_j = c on the move's segment — moved both ways across it; the
 * check screens and certifies them like any other instance. Float64 evaluations only, deterministic.
 */
const FIRST_STEP = 0.1;
const BISECTIONS = 64;
/** A bracket's simplest decimal is the code's constant only if it is this simple. */
const MAX_CONSTANT_DIGITS = 8;

type Point = { p: number[]; T: number };

export function localiseJump(op: SofteningOperator, x: JumpProbe, gap: number): JumpProbe[] {
  const S = exactRationals(x.w);
  const p = S.map(([a, b]) => Number(a) / Number(b));
  const T = Number(x.T);
  const at = (t: number): Point =>
    typeof x.move === 'number'
      ? { p: p.map((pi, i) => (1 - t) * pi + (i === x.move ? t : 0)), T }
      : { p, T: T * (x.move === 'T+' ? 1 + t : 1 - t) };
  const F = (q: Point) => op.apply(float64, q.p, q.T);
  const dist = (a: number[], b: number[]) =>
    a.length !== b.length ? Infinity : a.reduce((m, v, i) => Math.max(m, Math.abs(v - b[i])), 0);
  let [a, b] = [0, FIRST_STEP];
  let [Fa, Fb] = [F(at(a)), F(at(b))];
  if (!(dist(Fa, Fb) >= gap)) return [];
  for (let k = 0; k < BISECTIONS; k++) {
    const m = (a + b) / 2;
    if (m === a || m === b) break;
    const Fm = F(at(m));
    if (dist(Fm, Fa) >= dist(Fb, Fm)) [b, Fb] = [m, Fm];
    else [a, Fa] = [m, Fm];
    if (!(dist(Fa, Fb) >= gap)) return []; // the change spreads out: steep perhaps, not a jump
  }
  const [lo, hi] = [at(a), at(b)];
  return [...onConstant(x, S, lo, hi), ...besideJump(x, lo, hi)];
}

/** Points exactly on the constant the code compares with, moved both ways across it. */
function onConstant(x: JumpProbe, S: Array<[bigint, bigint]>, lo: Point, hi: Point): JumpProbe[] {
  if (typeof x.move !== 'number') {
    const c = simplestBetween(lo.T, hi.T);
    return c
      ? [
          { ...x, T: c, move: 'T+' },
          { ...x, T: c, move: 'T-' },
        ]
      : [];
  }
  return lo.p.flatMap((v, j) => {
    const c = v === hi.p[j] ? undefined : simplestBetween(v, hi.p[j]);
    const w = c && onSegment(S, x.move as number, j, c);
    // across p_j = c upward (toward e_j) and downward (toward another vertex)
    return w
      ? [
          { ...x, w, move: j },
          { ...x, w, move: (j + 1) % w.length },
        ]
      : [];
  });
}

/**
 * Where the jump sits on no simple constant (an output crossing a threshold: a level set), the
 * doubles on either side of it, moved across: float64 code's jump is then at every scale it
 * resolves. (applyExact's would need the exact crossing point; these do not pin it.)
 */
function besideJump(x: JumpProbe, lo: Point, hi: Point): JumpProbe[] {
  if (typeof x.move !== 'number') {
    return [
      { ...x, T: receivedNumber(String(lo.T)), move: x.move },
      { ...x, T: receivedNumber(String(hi.T)), move: x.move === 'T+' ? 'T-' : 'T+' },
    ];
  }
  const i = x.move;
  const back = (i + 1) % x.w.length;
  const weights = (q: Point) => receivedWeights(q.p.map(exactDecimalOfDouble));
  return [
    { ...x, w: weights(lo), move: i },
    { ...x, w: weights(hi), move: back },
  ];
}

/**
 * The decimal with the fewest significant digits whose double lies in [min(u, v), max(u, v)], if it
 * has few: code compares with the double of its literal (`T > 3.7` flips between the double 3.7 and
 * the next), and the decimal itself is what exact code compares with.
 */
function simplestBetween(u: number, v: number): string | undefined {
  const [lo, hi] = [Math.min(u, v), Math.max(u, v)];
  if (!(lo > 0)) return undefined;
  const exactLo = new Decimal(exactDecimalOfDouble(lo));
  for (let digits = 1; digits <= MAX_CONSTANT_DIGITS; digits++) {
    for (const rounding of [Decimal.ROUND_HALF_EVEN, Decimal.ROUND_CEIL, Decimal.ROUND_FLOOR]) {
      const c = exactLo.toSignificantDigits(digits, rounding);
      if (Number(c.toString()) >= lo && Number(c.toString()) <= hi) return c.toString();
    }
  }
  return undefined;
}

/**
 * The point of the segment p → (1 − t)p + t·e_i where p_j = c exactly, as integer weights (exact
 * rationals over a common denominator); undefined when c is not on the segment (t ∉ [0, 1]).
 */
function onSegment(p: Array<[bigint, bigint]>, i: number, j: number, c: string): string[] | undefined {
  const [cn, cd] = decimalFraction(c);
  const [pn, pd] = p[j];
  // t = (c − p_j)/(e_ij − p_j) = (cn·pd − pn·cd)/(cd·((i = j ? pd : 0) − pn))
  const tn = cn * pd - pn * cd;
  const td = cd * ((i === j ? pd : 0n) - pn);
  if (td === 0n) return undefined;
  const [n, d] = td < 0n ? [-tn, -td] : [tn, td];
  if (n < 0n || n > d) return undefined;
  // p'_k = (1 − t)·p_k + t·e_ik, over the common denominator d·lcm(pd_k)
  const common = d * p.reduce((m, [, q]) => (m * q) / gcd(m, q), 1n);
  return p.map(([a, q], k) => ((d - n) * a * (common / (d * q)) + (k === i ? n * (common / d) : 0n)).toString());
}

function gcd(a: bigint, b: bigint): bigint {
  while (b !== 0n) [a, b] = [b, a % b];
  return a;
}

function decimalFraction(c: string): [bigint, bigint] {
  const d = new Decimal(c);
  const places = Math.max(0, d.decimalPlaces());
  return [BigInt(d.times(new Decimal(10).pow(places)).toFixed(0)), 10n ** BigInt(places)];
}
