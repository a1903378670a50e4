// Staff: the firms in their scope that are down now or will be (an outage not yet over), each with
// the groups where it holds unfinished steps; and which firms are down today (the directory marks
// them, on the map and on their cards).
import "server-only";
import type { Viewer } from "@/lib/auth/viewer-types";
import { staffFirmWhere } from "@/lib/authz/scope";
import type { Database } from "@/lib/db/client";
import { clock } from "@/lib/clock";
import { dayOf, isoDay, tokyoToday } from "@/lib/capacity/weeks";
import { ACTIVE_GROUP_STATUSES } from "./consequences";
import type { OutageKindValue } from "./schema";

export interface OutageListRow {
  id: string;
  firm: { id: string; nameJa: string; nameEn: string | null; municipalityCode: string };
  kind: OutageKindValue;
  startsOn: string;
  endsOn: string | null;
  note: string;
  current: boolean;
  groups: { id: string; titleJa: string; titleEn: string; status: string; leadDown: boolean; proposed: boolean }[];
}

export async function staffOutageList(db: Database, viewer: Viewer, now = clock.now()): Promise<OutageListRow[]> {
  const today = tokyoToday(now);
  const outages = await db.prisma.firmOutage.findMany({
    where: { firm: staffFirmWhere(viewer), OR: [{ endsOn: null }, { endsOn: { gte: dayOf(today) } }] },
    orderBy: [{ startsOn: "asc" }, { id: "asc" }],
    take: 500,
    select: { id: true, kind: true, startsOn: true, endsOn: true, note: true, firm: { select: { id: true, nameJa: true, nameEn: true, municipalityCode: true } } },
  });
  const firmIds = [...new Set(outages.map((o) => o.firm.id))];
  const held = await db.prisma.groupStepAssignment.findMany({
    where: { status: { not: "DONE" }, member: { firmId: { in: firmIds }, status: "ACCEPTED" }, group: { kind: "JOB", status: { in: [...ACTIVE_GROUP_STATUSES] } } },
    select: { member: { select: { id: true, firmId: true } }, group: { select: { id: true, status: true, leadFirmId: true, job: { select: { titleJa: true, titleEn: true } }, substitutions: { where: { status: "PROPOSED" }, select: { fromMemberId: true } } } } },
  });
  return outages.map((o) => {
    const groups = new Map<string, OutageListRow["groups"][number]>();
    for (const a of held.filter((h) => h.member.firmId === o.firm.id)) {
      groups.set(a.group.id, { id: a.group.id, titleJa: a.group.job?.titleJa ?? "", titleEn: a.group.job?.titleEn ?? "", status: a.group.status, leadDown: a.group.leadFirmId === o.firm.id, proposed: a.group.substitutions.some((s) => s.fromMemberId === a.member.id) });
    }
    const startsOn = isoDay(o.startsOn);
    return { id: o.id, firm: o.firm, kind: o.kind, startsOn, endsOn: o.endsOn ? isoDay(o.endsOn) : null, note: o.note, current: startsOn <= today, groups: [...groups.values()] };
  });
}

/** Firms among `firmIds` that are down today. */
export async function firmsDownToday(db: Database, firmIds: readonly string[], now = clock.now()): Promise<Set<string>> {
  if (firmIds.length === 0) return new Set();
  const today = dayOf(tokyoToday(now));
  const rows = await db.prisma.firmOutage.findMany({ where: { firmId: { in: [...firmIds] }, startsOn: { lte: today }, OR: [{ endsOn: null }, { endsOn: { gte: today } }] }, select: { firmId: true } });
  return new Set(rows.map((r) => r.firmId));
}

/** Firms down today per area (municipality code), within the staff member's scope: for the map. */
export async function downByArea(db: Database, viewer: Viewer, now = clock.now()): Promise<Map<string, number>> {
  const today = dayOf(tokyoToday(now));
  // From the outages (a handful), not the firms (thousands).
  const rows = await db.prisma.firmOutage.findMany({
    where: { startsOn: { lte: today }, OR: [{ endsOn: null }, { endsOn: { gte: today } }], firm: staffFirmWhere(viewer) },
    distinct: ["firmId"],
    select: { firm: { select: { municipalityCode: true } } },
  });
  const counts = new Map<string, number>();
  for (const { firm } of rows) counts.set(firm.municipalityCode, (counts.get(firm.municipalityCode) ?? 0) + 1);
  return counts;
}
