import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { getLocale, getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/authz/guard";
import { groupVisibleWhere } from "@/lib/authz/scope";
import { getPrisma } from "@/lib/db/client";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("groups.list"))("title") };
}

export default async function GroupsPage() {
  const viewer = await requirePermission("group.view");
  const t = await getTranslations("groups");
  const en = (await getLocale()) === "en";
  const prisma = await getPrisma();
  const groups = await prisma.jointOrderGroup.findMany({
    where: groupVisibleWhere(viewer),
    orderBy: { updatedAt: "desc" },
    take: 100,
    select: { id: true, kind: true, name: true, status: true, job: { select: { titleJa: true, titleEn: true } }, leadFirm: { select: { nameJa: true, nameEn: true } }, _count: { select: { members: true } } },
  });
  return (
    <div>
      <PageHeader title={t("list.title")} />
      {groups.length === 0 ? <p>{t("list.none")}</p> : null}
      <ul className="flex flex-col gap-3" data-testid="groups">
        {groups.map((g) => (
          <li key={g.id}>
            <Card className="flex flex-wrap items-baseline justify-between gap-2">
              {g.kind === "STANDING" ? (
                <Link href={`/groups/standing/${g.id}`} className="font-bold text-brand-800 underline"><span className="mr-2 rounded bg-brand-100 px-2 text-sm">{t("list.standingBadge")}</span>{g.name}</Link>
              ) : (
                <Link href={`/groups/${g.id}`} className="font-bold text-brand-800 underline">{(en && g.job?.titleEn) || g.job?.titleJa || "—"}</Link>
              )}
              <span className="text-sm">{(en && g.leadFirm.nameEn) || g.leadFirm.nameJa} · {g._count.members} · <strong>{g.kind === "STANDING" ? t(`standing.status.${g.status}` as "standing.status.APPROVED") : t(`status.${g.status}`)}</strong></span>
            </Card>
          </li>
        ))}
      </ul>
    </div>
  );
}
