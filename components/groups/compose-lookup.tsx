"use client";
// "Find a firm by name" on the compose page: what a firm that is not offered can do for each step,
// and why not ("公差 10 µm、工程 2 は 5 µm が必要"); a firm that can is chosen for the step from here.
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { lookupComposeFirms } from "@/app/groups/actions";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Field, Input } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import type { ComposeFirm, FirmLookup, Problem, StepOption } from "@/lib/groups/compose";
import type { ComposeStep } from "./compose-values";

/** A problem key (groups.compose.problems.*) in the reader's language. */
export function useProblemText() {
  const t = useTranslations("groups.compose.problems");
  return (problem: Problem) => t(problem.key.replace(/^groups\.compose\.problems\./, "") as "process", problem.params as Record<string, string>);
}

interface Props {
  jobId: string;
  steps: ComposeStep[];
  onChoose: (firm: ComposeFirm, stepId: string, option: StepOption) => void;
}

export function ComposeLookup({ jobId, steps, onChoose }: Props) {
  const t = useTranslations("groups.compose");
  const problemText = useProblemText();
  const [query, setQuery] = useState("");
  const [found, setFound] = useState<FirmLookup[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [pending, start] = useTransition();
  const find = () =>
    start(async () => {
      const result = await lookupComposeFirms(null, { jobId, query });
      setFound(result.ok ? result.data : null);
      setError(result.ok ? null : (result.fieldErrors?.query ?? result.formError ?? null));
    });

  return (
    <Card className="flex flex-col gap-3" data-testid="compose-lookup">
      <form
        className="flex flex-col gap-2 sm:flex-row sm:items-end"
        onSubmit={(e) => {
          e.preventDefault();
          find();
        }}
      >
        <Field label={t("lookup")} name="lookup" hint={t("lookupHelp")} error={error} className="flex-1">
          {(control) => <Input {...control} value={query} maxLength={100} onChange={(e) => setQuery(e.target.value)} data-testid="compose-lookup-query" />}
        </Field>
        <Button type="submit" variant="secondary" disabled={pending} data-testid="compose-lookup-submit">{t("lookupButton")}</Button>
      </form>
      <div aria-live="polite">
        {found && found.length === 0 ? <Notice tone="info">{t("lookupNone")}</Notice> : null}
        <ul className="flex flex-col gap-3">
          {found?.map((firm) => (
            <li key={firm.firmId} className="rounded-md border border-slate-200 p-3" data-testid="compose-lookup-firm">
              <p className="font-bold">{firm.name}</p>
              <ul className="mt-1 flex flex-col gap-1 text-sm">
                {firm.steps.map((s) => {
                  const step = steps.find((x) => x.id === s.stepId)!;
                  return (
                    <li key={s.stepId} className="flex flex-wrap items-center gap-2">
                      {s.problem ? (
                        <span className="text-red-800">{t("lookupNo", { position: step.position, reason: problemText(s.problem) })}</span>
                      ) : (
                        <>
                          <span className="text-green-800">{t(s.full ? "lookupCan" : "lookupPartial", { position: step.position, free: s.free })}</span>
                          <Button
                            variant="ghost"
                            size="sm"
                            onClick={() => onChoose({ id: firm.firmId, name: firm.name, canLead: firm.canLead }, s.stepId, { firmId: firm.firmId, free: s.free, full: s.full, handRaised: false, problem: null })}
                          >
                            {t("lookupChoose", { position: step.position })}
                          </Button>
                        </>
                      )}
                    </li>
                  );
                })}
              </ul>
            </li>
          ))}
        </ul>
      </div>
    </Card>
  );
}
