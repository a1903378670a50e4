// The migrated database must match prisma/schema.prisma: every model, column, type, nullability,
// enum, unique key, index and foreign key. Any change to one without the other fails here.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@/lib/db/client";
import { actualShape, diffShapes, expectedShape, readDmmf, schemaDrift } from "@/lib/db/schema-drift";
import { createTestDatabase } from "../helpers/test-db";

describe("schema drift", () => {
  let db: Database;
  beforeAll(async () => {
    db = await createTestDatabase();
  });
  afterAll(async () => {
    await db?.close();
  });

  it("finds no difference between the migrated database and schema.prisma", async () => {
    expect(await schemaDrift(db.sql)).toEqual([]);
  });

  it("covers every model of the schema", async () => {
    const expected = expectedShape(readDmmf());
    const tables = new Set([...expected.columns.keys()].map((column) => column.split(".")[0]));
    expect(tables.size).toBe(readDmmf().datamodel.models.length);
    expect(expected.foreignKeys.size).toBeGreaterThan(40);
    expect(expected.columns.get("Order.contractedValueYen")).toBe("bigint NOT NULL");
  });

  it("reports a changed type, a dropped NOT NULL, a missing index and an unknown column", async () => {
    await db.sql.exec(`
      ALTER TABLE "Firm" ALTER COLUMN "employees" TYPE bigint;
      ALTER TABLE "Firm" ALTER COLUMN "nameJa" DROP NOT NULL;
      ALTER TABLE "Firm" ADD COLUMN "faxNumber" text;
      DROP INDEX "Firm_municipalityCode_status_idx";`);
    const problems = diffShapes(expectedShape(readDmmf()), await actualShape(db.sql));
    expect(problems).toEqual(
      expect.arrayContaining([
        "column Firm.employees is bigint NOT NULL, schema says integer NOT NULL",
        "column Firm.nameJa is text NULL, schema says text NOT NULL",
        "column Firm.faxNumber is not in schema.prisma",
        "missing index Firm(municipalityCode,status)",
      ]),
    );
  });
});
