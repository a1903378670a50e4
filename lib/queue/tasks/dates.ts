// Calendar days in Japan: answer dates and deadlines are Tokyo days, whatever the server's zone.
const tokyoDay = new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Tokyo", year: "numeric", month: "2-digit", day: "2-digit" });

/** "YYYY-MM-DD" of `at` in Asia/Tokyo. */
export function tokyoDate(at: Date): string {
  return tokyoDay.format(at);
}

/** "YYYY-MM-DD" of a DATE column (Prisma and pg give midnight UTC). */
export function isoDate(value: Date | string): string {
  return typeof value === "string" ? value.slice(0, 10) : value.toISOString().slice(0, 10);
}

export const DAY_MS = 24 * 60 * 60 * 1000;
