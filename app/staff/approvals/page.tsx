import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/authz/guard";
import { getDatabase } from "@/lib/db/client";
import { listPendingApprovals } from "@/lib/groups/approvals";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("groups.approve"))("queue") };
}

export default async function ApprovalsPage() {
  const viewer = await requirePermission("group.approve");
  const t = await getTranslations("groups.approve");
  const en = (await getLocale()) === "en";
  const format = await getFormatter();
  const approvals = await listPendingApprovals(await getDatabase(), viewer);
  return (
    <div>
      <PageHeader title={t("queue")} description={t("queueIntro")} />
      {approvals.length === 0 ? <p data-testid="approvals-empty">{t("queueNone")}</p> : null}
      <ul className="flex flex-col gap-3" data-testid="approvals">
        {approvals.map((a) => (
          <li key={a.id}>
            <Card className="flex flex-col gap-1">
              {a.group.kind === "STANDING" ? (
                <Link href={`/groups/standing/${a.group.id}`} className="text-lg font-bold text-brand-800 underline">{t("standing", { name: a.group.name })}</Link>
              ) : (
                <Link href={`/groups/${a.group.id}`} className="text-lg font-bold text-brand-800 underline">{(en && a.group.job?.titleEn) || a.group.job?.titleJa}</Link>
              )}
              <p className="text-sm text-slate-700">{a.association ? (en ? a.association.nameEn : a.association.nameJa) : ""} · {a.group.members.map((m) => m.firm.nameJa).join("、")}</p>
              {a.group.job ? <p className="text-sm text-slate-600">{format.dateTime(a.group.job.deadline, { dateStyle: "medium", timeZone: "UTC" })}</p> : null}
            </Card>
          </li>
        ))}
      </ul>
    </div>
  );
}
