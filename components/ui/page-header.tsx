import type { ReactNode } from "react";
import { cx } from "./cx";

interface PageHeaderProps {
  title: ReactNode;
  /** A short line above the title (the section or organisation). */
  eyebrow?: ReactNode;
  description?: ReactNode;
  /** Buttons or links shown beside the title (below it on phones). */
  actions?: ReactNode;
  className?: string;
}

/** The page's one `<h1>`, with an optional description and actions. */
export function PageHeader({ title, eyebrow, description, actions, className }: PageHeaderProps) {
  return (
    <header className={cx("mb-6 flex flex-col gap-4 border-b border-slate-200 pb-5 sm:mb-8 sm:flex-row sm:items-end sm:justify-between", className)}>
      <div className="min-w-0">
        {eyebrow ? <p className="text-sm font-bold text-brand-700">{eyebrow}</p> : null}
        <h1 className="text-2xl font-bold text-slate-900 sm:text-3xl">{title}</h1>
        {description ? <p className="mt-2 max-w-3xl text-slate-700">{description}</p> : null}
      </div>
      {actions ? <div className="flex flex-wrap gap-2 sm:shrink-0">{actions}</div> : null}
    </header>
  );
}
