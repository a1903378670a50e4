import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { processName } from "@/components/matching/taxonomy-names";
import { MeasureForm } from "@/components/quality/measure-form";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { NotFoundError } from "@/lib/authz";
import { requirePermission } from "@/lib/authz/guard";
import { getDatabase } from "@/lib/db/client";
import { withClientMessages } from "@/lib/i18n/client-messages";
import { MAX_SAMPLE_SIZE } from "@/lib/quality/inspection-schemas";
import { limitsText } from "@/lib/quality/limits-text";
import { qualityOverview } from "@/lib/quality/overview";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("quality.measure"))("title") };
}

const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

async function MeasurePage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ step?: string | string[]; n?: string | string[] }> }) {
  const viewer = await requirePermission("inspection.record");
  const { id } = await params;
  const query = await searchParams;
  const db = await getDatabase();
  const overview = await qualityOverview(db, viewer, id).catch((error: unknown) => {
    if (error instanceof NotFoundError) notFound();
    throw error;
  });
  const stepParam = first(query.step) ?? "final";
  const step = stepParam === "final" ? null : stepParam;
  const assignment = overview.group.assignments.find((a) => a.id === step);
  if ((step !== null && !assignment) || !overview.inspectable.has(step)) notFound();
  const n = Math.min(MAX_SAMPLE_SIZE, Math.max(1, Number.parseInt(first(query.n) ?? "5", 10) || 5));
  const t = await getTranslations("quality");
  const locale = await getLocale();
  const en = locale === "en";
  const characteristics = overview.plan.filter((c) => c.assignmentId === step).map((c) => ({ id: c.id, name: c.name, kind: c.kind, unit: c.unit, lower: c.lower, upper: c.upper, method: c.method, limits: limitsText(c, t("plan.goNoGo")) }));
  const stationLabel = assignment ? t("plan.step", { position: assignment.jobStep?.position ?? "", process: processName(assignment.processCode, locale), firm: (en && assignment.member.firm.nameEn) || assignment.member.firm.nameJa }) : t("plan.final");

  return (
    <div className="flex flex-col gap-4">
      <PageHeader eyebrow={<Link href={`/groups/${id}/quality`} className="underline">{t("title")}</Link>} title={t("measure.title")} description={stationLabel} />
      <Card>
        <form method="get" className="mb-4 flex flex-wrap items-end gap-2" data-testid="sample-size-form">
          <input type="hidden" name="step" value={stepParam} />
          <label className="flex flex-col gap-1 text-sm font-bold">
            {t("measure.sampleSize")}
            <input name="n" defaultValue={n} inputMode="numeric" className="min-h-11 w-24 rounded-md border border-slate-300 px-2 text-base" />
          </label>
          <button type="submit" className="min-h-11 rounded-md border border-slate-300 px-3 text-sm font-bold">{t("measure.changeSample")}</button>
        </form>
        {characteristics.length === 0 ? <p className="text-sm">{t("measure.noPlan")}</p> : <MeasureForm groupId={id} step={step ?? ""} sampleSize={n} characteristics={characteristics} />}
      </Card>
    </div>
  );
}

export default withClientMessages(["common", "quality.measure"], MeasurePage);
