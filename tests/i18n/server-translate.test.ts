// Messages translated outside React (server actions' errors and success messages, mails, PDFs) come
// from lib/validation/messages.ts. A feature catalogue missing there shows users raw keys such as
// "ratings.buyer.thanks" (found by the ratings e2e test), so every catalogue must be in it.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { SERVER_NAMESPACES, translate } from "@/lib/validation/messages";

const dir = (locale: string) => path.join(process.cwd(), "messages", locale);

describe("the server-side translator", () => {
  it("knows every feature catalogue's namespaces", () => {
    const namespaces = readdirSync(dir("ja")).filter((f) => f.endsWith(".json")).flatMap((f) => Object.keys(JSON.parse(readFileSync(path.join(dir("ja"), f), "utf8")) as object));
    expect(namespaces.filter((ns) => !SERVER_NAMESPACES.includes(ns))).toEqual([]);
  });

  it("translates a feature's message in both languages", () => {
    expect(translate("ja", "ratings.buyer.thanks")).toBe("評価を記録しました。");
    expect(translate("en", "ratings.buyer.thanks")).toBe("Your rating has been recorded.");
    expect(translate("ja", "quality.scorecard.title")).not.toBe("quality.scorecard.title");
  });
});
