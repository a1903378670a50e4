// 見積番号 must stay unique (GroupOffer.number is UNIQUE) for as many groups as the federation
// will ever form: groups whose ids share their first eight hex digits must get different numbers.
import { describe, expect, it } from "vitest";
import { offerNumber } from "@/lib/quotes/drafts";

describe("offerNumber", () => {
  it("tells apart groups whose ids share the first eight hex digits", () => {
    const a = offerNumber("3f2a91c0-1111-4000-8000-000000000001", 2);
    const b = offerNumber("3f2a91c0-2222-4000-8000-000000000002", 2);
    expect(a).toBe("Q-3F2A91C01111-2");
    expect(b).not.toBe(a);
  });
});
