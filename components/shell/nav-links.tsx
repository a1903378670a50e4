"use client";
import Link from "next/link";
import { usePathname } from "next/navigation";
import { useTranslations } from "next-intl";
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
  return (
    <ul className={orientation === "horizontal" ? "flex flex-wrap gap-x-1" : "flex flex-col gap-1"}>
      {items.map((item) => {
        const current = isCurrent(item.href, pathname, items);
        return (
          <li key={item.key}>
            <Link
              href={item.href}
              aria-current={current ? "page" : undefined}
              onClick={onNavigate}
              data-testid={`nav-${item.key}`}
              className={cx(
                "flex items-center font-bold no-underline transition-colors",
                orientation === "horizontal"
                  ? "min-h-11 border-b-[3px] px-3 pt-[3px] text-[15px]"
                  : "min-h-12 rounded-md border-l-4 px-4 text-base",
                current
                  ? "border-brand-700 text-brand-800"
                  : "border-transparent text-slate-700 hover:border-brand-200 hover:text-brand-800",
                orientation === "vertical" && (current ? "bg-brand-50" : "hover:bg-slate-100"),
              )}
            >
              {t(item.key)}
            </Link>
          </li>
        );
      })}
    </ul>
  );
}
