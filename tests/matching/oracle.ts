// An exhaustive oracle for the composer, written apart from lib/matching: its own feasibility
// check, its own split teams, its own scorer (from decision 003), and plain enumeration of every
// feasible group. Used on jobs small enough to enumerate.
import type { CandidateFirm, JobInput, JobStepInput, Weights } from "@/lib/matching";

export interface OracleResult {
  best: number | null;
  /** Groups enumerated (feasible or not); null when over the limit. */
  enumerated: number;
}

type Part = { firm: CandidateFirm; quantity: number };
type Option = Part[];

// Decision 003/017: the scorecard's mean monthly score shrunk towards a mid-B prior of 3 pseudo-months.
const RECORD_PRIOR = { months: 3, score: 0.75 };

function record(f: CandidateFirm): number {
  const card = f.record.scorecard;
  const months = card?.gradedMonths ?? 0;
  return ((card?.meanScore ?? 0) * months + RECORD_PRIOR.score * RECORD_PRIOR.months) / (months + RECORD_PRIOR.months);
}

function km(a: { latitude: number; longitude: number }, b: { latitude: number; longitude: number }): number {
  const r = Math.PI / 180;
  const h = Math.sin(((b.latitude - a.latitude) * r) / 2) ** 2 + Math.cos(a.latitude * r) * Math.cos(b.latitude * r) * Math.sin(((b.longitude - a.longitude) * r) / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** Pieces the firm can make for the step in its slot, or null when a hard constraint fails. */
export function freeFor(firm: CandidateFirm, step: JobStepInput, job: JobInput): number | null {
  const slot = Math.max(0, job.daysToDeadline) / job.steps.length;
  const c = firm.capabilities.find((cap) => cap.processCode === step.processCode);
  if (!c) return null;
  if (step.materialCode && !c.materialCodes.includes(step.materialCode)) return null;
  if (step.toleranceUm != null && c.bestToleranceUm > step.toleranceUm) return null;
  if (step.sizeMm != null && c.maxWorkpieceMm < step.sizeMm) return null;
  if (c.leadTimeDays > slot) return null;
  const free = Math.floor((Math.max(0, c.monthlyCapacity - c.committedPerMonth) * slot) / 30);
  return free > 0 && free >= 0.2 * step.quantity ? free : null;
}

export class Oracle {
  private readonly free = new Map<string, number>();
  readonly options: Option[][];

  constructor(private readonly job: JobInput, private readonly firms: readonly CandidateFirm[], private readonly weights: Weights, private readonly exposureReference = 1) {
    this.options = job.steps.map((step) => this.stepOptions(step));
  }

  private fairness(f: CandidateFirm) {
    return 1 / (1 + Math.max(0, f.recentExposure) / (1 + Math.max(0, this.exposureReference)));
  }

  /** Per piece: record, slack, hand raised, fairness (the linear terms). */
  private perPiece(f: CandidateFirm, step: JobStepInput, quantity: number) {
    const free = this.free.get(`${step.id}:${f.id}`)!;
    const slack = free <= 0 ? 0 : Math.min(1, Math.max(0, (free - quantity) / free));
    const w = this.weights;
    return w.record * record(f) + w.slack * slack + w.handRaised * (f.handRaisedStepIds.includes(step.id) ? 1 : 0) + w.fairness * this.fairness(f);
  }

  private stepOptions(step: JobStepInput): Option[] {
    const able = this.firms.flatMap((firm) => {
      const free = freeFor(firm, step, this.job);
      if (free === null) return [];
      this.free.set(`${step.id}:${firm.id}`, free);
      return [{ firm, free }];
    });
    const whole = able.filter((a) => a.free >= step.quantity);
    if (whole.length > 0) return whole.map((a) => [{ firm: a.firm, quantity: step.quantity }]);
    // Teams of 2–3 partial firms, ranked by per-piece value at full use; the quantity goes to the
    // best first; a team is only formed when its members but the last would not suffice.
    const ranked = [...able].sort((a, b) => this.perPiece(b.firm, step, b.free) - this.perPiece(a.firm, step, a.free) || (a.firm.id < b.firm.id ? -1 : 1));
    const teams: Option[] = [];
    const n = ranked.length;
    for (let a = 0; a < n; a++)
      for (let b = a + 1; b < n; b++) {
        const two = ranked[a]!.free + ranked[b]!.free;
        if (two >= step.quantity) teams.push(this.fill([ranked[a]!, ranked[b]!], step.quantity));
        else for (let c = b + 1; c < n; c++) if (two + ranked[c]!.free >= step.quantity) teams.push(this.fill([ranked[a]!, ranked[b]!, ranked[c]!], step.quantity));
      }
    return teams;
  }

  private fill(team: { firm: CandidateFirm; free: number }[], quantity: number): Option {
    let left = quantity;
    return team.map(({ firm, free }) => {
      const take = Math.min(left, free);
      left -= take;
      return { firm, quantity: take };
    });
  }

  groupCount(): number {
    return this.options.reduce((p, list) => p * list.length, 1);
  }

  score(chosen: readonly Option[]): number {
    const { job, weights: w } = this;
    const S = job.steps.length;
    const members = new Set(chosen.flatMap((o) => o.map((p) => p.firm.id)));
    const m = members.size;
    const membersValue = S <= 1 ? (m <= 1 ? 1 : 1 / m) : Math.max(0, 1 - (m - 1) / (S - 1));
    const main = chosen.map((o) => o.reduce((best, p) => (p.quantity > best.quantity || (p.quantity === best.quantity && p.firm.id < best.firm.id) ? p : best)).firm);
    const legs: number[] = [];
    let handOffs = 0;
    let pairSum = 0;
    for (let i = 0; i + 1 < S; i++) {
      const a = main[i]!;
      const b = main[i + 1]!;
      legs.push(a.id === b.id ? 0 : km(a.location, b.location));
      if (a.id === b.id) continue;
      handOffs++;
      const rec = a.partners[b.id] ?? b.partners[a.id];
      if (rec && rec.jobsTogether > 0) pairSum += Math.min(1, rec.jobsTogether / 2) * (rec.averageRating == null ? 0.8 : (rec.averageRating - 1) / 4);
    }
    if (job.deliveryPoint) legs.push(km(main[S - 1]!.location, job.deliveryPoint));
    const averageKm = legs.length ? legs.reduce((s, x) => s + x, 0) / legs.length : 0;
    let linear = 0;
    chosen.forEach((o, i) => {
      const step = job.steps[i]!;
      linear += o.reduce((s, p) => s + (this.perPiece(p.firm, step, p.quantity) * p.quantity) / step.quantity, 0) / S;
    });
    return linear + w.members * membersValue + w.proximity * Math.exp(-averageKm / 15) + w.partnership * (handOffs === 0 ? 1 : pairSum / handOffs);
  }

  /** The best score of every feasible group (that `include` accepts), by plain enumeration. */
  best(include: (chosen: readonly Option[]) => boolean = () => true): number | null {
    const required = this.job.leadCertificationCode;
    let best: number | null = null;
    const chosen: Option[] = [];
    const visit = (i: number) => {
      if (i === this.options.length) {
        if (required && !chosen.some((o) => o.some((p) => p.firm.certifications.includes(required)))) return;
        if (!include(chosen)) return;
        const s = this.score(chosen);
        if (best === null || s > best) best = s;
        return;
      }
      for (const option of this.options[i]!) {
        chosen.push(option);
        visit(i + 1);
        chosen.pop();
      }
    };
    if (this.options.length > 0) visit(0);
    return best;
  }

  /** The best score of the feasible groups that include the firm. */
  bestWith(firmId: string): number | null {
    return this.best((chosen) => chosen.some((o) => o.some((p) => p.firm.id === firmId)));
  }

  /** The oracle's score of a group given as the composer's assignments. */
  scoreOf(assignments: readonly { stepId: string; parts: readonly { firmId: string; quantity: number }[] }[]): number {
    const byId = new Map(this.firms.map((f) => [f.id, f]));
    return this.score(assignments.map((a) => a.parts.map((p) => ({ firm: byId.get(p.firmId)!, quantity: p.quantity }))));
  }
}
