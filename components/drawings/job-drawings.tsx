// The drawings part of a job page: the agreement (confidential jobs), the drawings the viewer may
// open or a note of what unlocks them, and for the buyer (and staff) who agreed and the access log.
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { deleteJobDrawing, withdrawDrawingAccess } from "@/app/jobs/drawing-actions";
import { RowAction } from "@/components/admin/row-action";
import { Card } from "@/components/ui/card";
import type { Viewer } from "@/lib/auth/viewer-types";
import { can } from "@/lib/authz";
import { loadDrawingsRef } from "@/lib/drawings/drawings-access";
import { accessLogOf, organisationName } from "@/lib/drawings/access-log";
import { ndaOverview, type NdaOverview } from "@/lib/drawings/nda-overview";
import { AcceptNdaForm } from "./accept-form";
import { AccessLogTable } from "./access-log-table";

interface Drawing {
  id: string;
  fileName: string;
  sizeBytes: number;
}

export async function JobDrawings({ viewer, jobId, drawings }: { viewer: Viewer; jobId: string; drawings: Drawing[] }) {
  const { resource } = await loadDrawingsRef(viewer, jobId);
  const canSeeDrawings = can(viewer, "drawing.view", resource);
  const isBuyer = can(viewer, "drawing.manage", resource);
  const nda = await ndaOverview(viewer, jobId);
  // The buyer sees its log here; staff open it on its own page (each reading is audited).
  const log = isBuyer && (nda || drawings.length) ? await accessLogOf(viewer, jobId) : null;
  const t = await getTranslations("drawings");
  return (
    <>
      {nda ? <AgreementCard viewer={viewer} jobId={jobId} nda={nda} drawingCount={drawings.length} /> : null}
      {drawings.length && canSeeDrawings ? (
        <Card>
          <h2 className="mb-2 text-lg font-bold">{t("list.title")}</h2>
          {isBuyer ? null : <p className="mb-2 text-sm text-slate-600">{t("list.stamped")}</p>}
          <ul className="flex flex-col gap-2" data-testid="drawings">
            {drawings.map((d) => (
              <li key={d.id} className="flex flex-wrap items-center gap-x-3 gap-y-1 break-all">
                <a href={`/jobs/${jobId}/drawings/${d.id}`} className="font-bold text-brand-800 underline" data-testid="drawing-view">{d.fileName}</a>
                <span className="text-sm text-slate-500">({Math.ceil(d.sizeBytes / 1024)} KB)</span>
                <a href={`/api/attachments/${d.id}`} className="text-sm text-brand-800 underline">{t("list.download")}</a>
                {isBuyer ? <RowAction action={deleteJobDrawing} fields={{ attachmentId: d.id }} label={t("list.delete")} variant="ghost" confirmText={`${t("list.delete")}: ${d.fileName}`} /> : null}
              </li>
            ))}
          </ul>
        </Card>
      ) : null}
      {log ? <AccessLogTable entries={log.entries} total={log.total} /> : null}
      {!isBuyer && can(viewer, "drawing.log.view", resource) ? (
        <Card>
          <a href={`/jobs/${jobId}/access-log`} className="font-bold text-brand-800 underline" data-testid="access-log-link">{t("log.title")}</a>
        </Card>
      ) : null}
    </>
  );
}

async function AgreementCard({ viewer, jobId, nda, drawingCount }: { viewer: Viewer; jobId: string; nda: NdaOverview; drawingCount: number }) {
  const t = await getTranslations("drawings");
  const format = await getFormatter();
  const locale = await getLocale();
  const when = (d: Date) => format.dateTime(d, { dateStyle: "medium", timeStyle: "short", timeZone: "Asia/Tokyo" });
  const version = (a: { templateVersion: number | null; documentSha256: string | null }) =>
    a.templateVersion !== null ? t("nda.versionStandard", { version: a.templateVersion }) : t("nda.versionCustom", { hash: (a.documentSha256 ?? "").slice(0, 12) });
  const own = nda.own;
  return (
    <Card className="flex flex-col gap-3" data-testid="nda-card">
      <h2 className="text-lg font-bold">{t("nda.title")}</h2>
      <p className="text-sm">{nda.kind === "STANDARD" ? t("nda.standard", { version: nda.templateVersion ?? 0 }) : t("nda.custom")} · {t("nda.retention", { days: nda.retentionDays })}</p>
      {nda.text ? (
        <>
          <div className="max-h-72 overflow-y-auto whitespace-pre-line rounded-md border border-slate-200 bg-slate-50 p-3 text-sm" tabIndex={0} data-testid="nda-text">{locale === "en" ? nda.text.en : nda.text.ja}</div>
          <details className="text-sm">
            <summary className="cursor-pointer">{locale === "en" ? "日本語（正本）" : t("nda.showEnglish")}</summary>
            <div className="mt-2 whitespace-pre-line">{locale === "en" ? nda.text.ja : nda.text.en}</div>
          </details>
        </>
      ) : null}
      {nda.document ? (
        <a href={`/api/jobs/${jobId}/nda`} className="text-brand-800 underline" data-testid="nda-document">{t("nda.downloadDocument", { name: nda.document.fileName })}</a>
      ) : null}

      {viewer.firmId ? (
        own?.withdrawnAt ? (
          <p className="font-bold text-red-800" data-testid="nda-withdrawn">{t("nda.withdrawn", { date: when(own.withdrawnAt) })}</p>
        ) : own ? (
          <p className="font-bold text-green-800" data-testid="nda-accepted">{t("nda.agreed", { name: own.acceptedBy?.name ?? "", date: when(own.acceptedAt), version: version(own) })}</p>
        ) : null
      ) : null}
      {viewer.firmId && !nda.canSeeDrawings && !own?.withdrawnAt ? (
        nda.awarded && !nda.canAccept && !own ? <p>{t("nda.awardedElsewhere")}</p> : <p data-testid="nda-locked">{t("nda.locked", { count: drawingCount })}</p>
      ) : null}
      {viewer.firmId && own && !own.withdrawnAt && nda.awarded && !nda.canSeeDrawings ? <p>{t("nda.awardedElsewhere")}</p> : null}
      {nda.canAccept ? <AcceptNdaForm jobId={jobId} firmName={await organisationName(viewer)} /> : viewer.firmId && !own && !nda.awarded ? <p className="text-sm text-slate-600">{t("nda.askAdmin")}</p> : null}

      {viewer.firmId ? null : (
        <div className="flex flex-col gap-2 border-t border-slate-200 pt-3">
          <h3 className="font-bold">{t("buyer.title")}</h3>
          {nda.acceptances.length === 0 ? <p className="text-sm">{t("buyer.none")}</p> : null}
          <ul className="flex flex-col gap-2 text-sm" data-testid="nda-acceptances">
            {nda.acceptances.map((a) => (
              <li key={a.id} className="flex flex-wrap items-center gap-2">
                <span className={a.withdrawnAt ? "text-slate-500 line-through" : ""}>
                  {t("buyer.who", { firm: locale === "en" && a.firm.nameEn ? a.firm.nameEn : a.firm.nameJa, name: a.acceptedBy?.name ?? "", date: when(a.acceptedAt), ip: a.ipAddress, version: version(a) })}
                </span>
                {a.withdrawnAt ? (
                  <span className="text-slate-600">{t("buyer.withdrawnAt", { date: when(a.withdrawnAt) })}</span>
                ) : nda.canManage ? (
                  <RowAction action={withdrawDrawingAccess} fields={{ jobId, firmId: a.firmId }} label={t("buyer.withdraw")} variant="danger" testId={`withdraw-${a.firmId}`} confirmText={t("buyer.withdraw")} />
                ) : null}
              </li>
            ))}
          </ul>
          <p className="text-sm text-slate-600">{t("buyer.narrowed")}</p>
        </div>
      )}
    </Card>
  );
}
