// Staff re-run matching with other weights. A GET form: the weights go in the URL, so the page is
// reproducible and shareable, and nothing typed is lost when a value is refused.
import Link from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { TERM_KEYS, type TermKey, type Weights } from "@/lib/matching";

export async function WeightsForm({ weights, invalid, custom }: { weights: Weights; invalid: readonly TermKey[]; custom: boolean }) {
  const t = await getTranslations("matching");
  const tv = await getTranslations("auth.validation");
  return (
    <Card as="section" className="flex flex-col gap-3" data-testid="weights-form">
      <h2 className="text-lg font-bold">{t("weights.title")}</h2>
      <p className="text-sm text-slate-700">{t("weights.help")}</p>
      <form method="get" className="flex flex-col gap-3">
        <div className="grid grid-cols-2 gap-3 sm:grid-cols-4">
          {TERM_KEYS.map((key) => (
            <label key={key} className="flex flex-col gap-1 text-sm">
              <span className="font-bold">{t(`terms.${key}`)}</span>
              <input
                type="number"
                name={`w_${key}`}
                min={0}
                max={100}
                step="any"
                inputMode="decimal"
                defaultValue={weights[key]}
                aria-invalid={invalid.includes(key) || undefined}
                className="min-h-11 rounded-md border border-slate-400 px-3 aria-[invalid]:border-red-600"
              />
              {invalid.includes(key) ? <span className="text-red-700">{tv("number")}</span> : null}
            </label>
          ))}
        </div>
        <div className="flex flex-wrap items-center gap-3">
          <Button type="submit" data-testid="weights-run">{t("weights.run")}</Button>
          {custom ? (
            <Link href="?" className="font-bold text-brand-800 underline">
              {t("weights.reset")}
            </Link>
          ) : null}
        </div>
      </form>
      {custom ? <p className="text-sm font-bold text-amber-800" data-testid="custom-weights">{t("weights.custom")}</p> : null}
    </Card>
  );
}
