// Wall-clock budget shared by all phases; loops poll it so big instances stop on time.

export interface Deadline {
  readonly startedAt: number;
  readonly endsAt: number;
  expired(): boolean;
  /** Milliseconds since the start. */
  elapsed(): number;
  /** The clock time when the given fraction of the budget is used up. */
  at(fraction: number): number;
  now(): number;
}

export function createDeadline(limitMs: number): Deadline {
  const startedAt = performance.now();
  const endsAt = startedAt + Math.max(0, limitMs);
  return {
    startedAt,
    endsAt,
    expired: () => performance.now() >= endsAt,
    elapsed: () => performance.now() - startedAt,
    at: (fraction) => startedAt + (endsAt - startedAt) * fraction,
    now: () => performance.now(),
  };
}
