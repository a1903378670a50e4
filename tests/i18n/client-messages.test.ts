// Every namespace a client component uses reaches the browser (decision 027): the root layout sends
// SHELL_CLIENT_NAMESPACES, a page wrapped in withClientMessages([...]) sends its own list instead.
// A namespace missing here would show the user a raw key (and log MISSING_MESSAGE) in the browser.
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { pickMessages, SHELL_CLIENT_NAMESPACES } from "@/lib/i18n/client-namespaces";
import { clientNamespaces } from "./client-namespace-scan";

const app = path.join(process.cwd(), "app");

function routeFiles(dir: string, name: RegExp): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const full = path.join(dir, entry);
    if (statSync(full).isDirectory()) return entry === "api" && dir === app ? [] : routeFiles(full, name);
    return name.test(entry) ? [path.relative(process.cwd(), full)] : [];
  });
}

/** The list given to withClientMessages in a page file, or null when the page is not wrapped. */
function declaredList(file: string): string[] | null {
  const source = ts.createSourceFile(file, readFileSync(file, "utf8"), ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  let list: string[] | null = null;
  const visit = (node: ts.Node) => {
    if (ts.isCallExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === "withClientMessages") {
      const [first] = node.arguments;
      if (!first || !ts.isArrayLiteralExpression(first) || !first.elements.every(ts.isStringLiteral)) {
        throw new Error(`${file}: withClientMessages takes a literal array of namespaces`);
      }
      list = first.elements.map((element) => (element as ts.StringLiteral).text);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return list;
}

const covered = (namespace: string, list: readonly string[]) =>
  namespace !== "" && list.some((sent) => namespace === sent || namespace.startsWith(`${sent}.`));

function uncovered(files: string[], list: readonly string[]): string[] {
  const use = clientNamespaces(files);
  const missing = [...use.namespaces].filter(([namespace]) => !covered(namespace, list));
  return [
    ...use.unreadable,
    ...missing.map(([namespace, users]) => `"${namespace || "(no namespace)"}" used in the browser by ${[...users].join(", ")}`),
  ];
}

function catalogue(locale: string): Record<string, unknown> {
  const dir = path.join(process.cwd(), "messages");
  const files = [path.join(dir, `${locale}.json`), ...readdirSync(path.join(dir, locale)).map((name) => path.join(dir, locale, name))];
  return Object.assign({}, ...files.map((file) => JSON.parse(readFileSync(file, "utf8")) as object));
}

describe("messages sent to the browser", () => {
  const pages = routeFiles(app, /^page\.tsx$/);

  it("finds the namespaces of client components, through files without a directive", () => {
    const use = clientNamespaces(["app/login/page.tsx"]);
    expect(use.namespaces.get("auth.signIn")).toContain("components/auth/sign-in-form.tsx");
    // The form field has no "use client" of its own: the sign-in form makes it client code.
    expect(use.namespaces.get("common")).toContain("components/ui/field.tsx");
    // A server-rendered page's own useTranslations/getTranslations is not client code.
    expect(clientNamespaces(["app/not-found.tsx"]).namespaces.size).toBe(0);
  });

  it("covers what the layouts and error pages use (they render outside a page's own messages)", () => {
    const outsidePages = routeFiles(app, /^(layout|template|error|global-error|not-found|forbidden|unauthorized|loading|default)\.tsx$/);
    expect(outsidePages).toEqual(expect.arrayContaining(["app/layout.tsx", "app/error.tsx"]));
    expect(uncovered(outsidePages, SHELL_CLIENT_NAMESPACES)).toEqual([]);
  });

  it.each(pages)("covers what %s uses in the browser", (page) => {
    expect(uncovered([page], declaredList(page) ?? SHELL_CLIENT_NAMESPACES)).toEqual([]);
  });

  it("lists only namespaces that exist in both languages", () => {
    const lists = [[...SHELL_CLIENT_NAMESPACES], ...pages.map(declaredList).filter((list) => list !== null)];
    for (const locale of ["ja", "en"]) {
      const messages = catalogue(locale);
      for (const list of lists) {
        for (const namespace of list) expect(pickMessages(messages, [namespace]), `${locale}: ${namespace}`).not.toEqual({});
      }
    }
  });
});

describe("pickMessages", () => {
  it("keeps the catalogue's nesting and lets a wider path hold a narrower one", () => {
    const messages = { a: { b: { c: "1", d: "2" }, e: "3" }, f: { g: "4" } };
    expect(pickMessages(messages, ["a.b.c", "f", "missing.path"])).toEqual({ a: { b: { c: "1" } }, f: { g: "4" } });
    expect(pickMessages(messages, ["a.b", "a.b.c"])).toEqual({ a: { b: { c: "1", d: "2" } } });
  });
});
