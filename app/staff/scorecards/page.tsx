import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { GradeBadge } from "@/components/quality/grade-badge";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Field, Select } from "@/components/ui/field";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/authz/guard";
import { getDatabase } from "@/lib/db/client";
import { memberScorecards, scorecardAssociations } from "@/lib/quality/member-scorecards";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("quality.members"))("title") };
}

export default async function MemberScorecardsPage({ searchParams }: { searchParams: Promise<{ association?: string | string[] }> }) {
  const viewer = await requirePermission("scorecard.list");
  const { association: asked } = await searchParams;
  const db = await getDatabase();
  const { associations, shown } = await scorecardAssociations(db, viewer, typeof asked === "string" ? asked : undefined);
  const rows = shown ? await memberScorecards(db, viewer, shown.id) : [];
  const t = await getTranslations("quality.members");
  const ts = await getTranslations("quality.scorecard");
  const en = (await getLocale()) === "en";
  const format = await getFormatter();
  const num = (n: number | null, digits = 1) => (n === null ? "—" : format.number(n, { maximumFractionDigits: digits }));
  return (
    <div className="flex flex-col gap-4">
      <PageHeader title={t("title")} description={t("help")} />
      {associations.length > 1 ? (
        <form className="flex flex-wrap items-end gap-2" data-testid="scorecard-association">
          <Field label={t("association")} name="association">
            {(control) => (
              <Select {...control} defaultValue={shown?.id}>
                {associations.map((a) => <option key={a.id} value={a.id}>{(en && a.nameEn) || a.nameJa}</option>)}
              </Select>
            )}
          </Field>
          <Button type="submit" variant="secondary">{t("show")}</Button>
        </form>
      ) : null}
      {rows.length === 0 ? <p>{t("none")}</p> : null}
      <ul className="flex flex-col gap-2" data-testid="member-scorecards">
        {rows.map(({ firm, months, latest }) => (
          <li key={firm.id}>
            <Card className="flex flex-col gap-2">
              <div className="flex items-center justify-between gap-2">
                <Link href={`/firms/${firm.id}/scorecard`} className="font-bold text-brand-800 underline">{(en && firm.nameEn) || firm.nameJa}</Link>
                <GradeBadge grade={latest?.grade ?? null} className="text-lg" testId="member-grade" />
              </div>
              {latest ? (
                <p className="text-sm text-slate-700">
                  {latest.month} · {ts("onTime", { value: num(latest.onTimePct), done: latest.stepsDone })} · {ts("ppm", { value: num(latest.ppm, 0), units: latest.unitsInspected })} · {ts("nc", { raised: latest.ncRaised, median: num(latest.medianCloseDays) })}
                </p>
              ) : <p className="text-sm text-slate-700">{ts("noGrade")}</p>}
              <p className="flex flex-wrap items-center gap-1 text-xs" aria-label={t("trend")}>
                {months.map((m) => <span key={m.month} title={m.month}><GradeBadge grade={m.grade} className="px-1" /></span>)}
              </p>
            </Card>
          </li>
        ))}
      </ul>
    </div>
  );
}
