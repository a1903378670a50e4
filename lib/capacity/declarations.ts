// A firm's capacity calendar: the processes it offers × this week and the next eleven, and the
// tap that sets one week. Only the firm's own admins and members read and write it
// (capacity.declare); every query is scoped by the caller's firm.
import "server-only";
import type { Viewer } from "@/lib/auth/viewer-types";
import { authorize } from "@/lib/authz/policy";
import { DomainError, NotFoundError } from "@/lib/authz/errors";
import type { Database } from "@/lib/db/client";
import { clock } from "@/lib/clock";
import { isFresh, type CapacityLevel } from "./free-capacity";
import type { DeclarationInput } from "./schema";
import { dayOf, declarationWeeks, isDeclarableWeek, isoDay } from "./weeks";

export interface CalendarCell {
  weekStart: string;
  level: CapacityLevel | null;
  pieces: number | null;
  /** A declaration exists but is older than four weeks: it counts as unknown. */
  stale: boolean;
}

export interface CapacityCalendar {
  firmId: string;
  weeks: string[];
  processes: { code: string; nameJa: string; nameEn: string; monthlyCapacity: number; cells: CalendarCell[] }[];
  /** The latest tap of any week, or null when the firm never declared. */
  lastDeclaredAt: Date | null;
}

/** The caller's own firm, checked: a verified firm's admin or member. */
async function ownFirm(db: Database, viewer: Viewer) {
  const firm = viewer.firmId ? await db.prisma.firm.findUnique({ where: { id: viewer.firmId }, select: { id: true, associationId: true, status: true } }) : null;
  if (!firm) throw new NotFoundError("firm");
  authorize(viewer, "capacity.declare", { type: "firm", id: firm.id, associationId: firm.associationId, status: firm.status });
  return firm;
}

export async function loadCapacityCalendar(db: Database, viewer: Viewer, now = clock.now()): Promise<CapacityCalendar> {
  const firm = await ownFirm(db, viewer);
  return calendarOfFirm(db, firm, now);
}

/** The calendar of a firm whose access was checked by the caller (a session or an API token). */
export async function calendarOfFirm(db: Database, firm: { id: string }, now: Date): Promise<CapacityCalendar> {
  const weeks = declarationWeeks(now);
  const [capabilities, declarations, latest] = await Promise.all([
    db.prisma.capability.findMany({
      where: { firmId: firm.id },
      select: { processCode: true, monthlyCapacity: true, process: { select: { nameJa: true, nameEn: true, sortOrder: true } } },
    }),
    db.prisma.capacityDeclaration.findMany({
      where: { firmId: firm.id, weekStart: { gte: dayOf(weeks[0]!), lte: dayOf(weeks.at(-1)!) } },
      select: { processCode: true, weekStart: true, level: true, pieces: true, declaredAt: true },
    }),
    db.prisma.capacityDeclaration.aggregate({ where: { firmId: firm.id }, _max: { declaredAt: true } }),
  ]);
  const byKey = new Map(declarations.map((d) => [`${d.processCode}:${isoDay(d.weekStart)}`, d]));
  const processes = capabilities
    .sort((a, b) => a.process.sortOrder - b.process.sortOrder || (a.processCode < b.processCode ? -1 : 1))
    .map((c) => ({
      code: c.processCode,
      nameJa: c.process.nameJa,
      nameEn: c.process.nameEn,
      monthlyCapacity: c.monthlyCapacity,
      cells: weeks.map((weekStart): CalendarCell => {
        const d = byKey.get(`${c.processCode}:${weekStart}`);
        if (!d) return { weekStart, level: null, pieces: null, stale: false };
        return { weekStart, level: d.level, pieces: d.pieces, stale: !isFresh(d.declaredAt, now) };
      }),
    }));
  return { firmId: firm.id, weeks, processes, lastDeclaredAt: latest._max.declaredAt };
}

/**
 * One tap: sets the firm's availability for one process and week (the same tap twice leaves one
 * row). The week must be one of the twelve on the screen and the process one the firm offers.
 */
export async function declareWeek(db: Database, viewer: Viewer, input: DeclarationInput, now = clock.now()): Promise<DeclaredWeek> {
  const firm = await ownFirm(db, viewer);
  return declareForFirm(db, firm, viewer.userId, input, now);
}

export interface DeclaredWeek {
  weekStart: string;
  processCode: string;
  level: CapacityLevel;
  pieces: number | null;
  declaredAt: Date;
}

/** One declaration for a firm whose access was checked by the caller; by a person, or by a token (null). */
export async function declareForFirm(db: Database, firm: { id: string }, declaredById: string | null, input: DeclarationInput, now: Date): Promise<DeclaredWeek> {
  if (!isDeclarableWeek(input.weekStart, now)) throw new DomainError("capacity.errors.week", {}, "weekStart");
  const offered = await db.prisma.capability.findUnique({ where: { firmId_processCode: { firmId: firm.id, processCode: input.processCode } }, select: { id: true } });
  if (!offered) throw new DomainError("capacity.errors.process", {}, "processCode");
  const key = { firmId: firm.id, processCode: input.processCode, weekStart: dayOf(input.weekStart) };
  const values = { level: input.level, pieces: input.pieces, declaredAt: now, declaredById };
  const row = await db.prisma.capacityDeclaration.upsert({
    where: { firmId_processCode_weekStart: key },
    create: { ...key, ...values },
    update: values,
    select: { level: true, pieces: true, declaredAt: true },
  });
  return { weekStart: input.weekStart, processCode: input.processCode, ...row };
}
