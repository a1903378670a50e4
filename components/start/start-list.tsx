// The start page's list: each row is one link to where the thing is done (a whole-row tap target,
// at least 48 px high), with its due date; overdue rows say so in words, not colour alone.
import Link from "@/components/ui/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { isOverdue, type StartItem } from "@/lib/start/items";

/** Kinds whose date is a planned end rather than a deadline someone set. */
const PLANNED = new Set<StartItem["kind"]>(["reportStep", "lateStep"]);

export async function StartList({ items, now }: { items: readonly StartItem[]; now: Date }) {
  const t = await getTranslations("start");
  const format = await getFormatter();
  const en = (await getLocale()) === "en";
  const when = (item: StartItem, due: Date) =>
    item.kind === "invitation"
      ? format.dateTime(due, { month: "short", day: "numeric", hour: "2-digit", minute: "2-digit", timeZone: "Asia/Tokyo" })
      : format.dateTime(due, { month: "short", day: "numeric", timeZone: "Asia/Tokyo" });
  return (
    <ol className="flex flex-col gap-2" data-testid="start-items">
      {items.map((item, index) => {
        const overdue = isOverdue(item, now);
        const subject = item.subject ? (en ? item.subject.en : item.subject.ja) : "";
        return (
          <li key={`${item.kind}-${item.href}-${index}`}>
            <Link
              href={item.href}
              className={`flex min-h-12 flex-col gap-0.5 rounded-md border bg-white px-4 py-3 hover:border-brand-600 hover:bg-brand-50 focus-visible:outline-2 focus-visible:outline-brand-700 ${overdue ? "border-red-400" : "border-slate-200"}`}
              data-testid="start-item"
              data-kind={item.kind}
            >
              <span className="font-bold break-words text-brand-800">{t(`items.${item.kind}`, { subject, count: item.count ?? 0 })}</span>
              {item.due ? (
                <span className={`text-sm ${overdue ? "font-bold text-red-800" : "text-slate-700"}`} data-testid="start-item-due">
                  {overdue ? t("overdue", { date: when(item, item.due) }) : t(PLANNED.has(item.kind) ? "plannedEnd" : "due", { date: when(item, item.due) })}
                </span>
              ) : null}
            </Link>
          </li>
        );
      })}
    </ol>
  );
}
