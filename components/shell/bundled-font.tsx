"use client";
import { useEffect } from "react";
import { BUNDLED_FONT_CLASS, BUNDLED_FONT_COOKIE, BUNDLED_FONT_COOKIE_MAX_AGE } from "@/lib/fonts/bundled-font";

/** Adds the bundled font's stylesheet once the page has loaded and the browser is idle (unless the
 *  server linked it already), and remembers that the font is cached for the next page load. */
export function BundledFont({ href }: { href: string }) {
  useEffect(() => {
    const root = document.documentElement;
    if (root.classList.contains(BUNDLED_FONT_CLASS) || document.querySelector(`link[href="${href}"]`)) {
      root.classList.add(BUNDLED_FONT_CLASS);
      return;
    }
    let cancel = () => {};
    const apply = () => {
      const link = document.createElement("link");
      link.rel = "stylesheet";
      link.href = href;
      link.addEventListener("load", () => {
        root.classList.add(BUNDLED_FONT_CLASS);
        void document.fonts.ready.then(() => {
          document.cookie = `${BUNDLED_FONT_COOKIE}=1; path=/; max-age=${BUNDLED_FONT_COOKIE_MAX_AGE}; samesite=lax`;
        });
      });
      document.head.append(link);
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
      window.removeEventListener("load", schedule);
      cancel();
    };
  }, [href]);
  return null;
}
