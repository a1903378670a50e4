// Which languages the interface speaks and how a request's language is chosen.
// The locale is not in the URL: it comes from the NEXT_LOCALE cookie (set by the language switch),
// then the signed-in user's saved preference, then Japanese.

export const locales = ["ja", "en"] as const;
export type AppLocale = (typeof locales)[number];

export const defaultLocale: AppLocale = "ja";

/** Cookie holding the language chosen with the switch. Not secret, so readable by the browser too. */
export const LOCALE_COOKIE = "NEXT_LOCALE";
export const LOCALE_COOKIE_MAX_AGE = 60 * 60 * 24 * 365;

/** Each language's name, written in that language (what the switch shows). */
export const localeNames: Record<AppLocale, string> = { ja: "日本語", en: "English" };

export function isLocale(value: unknown): value is AppLocale {
  return typeof value === "string" && (locales as readonly string[]).includes(value);
}

export function resolveLocale(sources: { cookie?: string | null; saved?: string | null }): AppLocale {
  if (isLocale(sources.cookie)) return sources.cookie;
  if (isLocale(sources.saved)) return sources.saved;
  return defaultLocale;
}

export function otherLocale(locale: AppLocale): AppLocale {
  return locale === "ja" ? "en" : "ja";
}
