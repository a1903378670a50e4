// The firm's capacity screen, built for a phone: each process, the next 12 weeks, one tap a week.
import type { Metadata } from "next";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { WeekTaps } from "@/components/capacity/week-taps";
import { Card } from "@/components/ui/card";
import { Notice } from "@/components/ui/notice";
import { PageHeader } from "@/components/ui/page-header";
import Link from "@/components/ui/link";
import { can } from "@/lib/authz/policy";
import { requirePermission } from "@/lib/authz/guard";
import { loadCapacityCalendar } from "@/lib/capacity/declarations";
import { isFresh } from "@/lib/capacity/free-capacity";
import { dayOf } from "@/lib/capacity/weeks";
import { clock } from "@/lib/clock";
import { getDatabase } from "@/lib/db/client";
import { withClientMessages } from "@/lib/i18n/client-messages";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("capacity"))("title") };
}

async function CapacityPage() {
  const viewer = await requirePermission("capacity.declare");
  const now = clock.now();
  const calendar = await loadCapacityCalendar(await getDatabase(), viewer, now);
  const [t, locale, format, to] = await Promise.all([getTranslations("capacity"), getLocale(), getFormatter(), getTranslations("outages")]);
  const weekLabel = (weekStart: string, index: number) => (index === 0 ? `${t("thisWeek")}（${format.dateTime(dayOf(weekStart), { month: "numeric", day: "numeric", timeZone: "UTC" })}〜）` : t("weekOf", { date: format.dateTime(dayOf(weekStart), { month: "numeric", day: "numeric", timeZone: "UTC" }) }));

  return (
    <div className="flex min-w-0 flex-col gap-4">
      <PageHeader title={t("title")} description={t("help")} actions={can(viewer, "capacity.token.manage") ? (
        <span className="flex flex-wrap gap-4">
          <Link href="/firm/capacity/tokens" className="font-bold text-brand-800 underline">{t("tokens.title")}</Link>
          {viewer.firmId ? <Link href={`/firms/${viewer.firmId}/outage`} className="font-bold text-brand-800 underline" data-testid="outage-link">{to("link")}</Link> : null}
        </span>
      ) : null} />
      <p className="text-sm text-slate-700" data-testid="capacity-last">
        {calendar.lastDeclaredAt ? t("lastDeclared", { date: format.dateTime(calendar.lastDeclaredAt, { dateStyle: "medium", timeStyle: "short", timeZone: "Asia/Tokyo" }) }) : t("neverDeclared")}
      </p>
      {calendar.lastDeclaredAt && !isFresh(calendar.lastDeclaredAt, now) ? <Notice tone="warning">{t("staleWarning")}</Notice> : null}
      {calendar.processes.length === 0 ? <Notice tone="info">{t("noProcesses")}</Notice> : null}
      {calendar.processes.map((process) => {
        const name = locale === "en" ? process.nameEn : process.nameJa;
        return (
          <Card key={process.code} className="flex flex-col gap-1">
            <h2 className="text-lg font-bold">{name}</h2>
            <p className="text-sm text-slate-700">{t("monthlyCapacity", { pieces: process.monthlyCapacity })}</p>
            <WeekTaps processCode={process.code} processName={name} cells={process.cells.map((c, i) => ({ ...c, label: weekLabel(c.weekStart, i) }))} />
          </Card>
        );
      })}
    </div>
  );
}

export default withClientMessages(["capacity"], CapacityPage);
