import Link from "@/components/ui/link";
import { useTranslations } from "next-intl";

/** The mark: three blocks joined into one, for firms taking one order together. */
export function BrandMark({ className }: { className?: string }) {
  return (
    <svg viewBox="0 0 32 32" aria-hidden="true" focusable="false" className={className}>
      <rect width="32" height="32" rx="6" fill="#1f417d" />
      <rect x="6" y="9" width="6" height="14" rx="1" fill="#fff" />
      <rect x="13" y="13" width="6" height="10" rx="1" fill="#93b0da" />
      <rect x="20" y="6" width="6" height="17" rx="1" fill="#fff" />
      <rect x="6" y="24" width="20" height="2" rx="1" fill="#93b0da" />
    </svg>
  );
}

export function Brand() {
  const t = useTranslations("common");
  return (
    <Link href="/" className="flex min-w-0 items-center gap-2.5 rounded text-slate-900 no-underline" data-testid="brand">
      <BrandMark className="hidden size-9 shrink-0 min-[400px]:block" />
      <span className="flex min-w-0 flex-col leading-tight">
        <span className="hidden truncate text-[11px] font-bold tracking-wide text-slate-600 sm:block">{t("orgName")}</span>
        {/* Two lines on a narrow phone rather than 「共同受注プラット…」: the name breaks only where <wbr> allows. */}
        <span className="text-[15px] font-bold leading-tight text-brand-900 [word-break:keep-all] sm:text-lg" data-testid="brand-name">{t.rich("brandName", { wbr: () => <wbr /> })}</span>
      </span>
    </Link>
  );
}
