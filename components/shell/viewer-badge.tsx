import { useTranslations } from "next-intl";
import { cx } from "@/components/ui/cx";
import type { ShellViewer } from "./nav-items";

/** Who is signed in, and as what. */
export function ViewerBadge({ viewer, className }: { viewer: ShellViewer; className?: string }) {
  const t = useTranslations("shell");
  const roles = useTranslations("roles");
  return (
    <p className={cx("flex min-w-0 flex-col text-sm leading-snug", className)} data-testid="viewer">
      <span className="sr-only">{t("signedInAs")}</span>
      <span className="truncate font-bold text-slate-900">{viewer.name}</span>
      <span className="truncate text-slate-600">{roles(viewer.role)}</span>
    </p>
  );
}
