"use client";
// Certifications with number, issuer and dates; an expiry in the past is flagged at once.
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { emptyCertification, type CertificationValues } from "@/lib/firm-profile/form-values";
import type { ProfileOptions } from "./options";
import { SelectInput, TextInput } from "./text-input";

interface Props {
  rows: CertificationValues[];
  onChange: (rows: CertificationValues[]) => void;
  options: ProfileOptions;
  errors: Record<string, string>;
  /** Today as YYYY-MM-DD (from the server, so the flag does not depend on the phone's clock). */
  today: string;
}

export function CertificationsEditor({ rows, onChange, options, errors, today }: Props) {
  const t = useTranslations("firmProfile.certifications");
  const basics = useTranslations("firmProfile.basics");
  const update = (index: number, patch: Partial<CertificationValues>) => onChange(rows.map((r, i) => (i === index ? { ...r, ...patch } : r)));
  const err = (index: number, field: string) => errors[`certifications.${index}.${field}`];

  return (
    <section className="flex flex-col gap-3" aria-labelledby="certifications-title" data-testid="certifications">
      <h2 id="certifications-title" className="text-lg font-bold">{t("title")}</h2>
      {errors.certifications ? <p className="font-bold text-red-700" data-testid="field-error-certifications">{errors.certifications}</p> : null}
      {rows.length === 0 ? <p>{t("none")}</p> : null}
      <ol className="flex flex-col gap-3">
        {rows.map((row, index) => {
          const expired = /^\d{4}-\d{2}-\d{2}$/.test(row.expiresOn) && row.expiresOn < today;
          return (
            <li key={index} className={`grid gap-3 rounded-md border p-3 sm:grid-cols-2 ${expired ? "border-red-400 bg-red-50" : "border-slate-300"}`} data-testid={`certification-${index}`}>
              <SelectInput label={t("code")} name={`certifications.${index}.certificationCode`} required value={row.certificationCode} options={options.certifications} placeholder={basics("choose")} onChange={(v) => update(index, { certificationCode: v })} error={err(index, "certificationCode")} />
              <div className="flex items-end justify-between gap-2">
                {expired ? <span className="rounded bg-red-700 px-2 py-1 text-sm font-bold text-white" data-testid={`certification-${index}-expired`}>{t("expired")}</span> : <span />}
                <Button variant="ghost" onClick={() => onChange(rows.filter((_, i) => i !== index))}>{t("remove")}</Button>
              </div>
              <TextInput label={t("certificateNumber")} name={`certifications.${index}.certificateNumber`} maxLength={60} value={row.certificateNumber} onChange={(v) => update(index, { certificateNumber: v })} error={err(index, "certificateNumber")} />
              <TextInput label={t("issuer")} name={`certifications.${index}.issuer`} maxLength={100} value={row.issuer} onChange={(v) => update(index, { issuer: v })} error={err(index, "issuer")} />
              <TextInput label={t("issuedOn")} name={`certifications.${index}.issuedOn`} type="date" value={row.issuedOn} onChange={(v) => update(index, { issuedOn: v })} error={err(index, "issuedOn")} />
              <TextInput label={t("expiresOn")} name={`certifications.${index}.expiresOn`} type="date" value={row.expiresOn} onChange={(v) => update(index, { expiresOn: v })} error={err(index, "expiresOn")} />
            </li>
          );
        })}
      </ol>
      <Button variant="secondary" className="self-start" onClick={() => onChange([...rows, emptyCertification()])} data-testid="certification-add">{t("add")}</Button>
    </section>
  );
}
