// "Diverse" suggestions: a buyer comparing groups should see real alternatives, not the same
// group with one member swapped. Two groups are diverse when they share fewer than half the
// members of the larger one.
export function sharedMembers(a: readonly string[], b: readonly string[]): number {
  const set = new Set(a);
  return b.filter((id) => set.has(id)).length;
}

export function allowedShared(a: readonly string[], b: readonly string[]): number {
  return Math.ceil(Math.max(a.length, b.length) / 2) - 1;
}

export function isDiverse(a: readonly string[], b: readonly string[]): boolean {
  return sharedMembers(a, b) <= allowedShared(a, b);
}

/** How far a candidate is from being diverse with every accepted group (0 = it is). */
export function diversityViolation(candidate: readonly string[], accepted: readonly (readonly string[])[]): number {
  return accepted.reduce((sum, other) => sum + Math.max(0, sharedMembers(candidate, other) - allowedShared(candidate, other)), 0);
}
