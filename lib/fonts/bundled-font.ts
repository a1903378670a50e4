// The bundled Japanese font (Noto Sans JP, @fontsource's unicode-range subsets) is kept out of the
// first screen's critical path: its @font-face rules alone are ~70 KiB of compressed CSS and its
// subsets for a Japanese page several hundred KiB, which on a phone's connection held the first
// screen back by seconds. The page is drawn in the device's own Japanese font (Android's is Noto
// Sans CJK JP, the same design), and the stylesheet with the bundled font's faces is added once
// the page has loaded. See docs/decisions/026-fonts-on-phones.md.

/** On <html> once the bundled font's stylesheet is in the page. */
export const BUNDLED_FONT_CLASS = "font-bundled";

/** Set once the browser has loaded the font, so the next full page load links the stylesheet from
 *  the start (it and the font files are in the browser's cache by then). Not personal data. */
export const BUNDLED_FONT_COOKIE = "kj_font";

/** A year: the font's stylesheet and files are served as immutable. */
export const BUNDLED_FONT_COOKIE_MAX_AGE = 365 * 24 * 60 * 60;

/** Where the font's files are served (app/fonts/noto-sans-jp/[version]/[file]/route.ts). */
export const BUNDLED_FONT_BASE = "/fonts/noto-sans-jp";
export const BUNDLED_FONT_STYLESHEET = "font.css";
