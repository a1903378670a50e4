// The platform's one clock. Every time-dependent function takes `now` from its caller, whose default
// is `clock.now()`; every row written with a time that is later compared (reminders, windows,
// limits) is stamped with that same `now`, never with the database server's now(). Tests move the
// clock with `useClock`, or the whole process with faketime; the database's clock never decides.
export interface Clock {
  now(): Date;
}

const systemClock: Clock = { now: () => new Date() };
let current: Clock = systemClock;

export const clock: Clock = {
  now: () => current.now(),
};

/** Replaces the clock until the returned function is called (tests, scripts that replay a day). */
export function useClock(replacement: Clock): () => void {
  const previous = current;
  current = replacement;
  return () => {
    current = previous;
  };
}

/** A clock that stands still at `at` until moved. */
export function fixedClock(at: Date | string): Clock & { set(at: Date | string): void; advance(ms: number): void } {
  let value = new Date(at);
  return {
    now: () => new Date(value),
    set: (next) => {
      value = new Date(next);
    },
    advance: (ms) => {
      value = new Date(value.getTime() + ms);
    },
  };
}
