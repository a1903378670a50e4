// One same-origin rule for every POST, server actions included: a write whose Origin is missing,
// foreign, or of another scheme is refused with 403 and a short reason, never run and never a 500.
// The server action is the language switch (public, and its effect is visible: a NEXT_LOCALE cookie);
// the request is the one the browser itself sends, captured and replayed with other headers.
import { expect, test } from "@playwright/test";
import { rawRequest, setCookies } from "./support/raw-http";

interface CapturedAction {
  url: string;
  headers: Record<string, string>;
  body: Buffer;
}

test.describe("same-origin rule for writes", () => {
  test.beforeEach(({}, testInfo) => test.skip(testInfo.project.name !== "desktop", "raw HTTP checks: once is enough"));

  let action: CapturedAction;

  test.beforeAll(async ({ browser, baseURL }, testInfo) => {
    test.skip(testInfo.project.name !== "desktop", "raw HTTP checks: once is enough");
    const page = await browser.newPage({ baseURL });
    let captured: CapturedAction | undefined;
    await page.route("**/*", async (route) => {
      const request = route.request();
      const headers = await request.allHeaders();
      if (request.method() === "POST" && headers["next-action"]) {
        captured = { url: request.url(), headers, body: request.postDataBuffer() ?? Buffer.alloc(0) };
        await route.abort();
      } else await route.continue();
    });
    await page.goto("/login");
    await page.getByTestId("language-switch").first().click();
    await expect.poll(() => captured !== undefined).toBe(true);
    action = captured!;
    await page.close();
  });

  /** The captured action with the browser's own origin headers replaced by `origin`. */
  const sendAction = (origin: Record<string, string>) => {
    const keep = ["next-action", "content-type", "accept", "next-router-state-tree"];
    const headers = Object.fromEntries(Object.entries(action.headers).filter(([name]) => keep.includes(name)));
    return rawRequest(action.url, "POST", { ...headers, ...origin }, action.body);
  };
  const own = () => new URL(action.url).origin;

  test("the same origin works: the action runs", async () => {
    const response = await sendAction({ origin: own() });
    expect(response.status).toBeLessThan(400);
    expect(setCookies(response).join("\n")).toContain("NEXT_LOCALE=");
  });

  const refused: [string, () => Record<string, string>][] = [
    ["no Origin header", () => ({})],
    ["a foreign Referer and no Origin", () => ({ referer: "http://evil.example/" })],
    ["an https Origin for an http host", () => ({ origin: own().replace("http://", "https://") })],
    ["a foreign Origin", () => ({ origin: "http://evil.example" })],
    ["the literal Origin null", () => ({ origin: "null" })],
  ];
  for (const [name, origin] of refused) {
    test(`server action with ${name}: 403 with a reason, not run`, async () => {
      const response = await sendAction(origin());
      expect(response.status).toBe(403);
      expect(response.body).toMatch(/origin/i);
      expect(setCookies(response).join("\n")).not.toContain("NEXT_LOCALE=");
    });
  }

  test("a plain form POST to a page from a foreign origin: 403", async ({ baseURL }) => {
    const response = await rawRequest(`${baseURL}/login`, "POST", { origin: "http://evil.example", "content-type": "application/x-www-form-urlencoded" }, "a=1");
    expect(response.status).toBe(403);
  });

  test("route handlers follow the same rule", async ({ baseURL }) => {
    const url = `${baseURL}/api/groups/00000000-0000-4000-8000-000000000000/messages`;
    const origins: Record<string, string>[] = [{}, { origin: "http://evil.example" }, { origin: baseURL!.replace("http://", "https://") }];
    for (const origin of origins) {
      const response = await rawRequest(url, "POST", { ...origin, "content-type": "application/x-www-form-urlencoded" }, "channel=x");
      expect(response.status).toBe(403);
      expect(response.body).toMatch(/origin/i);
    }
  });
});
