import { createFormatter, createTranslator } from "next-intl";
import { describe, expect, it, vi } from "vitest";
import en from "@/messages/en/directory.json";
import ja from "@/messages/ja/directory.json";
import { keptMediumDate, keptTranslations, type PlainTranslate } from "./kept-translations";

vi.mock("server-only", () => ({}));

const translator = (locale: "ja" | "en") => createTranslator({ locale, messages: locale === "ja" ? ja : en, namespace: "directory", timeZone: "Asia/Tokyo" }) as unknown as PlainTranslate;

describe("kept translations", () => {
  it("reads as the translator does, formatting each message and values once", () => {
    const t = translator("en");
    const spy = vi.fn(t);
    const kept = keptTranslations(spy, "en/directory-test-1");
    for (const count of [1, 2, 1, 2, 1]) expect(kept("map.area", { name: "Ota", count })).toBe(t("map.area", { name: "Ota", count }));
    expect(kept("map.area", { name: "Ota", count: 1 })).toBe("Ota: 1 firm");
    expect(kept("map.title")).toBe(t("map.title"));
    expect(spy).toHaveBeenCalledTimes(3);
  });

  it("keeps each scope apart: the same key in another language reads that language", () => {
    const ja1 = keptTranslations(translator("ja"), "ja/directory-test-2");
    const en1 = keptTranslations(translator("en"), "en/directory-test-2");
    expect(ja1("map.area", { name: "大田区", count: 2 })).toBe("大田区：2 社");
    expect(en1("map.area", { name: "大田区", count: 2 })).toBe("大田区: 2 firms");
  });
});

describe("kept medium dates", () => {
  it("write a date as next-intl's formatter does, in the configured time zone", () => {
    // 15:30 UTC is the next day in Tokyo.
    const dates = [new Date("2026-12-07T15:30:00Z"), new Date("2026-01-31T00:00:00Z")];
    for (const locale of ["ja", "en"] as const) {
      const format = createFormatter({ locale, timeZone: "Asia/Tokyo" });
      const kept = keptMediumDate(locale, "Asia/Tokyo");
      for (const date of dates) expect(kept(date)).toBe(format.dateTime(date, { dateStyle: "medium" }));
    }
    expect(keptMediumDate("ja", "Asia/Tokyo")(dates[0]!)).toBe("2026/12/08");
  });
});
