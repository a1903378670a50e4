// The endpoint table (lib/authz/endpoints.ts) must list every route handler and server action.
import { describe, expect, it } from "vitest";
import { ENDPOINTS } from "@/lib/authz/endpoints";
import { discoverEndpoints, exportedNames } from "./discover-endpoints";

describe("endpoint table", () => {
  const { endpoints, inlineServerActions } = discoverEndpoints();
  const key = (e: { file: string; name: string }) => `${e.file}#${e.name}`;

  it("lists every route handler and server action found in app/", () => {
    const listed = new Set(ENDPOINTS.map(key));
    const missing = endpoints.filter((e) => !listed.has(key(e))).map(key);
    expect(missing, `add these to lib/authz/endpoints.ts with the roles allowed`).toEqual([]);
  });

  it("has no stale rows", () => {
    const found = new Set(endpoints.map(key));
    expect(ENDPOINTS.filter((e) => !found.has(key(e))).map(key)).toEqual([]);
  });

  it("has no inline server actions (they would escape the table): put them in a \"use server\" file", () => {
    expect(inlineServerActions).toEqual([]);
  });

  it("finds exports written in every usual way", () => {
    const names = exportedNames(`export async function GET() {}\nexport const POST = h;\nexport { handler as PUT, other };\nexport const { DELETE } = x;`);
    expect(names.sort()).toEqual(["DELETE", "GET", "POST", "PUT", "other"].sort());
  });
});
