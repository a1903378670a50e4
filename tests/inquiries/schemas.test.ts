// The inquiry forms' schemas, shared by the forms and the server actions, and the e-mail mask of
// firms' own texts.
import { describe, expect, it } from "vitest";
import { maskEmails } from "@/lib/directory/mask-emails";
import { replyInquirySchema, startInquirySchema } from "@/lib/inquiries/schemas";

const firmId = "0b7c6f0e-6d1c-4c8e-9a47-2f4f1d2a9b10";
const issues = (result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  Object.fromEntries((result.error?.issues ?? []).map((i) => [i.path.join("."), i.message]));

describe("startInquirySchema", () => {
  it("trims subject and message and treats an empty file input as no file", () => {
    const parsed = startInquirySchema.parse({ firmId, subject: "  見積り依頼 ", body: "\n本文\n", file: new File([], "") });
    expect(parsed).toEqual({ firmId, subject: "見積り依頼", body: "本文", file: undefined });
  });

  it("keeps a real file for the content check on the server", () => {
    const file = new File([new Uint8Array([1, 2, 3])], "drawing.pdf");
    expect(startInquirySchema.parse({ firmId, subject: "s", body: "b", file }).file).toBe(file);
  });

  it("names each field that is missing, too long or not an id", () => {
    expect(issues(startInquirySchema.safeParse({ firmId: "abc", subject: " ", body: "あ".repeat(4001) }))).toEqual({
      firmId: "validation.invalid",
      subject: "validation.required",
      body: "validation.tooLong",
    });
    expect(issues(startInquirySchema.safeParse({ firmId, subject: "x".repeat(121), body: "ok" }))).toEqual({ subject: "validation.tooLong" });
    expect(issues(startInquirySchema.safeParse({}))).toEqual({ firmId: "validation.required", subject: "validation.required", body: "validation.required" });
  });
});

describe("replyInquirySchema", () => {
  it("needs the thread and a message", () => {
    expect(replyInquirySchema.safeParse({ inquiryId: firmId, body: "了解です" }).success).toBe(true);
    expect(issues(replyInquirySchema.safeParse({ inquiryId: firmId, body: "   " }))).toEqual({ body: "validation.required" });
  });
});

describe("maskEmails", () => {
  it("hides addresses in half and full width and leaves tolerances and prices alone", () => {
    expect(maskEmails("連絡先 info@example.co.jp、ｓａｌｅｓ＠ｅｘａｍｐｌｅ．ｊｐ", "[hidden]")).toBe("連絡先 [hidden]、[hidden]");
    expect(maskEmails("Ti-6Al-4V@0.01 mm, φ10 @ 3箇所, ¥1,000@個", "[hidden]")).toBe("Ti-6Al-4V@0.01 mm, φ10 @ 3箇所, ¥1,000@個");
  });
});
