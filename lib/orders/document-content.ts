// What an order document states, as a snapshot kept with it (OrderDocument.content): parties,
// subject, facts, lines and totals in both languages, so the PDF in Japanese or English prints the
// document exactly as issued, years later, whatever became of the firms and the job. Pure.
import type { OrderDocumentKind, PartyKind } from "@/lib/generated/prisma/enums";
import { documentTotals, type TaxableLine } from "@/lib/money/tax";
import type { Yen } from "@/lib/money/yen";

export interface Bilingual {
  ja: string;
  en: string;
}

export interface PartySnapshot {
  kind: PartyKind;
  id: string;
  name: Bilingual;
  address: string;
  /** 適格請求書発行事業者登録番号, when the party has one. */
  registrationNumber: string | null;
}

export interface LineSnapshot {
  item: Bilingual;
  quantity: number | null;
  /** Yen as decimal strings (JSON has no bigint). */
  unitPriceYen: string | null;
  amountYen: string;
  taxRatePercent: number;
}

/** A fact printed under the heading: its label is `orders.pdf.facts.<key>`. */
export interface FactSnapshot {
  key: string;
  value: Bilingual;
}

export interface DocumentContent {
  kind: OrderDocumentKind;
  number: string;
  version: number;
  replaces: { number: string; version: number } | null;
  issuedOn: string;
  issuer: PartySnapshot;
  recipient: PartySnapshot;
  subject: Bilingual;
  facts: FactSnapshot[];
  lines: LineSnapshot[];
  notes: Bilingual[];
  /** INVOICE: a qualified invoice (the issuer had a registration number). */
  qualified?: boolean;
  /** SUB_ORDER and INVOICE: the payment terms (lib/orders/payment-terms.ts) and, for invoices, the due day. */
  terms?: string;
  dueOn?: string;
}

export const same = (text: string): Bilingual => ({ ja: text, en: text });

export function totalsOf(lines: readonly LineSnapshot[]) {
  return documentTotals(lines.map((l): TaxableLine => ({ amountYen: BigInt(l.amountYen), taxRatePercent: l.taxRatePercent })));
}

export function line(item: Bilingual, amountYen: Yen, taxRatePercent: number, quantity: number | null = null, unitPriceYen: Yen | null = null): LineSnapshot {
  return { item, quantity, unitPriceYen: unitPriceYen === null ? null : unitPriceYen.toString(), amountYen: amountYen.toString(), taxRatePercent };
}

/** Number prefixes: 注文書 PO, 注文請書 OA, 発注書 SO, 納品書 DN, 検収書 AN, 請求書 INV. */
export const NUMBER_PREFIX: Record<OrderDocumentKind, string> = { ORDER: "PO", ORDER_ACCEPTANCE: "OA", SUB_ORDER: "SO", DELIVERY_NOTE: "DN", ACCEPTANCE_NOTE: "AN", INVOICE: "INV" };

/** "SO-3F2A91C0B4E1-2": the order's first twelve hex digits (eight collided near 77,000 orders), and the member's place for per-member documents. */
export function documentNumber(kind: OrderDocumentKind, orderId: string, memberPlace?: number): string {
  const base = `${NUMBER_PREFIX[kind]}-${orderId.replaceAll("-", "").slice(0, 12).toUpperCase()}`;
  return memberPlace === undefined ? base : `${base}-${memberPlace}`;
}
