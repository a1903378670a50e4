"use client";
import { usePathname } from "next/navigation";
import { useTranslations } from "next-intl";
import { useEffect, useId, useRef, useState } from "react";
import { NavLinks } from "./nav-links";
import type { NavItem, ShellViewer } from "./nav-items";
import { SignOutButton } from "@/components/auth/sign-out-button";
import { ViewerBadge } from "./viewer-badge";

interface MobileNavProps {
  items: readonly NavItem[];
  viewer: ShellViewer | null;
  /** Tailwind class that hides the button and panel where the full navigation is shown. */
  hideFrom: "sm:hidden" | "lg:hidden";
}

/** The menu button and panel for narrow screens. Escape or choosing a link closes it. */
export function MobileNav({ items, viewer, hideFrom }: MobileNavProps) {
  const t = useTranslations("shell");
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const buttonRef = useRef<HTMLButtonElement>(null);
  const panelRef = useRef<HTMLDivElement>(null);
  const pathname = usePathname();

  // A navigation (including back/forward) closes the menu.
  const [shownFor, setShownFor] = useState(pathname);
  if (shownFor !== pathname) {
    setShownFor(pathname);
    setOpen(false);
  }

  useEffect(() => {
    if (!open) return;
    panelRef.current?.querySelector<HTMLElement>("a, button")?.focus();
    const onKey = (event: KeyboardEvent) => {
      if (event.key === "Escape") {
        setOpen(false);
        buttonRef.current?.focus();
      }
    };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, [open]);

  return (
    <>
      <button
        ref={buttonRef}
        type="button"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen((value) => !value)}
        data-testid="menu-button"
        className={`${hideFrom} inline-flex size-11 shrink-0 items-center justify-center rounded-md border border-slate-300 bg-white text-brand-800 hover:bg-brand-50`}
      >
        <span className="sr-only">{open ? t("closeMenu") : t("openMenu")}</span>
        <svg viewBox="0 0 24 24" aria-hidden="true" className="size-6" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round">
          {open ? <path d="M6 6l12 12M18 6L6 18" /> : <path d="M4 7h16M4 12h16M4 17h16" />}
        </svg>
      </button>
      {open ? (
        // Dims the page under the open menu; a tap on it closes the menu.
        <div aria-hidden="true" onClick={() => setOpen(false)} className={`${hideFrom} fixed inset-x-0 bottom-0 top-16 z-30 bg-slate-900/40`} />
      ) : null}
      <div
        ref={panelRef}
        id={panelId}
        hidden={!open}
        className={`${hideFrom} absolute inset-x-0 top-full z-40 max-h-[calc(100dvh-4rem)] overflow-y-auto border-y border-slate-200 bg-white px-4 pb-5 pt-3 shadow-lg`}
      >
        <nav aria-label={t("mainNav")} data-testid="mobile-nav">
          {viewer ? <ViewerBadge viewer={viewer} className="mb-3 border-b border-slate-200 px-5 pb-3" /> : null}
          <NavLinks items={items} orientation="vertical" onNavigate={() => setOpen(false)} />
          {viewer ? <SignOutButton className="mt-3 w-full justify-start px-5" /> : null}
        </nav>
      </div>
    </>
  );
}
