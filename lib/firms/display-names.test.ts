import { describe, expect, it } from "vitest";
import { displayFirmName, renameFirmParams } from "./display-names";

describe("firm display names", () => {
  it("uses the English name on English pages where there is one", () => {
    expect(displayFirmName({ nameJa: "大田精工", nameEn: "Ota Seiko" }, "en")).toBe("Ota Seiko");
    expect(displayFirmName({ nameJa: "大田精工", nameEn: null }, "en")).toBe("大田精工");
    expect(displayFirmName({ nameJa: "大田精工", nameEn: "Ota Seiko" }, "ja")).toBe("大田精工");
  });

  it("renames the firms a reason names, and nothing else", () => {
    const ja = { f1: "大田精工", f2: "蒲田メッキ" };
    const display = new Map([["f1", "Ota Seiko"], ["f2", "Kamata Plating"]]);
    expect(renameFirmParams({ a: "大田精工", b: "蒲田メッキ", jobs: 3 }, ja, display)).toEqual({ a: "Ota Seiko", b: "Kamata Plating", jobs: 3 });
    expect(renameFirmParams({ firm: "大田精工", process: "大田精工" }, ja, display)).toEqual({ firm: "Ota Seiko", process: "大田精工" });
  });
});
