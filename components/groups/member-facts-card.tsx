// The approval facts per member firm (lib/groups/member-facts.ts), for staff and the buyer.
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { certificationName } from "@/components/matching/taxonomy-names";
import { Card } from "@/components/ui/card";
import type { MemberFacts } from "@/lib/groups/member-facts";

export async function MemberFactsCard({ facts, nameOf }: { facts: readonly MemberFacts[]; nameOf: (firmId: string) => string }) {
  const t = await getTranslations("groups.facts");
  const format = await getFormatter();
  const locale = await getLocale();
  return (
    <Card data-testid="member-facts">
      <h2 className="text-lg font-bold">{t("title")}</h2>
      <p className="mb-3 text-sm text-slate-700">{t("intro")}</p>
      <ul className="flex flex-col gap-3">
        {facts.map((f) => (
          <li key={f.firmId} className="rounded-md border border-slate-200 p-3 text-sm">
            <p className="font-bold">{nameOf(f.firmId)}</p>
            <dl className="grid grid-cols-[minmax(6rem,auto)_minmax(0,1fr)] gap-x-3 gap-y-1">
              <dt className="text-slate-600">{t("verified")}</dt>
              <dd className={f.status === "VERIFIED" ? "" : "font-bold text-red-800"}>{f.status === "VERIFIED" && f.verifiedAt ? t("verifiedOn", { date: format.dateTime(new Date(f.verifiedAt), { dateStyle: "medium" }) }) : t("notVerified")}</dd>
              <dt className="text-slate-600">{t("certifications")}</dt>
              <dd>{f.certifications.length ? f.certifications.map((code) => certificationName(code, locale)).join(locale === "en" ? ", " : "、") : t("none")}</dd>
              <dt className="text-slate-600">{t("load")}</dt>
              <dd>{t("loadValue", { steps: f.activeSteps, quantity: format.number(f.activeQuantity), capacity: format.number(f.monthlyCapacity) })}</dd>
              <dt className="text-slate-600">{t("quality")}</dt>
              <dd>{t("qualityValue", { orders: f.deliveredOrders, rating: f.averageQuality === null ? t("noRating") : `${f.averageQuality} / 5`, defects: f.nonConformances })}</dd>
            </dl>
          </li>
        ))}
      </ul>
    </Card>
  );
}
