// The sections of a firm's page: capabilities, equipment, certifications and track record.
import { processName } from "@/components/matching/taxonomy-names";
import { Card } from "@/components/ui/card";
import type { FirmPage } from "@/lib/directory/firm-page";
import { MATERIALS } from "@/lib/taxonomy/materials";
import { CERTIFICATIONS } from "@/lib/taxonomy/certifications";
import type { Translate } from "./facet-labels";

const MATERIAL_BY_CODE = new Map(MATERIALS.map((m) => [m.code, m]));
const CERTIFICATION_BY_CODE = new Map(CERTIFICATIONS.map((c) => [c.code, c]));

interface SectionProps {
  firm: FirmPage;
  t: Translate;
  locale: string;
  formatNumber: (n: number) => string;
  formatDate: (d: Date) => string;
}

export function CapabilitiesSection({ firm, t, locale, formatNumber }: SectionProps) {
  const en = locale === "en";
  return (
    <Card className="flex flex-col gap-3" aria-labelledby="firm-capabilities">
      <h2 id="firm-capabilities" className="text-lg font-bold">{t("firm.capabilities")}</h2>
      {firm.capabilities.length === 0 ? <p>{t("firm.none")}</p> : null}
      <ul className="flex flex-col gap-3">
        {firm.capabilities.map((c) => (
          <li key={c.processCode} className="border-t border-slate-200 pt-3 first:border-t-0 first:pt-0" data-testid={`capability-${c.processCode}`}>
            <h3 className="font-bold">{processName(c.processCode, locale)}</h3>
            <dl className="grid grid-cols-[auto_minmax(0,1fr)] gap-x-3 gap-y-1 text-sm">
              <dt className="text-slate-600">{t("firm.materials")}</dt>
              <dd className="break-words">{c.materials.map((m) => { const item = MATERIAL_BY_CODE.get(m.materialCode); return item ? (en ? item.nameEn : item.nameJa) : m.materialCode; }).join("、") || "—"}</dd>
              <dt className="text-slate-600">{t("firm.tolerance")}</dt>
              <dd>{t("firm.um", { value: formatNumber(c.bestToleranceUm) })}</dd>
              <dt className="text-slate-600">{t("firm.workpiece")}</dt>
              <dd>{t("firm.mm", { value: formatNumber(c.maxWorkpieceMm) })}</dd>
              <dt className="text-slate-600">{t("firm.capacity")}</dt>
              <dd>{formatNumber(c.monthlyCapacity)}</dd>
              <dt className="text-slate-600">{t("firm.leadTime")}</dt>
              <dd>{t("firm.days", { count: c.leadTimeDays })}</dd>
            </dl>
            {c.notes ? <p className="mt-1 break-words text-sm text-slate-700">{c.notes}</p> : null}
          </li>
        ))}
      </ul>
    </Card>
  );
}

const spec = (e: FirmPage["equipment"][number], t: Translate) =>
  [
    e.travelXMm || e.travelYMm || e.travelZMm ? `X${e.travelXMm ?? "-"}×Y${e.travelYMm ?? "-"}×Z${e.travelZMm ?? "-"} mm` : null,
    e.maxDiameterMm ? `φ${e.maxDiameterMm} mm` : null,
    e.tonnage ? `${e.tonnage} t` : null,
    e.accuracyUm ? t("firm.um", { value: e.accuracyUm }) : null,
  ].filter(Boolean).join(" / ");

export function EquipmentSection({ firm, t }: SectionProps) {
  return (
    <Card className="flex flex-col gap-3" aria-labelledby="firm-equipment">
      <h2 id="firm-equipment" className="text-lg font-bold">{t("firm.equipment")}</h2>
      {firm.equipment.length === 0 ? <p>{t("firm.none")}</p> : null}
      <ul className="flex flex-col divide-y divide-slate-200">
        {firm.equipment.map((e) => (
          <li key={e.id} className="flex flex-col gap-0.5 py-2 text-sm">
            <span className="font-bold">{t(`equipmentKind.${e.kind}`)} × {e.count}</span>
            <span className="break-words">{e.maker} {e.model}{e.year ? ` (${e.year})` : ""}</span>
            {spec(e, t) ? <span className="text-slate-600">{spec(e, t)}</span> : null}
          </li>
        ))}
      </ul>
    </Card>
  );
}

export function CertificationsSection({ firm, t, locale, formatDate }: SectionProps) {
  const en = locale === "en";
  const today = new Date().toISOString().slice(0, 10);
  return (
    <Card className="flex flex-col gap-3" aria-labelledby="firm-certifications">
      <h2 id="firm-certifications" className="text-lg font-bold">{t("firm.certifications")}</h2>
      {firm.certifications.length === 0 ? <p>{t("firm.none")}</p> : null}
      <ul className="flex flex-col gap-1 text-sm">
        {firm.certifications.map((c) => {
          const item = CERTIFICATION_BY_CODE.get(c.certificationCode);
          const expired = c.expiresOn !== null && c.expiresOn.toISOString().slice(0, 10) < today;
          return (
            <li key={c.certificationCode} className="flex flex-wrap gap-x-2">
              <span className={expired ? "text-slate-500 line-through" : "font-bold"}>{item ? (en ? item.nameEn : item.nameJa) : c.certificationCode}</span>
              <span className="text-slate-600">{c.expiresOn ? t("firm.expires", { date: formatDate(c.expiresOn) }) : t("firm.noExpiry")}</span>
              {expired ? <span className="font-bold text-red-800">{t("firm.expired")}</span> : null}
            </li>
          );
        })}
      </ul>
    </Card>
  );
}

export function RecordSection({ firm, t, formatNumber }: SectionProps) {
  const r = firm.record;
  return (
    <Card className="flex flex-col gap-2 text-sm" aria-labelledby="firm-record">
      <h2 id="firm-record" className="text-lg font-bold">{t("firm.record")}</h2>
      <p>{t("firm.groups", { count: r.groups, led: r.led })}</p>
      <p>{t("firm.orders", { orders: r.orders, delivered: r.delivered })}</p>
      <p>{r.rated > 0 && r.avg_quality !== null && r.avg_delivery !== null ? t("firm.rating", { quality: formatNumber(Math.round(r.avg_quality * 10) / 10), delivery: formatNumber(Math.round(r.avg_delivery * 10) / 10), count: r.rated }) : t("firm.noRating")}</p>
      <p>{t("firm.qualityIssues", { count: r.quality_issues })}</p>
    </Card>
  );
}
