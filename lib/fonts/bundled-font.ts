// The bundled Japanese font (Noto Sans JP) is asked for only after the first screen is drawn: its
// subsets for a Japanese page weigh several hundred KiB, which on a phone's connection would hold
// back the first screen by seconds. See docs/decisions/026-fonts-on-phones.md.

/** The class on <html> that switches the text to the bundled font (app/globals.css). */
export const BUNDLED_FONT_CLASS = "font-bundled";

/** Set once the browser has loaded the font, so the next full page load uses it from the start
 *  (it is in the browser's cache by then). Not personal data: only says the font was downloaded. */
export const BUNDLED_FONT_COOKIE = "kj_font";

/** A year: the font files are served with long cache lifetimes. */
export const BUNDLED_FONT_COOKIE_MAX_AGE = 365 * 24 * 60 * 60;
