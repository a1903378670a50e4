// Demo capacity declarations (issue 21), so the firm's screen, the directory filter, the staff heat
// map and the KPI share show something true: about half the verified firms declared in the last
// twelve days (current), a fifth five to eight weeks ago (stale: unknown now), the rest never. The
// featured demo firms are current, 空きあり for every process and week. Its own random stream: adding it left
// the rest of the seed as it was.
import { DECLARATION_WEEKS, addDays, mondayOf, tokyoToday } from "@/lib/capacity/weeks";
import { nominalWeekPieces } from "@/lib/capacity/free-capacity";
import type { SeedFirm } from "./firms";
import type { Random } from "./random";
import type { TableRows } from "./table-rows";

const LEVELS = [["OPEN", 4], ["SOME", 3], ["NONE", 2], ["PIECES", 1]] as const;

export function addCapacityDeclarations(random: Random, rows: TableRows, firms: readonly SeedFirm[], today: Date, featuredFirmIds: readonly string[]): void {
  for (const firm of firms) {
    if (firm.status !== "VERIFIED") continue;
    const featured = featuredFirmIds.includes(firm.id);
    const roll = random.next();
    const ageDays = featured ? 1 : roll < 0.5 ? random.int(0, 12) : roll < 0.7 ? random.int(35, 56) : null;
    if (ageDays === null) continue;
    const declaredAt = new Date(today.getTime() - ageDays * 86_400_000 + random.int(8, 18) * 3_600_000);
    const first = mondayOf(tokyoToday(declaredAt));
    for (const capability of firm.capabilities) {
      for (let week = 0; week < DECLARATION_WEEKS; week++) {
        // The featured firms say 空きあり throughout: the demo's own jobs and groups rely on them.
        const level = featured ? "OPEN" : random.weighted(LEVELS);
        const pieces = level === "PIECES" ? Math.round(nominalWeekPieces(capability.monthlyCapacity) * (0.2 + random.next())) : null;
        rows.add("CapacityDeclaration", [firm.id, capability.processCode, addDays(first, 7 * week), level, pieces, declaredAt.toISOString(), firm.adminUserId]);
      }
    }
  }
}
