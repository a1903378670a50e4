// Compares a migrated database with prisma/schema.prisma, so the hand-written SQL migrations and
// the schema cannot drift apart unnoticed. The expected shape comes from Prisma's own schema
// parser (the DMMF, via the WebAssembly build: no native engine needed); the actual shape from
// PostgreSQL's catalogue. Objects named raw_* are hand-written SQL that Prisma cannot express
// (trigram indexes, generated search columns) and are ignored here.
import { readFileSync } from "node:fs";
import { get_dmmf } from "@prisma/prisma-schema-wasm";
import type { SqlConnection } from "./sql-connection";

interface DmmfField {
  name: string;
  dbName?: string | null;
  kind: "scalar" | "object" | "enum" | "unsupported";
  isList: boolean;
  isRequired: boolean;
  type: string;
  nativeType?: [string, string[]] | null;
  relationFromFields?: string[];
  relationToFields?: string[];
  relationOnDelete?: string;
}
interface DmmfModel {
  name: string;
  dbName: string | null;
  fields: DmmfField[];
}
interface DmmfIndex {
  model: string;
  type: "id" | "unique" | "normal" | "fulltext";
  fields: { name: string }[];
}
interface Dmmf {
  datamodel: { models: DmmfModel[]; enums: { name: string; dbName?: string | null; values: { name: string; dbName?: string | null }[] }[]; indexes: DmmfIndex[] };
}

/** The database as Prisma expects it, in a form easy to compare line by line. */
export interface SchemaShape {
  /** "Table.column" → "type NOT NULL" / "type NULL" */
  columns: Map<string, string>;
  /** enum name → values in order */
  enums: Map<string, string[]>;
  /** "Table(col,col)" for primary keys and unique indexes */
  uniques: Set<string>;
  /** "Table(col,col)" for plain indexes */
  indexes: Set<string>;
  /** "Table(cols) -> Other(cols) ON DELETE action" */
  foreignKeys: Set<string>;
}

const SCALAR_TYPES: Record<string, string> = {
  String: "text",
  Int: "integer",
  BigInt: "bigint",
  Float: "double precision",
  Boolean: "boolean",
  Json: "jsonb",
  Bytes: "bytea",
  DateTime: "timestamp(3) without time zone",
  Decimal: "numeric(65,30)",
};

function nativeTypeName([name, args]: [string, string[]]): string {
  switch (name) {
    case "Uuid":
      return "uuid";
    case "Date":
      return "date";
    case "Timestamptz":
      return `timestamp(${args[0] ?? 6}) with time zone`;
    case "Timestamp":
      return `timestamp(${args[0] ?? 6}) without time zone`;
    case "VarChar":
      return args[0] ? `character varying(${args[0]})` : "character varying";
    case "Char":
      return `character(${args[0] ?? 1})`;
    case "SmallInt":
      return "smallint";
    case "Integer":
      return "integer";
    case "Real":
      return "real";
    case "DoublePrecision":
      return "double precision";
    case "Decimal":
      return args.length ? `numeric(${args.join(",")})` : "numeric";
    default:
      return name.toLowerCase();
  }
}

function expectedType(field: DmmfField): string {
  const base = field.kind === "enum" ? field.type : field.nativeType ? nativeTypeName(field.nativeType) : SCALAR_TYPES[field.type] ?? field.type;
  return field.isList ? `${base}[]` : base;
}

// Prisma's defaults when the schema names no referential action.
function onDeleteOf(field: DmmfField, fromFieldsRequired: boolean): string {
  const action = field.relationOnDelete ?? (fromFieldsRequired ? "Restrict" : "SetNull");
  return { Cascade: "CASCADE", Restrict: "RESTRICT", NoAction: "NO ACTION", SetNull: "SET NULL", SetDefault: "SET DEFAULT" }[action] ?? action;
}

export function readDmmf(schemaPath = "prisma/schema.prisma"): Dmmf {
  return JSON.parse(get_dmmf(JSON.stringify({ prismaSchema: readFileSync(schemaPath, "utf8") }))) as Dmmf;
}

export function expectedShape(dmmf: Dmmf): SchemaShape {
  const shape: SchemaShape = { columns: new Map(), enums: new Map(), uniques: new Set(), indexes: new Set(), foreignKeys: new Set() };
  const models = new Map(dmmf.datamodel.models.map((m) => [m.name, m]));
  const tableOf = (model: DmmfModel) => model.dbName ?? model.name;
  const columnOf = (model: DmmfModel, fieldName: string) => {
    const field = model.fields.find((f) => f.name === fieldName);
    return field?.dbName ?? fieldName;
  };

  for (const e of dmmf.datamodel.enums) shape.enums.set(e.dbName ?? e.name, e.values.map((v) => v.dbName ?? v.name));

  for (const model of dmmf.datamodel.models) {
    const table = tableOf(model);
    for (const field of model.fields) {
      if (field.kind === "object") {
        if (!field.relationFromFields?.length) continue;
        const target = models.get(field.type);
        if (!target) continue;
        const required = field.relationFromFields.every((name) => model.fields.find((f) => f.name === name)?.isRequired);
        const from = field.relationFromFields.map((name) => columnOf(model, name)).join(",");
        const to = (field.relationToFields ?? []).map((name) => columnOf(target, name)).join(",");
        shape.foreignKeys.add(`${table}(${from}) -> ${tableOf(target)}(${to}) ON DELETE ${onDeleteOf(field, required)}`);
        continue;
      }
      shape.columns.set(`${table}.${field.dbName ?? field.name}`, `${expectedType(field)} ${field.isRequired || field.isList ? "NOT NULL" : "NULL"}`);
    }
  }

  for (const index of dmmf.datamodel.indexes) {
    const model = models.get(index.model);
    if (!model) continue;
    const key = `${tableOf(model)}(${index.fields.map((f) => columnOf(model, f.name)).join(",")})`;
    if (index.type === "normal") shape.indexes.add(key);
    else shape.uniques.add(key);
  }
  return shape;
}

const isRaw = (name: string) => name.startsWith("raw_");

const ON_DELETE: Record<string, string> = { a: "NO ACTION", r: "RESTRICT", c: "CASCADE", n: "SET NULL", d: "SET DEFAULT" };

export async function actualShape(sql: SqlConnection): Promise<SchemaShape> {
  const shape: SchemaShape = { columns: new Map(), enums: new Map(), uniques: new Set(), indexes: new Set(), foreignKeys: new Set() };

  const columns = await sql.query<{ table_name: string; column_name: string; type: string; not_null: boolean }>(`
    SELECT c.relname AS table_name, a.attname AS column_name,
           format_type(a.atttypid, a.atttypmod) AS type, a.attnotnull AS not_null
    FROM pg_attribute a
    JOIN pg_class c ON c.oid = a.attrelid
    JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE n.nspname = 'public' AND c.relkind = 'r' AND a.attnum > 0 AND NOT a.attisdropped`);
  for (const c of columns) {
    if (c.table_name === "_prisma_migrations" || isRaw(c.table_name) || isRaw(c.column_name)) continue;
    shape.columns.set(`${c.table_name}.${c.column_name}`, `${c.type.replaceAll('"', "")} ${c.not_null ? "NOT NULL" : "NULL"}`);
  }

  const enums = await sql.query<{ name: string; value: string }>(`
    SELECT t.typname AS name, e.enumlabel AS value
    FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid
    JOIN pg_namespace n ON n.oid = t.typnamespace
    WHERE n.nspname = 'public' ORDER BY t.typname, e.enumsortorder`);
  for (const e of enums) shape.enums.set(e.name, [...(shape.enums.get(e.name) ?? []), e.value]);

  const indexes = await sql.query<{ table_name: string; index_name: string; is_unique: boolean; columns: string; is_partial: boolean }>(`
    SELECT t.relname AS table_name, i.relname AS index_name, x.indisunique AS is_unique,
           x.indpred IS NOT NULL AS is_partial,
           (SELECT string_agg(a.attname, ',' ORDER BY k.ord)
              FROM unnest(x.indkey) WITH ORDINALITY AS k(attnum, ord)
              JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = k.attnum) AS columns
    FROM pg_index x
    JOIN pg_class i ON i.oid = x.indexrelid
    JOIN pg_class t ON t.oid = x.indrelid
    JOIN pg_namespace n ON n.oid = t.relnamespace
    WHERE n.nspname = 'public'`);
  for (const index of indexes) {
    if (index.table_name === "_prisma_migrations" || isRaw(index.index_name) || index.is_partial) continue;
    (index.is_unique ? shape.uniques : shape.indexes).add(`${index.table_name}(${index.columns})`);
  }

  const foreignKeys = await sql.query<{ name: string; from_table: string; from_columns: string; to_table: string; to_columns: string; on_delete: string }>(`
    SELECT c.conname AS name, ft.relname AS from_table, tt.relname AS to_table, c.confdeltype AS on_delete,
           (SELECT string_agg(a.attname, ',' ORDER BY k.ord) FROM unnest(c.conkey) WITH ORDINALITY AS k(attnum, ord)
              JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = k.attnum) AS from_columns,
           (SELECT string_agg(a.attname, ',' ORDER BY k.ord) FROM unnest(c.confkey) WITH ORDINALITY AS k(attnum, ord)
              JOIN pg_attribute a ON a.attrelid = c.confrelid AND a.attnum = k.attnum) AS to_columns
    FROM pg_constraint c
    JOIN pg_class ft ON ft.oid = c.conrelid
    JOIN pg_class tt ON tt.oid = c.confrelid
    JOIN pg_namespace n ON n.oid = ft.relnamespace
    WHERE c.contype = 'f' AND n.nspname = 'public'`);
  for (const fk of foreignKeys) {
    if (isRaw(fk.name)) continue;
    shape.foreignKeys.add(`${fk.from_table}(${fk.from_columns}) -> ${fk.to_table}(${fk.to_columns}) ON DELETE ${ON_DELETE[fk.on_delete] ?? fk.on_delete}`);
  }
  return shape;
}

/** Human-readable differences, empty when the database matches the schema. */
export function diffShapes(expected: SchemaShape, actual: SchemaShape): string[] {
  const problems: string[] = [];
  for (const [column, type] of expected.columns) {
    const found = actual.columns.get(column);
    if (found === undefined) problems.push(`missing column ${column} (${type})`);
    else if (found !== type) problems.push(`column ${column} is ${found}, schema says ${type}`);
  }
  for (const column of actual.columns.keys()) if (!expected.columns.has(column)) problems.push(`column ${column} is not in schema.prisma`);

  for (const [name, values] of expected.enums) {
    const found = actual.enums.get(name);
    if (!found) problems.push(`missing enum ${name}`);
    else if (found.join(",") !== values.join(",")) problems.push(`enum ${name} is (${found.join(", ")}), schema says (${values.join(", ")})`);
  }
  for (const name of actual.enums.keys()) if (!expected.enums.has(name)) problems.push(`enum ${name} is not in schema.prisma`);

  const compareSets = (label: string, want: Set<string>, have: Set<string>) => {
    for (const item of want) if (!have.has(item)) problems.push(`missing ${label} ${item}`);
    for (const item of have) if (!want.has(item)) problems.push(`${label} ${item} is not in schema.prisma`);
  };
  compareSets("unique key", expected.uniques, actual.uniques);
  compareSets("index", expected.indexes, actual.indexes);
  compareSets("foreign key", expected.foreignKeys, actual.foreignKeys);
  return problems;
}

export async function schemaDrift(sql: SqlConnection, schemaPath?: string): Promise<string[]> {
  return diffShapes(expectedShape(readDmmf(schemaPath)), await actualShape(sql));
}
