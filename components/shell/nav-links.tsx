"use client";
import Link from "@/components/ui/link";
import { usePathname } from "next/navigation";
import { useTranslations } from "next-intl";
import { useRef } from "react";
import { cx } from "@/components/ui/cx";
import { isCurrent, type NavItem } from "./nav-items";

interface NavLinksProps {
  items: readonly NavItem[];
  orientation: "horizontal" | "vertical";
  onNavigate?: () => void;
}

export function NavLinks({ items, orientation, onNavigate }: NavLinksProps) {
  const t = useTranslations("nav.items");
  const pathname = usePathname();
  const horizontal = orientation === "horizontal";
  // The desktop row folds the administration pages under one 管理 menu, and leaves out what the
  // header's own controls open, so it stays on one line.
  const row = horizontal ? items.filter((item) => !item.admin && !item.inHeader) : items;
  const folded = horizontal ? items.filter((item) => item.admin) : [];
  const menu = useRef<HTMLDetailsElement>(null);
  const link = (item: NavItem, inMenu = false) => {
    const current = isCurrent(item.href, pathname, items);
    return (
      <Link
        href={item.href}
        aria-current={current ? "page" : undefined}
        onClick={() => {
          if (menu.current) menu.current.open = false;
          onNavigate?.();
        }}
        data-testid={`nav-${item.key}`}
        className={cx(
          "flex items-center font-bold no-underline transition-colors",
          inMenu
            ? "min-h-11 whitespace-nowrap rounded-md px-3 text-[15px]"
            : horizontal
              ? "min-h-11 whitespace-nowrap border-b-[3px] px-3 pt-[3px] text-[15px]"
              : "min-h-12 rounded-md border-l-4 px-4 text-base",
          current
            ? "border-brand-700 text-brand-800"
            : "border-transparent text-slate-700 hover:border-brand-200 hover:text-brand-800",
          (orientation === "vertical" || inMenu) && (current ? "bg-brand-50" : "hover:bg-slate-100"),
        )}
      >
        {t(item.key)}
      </Link>
    );
  };
  const folderCurrent = folded.some((item) => isCurrent(item.href, pathname, items));
  return (
    <ul className={horizontal ? "flex flex-wrap gap-x-1" : "flex flex-col gap-1"}>
      {row.map((item) => <li key={item.key}>{link(item)}</li>)}
      {folded.length ? (
        <li>
          <details ref={menu} className="relative">
            <summary
              data-testid="nav-adminMenu"
              className={cx(
                "flex min-h-11 cursor-pointer list-none items-center gap-1 whitespace-nowrap border-b-[3px] px-3 pt-[3px] text-[15px] font-bold",
                folderCurrent ? "border-brand-700 text-brand-800" : "border-transparent text-slate-700 hover:border-brand-200 hover:text-brand-800",
              )}
            >
              {t("adminMenu")}
              <svg viewBox="0 0 12 12" aria-hidden="true" className="size-3" fill="currentColor"><path d="M2 4l4 4 4-4z" /></svg>
            </summary>
            <ul className="absolute right-0 z-40 mt-1 flex min-w-56 flex-col gap-1 rounded-md border border-slate-200 bg-white p-2 shadow-lg">
              {folded.map((item) => <li key={item.key}>{link(item, true)}</li>)}
            </ul>
          </details>
        </li>
      ) : null}
    </ul>
  );
}
