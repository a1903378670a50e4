// What every copy handed to a reader says: whose it is, who took it, when, and that it is
// confidential. Pure, so each format's stamp prints the same words.
export interface Reader {
  /** The reader's organisation: the firm, or the staff member's association. */
  organisation: string;
  user: string;
  /** The day taken, yyyy-mm-dd in Tokyo. */
  date: string;
}

export const CONFIDENTIAL_MARK = "社外秘 / CONFIDENTIAL";

export function readerLine(reader: Reader): string {
  return `${reader.organisation} · ${reader.user} · ${reader.date}`;
}

/** yyyy-mm-dd of `now` in Tokyo (a download at 01:00 JST carries that day). */
export function tokyoDay(now: Date): string {
  return new Date(now.getTime() + 9 * 3_600_000).toISOString().slice(0, 10);
}
