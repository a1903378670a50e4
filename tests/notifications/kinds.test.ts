// Every kind in the table has its label, title and body in both languages, and every
// placeholder the Japanese text uses exists in the English one (and the other way round).
import { describe, expect, it } from "vitest";
import { KIND_NAMES, NOTIFICATION_KINDS } from "@/lib/notifications/kinds";
import { notificationText } from "@/lib/notifications/render";

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe("notification kinds", () => {
  it.each(KIND_NAMES)("%s has its texts in Japanese and English", (kind) => {
    for (const part of ["label", "title", "body"]) {
      const key = `kinds.${kind}.${part}`;
      const ja = notificationText("ja", key);
      const en = notificationText("en", key);
      expect(ja, key).not.toBe(key);
      expect(en, key).not.toBe(key);
      expect(en, key).not.toBe(ja);
      expect(placeholders(en), key).toEqual(placeholders(ja));
    }
  });

  it("offers each kind's default among its e-mail choices", () => {
    for (const [kind, definition] of Object.entries(NOTIFICATION_KINDS)) {
      expect((definition.emailChoices as readonly string[]).includes(definition.email), kind).toBe(true);
    }
  });

  it("uses the English twin of a parameter in English only", () => {
    expect(notificationText("en", "kinds.job.published.title", { title: "軸", titleEn: "Shaft" })).toBe("Your job “Shaft” is published");
    expect(notificationText("en", "kinds.job.published.title", { title: "軸", titleEn: "" })).toBe("Your job “軸” is published");
    expect(notificationText("ja", "kinds.job.published.title", { title: "軸", titleEn: "Shaft" })).toBe("案件「軸」が公開されました");
  });
});
