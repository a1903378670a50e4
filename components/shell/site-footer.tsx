import { useTranslations } from "next-intl";

export function SiteFooter() {
  const t = useTranslations("common");
  const shell = useTranslations("shell");
  return (
    <footer className="mt-auto border-t border-slate-200 bg-white">
      <div className="mx-auto flex max-w-6xl flex-col gap-1 px-4 py-6 text-sm text-slate-600 sm:px-6">
        <p className="font-bold text-slate-800">
          {t("appName")} <span className="font-normal text-slate-600">· {t("orgName")}</span>
        </p>
        <p>{shell("footerAbout")}</p>
      </div>
    </footer>
  );
}
