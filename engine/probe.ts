import type { Check } from './check.js';
import type { CheckContext } from './context.js';
import { isBudgetExhausted, isOperatorFault, isUndefinedOutput, type UndefinedOutput } from './operator-fault.js';
import { compareSize } from './domains/domain.js';
import type { Certificate, FidelityFinding, OperatorFinding } from './verdicts.js';
import type { AuditedOperator } from './operator.js';

const MAX_LISTED = 5;
const EQUALITY_CERTIFY_MAX_V = 64;
const EQUALITY_CERTIFY_MAX_TRIES = 25;
/**
 * Exact evaluations per check (search and minimisation together) unless the check says otherwise:
 * float64 artefacts that fail to certify cost as much as real violations; the evidence says when
 * the cap was reached.
 */
export const DEFAULT_MAX_CERTIFICATIONS = 40;
/**
 * Inputs where the operator is undefined in float64 that are evaluated exactly: once exact
 * arithmetic has shown where the operator is undefined, more of them only repeat the fact.
 */
const UNDEFINED_CERTIFY_MAX_TRIES = 8;

/**
 * Evaluates one check on one operator, instance by instance, and remembers what it saw: how many
 * cases were screened and certified, the lowest margins (starting points for targeted search),
 * fidelity findings, and operator faults — which become findings naming the input, never crashes.
 */
export class Probe<X, Op extends AuditedOperator = AuditedOperator> {
  screened = 0;
  certifications = 0;
  readonly fidelity: FidelityFinding[] = [];
  readonly findings: OperatorFinding[] = [];
  readonly lowest: Array<{ x: X; margin: number }> = [];
  private readonly certificates = new Map<string, Certificate>();
  private faults = 0;
  private equalityTries = 0;
  /** Equality-only float64 candidates left uncertified (reported in the evidence). */
  equalitySkipped = 0;
  private undefinedTries = 0;
  /** Float64 candidates of float64-only code outside the float-safe range (judged at their nearest safe instance). */
  unsafeSkipped = 0;
  /** Inputs undefined in float64 left unevaluated once enough were (reported in the evidence). */
  undefinedSkipped = 0;
  /** Milliseconds from the probe's creation to its first certified violation (for npm run bench). */
  firstCertifiedMs?: number;
  private readonly created = Date.now();
  /** Set when the time budget (a safety net) cut the search short: the result is marked incomplete. */
  interrupted = false;
  /**
   * The smallest input where exact arithmetic shows the operator undefined (a zero normalising
   * total, say): a fact about its domain of definition, not a fault of its code. Checks that do not
   * ask for an output in Δ^V hold or fail on the domain of definition and name it as an assumption.
   */
  undefinedAt?: { x: X; certificate: Certificate; definedWhere: string };

  constructor(
    readonly check: Check<X, Op>,
    readonly op: Op,
    readonly ctx: CheckContext,
    /** Certification stops here (the minimiser and replays pass their own certificates through). */
    public deadline = Number.POSITIVE_INFINITY,
    readonly maxCertifications = check.maxCertifications ?? DEFAULT_MAX_CERTIFICATIONS,
  ) {}

  /**
   * True when x, or an instance localised from it (Check.localise), is proven to violate the check
   * (the fast-check predicate is its negation); `violation(x)` gives the violating instance.
   */
  violates(x: X): boolean {
    const unsafe = this.unsafeSkipped;
    // a candidate outside the float-safe range (float64-only code) sends its nearest safe instance on
    return this.violatesAt(x) || this.violatesNear(x, this.unsafeSkipped > unsafe);
  }

  /** The proven violation at x or localised from x, if any. */
  violation(x: X): { x: X; certificate: Certificate } | undefined {
    const key = JSON.stringify(x);
    const own = this.certificates.get(key);
    return own ? { x, certificate: own } : this.localised.get(key);
  }

  private readonly localised = new Map<string, { x: X; certificate: Certificate }>();

  private violatesNear(x: X, unsafeCandidate: boolean): boolean {
    let near: X[];
    try {
      const safe = unsafeCandidate ? this.check.domain.towardFloatSafe?.(x) : undefined;
      near = [...(safe ? [safe] : []), ...(this.check.localise?.(this.op, x) ?? [])];
    } catch {
      return false; // x itself was screened: its faults are recorded there
    }
    for (const y of near) {
      if (!this.violatesAt(y)) continue;
      this.localised.set(JSON.stringify(x), { x: y, certificate: this.certificates.get(JSON.stringify(y))! });
      return true;
    }
    return false;
  }

  private violatesAt(x: X): boolean {
    this.screened++;
    let margin: number;
    try {
      margin = this.check.screen(this.op, x, this.ctx);
    } catch (e) {
      // undefined in float64 (perhaps only by underflow): exact arithmetic decides, a few times
      if (!isUndefinedOutput(e)) return this.fault(x, e);
      if (this.undefinedTries++ >= UNDEFINED_CERTIFY_MAX_TRIES) {
        this.undefinedSkipped++;
        return false;
      }
      margin = Number.NaN;
    }
    this.remember(x, margin);
    if (!(Number.isNaN(margin) || margin < -this.ctx.screenTolerance)) return false;
    // float64-only code refutes nothing outside the float-safe range: its nearest safe instance is judged instead
    if (this.floatUnsafe(x)) {
      this.unsafeSkipped++;
      return false;
    }
    // Equality-only candidates (a strict margin of exactly 0 in float64) are nearly always
    // underflow; certifying costs V high-precision evaluations, so only a few small ones are tried.
    if (margin >= -2 * this.ctx.screenTolerance) {
      // user code's ties refute only where well conditioned: spend no certification on the others
      if (this.op.exactness !== 'generic' && !this.wellConditionedTie(x)) {
        this.equalitySkipped++;
        return false;
      }
      if (this.check.domain.size(x)[0] > EQUALITY_CERTIFY_MAX_V || this.equalityTries >= EQUALITY_CERTIFY_MAX_TRIES) {
        this.equalitySkipped++;
        return false;
      }
      this.equalityTries++;
    }
    return this.certified(x, margin) !== undefined;
  }

  /**
   * The certificate of a violation at x, computing it if needed. `screenMargin` is the float64
   * margin that made x a candidate; without it (the minimiser, replays) a failure to certify is no
   * fidelity finding, since float64 never claimed a violation there.
   */
  certified(x: X, screenMargin?: number): Certificate | undefined {
    const key = JSON.stringify(x);
    const known = this.certificates.get(key);
    if (known) return known;
    if (this.certifications >= this.maxCertifications) return undefined;
    if (Date.now() > this.deadline) {
      this.interrupted = true;
      return undefined;
    }
    this.certifications++;
    let certificate: Certificate | undefined;
    try {
      certificate = this.check.certify(this.op, x, this.ctx);
    } catch (e) {
      if (isUndefinedOutput(e) && e.arithmetic !== 'float64') {
        this.noteUndefined(x, e);
        return undefined;
      }
      return this.fault(x, e) ? this.certificates.get(key) : undefined;
    }
    if (certificate) {
      this.certificates.set(key, certificate);
      this.firstCertifiedMs ??= Date.now() - this.created;
    } else if (screenMargin !== undefined && (screenMargin < -1e-6 || Number.isNaN(screenMargin))) {
      const meaning = this.check.unconfirmed ?? 'a float64 artefact, not a property of the mathematics';
      this.note(
        this.fidelity,
        x,
        `float64 screening gave margin ${screenMargin}; exact evaluation does not confirm a violation: ${meaning}`,
      );
    }
    return certificate;
  }

  private floatUnsafe(x: X): boolean {
    return this.op.exactness === 'float64' && this.check.domain.floatSafe !== undefined && !this.check.domain.floatSafe(x);
  }

  /** Does the float64 margin restricted to well-conditioned comparisons tie too (user code's ties)? */
  private wellConditionedTie(x: X): boolean {
    try {
      return (this.check.tieScreen?.(this.op, x, this.ctx) ?? Number.NaN) <= 0;
    } catch {
      return false; // the main screen already ran at x; a failure here only means "not worth certifying"
    }
  }

  private noteUndefined(x: X, e: UndefinedOutput) {
    if (this.undefinedAt && compareSize(this.check.domain.size(x), this.check.domain.size(this.undefinedAt.x)) >= 0) return;
    this.undefinedAt = {
      x,
      definedWhere: e.definedWhere,
      certificate: {
        kind: 'interval',
        quantity: e.quantity,
        lo: e.bounds[0],
        hi: e.bounds[1],
        explanation: `The operator is undefined at this input (${e.message}): interval arithmetic at ${this.ctx.precision} digits encloses ${e.quantity} in [lo, hi] with hi ≤ 0, so the statement, which needs an output here, fails as stated; it is checked on the domain where ${e.definedWhere}.`,
      },
    };
  }

  /** Anything the operator throws at x is a finding naming x (a bug in built-in code included). */
  private fault(x: X, e: unknown): boolean {
    if (isBudgetExhausted(e)) {
      this.interrupted = true;
      return false;
    }
    this.faults++;
    const kind = isOperatorFault(e) ? e.kind : 'threw';
    const message = e instanceof Error ? e.message : String(e);
    this.note(this.findings, x, `${kind}: ${message}`);
    if (this.check.faultRefutes && kind === 'invalid-output') {
      this.certificates.set(JSON.stringify(x), {
        kind: 'float-output',
        quantity: 'the returned value',
        lo: 'n/a',
        hi: 'n/a',
        explanation: `F_T(p) must be a point of Δ^V; the operator returned something else: ${message}`,
      });
      return true;
    }
    return false;
  }

  get faultCount(): number {
    return this.faults;
  }

  private note(list: Array<{ instance: Record<string, string | string[]>; message: string }>, x: X, message: string) {
    if (list.length < MAX_LISTED && !list.some((f) => f.message === message)) {
      list.push({ instance: this.check.domain.describe(x), message });
    }
  }

  private remember(x: X, margin: number) {
    if (!Number.isFinite(margin)) return;
    const worst = this.lowest[this.lowest.length - 1];
    if (this.lowest.length >= 8 && worst && margin >= worst.margin) return;
    this.lowest.push({ x, margin });
    this.lowest.sort((a, b) => a.margin - b.margin);
    this.lowest.length = Math.min(this.lowest.length, 8);
  }
}
