"use client";
// The compose form: for each step the firms doing it, then the lead, the shares, who answers for
// quality at each hand-off and the contracting model. Every field is controlled, so nothing typed
// is lost on an error; the steps and shares are sent as JSON fields the server schema parses
// (composeSchema in lib/groups/schemas.ts) and the server checks every constraint again.
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useActionState, useEffect, useState } from "react";
import { composeGroup } from "@/app/groups/actions";
import { SubmitButton } from "@/components/auth/form-kit";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Field, Input, Select } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import type { ActionState } from "@/lib/actions/result";
import type { ComposeContext, ComposeFirm, StepOption } from "@/lib/groups/compose";
import { MAX_FIRMS_PER_STEP } from "@/lib/groups/schemas";
import { ComposeLookup, useProblemText } from "./compose-lookup";
import { defaultPercents, effectiveLead, evenSplit, membersOf, partsToSend, qualityOwner, totalBasisPoints, formatPercent, type ComposeStep, type StepValues } from "./compose-values";
import { useOneTimeKey } from "@/components/auth/one-time-key";

interface Props {
  jobId: string;
  steps: ComposeStep[];
  firms: ComposeFirm[];
  composer: ComposeContext["composer"];
  initial: ComposeContext["initial"];
}

function initialSteps(steps: ComposeStep[], initial: Props["initial"], composer: Props["composer"]): StepValues[] {
  return steps.map((step) => {
    const from = initial?.steps.find((s) => s.stepId === step.id);
    if (from) return { stepId: step.id, quantity: step.quantity, parts: from.parts.map((p) => ({ firmId: p.firmId, quantity: String(p.quantity) })), qualityFirmId: "" };
    // A firm composing starts with itself on every step it can do alone.
    const own = composer.kind === "firm" && step.options.some((o) => o.firmId === composer.firmId && o.full && !o.problem) ? composer.firmId : "";
    return { stepId: step.id, quantity: step.quantity, parts: [{ firmId: own, quantity: String(step.quantity) }], qualityFirmId: "" };
  });
}

export function ComposeForm({ jobId, steps, firms: offeredFirms, composer, initial }: Props) {
  const t = useTranslations("groups.compose");
  const tg = useTranslations("groups");
  const problemText = useProblemText();
  const router = useRouter();
  const [values, setValues] = useState(() => initialSteps(steps, initial, composer));
  const [lead, setLead] = useState(initial?.leadFirmId ?? "");
  const [contractModel, setContractModel] = useState("MEDIATION");
  // Shares the user typed, for the member set they were typed for (another set → the defaults).
  const [typed, setTyped] = useState<{ members: string; shares: Record<string, string> } | null>(null);
  const [found, setFound] = useState<{ firms: ComposeFirm[]; options: Record<string, StepOption[]> }>({ firms: [], options: {} });
  const [result, submit] = useActionState(async (_: ActionState<{ groupId: string }>, data: FormData) => composeGroup(null, data), null);
  const submissionKey = useOneTimeKey(result);

  useEffect(() => {
    if (result?.ok) router.push(`/groups/${result.data.groupId}`);
  }, [result, router]);

  const firms = new Map([...offeredFirms, ...found.firms].map((f) => [f.id, f]));
  const nameOf = (id: string) => firms.get(id)?.name ?? "";
  const members = membersOf(values);
  const memberKey = members.join(",");
  const defaults = defaultPercents(values);
  const shares = typed && typed.members === memberKey ? typed.shares : defaults;
  const total = totalBasisPoints(members.map((id) => shares[id] ?? ""));
  const leadId = composer.kind === "firm" ? composer.firmId : effectiveLead(lead, values, (id) => firms.get(id)?.canLead === true);
  const errors = result && !result.ok ? (result.fieldErrors ?? {}) : {};

  const updateStep = (index: number, change: (step: StepValues) => StepValues) => setValues((all) => all.map((s, i) => (i === index ? change(s) : s)));
  const setPart = (index: number, p: number, change: Partial<StepValues["parts"][number]>) =>
    updateStep(index, (s) => ({ ...s, parts: s.parts.map((part, j) => (j === p ? { ...part, ...change } : part)) }));
  const addPart = (index: number) =>
    updateStep(index, (s) => {
      const split = evenSplit(s.quantity, s.parts.length + 1);
      return { ...s, parts: [...s.parts, { firmId: "", quantity: "" }].map((part, j) => ({ ...part, quantity: split[j]! })) };
    });
  const removePart = (index: number, p: number) => updateStep(index, (s) => ({ ...s, parts: s.parts.filter((_, j) => j !== p) }));
  const chooseFound = (firm: ComposeFirm, stepId: string, option: StepOption) => {
    setFound((f) => ({ firms: [...f.firms.filter((x) => x.id !== firm.id), firm], options: { ...f.options, [stepId]: [...(f.options[stepId] ?? []).filter((o) => o.firmId !== firm.id), option] } }));
    const index = values.findIndex((s) => s.stepId === stepId);
    updateStep(index, (s) => {
      const empty = s.parts.findIndex((p) => !p.firmId);
      if (s.parts.length === 1 || empty >= 0) return { ...s, parts: s.parts.map((p, j) => (j === Math.max(0, empty) ? { ...p, firmId: firm.id } : p)) };
      return s.parts.length < MAX_FIRMS_PER_STEP ? { ...s, parts: [...s.parts, { firmId: firm.id, quantity: "0" }] } : s;
    });
  };

  const send = () => {
    const data = new FormData();
    data.set("submissionKey", submissionKey);
    data.set("jobId", jobId);
    data.set("fromSuggestionId", initial?.fromSuggestionId ?? "");
    data.set("contractModel", contractModel);
    data.set("leadFirmId", leadId);
    data.set("steps", JSON.stringify(values.map((s) => ({ stepId: s.stepId, parts: partsToSend(s), qualityFirmId: qualityOwner(s, members) }))));
    data.set("shares", JSON.stringify(members.map((id) => ({ firmId: id, percent: shares[id] ?? "" }))));
    submit(data);
  };
  const problems = [...new Set([result && !result.ok ? result.formError : undefined, ...Object.values(errors)].filter((m): m is string => Boolean(m)))];

  return (
    <div className="flex flex-col gap-6" data-testid="compose">
      <ol className="flex flex-col gap-4">
        {steps.map((step, index) => {
          const value = values[index]!;
          const options = [...step.options, ...(found.options[step.id] ?? []).filter((o) => !step.options.some((x) => x.firmId === o.firmId))];
          const refused = options.filter((o) => o.problem);
          return (
            <li key={step.id}>
              <Card className="flex flex-col gap-3" data-testid={`compose-step-${step.position}`}>
                <div>
                  <h2 className="text-lg font-bold">{step.label}</h2>
                  <p className="text-sm text-slate-700">{step.details}</p>
                </div>
                {options.every((o) => o.problem) ? <p className="text-sm text-amber-900">{t("noOptions")}</p> : null}
                {value.parts.map((part, p) => (
                  <div key={p} className="grid grid-cols-1 gap-2 sm:grid-cols-[minmax(0,1fr)_8rem_auto] sm:items-end">
                    <Field label={t("firm")} name={`steps.${index}.parts.${p}.firmId`} error={errors[`steps.${index}.parts.${p}.firmId`] ?? (p === 0 ? (errors[`steps.${index}.parts`] ?? errors[`steps.${index}`]) : undefined)}>
                      {(control) => (
                        <Select {...control} value={part.firmId} onChange={(e) => setPart(index, p, { firmId: e.target.value })} data-testid={`compose-firm-${step.position}-${p}`}>
                          <option value="">{t("chooseFirm")}</option>
                          {options.map((o) => (
                            <option key={o.firmId} value={o.firmId} disabled={Boolean(o.problem)}>
                              {t(o.problem ? "optionNo" : o.handRaised ? "optionRaised" : o.full ? "optionFull" : "optionPartial", { name: firms.get(o.firmId)?.name ?? "", free: o.free })}
                            </option>
                          ))}
                        </Select>
                      )}
                    </Field>
                    {value.parts.length > 1 ? (
                      <>
                        <Field label={t("partQuantity")} name={`steps.${index}.parts.${p}.quantity`} error={errors[`steps.${index}.parts.${p}.quantity`]}>
                          {(control) => <Input {...control} inputMode="numeric" value={part.quantity} onChange={(e) => setPart(index, p, { quantity: e.target.value })} />}
                        </Field>
                        <Button variant="ghost" onClick={() => removePart(index, p)}>{t("removePart")}</Button>
                      </>
                    ) : null}
                  </div>
                ))}
                {value.parts.length < MAX_FIRMS_PER_STEP ? (
                  <div>
                    <Button variant="secondary" size="sm" onClick={() => addPart(index)} data-testid={`compose-add-part-${step.position}`}>{t("addPart")}</Button>
                  </div>
                ) : null}
                <Field label={t("quality")} name={`steps.${index}.qualityFirmId`} error={errors[`steps.${index}.qualityFirmId`]}>
                  {(control) => (
                    <Select {...control} value={qualityOwner(value, members)} onChange={(e) => updateStep(index, (s) => ({ ...s, qualityFirmId: e.target.value }))} data-testid={`compose-quality-${step.position}`}>
                      <option value="">—</option>
                      {members.map((id) => <option key={id} value={id}>{nameOf(id)}</option>)}
                    </Select>
                  )}
                </Field>
                {refused.length ? (
                  <ul className="text-sm text-slate-700">
                    {refused.map((o) => <li key={o.firmId}>✕ {problemText(o.problem!)}</li>)}
                  </ul>
                ) : null}
              </Card>
            </li>
          );
        })}
      </ol>

      <ComposeLookup jobId={jobId} steps={steps} onChoose={chooseFound} />

      <form action={send} noValidate className="flex flex-col gap-4" data-testid="compose-form">
        <Card className="flex flex-col gap-3">
          {composer.kind === "firm" ? (
            <p className="font-bold" data-testid="compose-lead-fixed">{t("leadFixed", { name: nameOf(composer.firmId) })}</p>
          ) : (
            <Field label={t("lead")} name="leadFirmId" hint={t("leadHelp")} error={errors.leadFirmId}>
              {(control) => (
                <Select {...control} value={leadId} onChange={(e) => setLead(e.target.value)} data-testid="compose-lead">
                  <option value="">{members.some((id) => firms.get(id)?.canLead) ? "—" : t("noLead")}</option>
                  {members.filter((id) => firms.get(id)?.canLead).map((id) => <option key={id} value={id}>{nameOf(id)}</option>)}
                </Select>
              )}
            </Field>
          )}
          {composer.kind === "firm" && errors.leadFirmId ? <p className="text-sm font-bold text-red-700">{errors.leadFirmId}</p> : null}
        </Card>

        <Card className="flex flex-col gap-3">
          <h2 className="text-lg font-bold">{t("shares")}</h2>
          <p className="text-sm text-slate-600">{t("sharesHelp")}</p>
          {typed && typed.members !== memberKey ? <Notice tone="info">{t("sharesReset")}</Notice> : null}
          <div className="grid grid-cols-1 gap-3 sm:grid-cols-2">
            {members.map((id) => (
              <Field key={id} label={nameOf(id)} name={`share-${id}`}>
                {(control) => (
                  <div className="flex items-center gap-2">
                    <Input {...control} inputMode="decimal" value={shares[id] ?? ""} onChange={(e) => setTyped({ members: memberKey, shares: { ...shares, [id]: e.target.value } })} className="w-28" />
                    <span aria-hidden="true">%</span>
                  </div>
                )}
              </Field>
            ))}
          </div>
          <p className={`font-bold ${total === 10_000 ? "text-green-800" : "text-red-700"}`} aria-live="polite" data-testid="compose-share-total">
            {t("shareTotal", { total: formatPercent(total) })}
          </p>
          {errors.shares ? <p className="text-sm font-bold text-red-700">{errors.shares}</p> : null}
          <div>
            <Button variant="ghost" size="sm" onClick={() => setTyped(null)}>{t("resetShares")}</Button>
          </div>
        </Card>

        <Card>
          <Field label={t("model")} name="contractModel" error={errors.contractModel}>
            {(control) => (
              <Select {...control} value={contractModel} onChange={(e) => setContractModel(e.target.value)}>
                <option value="MEDIATION">{tg("model.MEDIATION")}</option>
                <option value="JOINT_ORDER">{tg("model.JOINT_ORDER")}</option>
              </Select>
            )}
          </Field>
        </Card>

        <div aria-live="polite">
          {problems.length ? (
            <Notice tone="error" title={t("problemsTitle")} data-testid="compose-error">
              <ul className="list-disc pl-5">{problems.map((m) => <li key={m}>{m}</li>)}</ul>
            </Notice>
          ) : null}
        </div>
        <SubmitButton testId="compose-submit">{t("submit")}</SubmitButton>
      </form>
    </div>
  );
}
