import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { processName } from "@/components/matching/taxonomy-names";
import { RaiseNcForm } from "@/components/quality/nc-forms";
import { NcStatusBadge } from "@/components/quality/nc-status-badge";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { NotFoundError } from "@/lib/authz";
import { requirePermission } from "@/lib/authz/guard";
import { getDatabase } from "@/lib/db/client";
import { groupNonConformances, qualityGroupHeader } from "@/lib/quality/nc-view";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("quality"))("title") };
}

export default async function GroupQualityPage({ params }: { params: Promise<{ id: string }> }) {
  const viewer = await requirePermission("progress.view");
  const { id } = await params;
  const db = await getDatabase();
  const [{ group }, ncs] = await Promise.all([qualityGroupHeader(db, viewer, id), groupNonConformances(db, viewer, id)]).catch((error: unknown) => {
    if (error instanceof NotFoundError) notFound();
    throw error;
  });
  const t = await getTranslations("quality");
  const locale = await getLocale();
  const format = await getFormatter();
  const en = locale === "en";
  const firm = (m: { firm: { nameJa: string; nameEn: string | null } }) => (en && m.firm.nameEn) || m.firm.nameJa;
  const steps = group.assignments.map((a) => ({ value: a.id, label: `${a.jobStep?.position ?? ""}. ${processName(a.processCode, locale)} · ${firm(a.member)}` }));

  return (
    <div className="flex flex-col gap-6">
      <PageHeader
        eyebrow={<Link href={`/groups/${group.id}`} className="underline">{group.job ? (en && group.job.titleEn) || group.job.titleJa : ""}</Link>}
        title={t("title")}
      />
      <Card data-testid="nc-list">
        <div className="mb-3 flex flex-wrap items-baseline justify-between gap-2">
          <h2 className="text-lg font-bold">{t("nc.list")}</h2>
          {ncs.openCount ? <span className="text-sm font-bold text-red-800">{t("nc.open", { count: ncs.openCount })}</span> : null}
        </div>
        {ncs.list.length === 0 ? <p className="text-sm text-slate-700">{t("nc.none")}</p> : (
          <ul className="flex flex-col divide-y divide-slate-200">
            {ncs.list.map((nc) => (
              <li key={nc.id} className="py-2">
                <Link href={`/groups/${group.id}/quality/nc/${nc.id}`} className="flex min-h-11 flex-col gap-1 underline-offset-2 hover:underline" data-testid="nc-link">
                  <span className="flex flex-wrap items-center gap-2"><NcStatusBadge status={nc.status} /><span className="text-xs text-slate-600">{format.dateTime(nc.createdAt, { dateStyle: "medium" })} · {t(`nc.source.${nc.source}`)}</span></span>
                  <span className="break-words font-bold">{nc.description}</span>
                  {nc.responsibleMember ? <span className="text-sm text-slate-700">{t("nc.field.responsible")}: {firm(nc.responsibleMember)}</span> : null}
                </Link>
              </li>
            ))}
          </ul>
        )}
      </Card>
      {ncs.canRaise ? (
        <Card>
          <details>
            <summary className="min-h-11 cursor-pointer py-2 text-lg font-bold" data-testid="raise-nc-open">{t("nc.raise.title")}</summary>
            <p className="mb-3 text-sm text-slate-700">{t("nc.raise.help")}</p>
            <RaiseNcForm groupId={group.id} steps={steps} />
          </details>
        </Card>
      ) : null}
    </div>
  );
}
