// A firm's name as every page shows it: its English name on English pages where the firm gave one,
// else its registered Japanese name — the rule of the directory's cards. Matching and composing
// work with the Japanese name (it is what their records and reason texts keep); pages call this.
import type { Database } from "@/lib/db/client";

export const displayFirmName = (firm: { nameJa: string; nameEn: string | null }, locale: string) => (locale === "en" && firm.nameEn ? firm.nameEn : firm.nameJa);

/** id → display name for these firms (ids of firms that do not exist are left out). */
export async function firmDisplayNames(db: Pick<Database, "prisma">, ids: readonly string[], locale: string): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const firms = await db.prisma.firm.findMany({ where: { id: { in: [...new Set(ids)] } }, select: { id: true, nameJa: true, nameEn: true } });
  return new Map(firms.map((f) => [f.id, displayFirmName(f, locale)]));
}

/**
 * Renames the Japanese firm names a reason or problem carries (parameters `firm`, `a`, `b`) to
 * their display names. `jaNames` are the names the texts were made with, by firm id.
 */
export function renameFirmParams<P extends Record<string, string | number>>(params: P, jaNames: Readonly<Record<string, string>>, display: ReadonlyMap<string, string>): P {
  const byJa = new Map(Object.entries(jaNames).map(([id, ja]) => [ja, display.get(id) ?? ja]));
  const out: Record<string, string | number> = { ...params };
  for (const key of ["firm", "a", "b"]) {
    const value = out[key];
    if (typeof value === "string" && byJa.has(value)) out[key] = byJa.get(value)!;
  }
  return out as P;
}
