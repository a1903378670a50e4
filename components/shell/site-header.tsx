import { useTranslations } from "next-intl";
import { SignOutButton } from "@/components/auth/sign-out-button";
import { ButtonLink } from "@/components/ui/button";
import { NotificationBell } from "@/components/notifications/notification-bell";
import { Brand } from "./brand";
import { LanguageSwitch } from "./language-switch";
import { MobileNav } from "./mobile-nav";
import { NavLinks } from "./nav-links";
import { navItemsFor, routes, type ShellViewer } from "./nav-items";
import { ViewerBadge } from "./viewer-badge";

/**
 * The header: brand, language switch and the navigation for the viewer's role.
 * Signed in: a row of links from 1024 px, a menu button below. Anonymous: sign-in and register
 * buttons from 640 px, the menu below.
 */
export function SiteHeader({ viewer }: { viewer: ShellViewer | null }) {
  const t = useTranslations("shell");
  const nav = useTranslations("nav.items");
  const items = navItemsFor(viewer);
  const hideFrom = viewer ? "lg:hidden" : "sm:hidden";

  return (
    <header className="sticky top-0 z-30 border-b border-slate-200 bg-white">
      <div className="mx-auto flex h-16 max-w-6xl items-center gap-2 px-4 sm:gap-3 sm:px-6">
        <Brand />
        <div className="ml-auto flex shrink-0 items-center gap-2 sm:gap-3">
          {viewer ? <ViewerBadge viewer={viewer} href={routes.profile} className="hidden max-w-56 px-2 py-1 text-right lg:flex" /> : null}
          {viewer ? (
            <span className="hidden lg:block">
              <SignOutButton />
            </span>
          ) : null}
          {viewer ? null : (
            <nav aria-label={t("mainNav")} className="hidden items-center gap-2 sm:flex">
              <ButtonLink href={routes.login} variant="ghost" data-testid="header-login">
                {nav("login")}
              </ButtonLink>
              <ButtonLink href={routes.register} variant="primary" data-testid="header-register">
                {nav("register")}
              </ButtonLink>
            </nav>
          )}
          {viewer ? <NotificationBell /> : null}
          <LanguageSwitch />
          <MobileNav items={items} viewer={viewer} hideFrom={hideFrom} />
        </div>
      </div>
      {viewer ? (
        <nav aria-label={t("mainNav")} className="hidden border-t border-slate-100 lg:block" data-testid="desktop-nav">
          <div className="mx-auto max-w-6xl px-4 sm:px-6">
            <NavLinks items={items} orientation="horizontal" />
          </div>
        </nav>
      ) : null}
      {/* Without JavaScript the menu button cannot open: list the links plainly instead. */}
      <noscript>
        <style>{`[data-testid="menu-button"]{display:none!important}`}</style>
        <nav aria-label={t("mainNav")} className={`${hideFrom} border-t border-slate-100 px-4 py-2`}>
          <ul className="flex flex-wrap gap-x-4 gap-y-1">
            {items.map((item) => (
              <li key={item.key}>
                <a href={item.href} className="font-bold text-brand-800">
                  {nav(item.key)}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      </noscript>
    </header>
  );
}
