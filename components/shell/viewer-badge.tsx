import Link from "@/components/ui/link";
import { useTranslations } from "next-intl";
import { cx } from "@/components/ui/cx";
import type { ShellViewer } from "./nav-items";

/** Who is signed in, and as what; with `href`, a link to the account page (the desktop header's
 *  way there, which keeps the navigation row to one line at 1280 px). */
export function ViewerBadge({ viewer, className, href }: { viewer: ShellViewer; className?: string; href?: string }) {
  const t = useTranslations("shell");
  const roles = useTranslations("roles");
  const nav = useTranslations("nav.items");
  const content = (
    <>
      <span className="sr-only">{t("signedInAs")}</span>
      <span className="truncate font-bold text-slate-900">{viewer.name}</span>
      <span className="truncate text-slate-600">{roles(viewer.role)}</span>
      {href ? <span className="sr-only">{nav("profile")}</span> : null}
    </>
  );
  if (href) {
    return (
      <Link href={href} className={cx("flex min-w-0 flex-col rounded-md text-sm leading-snug no-underline hover:bg-slate-100", className)} data-testid="viewer">
        {content}
      </Link>
    );
  }
  return (
    <p className={cx("flex min-w-0 flex-col text-sm leading-snug", className)} data-testid="viewer">
      {content}
    </p>
  );
}
