// One same-origin rule for every write: proxy.ts applies it to every page path (server actions and
// form posts), and every route handler that accepts a write calls it first. The running server is
// checked with raw HTTP in tests/e2e/same-origin.spec.ts.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { unstable_doesMiddlewareMatch } from "next/experimental/testing/server";
import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import { config, proxy } from "@/proxy";
import { originProblem } from "@/lib/security/same-origin";

const write = (url: string, headers: Record<string, string>) => new NextRequest(url, { method: "POST", headers: { host: new URL(url).host, ...headers } });

describe("the rule", () => {
  it("refuses a missing, opaque, foreign or other-scheme Origin, with a reason", () => {
    const url = "http://localhost:3000/jobs";
    expect(originProblem(write(url, { origin: "http://localhost:3000" }))).toBeNull();
    expect(originProblem(write(url, {}))).toBe("missing Origin header");
    expect(originProblem(write(url, { referer: "http://localhost:3000/jobs" }))).toBe("missing Origin header"); // a Referer is not enough
    expect(originProblem(write(url, { origin: "null" }))).toBe("opaque Origin (null)");
    expect(originProblem(write(url, { origin: "http://evil.example" }))).toBe("Origin is not this site");
    expect(originProblem(write(url, { origin: "https://localhost:3000" }))).toBe("Origin is not this site");
    expect(originProblem(write(url, { origin: "http://localhost:3001" }))).toBe("Origin is not this site");
    expect(originProblem(new NextRequest(url, { method: "GET" }))).toBeNull();
  });
});

describe("proxy.ts", () => {
  it("answers a foreign write to a page with 403 and the reason, before Next.js sees it", async () => {
    const response = await proxy(write("http://localhost:3000/jobs/new", { origin: "http://evil.example", "next-action": "0123456789abcdef" }));
    expect(response.status).toBe(403);
    expect(await response.json()).toEqual({ error: "forbidden_origin", reason: "Origin is not this site" });
    const same = await proxy(write("http://localhost:3000/jobs/new", { origin: "http://localhost:3000", "next-action": "0123456789abcdef" }));
    expect(same.status).toBe(200);
  });

  it("runs on every page path a server action can be posted to, and not on /api or static files", () => {
    for (const url of ["/", "/jobs/123", "/buyer/jobs/new", "/login", "/groups/abc/quote", "/directory"]) {
      expect(unstable_doesMiddlewareMatch({ config, url }), url).toBe(true);
    }
    for (const url of ["/api/groups/1/messages", "/_next/static/chunks/a.js", "/favicon.ico"]) {
      expect(unstable_doesMiddlewareMatch({ config, url }), url).toBe(false);
    }
  });
});

function routeFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? routeFiles(full) : entry.name === "route.ts" ? [full] : [];
  });
}

describe("route handlers outside the proxy", () => {
  it("every write handler applies the rule first", () => {
    const writers = routeFiles(path.resolve(__dirname, "../../app")).filter((file) => /export (async function|const) (POST|PUT|PATCH|DELETE)\b/.test(readFileSync(file, "utf8")));
    expect(writers.length).toBeGreaterThanOrEqual(4);
    let handlers = 0;
    for (const file of writers) {
      const source = readFileSync(file, "utf8");
      for (const match of source.matchAll(/export (?:async function|const) (POST|PUT|PATCH|DELETE)\b[^{]*\{([\s\S]*?)\n\}/g)) {
        const firstStatements = match[2]!.trim().split("\n").slice(0, 2).join("\n");
        expect(firstStatements, `${path.relative(process.cwd(), file)} ${match[1]}`).toMatch(/rejectForeignOrigin\(request\)/);
        handlers += 1;
      }
    }
    expect(handlers).toBe(writers.length);
  });
});
