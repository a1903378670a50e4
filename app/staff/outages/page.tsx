// Staff: firms in their scope that are down (or will be), and the groups they leave short.
import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { getLocale, getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/authz/guard";
import { getDatabase } from "@/lib/db/client";
import { staffOutageList } from "@/lib/outages/overview";
import { MUNICIPALITY_BY_CODE } from "@/lib/taxonomy/municipalities";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("outages.staff"))("title") };
}

export default async function StaffOutagesPage() {
  const viewer = await requirePermission("outage.list");
  const rows = await staffOutageList(await getDatabase(), viewer);
  const [t, tg, locale] = await Promise.all([getTranslations("outages"), getTranslations("groups"), getLocale()]);
  const en = locale === "en";
  return (
    <div className="flex flex-col gap-4">
      <PageHeader title={t("staff.title")} description={t("staff.intro")} />
      {rows.length === 0 ? <Card><p>{t("staff.none")}</p></Card> : null}
      <ul className="flex flex-col gap-3" data-testid="outage-list">
        {rows.map((r) => {
          const area = MUNICIPALITY_BY_CODE.get(r.firm.municipalityCode);
          return (
            <li key={r.id}>
              <Card className="flex flex-col gap-2" data-testid={`outage-${r.firm.id}`}>
                <div className="flex flex-wrap items-baseline justify-between gap-2">
                  <Link href={`/firms/${r.firm.id}/outage`} className="font-bold underline">{(en && r.firm.nameEn) || r.firm.nameJa}</Link>
                  <span className="text-sm">{area ? (en ? area.nameEn : area.nameJa) : ""}</span>
                </div>
                <p className="text-sm">
                  {r.current ? <span className="mr-2 rounded bg-red-100 px-2 py-0.5 font-bold text-red-900">{t("badge")}</span> : null}
                  {t(`kinds.${r.kind}`)} · {r.startsOn}〜{r.endsOn ?? t("untilFurther")}{r.note ? ` · ${r.note}` : ""}
                </p>
                <div className="text-sm">
                  <span className="font-bold">{t("staff.groups")}: </span>
                  {r.groups.length === 0 ? t("staff.noGroups") : (
                    <ul className="mt-1 flex flex-col gap-1">
                      {r.groups.map((g) => (
                        <li key={g.id}>
                          <Link href={`/groups/${g.id}`} className="inline-block min-h-11 py-2 underline">{(en && g.titleEn) || g.titleJa}</Link>
                          {" "}· {tg(`status.${g.status}` as "status.INVITING")}{g.leadDown ? ` · ${t("staff.lead")}` : ""}{g.proposed ? ` · ${t("answer.status.PROPOSED")}` : ""}
                        </li>
                      ))}
                    </ul>
                  )}
                </div>
              </Card>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
