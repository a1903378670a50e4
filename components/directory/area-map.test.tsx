import { createTranslator } from "next-intl";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { parseDirectoryQuery } from "@/lib/directory/search-params";
import en from "@/messages/en/directory.json";
import ja from "@/messages/ja/directory.json";
import { AreaMap } from "./area-map";
import { facetLabeler, type Translate } from "./facet-labels";

function render(search: string, counts: Record<string, number>, locale: "ja" | "en" = "ja") {
  const t = createTranslator({ locale, messages: locale === "ja" ? ja : en, namespace: "directory" }) as unknown as Translate;
  const query = parseDirectoryQuery(new URLSearchParams(search));
  return renderToStaticMarkup(<AreaMap query={query} counts={Object.entries(counts).map(([value, count]) => ({ value, count }))} label={facetLabeler(locale, t, new Map())} t={t} locale={locale} />);
}
const links = (html: string) => [...html.matchAll(/<a href="([^"]*)" aria-label="([^"]*)"(?: aria-current="true")?[^>]*data-testid="area-map-area-(\d+)"/g)].map(([, href, name, code]) => ({ href: href!.replaceAll("&amp;", "&"), name, code }));

describe("AreaMap", () => {
  it("offers each area with matching firms as a link named with its count, which filters by it", () => {
    const html = render("process=cnc_milling", { "13111": 35, "13201": 4 });
    expect(links(html)).toEqual([
      { code: "13111", name: "大田区：35 社", href: "/directory?process=cnc_milling&area=13111" },
      { code: "13201", name: "八王子市：4 社", href: "/directory?process=cnc_milling&area=13201" },
    ]);
  });

  it("does not offer an area without matching firms, but still draws it", () => {
    const html = render("", { "13111": 3 });
    expect(html).not.toContain('data-testid="area-map-area-13112"');
    expect(html.match(/<use href="[^"]*#w13112" fill="#ffffff"/)).not.toBeNull();
    expect(html.match(/<use href="[^"]*#[wo]\d{5}"/g)!.length).toBeGreaterThanOrEqual(57);
  });

  it("marks a selected area, and its link removes the filter again (also at zero)", () => {
    const html = render("area=13111,13112", { "13111": 35 });
    expect(html).toMatch(/aria-label="大田区：35 社" aria-current="true"[^>]*href|href="\/directory\?area=13112" aria-label="大田区：35 社" aria-current="true"/);
    expect(links(html).find((l) => l.code === "13112")).toEqual({ code: "13112", name: "世田谷区：0 社", href: "/directory?area=13111" });
  });

  it("shades areas by class, with a legend of the same classes", () => {
    const html = render("", { "13111": 47, "13112": 12, "13113": 1 });
    const fillOf = (code: string) => html.match(new RegExp(`data-testid="area-map-area-${code}"><title>[^<]*</title><use href="[^"]*" fill="(#[0-9a-f]{6})"`))?.[1];
    expect(fillOf("13111")).toBe("#253494");
    expect(fillOf("13112")).toBe("#7fcdbb");
    expect(fillOf("13113")).toBe("#c7e9b4");
    for (const text of ["0 社", "1～9 社", "10～19 社", "20～29 社", "30～39 社", "40～47 社"]) expect(html).toContain(text);
  });

  it("shows the data's credit line in both languages", () => {
    expect(render("", {})).toContain("出典：国土数値情報（行政区域データ）（国土交通省）を加工して作成");
    expect(render("", {}, "en")).toContain("出典：国土数値情報（行政区域データ）（国土交通省）を加工して作成");
    expect(render("", { "13111": 2 }, "en")).toContain('aria-label="Ota: 2 firms"');
  });
});
