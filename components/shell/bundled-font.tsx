"use client";
import { useEffect } from "react";
import { BUNDLED_FONT_CLASS, BUNDLED_FONT_COOKIE, BUNDLED_FONT_COOKIE_MAX_AGE } from "@/lib/fonts/bundled-font";
import { faceWeight, facesFor, parseFontFaces, type FontFaceRule } from "@/lib/fonts/font-faces";

/** Tags whose text is never drawn. */
const UNDRAWN = new Set(["SCRIPT", "STYLE", "NOSCRIPT", "TEMPLATE"]);

/** The code points the page shows, by the face weight they are drawn in. Reads computed styles of a
 *  page that has been laid out already (after load), so it forces no layout; in idle slices, since
 *  a page of a thousand elements takes longer than a slice. */
async function usedCodePoints(): Promise<Map<number, Set<number>>> {
  const used = new Map<number, Set<number>>([[400, new Set()], [700, new Set()]]);
  const weightOf = new Map<Element, Set<number> | null>();
  const bucket = (element: Element) => {
    if (!weightOf.has(element)) {
      const drawn = !UNDRAWN.has(element.tagName) && (element.checkVisibility?.() ?? true);
      weightOf.set(element, drawn ? used.get(faceWeight(Number(getComputedStyle(element).fontWeight)))! : null);
    }
    return weightOf.get(element);
  };
  const add = (element: Element, text: string) => {
    const into = bucket(element);
    if (into) for (const char of text) into.add(char.codePointAt(0)!);
  };
  const texts: Text[] = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) if (node.nodeValue?.trim()) texts.push(node as Text);
  await inIdleSlices(texts, (node) => {
    if (node.isConnected && node.parentElement) add(node.parentElement, node.nodeValue ?? "");
  });
  await inIdleSlices([...document.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>("input, textarea")], (field) => add(field, `${field.placeholder ?? ""}${field.value ?? ""}`));
  return used;
}

/** Long enough for a few faces or a few dozen elements; short enough that no slice is a long task
 *  even on a phone four times slower than this machine (decision 031: an 8 ms budget still gave
 *  13–35 ms tasks here, where a step's continuation ran on in the same task). */
const SLICE_MS = 4;

/** The next moment the browser is idle (Safari has no requestIdleCallback). */
const idle = () =>
  new Promise<void>((resolve) => {
    if (typeof window.requestIdleCallback === "function") window.requestIdleCallback(() => resolve(), { timeout: 1000 });
    else setTimeout(resolve, 16);
  });

/** Runs `work` on each item in slices of at most ~SLICE_MS while the browser is idle: a FontFace
 *  takes up to a millisecond to construct (its unicode-range is parsed), ~250 of them would block
 *  the page for a quarter of a second at once. Each step of the loader is a slice of its own; what
 *  runs between them only asks for the next idle period. */
async function inIdleSlices<T>(items: readonly T[], work: (item: T) => void): Promise<void> {
  let next = 0;
  while (next < items.length) {
    await idle();
    const start = performance.now();
    do work(items[next++]!);
    while (next < items.length && performance.now() - start < SLICE_MS);
  }
}

/** Loads the subsets the page shows, then adds every face in one go: the page is laid out once with
 *  the font instead of once per subset as each arrives (docs/decisions/030-fast-on-a-phone.md).
 *  Faces not loaded yet load as the text needs them, as @font-face rules would. */
async function loadBundledFont(href: string, isCancelled: () => boolean): Promise<void> {
  // The stylesheet itself, not a copy of its data: a returning visit links it from the cache.
  const response = await fetch(href);
  const css = await response.text();
  const used = await usedCodePoints();
  // ~10 ms at once on this machine: a few faces per slice.
  const rules: FontFaceRule[] = [];
  const read = new Map<string, [number, number][]>();
  await inIdleSlices(css.split(/(?=@font-face)/), (part) => rules.push(...parseFontFaces(part, read)));
  let needed = new Set<FontFaceRule>();
  await inIdleSlices([rules], (all) => (needed = new Set(facesFor(all, used))));
  const faces = new Map<FontFaceRule, FontFace>();
  const face = (rule: FontFaceRule) => {
    const created = new FontFace(rule.family, `url(${new URL(rule.file, response.url).href}) format("woff2")`, { weight: String(rule.weight), style: "normal", display: "swap", unicodeRange: rule.unicodeRange });
    faces.set(rule, created);
    return created;
  };
  const loads: Promise<unknown>[] = [];
  await inIdleSlices([...needed], (rule) => loads.push(face(rule).load()));
  // The others, for text the page shows later (another page, an opened menu), while those download.
  await inIdleSlices(rules.filter((rule) => !needed.has(rule)), face);
  await Promise.allSettled(loads);
  // A task of its own: when the subsets arrived during the slices above, this would otherwise run on
  // at the end of the last slice's task.
  await idle();
  if (isCancelled()) return;
  // In the stylesheet's order: where ranges overlap, the later face wins, as with @font-face.
  for (const rule of rules) document.fonts.add(faces.get(rule)!);
  document.documentElement.classList.add(BUNDLED_FONT_CLASS);
  document.cookie = `${BUNDLED_FONT_COOKIE}=1; path=/; max-age=${BUNDLED_FONT_COOKIE_MAX_AGE}; samesite=lax`;
}

/** Brings in the bundled font once the page has loaded and the browser is idle (unless the server
 *  linked its stylesheet already), and remembers that the font is cached for the next page load. */
export function BundledFont({ href }: { href: string }) {
  useEffect(() => {
    const root = document.documentElement;
    if (root.classList.contains(BUNDLED_FONT_CLASS) || document.querySelector(`link[href="${href}"]`)) {
      root.classList.add(BUNDLED_FONT_CLASS);
      return;
    }
    let cancelled = false;
    let cancel = () => {};
    const apply = () => {
      loadBundledFont(href, () => cancelled).catch((error: unknown) => console.warn("[font] the bundled font did not load:", error));
    };
    const schedule = () => {
      // Safari has no requestIdleCallback.
      if (typeof window.requestIdleCallback === "function") {
        const id = window.requestIdleCallback(apply, { timeout: 2000 });
        cancel = () => window.cancelIdleCallback(id);
      } else {
        const id = setTimeout(apply, 200);
        cancel = () => clearTimeout(id);
      }
    };
    if (document.readyState === "complete") schedule();
    else window.addEventListener("load", schedule, { once: true });
    return () => {
      cancelled = true;
      window.removeEventListener("load", schedule);
      cancel();
    };
  }, [href]);
  return null;
}
