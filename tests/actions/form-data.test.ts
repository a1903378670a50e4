import { describe, expect, it } from "vitest";
import { redisplayValues } from "@/lib/actions/form-data";

describe("values sent back to a form after an error", () => {
  it("keeps what the user typed, codes of things included", () => {
    expect(redisplayValues({ firmName: "株式会社テスト", municipalityCode: "13111", processCode: "turning", employees: 12 })).toEqual({
      firmName: "株式会社テスト",
      municipalityCode: "13111",
      processCode: "turning",
      employees: "12",
    });
  });

  it("never sends back passwords, authenticator codes or tokens", () => {
    expect(redisplayValues({ password: "x", passwordConfirm: "x", currentPassword: "x", code: "123456", recoveryCode: "ab", token: "t", email: "a@b.jp" })).toEqual({ email: "a@b.jp" });
  });
});
