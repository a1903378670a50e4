"use client";
// A fold for a page's filters: closed on a phone so the results come first (unless a filter in it
// is in use), open on a wide screen where there is room beside them. Until the scripts have run,
// globals.css shows a wide screen's closed fold anyway (where the browser can style a <details>'
// content), so the filters do not appear late beside the results.
import { useEffect, useRef, type ReactNode } from "react";

export function FiltersFold({ summary, open, children, className, testId }: { summary: ReactNode; open: boolean; children: ReactNode; className?: string; testId?: string }) {
  const fold = useRef<HTMLDetailsElement>(null);
  useEffect(() => {
    if (!fold.current) return;
    if (window.matchMedia("(min-width: 1024px)").matches) fold.current.open = true;
    // From here the fold's own state decides, so a wide screen can close it too.
    fold.current.dataset.hydrated = "";
  }, []);
  return (
    <details ref={fold} open={open} className={className} data-testid={testId} data-fold="">
      <summary className="min-h-11 cursor-pointer py-2 font-bold">{summary}</summary>
      {children}
    </details>
  );
}
