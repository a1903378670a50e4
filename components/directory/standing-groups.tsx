// Standing joint-order groups that match the search, above the firms: a buyer with a multi-process
// part may want a group that already works together.
import Link from "@/components/ui/link";
import { getLocale, getTranslations } from "next-intl/server";
import { processName } from "@/components/matching/taxonomy-names";
import type { StandingGroupHit } from "@/lib/groups/standing/directory";

export async function StandingGroupHits({ hits }: { hits: readonly StandingGroupHit[] }) {
  if (hits.length === 0) return null;
  const [t, locale] = await Promise.all([getTranslations("groups.standing.directory"), getLocale()]);
  const en = locale === "en";
  return (
    <section className="rounded-lg border border-brand-200 bg-brand-50 p-4" aria-labelledby="standing-groups" data-testid="standing-groups">
      <h2 id="standing-groups" className="font-bold">{t("title")}</h2>
      <p className="mb-2 text-sm text-slate-700">{t("intro")}</p>
      <ul className="flex flex-col gap-2">
        {hits.map((g) => (
          <li key={g.id} className="min-w-0">
            <Link href={`/groups/standing/${g.id}`} className="font-bold text-brand-800 underline">{g.name}</Link>
            <p className="text-sm">{t("firms", { names: g.firmNames.join(locale === "en" ? ", " : "、") })}</p>
            <p className="text-sm text-slate-700">{t("processes", { processes: g.processCodes.map((code) => processName(code, locale)).join(" · ") })}</p>
            {((en && g.descriptionEn) || g.descriptionJa) ? <p className="line-clamp-2 text-sm text-slate-700">{(en && g.descriptionEn) || g.descriptionJa}</p> : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
