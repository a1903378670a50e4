// Two `next start` instances of the production build on one PostgreSQL and one S3-compatible
// bucket, as behind a load balancer: what one instance does, the other sees. PostgreSQL only
// (PGlite is one process per database); builds the app first when the build is missing or stale.
import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { randomUUID } from "node:crypto";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@/lib/db/client";
import { seedDemoData } from "@/lib/demo-data/seed-demo-data";
import { startQueue } from "@/lib/queue/queue";
import { queueName, SCHEDULED_TASKS } from "@/lib/queue/tasks";
import { s3Store } from "@/lib/uploads/s3-store";
import { parseStorageUrl } from "@/lib/uploads/storage-url";
import { ensureProductionBuild, freePort, startInstance, type AppInstance } from "../../benchmarks/support/app-instance";
import { HttpSession } from "../helpers/http-session";
import { startS3Server, type TestS3Server } from "../helpers/s3-server";
import { createTestDatabaseWithUrl } from "../helpers/test-db";

const PASSWORD = "Kyodo-Demo-2026";
const METRICS_TOKEN = "two-instances-metrics-token-0123";
// Production servers on a busy two-core machine: a first page render can take tens of seconds.
const SLOW = 240_000;
const PDF = new TextEncoder().encode("%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<<>>\n%%EOF\n");

const database = await createTestDatabaseWithUrl();
let db: Database & { url: string };
let s3: TestS3Server;
let localDir: string;
let a: AppInstance;
let b: AppInstance;
let groupId: string;

describe.skipIf(database === null)("two app instances on one PostgreSQL and one bucket", () => {
  beforeAll(async () => {
    db = database!;
    ensureProductionBuild();
    await seedDemoData(db, { firms: 60 });
    s3 = await startS3Server();
    localDir = mkdtempSync(path.join(tmpdir(), "kj-two-instances-"));
    const [portA, portB] = [await freePort(), await freePort()];
    const env = {
      DATABASE_URL: db.url,
      STORAGE_URL: s3.storageUrl,
      UPLOAD_DIR: localDir, // must stay empty: files go to the bucket
      NEXTAUTH_SECRET: "two-instances-test-secret-0123456789abcdef",
      NEXTAUTH_URL: `http://127.0.0.1:${portA}`, // behind a proxy both share the public URL
      METRICS_TOKEN,
      QUEUE_WORKERS: "true",
    };
    [a, b] = await Promise.all([startInstance(env, { port: portA }), startInstance(env, { port: portB })]);
    const group = await db.prisma.jointOrderGroup.findFirstOrThrow({
      where: {
        status: { notIn: ["CANCELLED", "DISSOLVED"] },
        job: { buyerOrg: { users: { some: { email: "buyer@demo.kyodo.example" } } } },
        members: { some: { firm: { users: { some: { email: "firm-member@demo.kyodo.example" } } } } },
      },
      select: { id: true },
    });
    groupId = group.id;
  }, 900_000);

  afterAll(async () => {
    await Promise.all([a?.stop(), b?.stop()]);
    await s3?.stop();
    await db?.close();
    if (localDir) rmSync(localDir, { recursive: true, force: true });
  });

  it("carries a session signed in on A to B", async () => {
    const buyer = new HttpSession();
    expect(await buyer.signIn(a.url, "buyer@demo.kyodo.example", PASSWORD)).toBeNull();
    const session = (await (await buyer.fetch(`${b.url}/api/auth/session`)).json()) as { sub?: string };
    expect(session.sub).toBeTruthy();
    const page = await buyer.fetch(`${b.url}/groups/${groupId}`);
    expect(page.status).toBe(200);
    // Without the session B sends the same request to sign-in.
    expect((await new HttpSession().fetch(`${b.url}/groups/${groupId}`)).status).toBeGreaterThanOrEqual(300);
  }, SLOW);

  it("serves through B a file uploaded through A, and shows B's users the notification A wrote", async () => {
    const buyer = new HttpSession();
    expect(await buyer.signIn(a.url, "buyer@demo.kyodo.example", PASSWORD)).toBeNull();
    const text = `二台構成の確認 ${randomUUID().slice(0, 8)}`;
    const form = new FormData();
    form.set("channel", "buyer");
    form.set("body", text);
    form.set("submissionKey", randomUUID());
    form.set("file", new File([PDF], "図面-rev2.pdf", { type: "application/pdf" }));
    const posted = await buyer.fetch(`${a.url}/api/groups/${groupId}/messages`, { method: "POST", body: form, headers: { origin: a.url } });
    expect(posted.status).toBe(201);
    const { message } = (await posted.json()) as { message: { id: string } };
    const attachment = await db.prisma.attachment.findFirstOrThrow({ where: { messageId: message.id }, select: { id: true, storageKey: true } });

    const bucketKeys: string[] = [];
    for await (const key of s3Store(parseStorageUrl(s3.storageUrl)).list()) bucketKeys.push(key);
    expect(bucketKeys).toContain(attachment.storageKey);
    expect(readdirSync(localDir)).toEqual([]);

    const member = new HttpSession();
    expect(await member.signIn(b.url, "firm-member@demo.kyodo.example", PASSWORD)).toBeNull();
    const download = await member.fetch(`${b.url}/api/group-files/${attachment.id}`);
    expect(download.status).toBe(200);
    expect(Buffer.from(await download.arrayBuffer()).equals(Buffer.from(PDF))).toBe(true);
    // Authorization still applies on B: someone outside the group gets nothing.
    const outsider = new HttpSession();
    expect(await outsider.signIn(b.url, "buyer2@demo.kyodo.example", PASSWORD)).toBeNull();
    expect((await outsider.fetch(`${b.url}/api/group-files/${attachment.id}`)).status).toBe(404);

    const notifications = await (await member.fetch(`${b.url}/notifications`)).text();
    expect(notifications).toContain(text);
  }, SLOW);

  it("counts sign-in failures across both instances", async () => {
    const attacker = new HttpSession();
    const email = "press-admin@demo.kyodo.example";
    const failures: (string | null)[] = [];
    for (let i = 0; i < 5; i++) failures.push(await attacker.signIn(i % 2 === 0 ? a.url : b.url, email, `wrong-${i}`));
    expect(failures.slice(0, 4)).toEqual(["invalid", "invalid", "invalid", "invalid"]);
    // The fifth failure (two of them on B) locked the account: the right password is refused on B.
    expect(await new HttpSession().signIn(b.url, email, PASSWORD)).toMatch(/^throttled/);
  }, SLOW);

  it("runs a queued task exactly once across both instances", async () => {
    const task = SCHEDULED_TASKS.find((t) => t.name === "submissions.forgetKeys")!;
    for (const instance of [a, b]) expect(instance.logs).toContainEqual(expect.objectContaining({ component: "queue", msg: "queue started" }));
    const sender = await startQueue(db, { tasks: [task], schedule: false, work: false });
    try {
      const jobIds = [await sender.runNow(task.name)];
      const deadline = Date.now() + 90_000;
      while (Date.now() < deadline) {
        const job = await sender.boss.getJobById(queueName(task), jobIds[0]!);
        if (job?.state === "completed") break;
        await new Promise((resolve) => setTimeout(resolve, 500));
      }
      await new Promise((resolve) => setTimeout(resolve, 2_000));
      const runs = [...a.logs, ...b.logs].filter((line) => line.msg === "task done" && line.requestId === `job:${jobIds[0]}`);
      expect(runs).toHaveLength(1);
    } finally {
      await sender.stop();
    }
  }, SLOW);

  it("reports request durations by route and logs each request with its id", async () => {
    const scrape = await fetch(`${a.url}/api/metrics`, { headers: { authorization: `Bearer ${METRICS_TOKEN}` } });
    expect(scrape.status).toBe(200);
    const body = await scrape.text();
    expect(body).toMatch(/kyodo_http_request_duration_seconds_count\{method="POST",route="\/api\/groups\/\[id\]\/messages",status="201"\} 1/);
    expect(body).toMatch(/kyodo_db_pool_connections \d+/);
    expect(body).toMatch(/kyodo_queue_jobs\{queue="submissions_forgetKeys",state="completed"\}/);
    expect((await fetch(`${a.url}/api/metrics`)).status).toBe(401);
    const line = a.logs.find((l) => l.msg === "request" && l.route === "/api/groups/[id]/messages");
    expect(line).toMatchObject({ method: "POST", status: 201, requestId: expect.stringMatching(/^[0-9a-f]{32}$/) });
    expect((await fetch(`${b.url}/api/health/live`)).status).toBe(200);
    expect(await (await fetch(`${b.url}/api/health/ready`)).json()).toMatchObject({ status: "ok", storage: { kind: "s3", status: "ok" } });
  }, SLOW);
});
