"use client";
import { useEffect } from "react";
import { BUNDLED_FONT_CLASS, BUNDLED_FONT_COOKIE, BUNDLED_FONT_COOKIE_MAX_AGE } from "@/lib/fonts/bundled-font";

/** Switches the page to the bundled font once it has loaded and the browser is idle, and remembers
 *  that the font is cached (the server then sets the class on the next page load itself). */
export function BundledFont() {
  useEffect(() => {
    const root = document.documentElement;
    if (root.classList.contains(BUNDLED_FONT_CLASS)) return;
    let cancel = () => {};
    const apply = () => {
      root.classList.add(BUNDLED_FONT_CLASS);
      void document.fonts.ready.then(() => {
        document.cookie = `${BUNDLED_FONT_COOKIE}=1; path=/; max-age=${BUNDLED_FONT_COOKIE_MAX_AGE}; samesite=lax`;
      });
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
  }, []);
  return null;
}
