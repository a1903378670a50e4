// Staff: their members' declared free capacity, week × process, and how many declare at all.
import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { notFound } from "next/navigation";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { Heatmap } from "@/components/capacity/heatmap";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Notice } from "@/components/ui/notice";
import { PageHeader } from "@/components/ui/page-header";
import { NotFoundError } from "@/lib/authz";
import { requirePermission } from "@/lib/authz/guard";
import { capacityHeatmap, declarationShare, resolveCapacityScope } from "@/lib/capacity/overview";
import { dayOf } from "@/lib/capacity/weeks";
import { clock } from "@/lib/clock";
import { getDatabase } from "@/lib/db/client";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("capacity"))("staffTitle") };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export default async function StaffCapacityPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const viewer = await requirePermission("capacity.overview");
  const db = await getDatabase();
  const now = clock.now();
  const requested = (await searchParams).association;
  const associationId = typeof requested === "string" && UUID.test(requested) ? requested : null;
  const scope = await resolveCapacityScope(db.sql, viewer, associationId).catch((error: unknown) => {
    if (error instanceof NotFoundError) notFound();
    throw error;
  });
  const [map, share, associations] = await Promise.all([
    capacityHeatmap(db.sql, scope, now),
    declarationShare(db.sql, scope, now),
    viewer.role === "FEDERATION_STAFF" ? db.prisma.association.findMany({ where: { federationId: scope.federationId }, orderBy: { code: "asc" }, select: { id: true, nameJa: true, nameEn: true } }) : Promise.resolve([]),
  ]);
  const [t, locale, format, to] = await Promise.all([getTranslations("capacity"), getLocale(), getFormatter(), getTranslations("outages")]);
  const percent = share.total ? Math.round((share.current / share.total) * 100) : 0;
  const weekLabel = (w: string) => format.dateTime(dayOf(w), { month: "numeric", day: "numeric", timeZone: "UTC" });

  return (
    <div className="flex min-w-0 flex-col gap-4">
      <PageHeader title={t("staffTitle")} description={t("staffHelp")} actions={<Link href="/staff/outages" className="font-bold text-brand-800 underline" data-testid="outages-link">{to("staff.title")}</Link>} />
      {associations.length ? (
        <form method="get" className="flex flex-wrap items-end gap-2">
          <label className="flex min-w-0 flex-col gap-1 text-sm font-bold">
            {t("association")}
            <select name="association" defaultValue={scope.associationId ?? ""} className="min-h-11 rounded-md border border-slate-400 bg-white px-3 font-normal">
              <option value="">{t("allAssociations")}</option>
              {associations.map((a) => <option key={a.id} value={a.id}>{locale === "en" ? a.nameEn : a.nameJa}</option>)}
            </select>
          </label>
          <Button type="submit" variant="secondary">{t("show")}</Button>
        </form>
      ) : null}
      <Card className="flex flex-col gap-1" data-testid="capacity-share">
        <h2 className="text-sm font-bold text-slate-700">{t("share")}</h2>
        <p className="text-2xl font-bold">{t("shareValue", { percent, current: share.current, total: share.total })}</p>
      </Card>
      {map.processes.length === 0 ? <Notice tone="info">{t("heatmapEmpty")}</Notice> : (
        <>
          <Heatmap
            map={map}
            weekLabel={weekLabel}
            processLabel={(p) => (locale === "en" ? p.nameEn : p.nameJa)}
            cellLabel={(c) => t("heatmapCell", c)}
            processHeader={t("heatmapProcess")}
          />
          <p className="text-sm text-slate-700">{t("heatmapLegend")}</p>
        </>
      )}
    </div>
  );
}
