// SQL fragments the start-page providers share.
import type { Bilingual } from "./items";

/** The last instant of a DATE column's day in Japan, so "due 12 May" is overdue only after that day. */
export const endOfTokyoDay = (column: string) => `((${column} + 1)::timestamp AT TIME ZONE 'Asia/Tokyo' - interval '1 millisecond')`;

/** A row's title columns as both languages (English falls back to Japanese). */
export const bilingual = (ja: string | null, en: string | null): Bilingual => ({ ja: ja ?? "", en: en || ja || "" });

/** Timestamps come back as Date from pg and as Date or string from PGlite. */
export const asDate = (value: unknown): Date | null => (value === null || value === undefined ? null : value instanceof Date ? value : new Date(String(value)));
