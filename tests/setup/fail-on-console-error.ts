import { afterEach, vi } from "vitest";

// An unexpected console.error in a test is a failure: it usually hides a real bug
// (an unhandled rejection, a React warning, a swallowed exception).
let errors: unknown[][] = [];
const original = console.error;
console.error = (...args: unknown[]) => {
  errors.push(args);
  original(...args);
};

afterEach(() => {
  const seen = errors;
  errors = [];
  vi.restoreAllMocks();
  if (seen.length > 0) {
    throw new Error(`console.error was called ${seen.length} time(s): ${String(seen[0]?.[0]).slice(0, 300)}`);
  }
});
