// X-Forwarded-For is the client's to write: without TRUSTED_PROXIES it must neither move a request
// to another per-IP sign-in throttle bucket nor reach the audit log. Behind a named proxy it is the
// address that proxy reports. Runs its own server (a per-IP lock on the shared e2e server would lock
// every other test out) on a PostgreSQL database of its own, created next to the e2e database.
import { execFileSync } from "node:child_process";
import pg from "pg";
import { expect, test } from "@playwright/test";
import { hasProductionBuild, removeFolder, startOwnServer, waitForOk, type OwnServer } from "./support/own-server";
import { rawRequest, setCookies } from "./support/raw-http";

const DEMO_PASSWORD = "Kyodo-Demo-2026";
const PER_IP_LIMIT = 5;

/** One password sign-in through next-auth's credentials callback; returns its error code or "ok". */
async function signIn(server: OwnServer, email: string, password: string, forwardedFor: string): Promise<string> {
  const csrf = await rawRequest(`${server.baseURL}/api/auth/csrf`, "GET", {});
  const cookie = setCookies(csrf).map((c) => c.split(";")[0]).join("; ");
  const { csrfToken } = JSON.parse(csrf.body) as { csrfToken: string };
  const form = new URLSearchParams({ csrfToken, email, password, json: "true" }).toString();
  const response = await rawRequest(
    `${server.baseURL}/api/auth/callback/credentials`,
    "POST",
    { origin: server.baseURL, cookie, "content-type": "application/x-www-form-urlencoded", "x-forwarded-for": forwardedFor, "x-real-ip": forwardedFor },
    form,
  );
  const location = response.headers.location ?? (JSON.parse(response.body || "{}") as { url?: string }).url ?? "";
  const error = new URL(location, server.baseURL).searchParams.get("error");
  return error ?? (setCookies(response).some((c) => c.includes("session-token")) ? "ok" : `unexpected ${response.status}`);
}

const e2eDatabase = process.env.DATABASE_URL;
const withDatabase = (url: string, name: string) => Object.assign(new URL(url), { pathname: `/${name}` }).toString();

async function adminQuery(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: withDatabase(e2eDatabase!, "postgres") });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** A new database, migrated and seeded with 60 firms (fewer trip a seed bug) (the demo accounts included). */
async function freshDatabase(name: string): Promise<string> {
  await adminQuery(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await adminQuery(`CREATE DATABASE ${name}`);
  const url = withDatabase(e2eDatabase!, name);
  const env = { ...process.env, DATABASE_URL: url };
  execFileSync("npm", ["run", "db:migrate"], { env, stdio: "pipe" });
  execFileSync("npm", ["run", "db:seed", "--", "--firms", "60"], { env, stdio: "pipe" });
  return url;
}

async function auditIps(url: string): Promise<{ action: string; ip: string | null }[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const result = await client.query<{ action: string; ip: string | null }>(`SELECT action, ip FROM "AuditLog" WHERE action LIKE 'auth.signin.%' ORDER BY "createdAt"`);
    return result.rows;
  } finally {
    await client.end();
  }
}

test.describe("forwarding headers", () => {
  test.beforeEach(({}, testInfo) => test.skip(testInfo.project.name !== "desktop", "starts its own server: once is enough"));
  test.skip(!hasProductionBuild(), "needs the production build (npm run build; the e2e web server makes it)");
  test.skip(!e2eDatabase, "needs PostgreSQL (DATABASE_URL): a second server cannot share the embedded database");
  test.describe.configure({ mode: "serial", timeout: 240_000 });

  test("without TRUSTED_PROXIES a forged X-Forwarded-For neither escapes the per-IP throttle nor reaches the audit log; behind a named proxy it is honoured", async () => {
    const name = `${new URL(e2eDatabase!).pathname.slice(1)}_xff`.replace(/[^a-z0-9_]/gi, "_");
    const url = await freshDatabase(name);
    const settings = { DATABASE_URL: url, LOGIN_MAX_FAILURES_PER_IP: String(PER_IP_LIMIT), LOGIN_MAX_FAILURES: "100" };
    const direct = await startOwnServer(settings);
    try {
      await waitForOk(`${direct.baseURL}/api/health`, 60_000);
      // Failures from one socket, each claiming another client address and a new e-mail.
      for (let attempt = 0; attempt < PER_IP_LIMIT; attempt++) {
        expect(await signIn(direct, `nobody-${attempt}@example.invalid`, "wrong-password", `203.0.113.${attempt + 1}`)).not.toBe("ok");
      }
      // The right password, from "yet another" address: the socket's address is locked.
      expect(await signIn(direct, "buyer@demo.kyodo.example", DEMO_PASSWORD, "198.51.100.77")).toMatch(/^throttled/);
    } finally {
      await direct.stop();
      removeFolder(direct.dataDir);
    }
    const rows = await auditIps(url);
    expect(rows.length).toBeGreaterThanOrEqual(PER_IP_LIMIT + 1);
    for (const row of rows) expect(row.ip).toBe("127.0.0.1");

    // The same database behind a proxy on this machine: now the header is the client's address
    // (a new address, so the lock above does not apply to it).
    const behindProxy = await startOwnServer({ ...settings, TRUSTED_PROXIES: "127.0.0.1/32, ::1/128" });
    try {
      await waitForOk(`${behindProxy.baseURL}/api/health`, 60_000);
      expect(await signIn(behindProxy, "buyer@demo.kyodo.example", DEMO_PASSWORD, "192.0.2.44")).toBe("ok");
    } finally {
      await behindProxy.stop();
      removeFolder(behindProxy.dataDir);
    }
    expect((await auditIps(url)).at(-1)).toEqual({ action: "auth.signin.success", ip: "192.0.2.44" });
    await adminQuery(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  });
});
