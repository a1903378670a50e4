"use client";
import { usePathname } from "next/navigation";
import { useLocale, useTranslations } from "next-intl";
import { useActionState } from "react";
import { useFormStatus } from "react-dom";
import { cx } from "@/components/ui/cx";
import { switchLocale } from "@/lib/i18n/actions";
import { localeNames, otherLocale } from "@/lib/i18n/config";

function SwitchButton({ target, label, className }: { target: string; label: string; className?: string }) {
  const { pending } = useFormStatus();
  return (
    <button
      type="submit"
      disabled={pending}
      aria-busy={pending || undefined}
      data-testid="language-switch"
      className={cx(
        "inline-flex min-h-11 items-center gap-1.5 rounded-md border border-slate-300 bg-white px-2.5 text-sm font-bold text-brand-800 sm:px-3",
        "hover:border-brand-600 hover:bg-brand-50 disabled:opacity-60",
        className,
      )}
    >
      <svg viewBox="0 0 20 20" aria-hidden="true" className="hidden size-4 shrink-0 min-[400px]:block" fill="none" stroke="currentColor" strokeWidth="1.6">
        <circle cx="10" cy="10" r="7.5" />
        <path d="M2.5 10h15M10 2.5c2.2 2.3 3 4.8 3 7.5s-.8 5.2-3 7.5c-2.2-2.3-3-4.8-3-7.5s.8-5.2 3-7.5z" />
      </svg>
      <span className="sr-only">{label}: </span>
      <span lang={target}>{localeNames[target as keyof typeof localeNames]}</span>
    </button>
  );
}

/**
 * Switches between Japanese and English. A plain form posting to a server action, so it works
 * without JavaScript too; the action sets the NEXT_LOCALE cookie and sends the user back here.
 */
export function LanguageSwitch({ className }: { className?: string }) {
  const t = useTranslations("shell");
  const locale = useLocale();
  const pathname = usePathname();
  const target = otherLocale(locale);
  const [, formAction] = useActionState(switchLocale, undefined);
  return (
    <form action={formAction} className={className}>
      <input type="hidden" name="locale" value={target} />
      <input type="hidden" name="returnTo" value={pathname} />
      <SwitchButton target={target} label={t("languageLabel")} />
    </form>
  );
}
