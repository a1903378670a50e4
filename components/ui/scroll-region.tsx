import type { ReactNode } from "react";
import { cx } from "./cx";

/**
 * A wide table's box that scrolls sideways on a phone. Keyboard users must be able to scroll it
 * too, so it takes focus and is named by what it holds (axe: scrollable-region-focusable).
 */
export function ScrollRegion({ label, children, className }: { label: string; children: ReactNode; className?: string }) {
  return (
    <div role="region" aria-label={label} tabIndex={0} className={cx("overflow-x-auto rounded-sm focus-visible:outline-2 focus-visible:outline-brand-700", className)}>
      {children}
    </div>
  );
}
