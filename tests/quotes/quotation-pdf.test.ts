// The 見積書 as a PDF in Japanese business format and in English, with the bundled font: its text
// is extracted back and read like a buyer would (issuer and registration number, number, date,
// validity, lines, subtotal, tax per rate, total, conditions).
import { extractText, getDocumentProxy } from "unpdf";
import { describe, expect, it } from "vitest";
import { quotationDocument, quotationPdf } from "@/lib/quotes/quotation";
import { misdrawnCharacters } from "../helpers/pdf-glyphs";

const d = (iso: string) => new Date(`${iso}T00:00:00Z`);
const offer = {
  id: "00000000-0000-4000-8000-000000000001", groupId: "00000000-0000-4000-8000-000000000002", number: "Q-3F2A91C0-2", version: 2,
  sentAt: new Date("2026-12-01T01:00:00Z"), validUntil: d("2026-12-25"), committedDelivery: d("2027-01-20"),
  paymentTerms: "納品月末締め・翌月末日 銀行振込", deliveryPlace: "本社工場（大田区）", conditions: "検査成績書を添付します。", showBreakdown: true,
  subtotalYen: 1_262_000n, taxYen: 126_200n, totalYen: 1_388_200n,
  replaces: { version: 1, number: "Q-3F2A91C0-1" },
  lines: [
    { kind: "STEP" as const, stepPosition: 1, processCode: "turning", quantity: 500, unitPriceYen: 1_500n, setupYen: 20_000n, toolingYen: 5_000n, materialSupply: "BUYER" as const, materialYen: 0n, amountYen: 775_000n, taxRatePercent: 10, conditions: "" },
    { kind: "STEP" as const, stepPosition: 2, processCode: "press", quantity: 500, unitPriceYen: 800n, setupYen: 20_000n, toolingYen: 5_000n, materialSupply: "FIRM" as const, materialYen: 0n, amountYen: 425_000n, taxRatePercent: 10, conditions: "金型は貴社支給" },
    { kind: "COORDINATION" as const, stepPosition: null, processCode: null, quantity: 1, unitPriceYen: 50_000n, setupYen: 0n, toolingYen: 0n, materialSupply: null, materialYen: 0n, amountYen: 50_000n, taxRatePercent: 10, conditions: "" },
    { kind: "TRANSPORT" as const, stepPosition: null, processCode: null, quantity: 1, unitPriceYen: 12_000n, setupYen: 0n, toolingYen: 0n, materialSupply: null, materialYen: 0n, amountYen: 12_000n, taxRatePercent: 10, conditions: "" },
  ],
  group: {
    contractModel: "MEDIATION" as const,
    leadFirm: { nameJa: "株式会社大田精密", nameEn: "Ota Precision Co., Ltd.", postalCode: "144-0052", address: "東京都大田区蒲田1-2-3", invoiceRegistrationNumber: "T1180301018771" },
    contractingAssociation: { nameJa: "多摩高度化事業協同組合", nameEn: "Tama Cooperative", invoiceRegistrationNumber: null },
    job: { titleJa: "精密シャフトとプレス部品", titleEn: "Precision shafts and pressed parts", buyerOrg: { name: "株式会社みらい機械", nameEn: "Mirai Machinery Inc." } },
  },
};

async function textOf(bytes: Uint8Array): Promise<string> {
  const pdf = await getDocumentProxy(bytes);
  const { text } = await extractText(pdf, { mergePages: true });
  return text.replace(/\s+/g, " ");
}

describe("the quotation PDF", () => {
  it("reads as a Japanese 見積書 with the issuer's registration number, totals per rate and conditions", async () => {
    const text = await textOf(await quotationPdf(offer, "ja"));
    for (const expected of ["御見積書", "Q-3F2A91C0-2", "株式会社みらい機械 御中", "株式会社大田精密", "登録番号 T1-1803-0101-8771", "御見積金額（税込）", "¥1,388,200", "2026-12-25", "2027-01-20", "本社工場（大田区）", "納品月末締め", "1. 旋盤", "¥750,000", "段取り費", "小計（税抜）", "¥1,262,000", "10%対象", "消費税（10%）", "¥126,200", "合計（税込）", "検査成績書を添付します。", "金型は貴社支給", "第1版（Q-3F2A91C0-1）に代わるものです。"]) {
      expect(text).toContain(expected);
    }
  });

  it("has an English version with the same figures", async () => {
    const text = await textOf(await quotationPdf(offer, "en"));
    for (const expected of ["QUOTATION", "Mirai Machinery Inc.", "Ota Precision Co., Ltd.", "Registration No. T1-1803-0101-8771", "¥1,388,200", "Consumption tax (10%)", "¥126,200", "Total (incl. tax)", "Replaces version 1"]) expect(text).toContain(expected);
  });

  it("draws every character in both languages (no blank glyphs, no full-width digits in English lines)", async () => {
    for (const lang of ["ja", "en"] as const) expect(await misdrawnCharacters(await quotationPdf(offer, lang))).toEqual([]);
  });

  it("names the cooperative as issuer under 共同受注, and shows one lump line when the lead hid the breakdown", () => {
    const joint = quotationDocument({ ...offer, showBreakdown: false, group: { ...offer.group, contractModel: "JOINT_ORDER" } }, "ja");
    expect(joint.issuer.name).toBe("多摩高度化事業協同組合");
    expect(joint.rows).toEqual([["精密シャフトとプレス部品", "一式", "", "¥1,262,000"]]);
    // Tax is computed once for the document: the same figures as the offer.
    expect(joint.totals.at(-1)).toMatchObject({ value: "¥1,388,200", strong: true });
  });
});
