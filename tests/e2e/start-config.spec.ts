// A production server with an invalid setting must not start: `next start` exits non-zero and says
// which setting is wrong (before, it stayed up and answered 500 to every request).
import { expect, test } from "@playwright/test";
import { hasProductionBuild, LONG_SECRET, removeFolder, startOwnServer } from "./support/own-server";

async function startAndWait(settings: Record<string, string>, limitMs: number) {
  const server = await startOwnServer(settings);
  const code = await server.exited(limitMs);
  await server.stop();
  removeFolder(server.dataDir);
  return { code, output: server.output() };
}

test.describe("bad configuration stops the start", () => {
  test.beforeEach(({}, testInfo) => test.skip(testInfo.project.name !== "desktop", "starts its own server: once is enough"));
  test.skip(!hasProductionBuild(), "needs the production build (npm run build; the e2e web server makes it)");

  test("a valid configuration starts and stays up (the harness tells the two apart)", async () => {
    test.setTimeout(60_000);
    const { code, output } = await startAndWait({ NEXTAUTH_SECRET: LONG_SECRET }, 12_000);
    expect(output).toContain("Ready");
    expect(code).toBe("running");
  });

  test("NEXTAUTH_SECRET shorter than 32 characters: exit 1 with the message", async () => {
    test.setTimeout(60_000);
    const { code, output } = await startAndWait({ NEXTAUTH_SECRET: "too-short-secret" }, 25_000);
    expect(output).toContain("NEXTAUTH_SECRET must be at least 32 characters");
    expect(code).toBe(1);
  });

  test("a malformed DATABASE_URL: exit 1 naming the setting", async () => {
    test.setTimeout(60_000);
    const { code, output } = await startAndWait({ DATABASE_URL: "mysql://nowhere/db" }, 25_000);
    expect(output).toContain("DATABASE_URL must be a postgresql:// URL");
    expect(code).toBe(1);
  });
});
