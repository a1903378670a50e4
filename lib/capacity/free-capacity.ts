// The free-capacity arithmetic of declarations (pure: no database, no clock of its own).
// A week's declaration becomes pieces: 空きあり = the nominal week (monthly capacity × 7/30),
// 少し = a third of it, なし = none, or the number declared. A declaration older than four weeks
// counts as unknown, and an unknown week counts as the nominal week, as before declarations.
// A window of days (a job's weeks, a month) sums its days, each day a seventh of its week.
import { addDays, daysBetween } from "./weeks";

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


/**
 * What a window's days were declared as: the days of each level and the pieces of PIECES weeks
 * (a seventh of the week's pieces per day). Counted here from rows, or in SQL by the matching
 * service (lib/matching-service/declared-capacity.ts); either way windowFromTallies does the rest.
 */
export interface DayTallies {
  /** Days in the window. */
  days: number;
  openDays: number;
  someDays: number;
  noneDays: number;
  piecesDays: number;
  /** PIECES days declaring zero pieces. */
  zeroPiecesDays: number;
  /** Pieces of PIECES weeks inside the window. */
  pieces: number;
}

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

export function windowFromTallies(monthlyCapacity: number, t: DayTallies): WindowCapacity {
  const nominalDay = nominalWeekPieces(monthlyCapacity) / 7;
  const declaredDays = t.openDays + t.someDays + t.noneDays + t.piecesDays;
  const undeclaredDays = Math.max(0, t.days - declaredDays);
  const pieces = (t.openDays + undeclaredDays) * nominalDay + t.someDays * nominalDay * SOME_SHARE + t.pieces;
  return {
    days: t.days,
    pieces,
    perMonth: t.days > 0 ? (pieces * 30) / t.days : 0,
    declaredDays,
    none: t.days > 0 && t.noneDays + t.zeroPiecesDays === t.days,
    openShare: t.days > 0 ? t.openDays / t.days : 0,
  };
}

/**
 * Free capacity of one firm × process over the days [from, to): each day is a seventh of its
 * week's fresh declaration, or of the nominal week when the week is undeclared or stale.
 */
export function windowCapacity(monthlyCapacity: number, declarations: readonly WeekDeclaration[], from: string, to: string, now: Date): WindowCapacity {
  const tallies: DayTallies = { days: Math.max(0, daysBetween(from, to)), openDays: 0, someDays: 0, noneDays: 0, piecesDays: 0, zeroPiecesDays: 0, pieces: 0 };
  // Whole pieces × days, divided once at the end: exact, and the same as matching's SQL tally.
  let pieceDays = 0;
  for (const d of declarations) {
    if (!isFresh(d.declaredAt, now)) continue;
    // The part of the week inside the window.
    const overlap = Math.max(0, Math.min(daysBetween(from, addDays(d.weekStart, 7)), tallies.days) - Math.max(0, daysBetween(from, d.weekStart)));
    if (overlap === 0) continue;
    if (d.level === "OPEN") tallies.openDays += overlap;
    else if (d.level === "SOME") tallies.someDays += overlap;
    else if (d.level === "NONE") tallies.noneDays += overlap;
    else {
      tallies.piecesDays += overlap;
      if ((d.pieces ?? 0) <= 0) tallies.zeroPiecesDays += overlap;
      pieceDays += Math.max(0, d.pieces ?? 0) * overlap;
    }
  }
  tallies.pieces = pieceDays / 7;
  return windowFromTallies(monthlyCapacity, tallies);
}
