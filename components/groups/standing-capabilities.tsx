// What a standing group's firms can do together, per process: how many firms offer it, the
// tightest tolerance and largest workpiece any of them takes, and their monthly capacity combined.
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { materialName, processName } from "@/components/matching/taxonomy-names";
import { Card } from "@/components/ui/card";
import type { CombinedCapability } from "@/lib/groups/standing/combine";

export async function StandingCapabilities({ capabilities }: { capabilities: readonly CombinedCapability[] }) {
  const [t, locale, format] = await Promise.all([getTranslations("groups.standing.capabilities"), getLocale(), getFormatter()]);
  return (
    <Card>
      <h2 className="mb-3 text-lg font-bold">{t("title")}</h2>
      {capabilities.length === 0 ? <p>{t("none")}</p> : null}
      {/* A list of cards, not a table: it reads the same on a phone. */}
      <ul className="grid gap-3 sm:grid-cols-2" data-testid="standing-capabilities">
        {capabilities.map((c) => (
          <li key={c.processCode} className="rounded-md border border-slate-200 p-3">
            <p className="font-bold">{processName(c.processCode, locale)} <span className="text-sm font-normal text-slate-600">· {t("firms", { count: c.firmIds.length })}</span></p>
            <dl className="mt-1 grid grid-cols-[auto_1fr] gap-x-3 text-sm">
              <dt>{t("tolerance")}</dt><dd>{format.number(c.bestToleranceUm)} µm</dd>
              <dt>{t("size")}</dt><dd>{format.number(c.maxWorkpieceMm)} mm</dd>
              <dt>{t("capacity")}</dt><dd>{t("perMonth", { count: format.number(c.monthlyCapacity) })}</dd>
              {c.materialCodes.length ? (<><dt>{t("materials")}</dt><dd>{c.materialCodes.map((code) => materialName(code, locale)).join("、")}</dd></>) : null}
            </dl>
          </li>
        ))}
      </ul>
    </Card>
  );
}
