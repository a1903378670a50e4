// An offer's figures as Japanese business documents lay them out: the parts, the subtotal before
// tax, the consumption tax at its rate, the total with tax; and the committed delivery against the
// deadline. Server component; amounts are bigint yen.
import { getTranslations } from "next-intl/server";
import { formatYen } from "@/lib/money/yen";

export async function OfferFigures({ figures, locale, testId }: { figures: { stepsYen?: bigint | null; coordinationFeeYen?: bigint | null; transportYen?: bigint | null; subtotalYen: bigint; taxYen: bigint; totalYen: bigint; taxRatePercent?: number }; locale: "ja" | "en"; testId?: string }) {
  const t = await getTranslations("quotes.figures");
  const row = (label: string, amount: bigint, strong = false) => (
    <div className={`flex justify-between gap-3 ${strong ? "border-t border-slate-300 pt-1 text-lg font-bold" : ""}`}>
      <dt>{label}</dt>
      <dd className="tabular-nums">{formatYen(amount, locale)}</dd>
    </div>
  );
  return (
    <dl className="flex flex-col gap-1 text-sm" data-testid={testId}>
      {figures.stepsYen != null ? row(t("steps"), figures.stepsYen) : null}
      {figures.coordinationFeeYen != null && figures.coordinationFeeYen > 0n ? row(t("fee"), figures.coordinationFeeYen) : null}
      {figures.transportYen != null && figures.transportYen > 0n ? row(t("transport"), figures.transportYen) : null}
      {row(t("subtotal"), figures.subtotalYen)}
      {row(t("tax", { rate: figures.taxRatePercent ?? 10 }), figures.taxYen)}
      {row(t("total"), figures.totalYen, true)}
    </dl>
  );
}

export async function DeliveryVersusDeadline({ delivery, deadline, slackDays, dateText }: { delivery: string; deadline: string; slackDays: number | null; dateText: (iso: string) => string }) {
  const t = await getTranslations("quotes.figures");
  const late = slackDays !== null && slackDays < 0;
  return (
    <p className={`text-sm font-bold ${late ? "text-red-800" : "text-green-800"}`} data-testid="delivery-vs-deadline">
      {t("delivery")}: {dateText(delivery)} · {t("deadline", { date: dateText(deadline) })} · {slackDays === null ? "" : late ? t("late", { days: -slackDays }) : t("slack", { days: slackDays })}
    </p>
  );
}
