// What a standing group's firms can do together, per process (pure, for the profile page).
export interface CombinedCapability {
  processCode: string;
  firmIds: string[];
  /** The tightest tolerance any member holds, µm. */
  bestToleranceUm: number;
  maxWorkpieceMm: number;
  /** Pieces per month of all members together. */
  monthlyCapacity: number;
  materialCodes: string[];
}

/** Capabilities of the member firms, one row per process (pure; exported for tests). */
export function combineCapabilities(rows: readonly { firmId: string; processCode: string; bestToleranceUm: number; maxWorkpieceMm: number; monthlyCapacity: number; materialCodes: readonly string[] }[]): CombinedCapability[] {
  const byProcess = new Map<string, CombinedCapability>();
  for (const row of rows) {
    const seen = byProcess.get(row.processCode);
    if (!seen) {
      byProcess.set(row.processCode, { processCode: row.processCode, firmIds: [row.firmId], bestToleranceUm: row.bestToleranceUm, maxWorkpieceMm: row.maxWorkpieceMm, monthlyCapacity: row.monthlyCapacity, materialCodes: [...row.materialCodes] });
      continue;
    }
    seen.firmIds.push(row.firmId);
    seen.bestToleranceUm = Math.min(seen.bestToleranceUm, row.bestToleranceUm);
    seen.maxWorkpieceMm = Math.max(seen.maxWorkpieceMm, row.maxWorkpieceMm);
    seen.monthlyCapacity += row.monthlyCapacity;
    seen.materialCodes = [...new Set([...seen.materialCodes, ...row.materialCodes])];
  }
  for (const c of byProcess.values()) c.materialCodes.sort();
  return [...byProcess.values()].sort((a, b) => a.processCode.localeCompare(b.processCode));
}
