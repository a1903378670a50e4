// Translations kept per process, for a page that formats the same messages with the same values
// for every request (the directory's map names each area with its count, each card its facts).
// next-intl keeps its formatters per request (React's `cache` in its getConfig), so each request
// parses and formats every such message again: ~2 ms of the directory's request thread (decision
// 032). The catalogues are read once per process (messages.ts) and the time zone is fixed, so a
// message with the same locale, key and values always reads the same.
import "server-only";

export type PlainTranslate = (key: string, values?: Record<string, string | number>) => string;

const MAX_ENTRIES = 20_000;
const kept = new Map<string, string>();

/** `scope` names the catalogue `t` reads: its locale and namespace, e.g. "ja/directory". */
export function keptTranslations(t: PlainTranslate, scope: string): PlainTranslate {
  return (key, values) => {
    const id = `${scope}\u0000${key}\u0000${values ? JSON.stringify(values) : ""}`;
    let text = kept.get(id);
    if (text === undefined) {
      text = t(key, values);
      if (kept.size >= MAX_ENTRIES) kept.delete(kept.keys().next().value!); // the oldest first
      kept.set(id, text);
    }
    return text;
  };
}

const dateFormats = new Map<string, Intl.DateTimeFormat>();

/** A medium date ("2026/12/07", "Dec 7, 2026") in the locale and time zone next-intl is configured
 *  with, as `format.dateTime(date, { dateStyle: "medium" })` writes it, from one formatter per
 *  process: through next-intl, the directory's twenty dates took ~1.5 ms of each request. */
export function keptMediumDate(locale: string, timeZone: string): (date: Date) => string {
  const id = `${locale}\u0000${timeZone}`;
  let format = dateFormats.get(id);
  if (!format) dateFormats.set(id, (format = new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeZone })));
  return (date) => format.format(date);
}
