// The bundled font's faces as data, for the browser to load the subsets a page needs before it
// uses any of them (components/shell/bundled-font.tsx). With the stylesheet alone the browser
// lays the whole page out again each time one of the 30–60 subsets of a Japanese page arrives;
// loading the needed ones first and adding them all at once costs one layout.
// Pure: runs in the browser and in tests. See docs/decisions/030-fast-on-a-phone.md.

export interface FontFaceRule {
  family: string;
  /** 400 or 700. */
  weight: number;
  /** The file as the stylesheet names it (relative to the stylesheet). */
  file: string;
  /** As written in the stylesheet, for the FontFace's descriptor. */
  unicodeRange: string;
  /** Inclusive code point ranges, sorted as written. */
  ranges: [number, number][];
}

// Precompiled: the stylesheet has ~250 faces and ~17,000 ranges, parsed on a phone after load.
const FACE = /@font-face\s*{([^}]*)}/g;
const FAMILY = /font-family\s*:\s*['"]?([^;'"]+)['"]?\s*;/;
const WEIGHT = /font-weight\s*:\s*(\d+)\s*;/;
const UNICODE_RANGE = /unicode-range\s*:\s*([^;]+);/;
const WOFF2 = /url\(\s*['"]?([^'")]+\.woff2)['"]?\s*\)/;
const RANGE = /U\+([0-9a-f?]+)(?:-([0-9a-f]+))?/gi;

/** "U+0000-00FF,U+0131" → [[0, 255], [305, 305]]; "U+4??" (wildcards) reads as its span. */
export function parseUnicodeRange(value: string): [number, number][] {
  const ranges: [number, number][] = [];
  for (const [, start, end] of value.matchAll(RANGE)) {
    const from = parseInt(start!.replace(/\?/g, "0"), 16);
    ranges.push([from, end ? parseInt(end, 16) : start!.includes("?") ? parseInt(start!.replace(/\?/g, "f"), 16) : from]);
  }
  return ranges;
}

/** Every @font-face of the stylesheet (or of a part of it) that has a woff2 file and a unicode-range.
 *  `read` keeps the range lists read so far, for a stylesheet parsed in parts: each weight's faces
 *  repeat the same ranges, so each list is read once. */
export function parseFontFaces(css: string, read = new Map<string, [number, number][]>()): FontFaceRule[] {
  const rules: FontFaceRule[] = [];
  for (const [, block] of css.matchAll(FACE)) {
    const family = FAMILY.exec(block!)?.[1]?.trim();
    const file = WOFF2.exec(block!)?.[1];
    const unicodeRange = UNICODE_RANGE.exec(block!)?.[1]?.trim();
    if (!family || !file || !unicodeRange) continue;
    rules.push({ family, weight: Number(WEIGHT.exec(block!)?.[1] ?? 400), file, unicodeRange, ranges: read.get(unicodeRange) ?? read.set(unicodeRange, parseUnicodeRange(unicodeRange)).get(unicodeRange)! });
  }
  return rules;
}

/** The face a computed font-weight is drawn with when only 400 and 700 exist (CSS font matching:
 *  up to 500 takes the lighter, above 500 the heavier). */
export const faceWeight = (computed: number): 400 | 700 => (computed > 500 ? 700 : 400);

/** Whether a sorted list of code points has one in [from, to] (binary search: the text has a few
 *  hundred distinct characters, the faces ~17,000 ranges). */
function hasIn(sorted: readonly number[], from: number, to: number): boolean {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (sorted[middle]! < from) low = middle + 1;
    else high = middle;
  }
  return low < sorted.length && sorted[low]! <= to;
}

/** The faces that draw some of the text: `used` maps a face weight to the code points set in it. */
export function facesFor(rules: readonly FontFaceRule[], used: ReadonlyMap<number, ReadonlySet<number>>): FontFaceRule[] {
  const sorted = new Map([...used].map(([weight, points]) => [weight, [...points].sort((a, b) => a - b)]));
  return rules.filter((rule) => {
    const points = sorted.get(rule.weight);
    return points !== undefined && points.length > 0 && rule.ranges.some(([from, to]) => hasIn(points, from, to));
  });
}
