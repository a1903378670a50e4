// At most `slots` pieces of work at once; the rest wait their turn, first come first served.
// For work that competes for the same cores or memory, where starting more at once finishes none
// sooner and only raises the peak (decision 025's candidate loads, decision 028's computations).

export interface Turns {
  run<T>(work: () => Promise<T>): Promise<T>;
  /** Pieces of work running now and waiting now (metrics, tests). */
  readonly running: number;
  readonly waiting: number;
}

export function turns(slots: () => number): Turns {
  let running = 0;
  const waiting: (() => void)[] = [];
  return {
    async run<T>(work: () => Promise<T>): Promise<T> {
      if (running >= Math.max(1, slots())) await new Promise<void>((resolve) => waiting.push(resolve));
      else running++;
      try {
        return await work();
      } finally {
        // The slot passes straight to the next waiter, or is freed.
        const next = waiting.shift();
        if (next) next();
        else running--;
      }
    },
    get running() {
      return running;
    },
    get waiting() {
      return waiting.length;
    },
  };
}
