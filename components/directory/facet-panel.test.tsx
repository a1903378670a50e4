import { createTranslator } from "next-intl";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { parseDirectoryQuery } from "@/lib/directory/search-params";
import type { FacetCount, FacetName } from "@/lib/directory/types";
import ja from "@/messages/ja/directory.json";
import { FacetPanel } from "./facet-panel";
import { facetLabeler, type Translate } from "./facet-labels";

const ASSOCIATION = "3f1f7c1e-0000-4000-8000-000000000001";

function render(search: string, facets: Partial<Record<FacetName, FacetCount[]>>, associationName = "大田工業連合会") {
  const t = createTranslator({ locale: "ja", messages: ja, namespace: "directory" }) as unknown as Translate;
  const all = { process: [], material: [], cert: [], association: [], area: [], employees: [], equipment: [], ...facets };
  const label = facetLabeler("ja", t, new Map([[ASSOCIATION, { ja: associationName, en: associationName }]]));
  return renderToStaticMarkup(<FacetPanel query={parseDirectoryQuery(new URLSearchParams(search))} facets={all} label={label} t={t} />);
}
const links = (markup: string) =>
  [...markup.matchAll(/<a href="([^"]*)" class="facet-link"( aria-current="true")? data-testid="facet-(\w+)-([^"]+)">.*?<span class="break-words">([^<]*)<\/span><\/span><span class="facet-count">(\d+)<\/span><\/a>/g)].map(
    ([, href, current, facet, value, name, count]) => ({ href: href!.replaceAll("&amp;", "&"), selected: Boolean(current), facet, value, name, count: Number(count) }),
  );

describe("FacetPanel", () => {
  it("lists each value as a link that toggles it, named and counted", () => {
    const markup = render("process=milling", { process: [{ value: "milling", count: 40 }, { value: "turning", count: 12 }], area: [{ value: "13111", count: 5 }] });
    expect(links(markup)).toEqual([
      { href: "/directory", selected: true, facet: "process", value: "milling", name: "フライス加工", count: 40 },
      { href: "/directory?process=milling%2Cturning", selected: false, facet: "process", value: "turning", name: "旋盤加工", count: 12 },
      { href: "/directory?process=milling&area=13111", selected: false, facet: "area", value: "13111", name: "大田区", count: 5 },
    ]);
    expect(markup).toContain('<h3 id="facet-process" class="mb-1 text-sm font-bold text-slate-900">加工</h3>');
  });

  it("folds the values after the eighth under a summary, keeping selected ones in view", () => {
    const areas = ["13101", "13102", "13103", "13104", "13105", "13106", "13107", "13108", "13109", "13110"].map((value, i) => ({ value, count: 20 - i }));
    const markup = render("area=13110", { area: areas });
    const [head, folded] = markup.split("<details>");
    expect(links(head!).map((l) => l.value)).toEqual([...areas.slice(0, 8).map((a) => a.value), "13110"]);
    expect(folded).toContain("ほか 1 件");
    expect(links(folded!).map((l) => l.value)).toEqual(["13109"]);
  });

  it("escapes names from the database: an association's name stays text", () => {
    const markup = render("", { association: [{ value: ASSOCIATION, count: 3 }] }, `<img src=x onerror="alert(1)">&`);
    expect(markup).not.toContain("<img");
    expect(links(markup)[0]!.name).toBe("&lt;img src=x onerror=&quot;alert(1)&quot;&gt;&amp;");
  });
});
