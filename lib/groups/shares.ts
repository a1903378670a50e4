// Default shares of the order value: each step is worth the same, and a split step is shared by
// quantity. Basis points (1/10,000) by the largest-remainder method, so they sum to exactly 10,000.
export interface StepParts {
  parts: readonly { firmId: string; quantity: number }[];
}

export function defaultShares(steps: readonly StepParts[]): Map<string, number> {
  const raw = new Map<string, number>();
  for (const step of steps) {
    const total = step.parts.reduce((s, p) => s + p.quantity, 0) || 1;
    for (const part of step.parts) raw.set(part.firmId, (raw.get(part.firmId) ?? 0) + (10_000 / steps.length) * (part.quantity / total));
  }
  const entries = [...raw.entries()].sort(([a], [b]) => (a < b ? -1 : 1));
  const floors = entries.map(([id, v]) => [id, Math.floor(v), v - Math.floor(v)] as const);
  let left = 10_000 - floors.reduce((s, [, f]) => s + f, 0);
  const byRemainder = [...floors].sort((a, b) => b[2] - a[2] || (a[0] < b[0] ? -1 : 1));
  const result = new Map(floors.map(([id, f]) => [id, f]));
  for (const [id] of byRemainder) {
    if (left <= 0) break;
    result.set(id, result.get(id)! + 1);
    left--;
  }
  return result;
}
