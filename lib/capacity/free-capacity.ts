// The free-capacity arithmetic of declarations (pure: no database, no clock of its own).
// A week's declaration becomes pieces: 空きあり = the nominal week (monthly capacity × 7/30),
// 少し = a third of it, なし = none, or the number declared. A declaration older than four weeks
// counts as unknown, and an unknown week counts as the nominal week, as before declarations.
// A window of days (a job's weeks, a month) sums its days, each day a seventh of its week.
import { addDays, daysBetween, mondayOf } from "./weeks";

export type CapacityLevel = "OPEN" | "SOME" | "NONE" | "PIECES";

export interface WeekDeclaration {
  /** Monday of the week, "YYYY-MM-DD". */
  weekStart: string;
  level: CapacityLevel;
  pieces: number | null;
  declaredAt: Date;
}

/** A declaration older than this counts as unknown. */
export const FRESH_FOR_DAYS = 28;
/** The firm is reminded after this many days without an update. */
export const REMIND_AFTER_DAYS = 14;
/** 少し: this share of the nominal week. */
export const SOME_SHARE = 1 / 3;

const DAY_MS = 86_400_000;

export function isFresh(declaredAt: Date, now: Date): boolean {
  return now.getTime() - declaredAt.getTime() <= FRESH_FOR_DAYS * DAY_MS;
}

export function nominalWeekPieces(monthlyCapacity: number): number {
  return (monthlyCapacity * 7) / 30;
}

/** Free pieces a declaration states for its week. */
export function declaredWeekPieces(declaration: Pick<WeekDeclaration, "level" | "pieces">, monthlyCapacity: number): number {
  switch (declaration.level) {
    case "OPEN":
      return nominalWeekPieces(monthlyCapacity);
    case "SOME":
      return nominalWeekPieces(monthlyCapacity) * SOME_SHARE;
    case "NONE":
      return 0;
    case "PIECES":
      return Math.max(0, declaration.pieces ?? 0);
  }
}

/** No room at all: なし, or zero pieces. */
export const isNoneDeclared = (d: Pick<WeekDeclaration, "level" | "pieces">) => d.level === "NONE" || (d.level === "PIECES" && (d.pieces ?? 0) <= 0);

export interface WindowCapacity {
  days: number;
  /** Free pieces in the window: declared where fresh, nominal elsewhere. */
  pieces: number;
  /** The same as a monthly rate (30 days), comparable with the monthly capacity. */
  perMonth: number;
  /** Days covered by a fresh declaration. */
  declaredDays: number;
  /** Every day of the window is a fresh なし (or zero pieces): the firm said it has no room. */
  none: boolean;
  /** Share of the window's days declared 空きあり, fresh (0…1). */
  openShare: number;
}

/**
 * Free capacity of one firm × process over the days [from, to): each day is a seventh of its
 * week's fresh declaration, or of the nominal week when the week is undeclared or stale.
 */
export function windowCapacity(monthlyCapacity: number, declarations: readonly WeekDeclaration[], from: string, to: string, now: Date): WindowCapacity {
  const days = Math.max(0, daysBetween(from, to));
  const byWeek = new Map<string, WeekDeclaration>();
  for (const d of declarations) if (isFresh(d.declaredAt, now)) byWeek.set(d.weekStart, d);
  const nominalDay = nominalWeekPieces(monthlyCapacity) / 7;
  let pieces = 0;
  let declaredDays = 0;
  let noneDays = 0;
  let openDays = 0;
  // Walk week by week: the part of each week inside the window counts its days.
  let day = from;
  while (daysBetween(day, to) > 0) {
    const week = mondayOf(day);
    const weekEnd = addDays(week, 7);
    const span = Math.min(daysBetween(day, weekEnd), daysBetween(day, to));
    const declared = byWeek.get(week);
    if (declared) {
      pieces += (declaredWeekPieces(declared, monthlyCapacity) / 7) * span;
      declaredDays += span;
      if (isNoneDeclared(declared)) noneDays += span;
      if (declared.level === "OPEN") openDays += span;
    } else {
      pieces += nominalDay * span;
    }
    day = addDays(day, span);
  }
  return {
    days,
    pieces,
    perMonth: days > 0 ? (pieces * 30) / days : 0,
    declaredDays,
    none: days > 0 && noneDays === days,
    openShare: days > 0 ? openDays / days : 0,
  };
}
