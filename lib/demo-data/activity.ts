// What makes the KPIs move besides orders: firms using the platform, events staff held, targets.
import { INDICATORS } from "@/lib/kpi/indicators";
import { addDays, fiscalYearOf, isoDate } from "./dates";
import type { SeedFirm } from "./firms";
import type { Random } from "./random";
import type { TableRows } from "./table-rows";

/** Days each verified firm was active, over the last two years; engagement differs per firm. */
export function addFirmActivity(random: Random, rows: TableRows, firms: SeedFirm[], today: Date): void {
  for (const firm of firms) {
    if (firm.status !== "VERIFIED") continue;
    const daysPerMonth = random.weighted([[0, 3], [1, 3], [3, 3], [8, 1]] as const);
    if (daysPerMonth === 0) continue;
    const seen = new Set<string>();
    for (let month = 0; month < 24; month++) {
      const n = Math.max(0, Math.round(daysPerMonth * (0.5 + random.next())));
      for (let k = 0; k < n; k++) {
        const day = isoDate(addDays(today, -(month * 30 + random.int(0, 29))));
        if (seen.has(day)) continue;
        seen.add(day);
        rows.add("FirmActivity", [firm.id, day]);
      }
    }
  }
}

const EVENT_TITLES = [
  ["TRADE_FAIR", "ものづくり展示会 共同出展", "Joint booth at a manufacturing trade fair"],
  ["BUSINESS_MEETING", "発注企業との個別商談会", "One-to-one business meetings with buyers"],
  ["FACTORY_TOUR", "町工場見学会", "Factory tour for buyers"],
  ["SEMINAR", "共同受注・品質保証セミナー", "Seminar on joint orders and quality assurance"],
] as const;

export function addEventsAndTargets(random: Random, rows: TableRows, federationId: string, associationIds: string[], today: Date): void {
  for (let month = 0; month < 36; month++) {
    for (let k = 0; k < random.int(1, 3); k++) {
      const [kind, ja, en] = random.pick(EVENT_TITLES);
      const heldOn = addDays(today, -(month * 30 + random.int(0, 29)));
      rows.add("BusinessEvent", [random.uuid(), federationId, random.chance(0.6) ? random.pick(associationIds) : null, kind, ja, en, isoDate(heldOn), random.pick(["東京ビッグサイト", "大田区産業プラザPiO", "立川商工会議所", "すみだ産業会館", "オンライン"]), random.int(15, 300), heldOn.toISOString()]);
    }
  }
  const current = fiscalYearOf(today);
  for (const fiscalYear of [current - 2, current - 1, current]) {
    // The policy paper's targets (支援策① KGI/KSI/KPI), as the dashboard uses them by default.
    for (const { code, defaultTarget } of INDICATORS) {
      rows.add("KpiTarget", [random.uuid(), federationId, fiscalYear, code, String(defaultTarget), today.toISOString()]);
    }
  }
}
