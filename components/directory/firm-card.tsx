// One firm in the result list: name, area, processes, and (signed in) size, a line of its
// description, distance and when it was last updated.
import Link from "@/components/ui/link";
import { processName } from "@/components/matching/taxonomy-names";
import { Card } from "@/components/ui/card";
import { maskEmails } from "@/lib/directory/mask-emails";
import type { FirmSummary } from "@/lib/directory/types";
import { MUNICIPALITY_BY_CODE } from "@/lib/taxonomy/municipalities";
import type { Translate } from "./facet-labels";

/** Signed out (publicView), the firm page is behind sign-in, so the name leads there through it. */
export function FirmCard({ firm, locale, t, formatDate, publicView = false, down = null }: { firm: FirmSummary; locale: string; t: Translate; formatDate: (iso: string) => string; publicView?: boolean; down?: string | null }) {
  const en = locale === "en";
  const area = MUNICIPALITY_BY_CODE.get(firm.municipalityCode);
  const description = maskEmails((en && firm.descriptionEn) || firm.descriptionJa || "", t("firm.emailHidden"));
  const facts = [
    area ? (en ? area.nameEn : area.nameJa) : firm.municipalityCode,
    firm.employees !== undefined ? t("results.employees", { count: firm.employees }) : null,
    firm.distanceKm !== undefined ? t("results.distance", { km: firm.distanceKm }) : null,
    firm.updatedAt ? t("results.updated", { date: formatDate(firm.updatedAt) }) : null,
  ].filter(Boolean);
  return (
    <Card as="article" className="flex min-w-0 flex-col gap-2" data-testid="directory-result">
      <h2 className="text-lg font-bold leading-snug">
        <Link href={publicView ? `/login?next=${encodeURIComponent(`/firms/${firm.id}`)}` : `/firms/${firm.id}`} className="break-words text-brand-800 underline">{(en && firm.nameEn) || firm.nameJa}</Link>
      </h2>
      <p className="text-sm text-slate-700">{down ? <span className="mr-2 rounded bg-red-100 px-2 py-0.5 font-bold text-red-900" data-testid="firm-down-badge">{down}</span> : null}{facts.join(" · ")}</p>
      {firm.processCodes.length ? (
        <ul className="flex flex-wrap gap-1" aria-label={t("facets.process")}>
          {firm.processCodes.map((code) => <li key={code} className="rounded bg-slate-100 px-2 py-0.5 text-sm text-slate-800">{processName(code, locale)}</li>)}
        </ul>
      ) : null}
      {description ? <p className="line-clamp-2 break-words text-sm text-slate-700">{description}</p> : null}
    </Card>
  );
}
