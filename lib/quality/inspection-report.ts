// The inspection report (検査成績書) of one lot, as a PDF in Japanese or English: the job and part,
// the step, the lot and sample, who inspected it and when, and per characteristic its limits,
// method, every measured value and the judgement (規格外 marked). A4 portrait; the Japanese font
// is cut to the report's characters by lib/pdf (embedJapaneseFont), since pdf-lib's own subsetting
// draws many CJK glyphs blank.
import "server-only";
import { PDFDocument, rgb } from "pdf-lib";
import type { Viewer } from "@/lib/auth/viewer-types";
import { NotFoundError } from "@/lib/authz";
import type { Database } from "@/lib/db/client";
import { embedJapaneseFont } from "@/lib/pdf/japanese-font";
import { wrapText } from "@/lib/pdf/wrap-text";
import { loadGroupRef } from "@/lib/groups/group-access";
import { PROCESSES } from "@/lib/taxonomy/processes";
import en from "@/messages/en/quality.json";
import ja from "@/messages/ja/quality.json";
import { readPlan } from "./inspection-plan";
import { limitsText } from "./limits-text";

const A4 = { width: 595.28, height: 841.89 };
const MARGIN = 42;
const INK = rgb(0.1, 0.1, 0.1);
const RED = rgb(0.7, 0.05, 0.05);
const RULE = rgb(0.6, 0.6, 0.6);

export async function inspectionReportFor(db: Database, viewer: Viewer, lotId: string) {
  if (!/^[0-9a-f-]{36}$/i.test(lotId)) throw new NotFoundError("lot");
  const lot = await db.prisma.inspectionLot.findUnique({
    where: { id: lotId },
    select: {
      id: true, groupId: true, assignmentId: true, lotNumber: true, lotQuantity: true, sampleSize: true, nonconformingUnits: true, inspectedAt: true, inspectedByFirmId: true, inspectedByBuyerOrgId: true,
      assignment: { select: { processCode: true, jobStep: { select: { position: true } }, member: { select: { firm: { select: { nameJa: true, nameEn: true } } } } } },
      group: { select: { job: { select: { titleJa: true, titleEn: true, partName: true, buyerOrg: { select: { name: true } } } }, leadFirm: { select: { nameJa: true, nameEn: true } } } },
      measurements: { select: { characteristicId: true, sampleIndex: true, value: true, conforming: true } },
    },
  });
  if (!lot) throw new NotFoundError("lot");
  await loadGroupRef(db.prisma, viewer, lot.groupId, "progress.view");
  const inspector = lot.inspectedByFirmId
    ? await db.prisma.firm.findUnique({ where: { id: lot.inspectedByFirmId }, select: { nameJa: true, nameEn: true } })
    : lot.inspectedByBuyerOrgId ? await db.prisma.buyerOrganization.findUnique({ where: { id: lot.inspectedByBuyerOrgId }, select: { name: true } }).then((b) => (b ? { nameJa: b.name, nameEn: b.name } : null)) : null;
  const plan = (await readPlan(db, lot.groupId)).filter((c) => lot.measurements.some((m) => m.characteristicId === c.id));
  return { lot, inspector, plan };
}
type Report = Awaited<ReturnType<typeof inspectionReportFor>>;


function reportText(report: Report, locale: "ja" | "en") {
  const m = (locale === "en" ? en : ja).quality;
  const r = m.report;
  const { lot } = report;
  const name = (f: { nameJa: string; nameEn: string | null } | null | undefined) => (f ? (locale === "en" && f.nameEn) || f.nameJa : "—");
  const process = lot.assignment ? PROCESSES.find((p) => p.code === lot.assignment!.processCode) : undefined;
  const step = lot.assignment ? `${lot.assignment.jobStep?.position ?? ""}. ${(locale === "en" ? process?.nameEn : process?.nameJa) ?? lot.assignment.processCode} (${name(lot.assignment.member.firm)})` : m.plan.final;
  const facts: [string, string][] = [
    [r.job, (locale === "en" && lot.group.job?.titleEn) || lot.group.job?.titleJa || "—"],
    [r.part, lot.group.job?.partName || "—"],
    [r.buyer, lot.group.job?.buyerOrg.name ?? "—"],
    [r.lead, name(lot.group.leadFirm)],
    [r.step, step],
    [r.lot, lot.lotNumber],
    [r.quantity, r.quantityValue.replace("{quantity}", String(lot.lotQuantity)).replace("{sample}", String(lot.sampleSize))],
    [r.inspector, name(report.inspector)],
    [r.date, lot.inspectedAt.toISOString().slice(0, 10)],
    [r.result, lot.nonconformingUnits ? r.fail.replace("{count}", String(lot.nonconformingUnits)) : r.pass],
  ];
  const rows = report.plan.map((c) => {
    const values = lot.measurements.filter((x) => x.characteristicId === c.id).sort((a, b) => a.sampleIndex - b.sampleIndex);
    const shown = values.map((v) => `${v.sampleIndex}: ${c.kind === "ATTRIBUTE" ? (v.conforming ? m.measure.OK : m.measure.NG) : v.value?.toString()}${v.conforming ? "" : " *"}`);
    return { name: `${c.name}${c.unit ? ` (${c.unit})` : ""}`, limits: limitsText(c, m.plan.goNoGo), method: c.method, values: shown.join("  "), ok: values.every((v) => v.conforming) };
  });
  return { title: r.title, facts, header: [r.characteristic, m.plan.limits, m.plan.method, r.values, r.judgement], rows, ok: r.ok, ng: r.ng, note: r.note };
}

export async function inspectionReportPdf(report: Report, locale: "ja" | "en"): Promise<Uint8Array> {
  const text = reportText(report, locale);
  const pdf = await PDFDocument.create();
  const allText = [text.title, ...text.facts.flat(), ...text.header, ...text.rows.flatMap((r) => [r.name, r.limits, r.method, r.values]), text.ok, text.ng, text.note, "0123456789–≤≥*:. "].join("");
  const font = await embedJapaneseFont(pdf, allText);
  pdf.setTitle(`${text.title} ${report.lot.lotNumber}`);
  pdf.setCreator("共同受注プラットフォーム");
  let page = pdf.addPage([A4.width, A4.height]);
  let y = A4.height - MARGIN;
  const left = MARGIN;
  const width = A4.width - 2 * MARGIN;
  const measure = (s: string, size: number) => font.widthOfTextAtSize(s, size);
  const wrap = (value: string, maxWidth: number, size: number) => wrapText(value, font, size, maxWidth);
  const draw = (s: string, x: number, at: number, size: number, color = INK) => page.drawText(s, { x, y: at, size, font, color });

  draw(text.title, left + (width - measure(text.title, 20)) / 2, y - 10, 20);
  y -= 44;
  for (const [label, value] of text.facts) {
    const lines = wrap(value, width - 130, 10);
    draw(label, left, y, 10);
    lines.forEach((line, i) => draw(line, left + 130, y - i * 13, 10));
    y -= 13 * lines.length + 3;
  }
  y -= 10;
  const cols = [0.24, 0.16, 0.16, 0.34, 0.1].map((share) => share * width);
  const xs = cols.map((_, i) => left + cols.slice(0, i).reduce((a, b) => a + b, 0));
  const header = () => {
    page.drawLine({ start: { x: left, y: y + 12 }, end: { x: left + width, y: y + 12 }, thickness: 0.8, color: INK });
    text.header.forEach((h, i) => draw(h, xs[i]! + 2, y, 9));
    y -= 6;
    page.drawLine({ start: { x: left, y }, end: { x: left + width, y }, thickness: 0.5, color: RULE });
    y -= 12;
  };
  header();
  for (const row of text.rows) {
    const cells = [row.name, row.limits, row.method, row.values, row.ok ? text.ok : text.ng].map((cell, i) => wrap(cell, cols[i]! - 6, 8.5));
    const height = Math.max(...cells.map((c) => c.length)) * 11 + 6;
    if (y - height < MARGIN) {
      page = pdf.addPage([A4.width, A4.height]);
      y = A4.height - MARGIN;
      header();
    }
    cells.forEach((lines, i) => lines.forEach((line, j) => draw(line, xs[i]! + 2, y - j * 11, 8.5, i === 4 && !row.ok ? RED : INK)));
    y -= height;
    page.drawLine({ start: { x: left, y: y + 8 }, end: { x: left + width, y: y + 8 }, thickness: 0.3, color: RULE });
  }
  y -= 10;
  for (const line of wrap(text.note, width, 8.5)) {
    if (y < MARGIN) {
      page = pdf.addPage([A4.width, A4.height]);
      y = A4.height - MARGIN;
    }
    draw(line, left, y, 8.5);
    y -= 11;
  }
  return pdf.save();
}
