// Messages in a group, on a real database, with the seeded live group of the demo accounts (the
// Ota machining firm and the Sumida press firm, for buyer@demo): who reads and writes which channel,
// who is told, files checked by content and downloadable only by those who may read the channel.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Viewer } from "@/lib/auth/viewer-types";
import { TINY_PNG } from "../helpers/files";
import { createTestDatabase } from "../helpers/test-db";
import { testDb } from "../auth/db-state";

vi.mock("@/lib/db/client", async (importOriginal) => ({ ...(await importOriginal<object>()), ...(await import("../auth/db-state")).dbClientMock() }));

const { seedDemoData } = await import("@/lib/demo-data/seed-demo-data");
const { viewerOf, firmAdminOf } = await import("../helpers/viewer-of");
const { listGroupMessages, postGroupMessage } = await import("@/lib/groups/messages");
const { groupFileForDownload } = await import("@/lib/groups/group-files");
const { cancelGroup } = await import("@/lib/groups/cancel");
const { NotFoundError } = await import("@/lib/authz");

const today = new Date("2026-11-01T00:00:00Z");
afterAll(async () => testDb.current?.close());

describe("messages in a group", () => {
  let groupId: string;
  let machining: Viewer;
  let press: Viewer;
  let pressMember: Viewer;
  let buyer: Viewer;
  let outsider: Viewer;
  let staff: Viewer;
  const db = () => testDb.current!;
  const unread = async (viewer: Viewer) => db().prisma.notification.count({ where: { userId: viewer.userId, kind: "group.message", readAt: null } });

  beforeAll(async () => {
    process.env.UPLOAD_DIR = mkdtempSync(path.join(tmpdir(), "kj-group-messages-"));
    testDb.current = await createTestDatabase();
    await seedDemoData(db(), { firms: 120, seed: 7, today });
    const group = await db().prisma.jointOrderGroup.findFirstOrThrow({ where: { job: { titleJa: { startsWith: "【デモ】" } }, status: "INVITING" }, select: { id: true, members: { select: { firmId: true } } } });
    groupId = group.id;
    machining = await viewerOf(db(), "firm-admin@demo.kyodo.example");
    press = await viewerOf(db(), "press-admin@demo.kyodo.example");
    buyer = await viewerOf(db(), "buyer@demo.kyodo.example");
    staff = await viewerOf(db(), "federation@demo.kyodo.example", { twoFactorPending: false });
    expect(group.members.map((m) => m.firmId).sort()).toEqual([machining.firmId, press.firmId].sort());
    const member = await db().prisma.user.create({ data: { email: "press-member@example.jp", name: "現場 太郎", role: "FIRM_MEMBER", status: "ACTIVE", firmId: press.firmId } });
    pressMember = await viewerOf(db(), member.email);
    const other = await db().prisma.firm.findFirstOrThrow({ where: { status: "VERIFIED", id: { notIn: [machining.firmId!, press.firmId!] }, users: { some: { role: "FIRM_ADMIN" } } } });
    outsider = await firmAdminOf(db(), other.id);
  }, 120_000);

  it("keeps the members' channel from the buyer and tells the other firm's people", async () => {
    await postGroupMessage(db(), machining, { groupId, channel: "internal", body: "治具の受け渡しは来週月曜でよいですか。" });
    expect((await listGroupMessages(db(), press, groupId, "internal")).map((m) => m.body)).toEqual(["治具の受け渡しは来週月曜でよいですか。"]);
    expect((await listGroupMessages(db(), machining, groupId, "internal"))[0]).toMatchObject({ mine: true, author: { firm: { nameJa: expect.any(String) } } });
    await expect(listGroupMessages(db(), buyer, groupId, "internal")).rejects.toBeInstanceOf(NotFoundError);
    await expect(postGroupMessage(db(), buyer, { groupId, channel: "internal", body: "見せて" })).rejects.toBeInstanceOf(NotFoundError);
    expect(await listGroupMessages(db(), buyer, groupId, "buyer")).toEqual([]);
    expect(await unread(press)).toBe(1);
    expect(await unread(pressMember)).toBe(1);
    expect(await unread(machining)).toBe(0);
    expect(await unread(buyer)).toBe(0);
  });

  it("lets the buyer and the members talk on the buyer channel, and staff read both", async () => {
    await postGroupMessage(db(), buyer, { groupId, channel: "buyer", body: "  表面処理の色見本を送ります。  " });
    const seen = await listGroupMessages(db(), press, groupId, "buyer");
    expect(seen.map((m) => m.body)).toEqual(["表面処理の色見本を送ります。"]);
    expect(seen[0]!.author?.buyerOrg?.name).toBeTruthy();
    expect(await unread(machining)).toBe(1);
    expect((await listGroupMessages(db(), staff, groupId, "internal")).length).toBe(1);
  });

  it("refuses firms outside the group and an empty message", async () => {
    await expect(listGroupMessages(db(), outsider, groupId, "internal")).rejects.toBeInstanceOf(NotFoundError);
    await expect(postGroupMessage(db(), outsider, { groupId, channel: "buyer", body: "営業です" })).rejects.toBeInstanceOf(NotFoundError);
    await expect(postGroupMessage(db(), press, { groupId, channel: "internal", body: "   " })).rejects.toMatchObject({ messageKey: "groups.messages.empty", field: "body" });
  });

  it("takes a file checked by its content, and lets only readers of the channel download it", async () => {
    await postGroupMessage(db(), press, { groupId, channel: "internal", body: "" }, { bytes: TINY_PNG, name: "金型写真.png" });
    const [withFile] = (await listGroupMessages(db(), machining, groupId, "internal")).filter((m) => m.attachments.length > 0);
    const file = withFile!.attachments[0]!;
    expect(file.fileName).toMatch(/\.png$/);
    await expect(groupFileForDownload(db(), machining, file.id)).resolves.toMatchObject({ mimeType: "image/png" });
    await expect(groupFileForDownload(db(), buyer, file.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(groupFileForDownload(db(), outsider, file.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(postGroupMessage(db(), press, { groupId, channel: "internal", body: "図面" }, { bytes: new TextEncoder().encode("MZ not a drawing"), name: "図面.pdf" })).rejects.toMatchObject({ problem: "typeNotAllowed" });
  });

  it("keeps a cancelled group's messages readable but takes no more", async () => {
    const { version } = await db().prisma.jointOrderGroup.findUniqueOrThrow({ where: { id: groupId }, select: { version: true } });
    await cancelGroup(db(), buyer, { groupId, version, reason: "仕様変更のため" });
    expect((await listGroupMessages(db(), press, groupId, "buyer")).length).toBe(1);
    await expect(postGroupMessage(db(), press, { groupId, channel: "buyer", body: "了解しました" })).rejects.toMatchObject({ messageKey: "groups.messages.closed" });
  });
});
