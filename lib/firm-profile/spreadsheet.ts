// Equipment and capability lists as spreadsheets (CSV or .xlsx), read and written with papaparse and
// exceljs. The first row holds the column keys below; every later row is one machine or process.
// Reading returns the cells as text plus every problem by row and column, checked with the same
// row schemas the editor uses; the caller imports only a file without problems.
import ExcelJS from "exceljs";
import Papa from "papaparse";
import type { z } from "zod";
import { capabilityRowSchema, equipmentRowSchema, PROFILE_LIMITS, type CapabilityRow, type EquipmentRow } from "./schema";

export const SHEET_TARGETS = ["equipment", "capabilities"] as const;
export type SheetTarget = (typeof SHEET_TARGETS)[number];
export type SheetFormat = "csv" | "xlsx";

export const SHEET_COLUMNS = {
  equipment: ["kind", "maker", "model", "year", "count", "travelXMm", "travelYMm", "travelZMm", "maxDiameterMm", "tonnage", "accuracyUm", "notes"],
  capabilities: ["processCode", "materialCodes", "bestToleranceUm", "maxWorkpieceMm", "monthlyCapacity", "leadTimeDays", "notes"],
} as const satisfies Record<SheetTarget, readonly string[]>;

const ROW_LIMIT: Record<SheetTarget, number> = { equipment: PROFILE_LIMITS.equipment, capabilities: PROFILE_LIMITS.capabilities };

export interface SheetProblem {
  /** Spreadsheet row number as the user sees it (1 = the header row). */
  row: number;
  /** Column key, or null for a problem with the whole row or file. */
  column: string | null;
  /** Message key. */
  message: string;
}

export type ParsedSheet =
  | { target: "equipment"; rows: EquipmentRow[]; problems: SheetProblem[]; rowCount: number }
  | { target: "capabilities"; rows: CapabilityRow[]; problems: SheetProblem[]; rowCount: number };

/** UTF-8 (with or without BOM), else Shift_JIS — what Excel in Japan saves as "CSV". */
function decodeText(bytes: Uint8Array): string {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes).replace(/^\uFEFF/, "");
  } catch {
    return new TextDecoder("shift_jis").decode(bytes);
  }
}

function csvCells(bytes: Uint8Array): string[][] {
  const parsed = Papa.parse<string[]>(decodeText(bytes), { skipEmptyLines: "greedy" });
  return parsed.data.map((row) => row.map((cell) => String(cell ?? "")));
}

async function xlsxCells(bytes: Uint8Array): Promise<string[][]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as Parameters<typeof workbook.xlsx.load>[0]);
  const sheet = workbook.worksheets[0];
  if (!sheet) return [];
  const rows: string[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row, rowNumber) => {
    const cells: string[] = [];
    for (let column = 1; column <= Math.max(row.cellCount, 1); column++) cells.push(row.getCell(column).text ?? "");
    rows[rowNumber - 1] = cells;
  });
  // Keep row numbers as in Excel; drop trailing blank rows.
  const filled = Array.from(rows, (r) => r ?? []);
  while (filled.length && filled[filled.length - 1]!.every((c) => c.trim() === "")) filled.pop();
  return filled;
}

/** Reads and checks a sheet. Never throws on bad content: problems are listed instead. */
export async function readSheet(target: SheetTarget, format: SheetFormat, bytes: Uint8Array): Promise<ParsedSheet> {
  let cells: string[][];
  try {
    cells = format === "csv" ? csvCells(bytes) : await xlsxCells(bytes);
  } catch {
    return { target, rows: [], rowCount: 0, problems: [{ row: 1, column: null, message: "directory.import.unreadable" }] } as ParsedSheet;
  }
  return checkCells(target, cells);
}

export function checkCells(target: SheetTarget, cells: string[][]): ParsedSheet {
  const problems: SheetProblem[] = [];
  const columns: readonly string[] = SHEET_COLUMNS[target];
  const header = (cells[0] ?? []).map((h) => h.replace(/^\uFEFF/, "").trim());
  if (header.every((h) => h === "")) return { target, rows: [], rowCount: 0, problems: [{ row: 1, column: null, message: "directory.import.noHeader" }] } as ParsedSheet;
  header.forEach((h) => {
    if (h !== "" && !columns.includes(h)) problems.push({ row: 1, column: h, message: "directory.import.unknownColumn" });
  });
  const required = target === "equipment" ? ["kind", "maker", "model"] : ["processCode", "bestToleranceUm", "maxWorkpieceMm", "monthlyCapacity", "leadTimeDays"];
  for (const column of required) if (!header.includes(column)) problems.push({ row: 1, column, message: "directory.import.missingColumn" });

  const schema: z.ZodType = target === "equipment" ? equipmentRowSchema : capabilityRowSchema;
  const rows: unknown[] = [];
  let rowCount = 0;
  const seenProcesses = new Map<string, number>();
  for (let index = 1; index < cells.length; index++) {
    const line = cells[index] ?? [];
    if (line.every((c) => c.trim() === "")) continue;
    rowCount++;
    const rowNumber = index + 1;
    const record: Record<string, string> = {};
    header.forEach((h, i) => {
      if (columns.includes(h)) record[h] = (line[i] ?? "").replace(/^'(?=[=+\-@\t\r])/, "");
    });
    const parsed = schema.safeParse(record);
    if (!parsed.success) {
      const seen = new Set<string>();
      for (const issue of parsed.error.issues) {
        const column = issue.path.length ? String(issue.path[0]) : null;
        const key = `${column}`;
        if (seen.has(key)) continue;
        seen.add(key);
        problems.push({ row: rowNumber, column, message: messageKey(issue) });
      }
      continue;
    }
    if (target === "capabilities") {
      const code = (parsed.data as CapabilityRow).processCode;
      const first = seenProcesses.get(code);
      if (first !== undefined) {
        problems.push({ row: rowNumber, column: "processCode", message: "directory.validation.duplicate" });
        continue;
      }
      seenProcesses.set(code, rowNumber);
    }
    rows.push(parsed.data);
  }
  if (rowCount > ROW_LIMIT[target]) problems.push({ row: 1, column: null, message: "directory.validation.tooManyRows" });
  if (rowCount === 0 && problems.length === 0) problems.push({ row: 2, column: null, message: "directory.import.noRows" });
  return { target, rows, rowCount, problems } as ParsedSheet;
}

function messageKey(issue: z.core.$ZodIssue): string {
  if (/^[a-zA-Z]+(\.[a-zA-Z0-9]+)+$/.test(issue.message)) return issue.message;
  return issue.code === "invalid_value" ? "validation.choose" : "validation.invalid";
}

/** One row's cells for export, as the import reads them back. */
function cellsOf(target: SheetTarget, row: EquipmentRow | CapabilityRow): (string | number)[] {
  const record = row as unknown as Record<string, unknown>;
  return SHEET_COLUMNS[target].map((column) => {
    const value = record[column];
    if (Array.isArray(value)) return value.join(";");
    if (typeof value === "number") return value;
    const text = value === undefined || value === null ? "" : String(value);
    // A cell starting with = + - @ would run as a formula in Excel: quote it (read back by the import).
    return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  });
}

export async function writeSheet(target: SheetTarget, format: SheetFormat, rows: readonly (EquipmentRow | CapabilityRow)[]): Promise<Uint8Array> {
  const header = [...SHEET_COLUMNS[target]];
  const body = rows.map((row) => cellsOf(target, row));
  if (format === "csv") {
    // A BOM so Excel in Japan opens UTF-8 correctly.
    return new TextEncoder().encode(`\uFEFF${Papa.unparse([header, ...body], { newline: "\r\n" })}\r\n`);
  }
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(target);
  sheet.addRow(header).font = { bold: true };
  for (const line of body) sheet.addRow(line);
  sheet.columns.forEach((column) => {
    column.width = 16;
  });
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
