// The content of each document of an order, built from its records (./order-context.ts). Pure
// apart from the message catalogue: labels that are part of what a document states (payment
// terms, the fee line) are written into the snapshot in both languages when it is issued.
import type { OrderDocumentKind } from "@/lib/generated/prisma/enums";
import { STANDARD_TAX_RATE_PERCENT } from "@/lib/money/tax";
import { PROCESS_BY_CODE } from "@/lib/taxonomy/processes";
import { isoDay } from "@/lib/quotes/working-days";
import { translate } from "@/lib/validation/messages";
import { line, same, type Bilingual, type DocumentContent, type FactSnapshot, type LineSnapshot, type PartySnapshot } from "./document-content";
import { splitFee, formatFeeRate } from "./fee";
import type { OrderContext } from "./order-context";
import { dueDateFor, PAYMENT_TERMS, type PaymentTermsCode } from "./payment-terms";

const both = (key: string, params?: Record<string, string | number>): Bilingual => ({ ja: translate("ja", key, params), en: translate("en", key, params) });
const processName = (code: string | null): Bilingual => ({ ja: PROCESS_BY_CODE.get(code ?? "")?.nameJa ?? code ?? "", en: PROCESS_BY_CODE.get(code ?? "")?.nameEn ?? code ?? "" });
const fact = (key: string, value: Bilingual | string | null): FactSnapshot => ({ key, value: typeof value === "string" ? same(value) : (value ?? same("—")) });
export const termsText = (code: PaymentTermsCode): Bilingual => both(`orders.terms.${code}`);

/** The accepted offer's lines as document lines; `memberId` keeps one member's (the lead's also its fee and transport). */
export function offerLines(ctx: OrderContext, memberId?: string): LineSnapshot[] {
  const lead = ctx.members.find((m) => m.isLead)?.id;
  const rows: LineSnapshot[] = [];
  for (const l of ctx.lines) {
    const owner = l.kind === "STEP" ? l.memberId : lead;
    if (memberId !== undefined && owner !== memberId) continue;
    if (l.kind !== "STEP") {
      rows.push(line(both(`quotes.figures.${l.kind === "COORDINATION" ? "fee" : "transport"}`), l.amountYen, l.taxRatePercent));
      continue;
    }
    const name = processName(l.processCode);
    const supplied = l.materialSupply === "BUYER" ? both("quotes.pdf.supplied") : null;
    rows.push(line({ ja: `${l.stepPosition}. ${name.ja}${supplied ? `（${supplied.ja}）` : ""}`, en: `${l.stepPosition}. ${name.en}${supplied ? ` (${supplied.en})` : ""}` }, l.unitPriceYen * BigInt(l.quantity), l.taxRatePercent, l.quantity, l.unitPriceYen));
    if (l.setupYen > 0n) rows.push(line(both("quotes.pdf.setup"), l.setupYen, l.taxRatePercent));
    if (l.toolingYen > 0n) rows.push(line(both("quotes.pdf.tooling"), l.toolingYen, l.taxRatePercent));
    if (l.materialSupply === "FIRM" && l.materialYen > 0n) rows.push(line(both("quotes.pdf.material"), l.materialYen, l.taxRatePercent));
  }
  return rows;
}

/** What the buyer's documents list: the breakdown when the offer showed it, else the job as one line per rate. */
export function buyerLines(ctx: OrderContext): LineSnapshot[] {
  if (ctx.offer?.showBreakdown !== false) return offerLines(ctx);
  const byRate = new Map<number, bigint>();
  for (const l of ctx.lines) byRate.set(l.taxRatePercent, (byRate.get(l.taxRatePercent) ?? 0n) + l.amountYen);
  const title = { ja: ctx.order.job.titleJa, en: ctx.order.job.titleEn || ctx.order.job.titleJa };
  return [...byRate.entries()].map(([rate, amount]) => line(title, amount, rate, ctx.order.job.quantity));
}

interface Header {
  kind: OrderDocumentKind;
  number: string;
  version: number;
  replaces: { number: string; version: number } | null;
  issuedOn: string;
}

function buyerDocument(ctx: OrderContext, header: Header, issuer: PartySnapshot, recipient: PartySnapshot, facts: FactSnapshot[], notes: Bilingual[] = []): DocumentContent {
  const job = ctx.order.job;
  return {
    ...header, issuer, recipient,
    subject: { ja: job.titleJa, en: job.titleEn || job.titleJa },
    facts: [
      ...facts,
      fact("contractModel", both(`groups.model.${ctx.contractModel}`)),
      fact("quotation", ctx.offer ? `${ctx.offer.number} (v${ctx.offer.version})` : null),
    ],
    lines: buyerLines(ctx),
    notes,
  };
}

export function orderDocument(ctx: OrderContext, header: Header): DocumentContent {
  const o = ctx.order;
  return buyerDocument(ctx, header, ctx.buyer, ctx.contractor, [
    fact("deliveryDate", isoDay(o.dueOn)),
    fact("deliveryPlace", ctx.offer?.deliveryPlace || o.job.deliveryPlace || null),
    fact("paymentTerms", ctx.offer?.paymentTerms || null),
  ]);
}

export function orderAcceptanceDocument(ctx: OrderContext, header: Header, orderNumber: string): DocumentContent {
  const o = ctx.order;
  return buyerDocument(ctx, header, ctx.contractor, ctx.buyer, [fact("orderNumber", orderNumber), fact("deliveryDate", isoDay(o.dueOn)), fact("paymentTerms", ctx.offer?.paymentTerms || null)]);
}

export function deliveryNoteDocument(ctx: OrderContext, header: Header, orderNumber: string): DocumentContent {
  return buyerDocument(ctx, header, ctx.contractor, ctx.buyer, [fact("orderNumber", orderNumber), fact("deliveredOn", ctx.order.deliveredOn ? isoDay(ctx.order.deliveredOn) : header.issuedOn), fact("deliveryPlace", ctx.offer?.deliveryPlace || ctx.order.job.deliveryPlace || null)]);
}

export function acceptanceNoteDocument(ctx: OrderContext, header: Header, orderNumber: string): DocumentContent {
  return buyerDocument(ctx, header, ctx.buyer, ctx.contractor, [fact("orderNumber", orderNumber), fact("acceptedOn", ctx.order.acceptedOn ? isoDay(ctx.order.acceptedOn) : header.issuedOn), fact("inspection", both("orders.pdf.inspectionPassed"))]);
}

/** A member's part of the order: its lines, less its part of the cooperative's fee under 共同受注. */
export function memberLines(ctx: OrderContext, memberId: string): LineSnapshot[] {
  const lines = offerLines(ctx, memberId);
  if (ctx.contractModel !== "JOINT_ORDER" || ctx.feeRateBasisPoints === 0) return lines;
  const split = splitFee(ctx.subcontractors.map((m) => ({ memberId: m.id, shareYen: m.shareYen })), ctx.feeRateBasisPoints);
  const fee = split.members.find((m) => m.memberId === memberId)?.feeYen ?? 0n;
  return fee === 0n ? lines : [...lines, line(both("orders.pdf.feeLine", { rate: formatFeeRate(ctx.feeRateBasisPoints) }), -fee, STANDARD_TAX_RATE_PERCENT)];
}

export function subOrderDocument(ctx: OrderContext, header: Header, memberId: string, terms: PaymentTermsCode, orderNumber: string, note: string): DocumentContent {
  const member = ctx.members.find((m) => m.id === memberId)!;
  const delivery = member.plannedEnd ?? isoDay(ctx.order.dueOn);
  return {
    ...header, issuer: ctx.contractor, recipient: member.party,
    subject: { ja: ctx.order.job.titleJa, en: ctx.order.job.titleEn || ctx.order.job.titleJa },
    facts: [
      fact("orderNumber", orderNumber),
      fact("plannedStart", member.plannedStart),
      fact("deliveryDate", delivery),
      fact("paymentTerms", termsText(terms)),
      fact("paymentDue", both("orders.pdf.dueForDelivery", { date: dueDateFor(delivery, PAYMENT_TERMS[terms]) })),
      fact("contractModel", both(`groups.model.${ctx.contractModel}`)),
    ],
    lines: memberLines(ctx, memberId),
    notes: [both("orders.pdf.subOrderLaw"), ...(note.trim() ? [same(note.trim())] : [])],
    terms,
  };
}

export function invoiceDocument(header: Header, input: { issuer: PartySnapshot; recipient: PartySnapshot; subject: Bilingual; lines: LineSnapshot[]; transactionDate: string; dueOn: string; terms: PaymentTermsCode; reference: string }): DocumentContent {
  return {
    ...header, issuer: input.issuer, recipient: input.recipient, subject: input.subject,
    facts: [fact("transactionDate", input.transactionDate), fact("reference", input.reference), fact("paymentTerms", termsText(input.terms)), fact("dueOn", input.dueOn)],
    lines: input.lines,
    notes: [],
    qualified: input.issuer.registrationNumber !== null,
    terms: input.terms,
    dueOn: input.dueOn,
  };
}
