// Plain data in, plain data out: the matching library knows nothing of the database or Next.js.
// The database glue (lib/matching-service) turns records into these shapes and back.

export interface GeoPoint {
  latitude: number;
  longitude: number;
}

/** One step of a job's process route, in order. */
export interface JobStepInput {
  id: string;
  position: number;
  processCode: string;
  materialCode?: string | null;
  /** Tolerance the step needs, µm; a firm qualifies when its best tolerance is at most this. */
  toleranceUm?: number | null;
  /** Largest dimension of the workpiece, mm. */
  sizeMm?: number | null;
  quantity: number;
}

export interface JobInput {
  id: string;
  steps: JobStepInput[];
  /** Days from today to the delivery deadline. */
  daysToDeadline: number;
  /** A certification the lead firm must hold (e.g. "iso9001"), if any. */
  leadCertificationCode?: string | null;
  /** Where the finished parts go; the last leg of the route ends here. */
  deliveryPoint?: GeoPoint | null;
}

export interface CandidateCapability {
  processCode: string;
  materialCodes: readonly string[];
  bestToleranceUm: number;
  maxWorkpieceMm: number;
  monthlyCapacity: number;
  leadTimeDays: number;
  /** Pieces per month of this process already promised to active orders. */
  committedPerMonth: number;
  /** What the firm declared for this process over the job's weeks; absent: nothing fresh declared. */
  declared?: DeclaredCapacity;
  /** The firm declared an outage (災害・火災・故障…) touching the job's window: it is not invited. */
  outOfService?: boolean;
}

/**
 * The firm's own word on its room in the job's weeks (weekly declarations, lib/capacity), worked out
 * by the caller: the library only reads it. Weeks without a fresh declaration count at the monthly
 * capacity inside perMonth.
 */
export interface DeclaredCapacity {
  /** Free pieces per month over the job's weeks, before what the platform already committed. */
  perMonth: number;
  /** Every week of the job declared なし: the firm is not invited. */
  none: boolean;
  /** Share of the job's days freshly declared 空きあり (0…1): counts in the slack term. */
  openShare: number;
}

export interface DeliveryRecord {
  /** Orders its groups delivered, and how many by their due date (the on-time reason quotes them). */
  deliveries: number;
  onTime: number;
  /** Its monthly scorecard over the last 12 months (the record term), or null with no graded month. */
  scorecard: ScorecardSummary | null;
}

/** The mean of a firm's monthly scorecard scores (0…1, decision 017) over the months that have a grade. */
export interface ScorecardSummary {
  meanScore: number;
  gradedMonths: number;
}

export interface PartnerRecord {
  /** Groups both firms delivered in. */
  jobsTogether: number;
  /** Average buyer rating of those jobs, 1–5, or null. */
  averageRating: number | null;
}

export interface CandidateFirm {
  id: string;
  name: string;
  location: GeoPoint;
  capabilities: readonly CandidateCapability[];
  /** Certification codes the firm holds and that are valid on the deadline. */
  certifications: readonly string[];
  record: DeliveryRecord;
  /** How many times the firm was shown in suggestions recently (the fairness term spreads this). */
  recentExposure: number;
  /** Step ids of this job the firm raised its hand for (仲間まわし). */
  handRaisedStepIds: readonly string[];
  /** Past partners, by firm id. */
  partners: Readonly<Record<string, PartnerRecord>>;
}

export type TermKey = "members" | "proximity" | "partnership" | "record" | "slack" | "handRaised" | "fairness";

export type Weights = Record<TermKey, number>;

/** A message key with parameters, rendered in ja or en by the UI (messages/<locale>/matching.json). */
export interface Reason {
  key: string;
  params: Record<string, string | number>;
}

export interface AssignmentPart {
  firmId: string;
  quantity: number;
}

export interface StepAssignment {
  stepId: string;
  parts: AssignmentPart[];
}

export interface TermScore {
  /** 0 (worst) … 1 (best) */
  value: number;
  weight: number;
  /** value × weight: the points this term adds to the total. */
  contribution: number;
}

export interface RouteLeg {
  fromStepId: string;
  /** null for the last leg, to the delivery point */
  toStepId: string | null;
  fromFirmId: string;
  toFirmId: string | null;
  km: number;
}

export interface SuggestedGroup {
  /** Firm ids in route order of their first step. */
  memberIds: string[];
  leadFirmId: string;
  assignments: StepAssignment[];
  /** 0 … Σ weights (100 with the default weights) */
  score: number;
  terms: Record<TermKey, TermScore>;
  legs: RouteLeg[];
  reasons: Reason[];
  /**
   * No feasible group scores more than this (for a later suggestion: no group that differs
   * enough from the ones before it). Set by the composer.
   */
  bound?: number;
  /** The score equals the bound: this is the best possible group (at its rank). */
  optimal?: boolean;
}

export interface MatchingOptions {
  /** How many diverse groups to return. Default 3. */
  k?: number;
  weights?: Partial<Weights>;
  /** Exposure a firm is expected to have in the period the fairness term looks at (pool-independent). */
  exposureReference?: number;
  /** At most this many firms share one step when none can do its whole quantity. Default 3. */
  maxSplit?: number;
  /** Candidates kept per step for the optimiser (the best by step fit). Default 30. */
  candidatesPerStep?: number;
  /** Work units (options weighed) the search may spend per suggestion. Default 2,000. */
  searchBudget?: number;
}

/** A route of which only some steps are open (lib/matching/fixed-route.ts). */
export interface FixedRoute {
  /** The parts of each step that stays as it is, by step id; every other step is open. */
  fixed: Readonly<Record<string, readonly AssignmentPart[]>>;
  /** The lead that stays; null when it is leaving too (the composer then chooses one). */
  leadFirmId: string | null;
  /** Firms that may not take an open step (the firm that is down, the route's other members). */
  excludedFirmIds: readonly string[];
}

/** The best a group including one firm can do (lib/matching/compose.ts bestGroupWithFirm). */
export interface FirmBest {
  /** The best such group the search found; null when no feasible group includes the firm. */
  group: SuggestedGroup | null;
  /** No feasible group including the firm scores more than this. */
  bound: number;
}

/** What the composer can promise about its first suggestion. */
export interface OptimiserCertificate {
  /** "exact": the search over the shortlist finished; "bounded": its work budget ran out first. */
  method: "exact" | "bounded";
  /** No feasible group scores more than this. */
  bound: number;
  /** (bound − score) / bound for the first suggestion: it is at most this far below the best possible. 0 when optimal. */
  gap: number;
  /** The first suggestion is the best possible group by the score. */
  optimal: boolean;
  /** Every capable firm was within the shortlist (otherwise the bound also covers the firms left out). */
  shortlistComplete: boolean;
  /** Work units spent on all suggestions. */
  work: number;
}

export interface StepDiagnosis {
  stepId: string;
  /** Firms that can do the whole step / part of its quantity. */
  fullCandidates: number;
  partialCandidates: number;
}

export interface MatchingResult {
  groups: SuggestedGroup[];
  /** Why no group exists (empty when groups were found). */
  infeasible: Reason[];
  steps: StepDiagnosis[];
  certificate: OptimiserCertificate | null;
  candidateCount: number;
}
