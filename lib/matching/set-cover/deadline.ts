// The solver's budget, counted in work rather than time: every loop charges what it touched
// (about one unit per matrix entry visited) to a shared work clock and polls it, so the same
// input and seed stop at the same point, with the same answer, on any machine under any load.

export class WorkClock {
  private units = 0;
  spend(units: number): void {
    this.units += units;
  }
  now(): number {
    return this.units;
  }
}

export interface Deadline {
  readonly clock: WorkClock;
  readonly startedAt: number;
  readonly endsAt: number;
  expired(): boolean;
  /** The work mark at which the given fraction of the budget is used up. */
  at(fraction: number): number;
  now(): number;
}

export function createDeadline(limit: number, clock = new WorkClock()): Deadline {
  const startedAt = clock.now();
  const endsAt = startedAt + Math.max(0, limit);
  return {
    clock,
    startedAt,
    endsAt,
    expired: () => clock.now() >= endsAt,
    at: (fraction) => startedAt + (endsAt - startedAt) * fraction,
    now: () => clock.now(),
  };
}
