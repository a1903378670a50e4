import type { ReactNode } from "react";
import { cx } from "./cx";

export type NoticeTone = "info" | "success" | "warning" | "error";

const tones: Record<NoticeTone, string> = {
  info: "border-brand-300 bg-brand-50 text-brand-900",
  success: "border-green-300 bg-green-50 text-green-900",
  warning: "border-amber-300 bg-amber-50 text-amber-950",
  error: "border-red-300 bg-red-50 text-red-900",
};

interface NoticeProps {
  tone?: NoticeTone;
  title?: ReactNode;
  children?: ReactNode;
  className?: string;
  /** Announce changes to screen readers (for a form's result message). */
  live?: boolean;
  "data-testid"?: string;
}

/** A message box: a form's overall result, or a note on a page. Colour is never the only signal: give it a title. */
export function Notice({ tone = "info", title, children, className, live, ...rest }: NoticeProps) {
  return (
    <div
      className={cx("rounded-md border px-4 py-3", tones[tone], className)}
      aria-live={live ? "polite" : undefined}
      data-testid={rest["data-testid"]}
    >
      {title ? <p className="font-bold">{title}</p> : null}
      {children ? <div className={title ? "mt-1" : undefined}>{children}</div> : null}
    </div>
  );
}
