import { useTranslations } from "next-intl";

/** The first thing a keyboard user reaches: jump past the header to the page's content. */
export function SkipLink({ targetId = "main" }: { targetId?: string }) {
  const t = useTranslations("shell");
  return (
    <a
      href={`#${targetId}`}
      className="sr-only focus:not-sr-only focus:fixed focus:left-3 focus:top-3 focus:z-50 focus:rounded-md focus:bg-brand-800 focus:px-4 focus:py-3 focus:font-bold focus:text-white"
    >
      {t("skipToContent")}
    </a>
  );
}
