/** Small output helpers shared by the commands: JSON or aligned text, never both. */
import type { Message } from "../core/message.js";

export function printJson(value: unknown): void {
  process.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
}

/** A plain aligned table; cells are cut so one row stays on one terminal line. */
export function printTable(headers: string[], rows: string[][], maxCell = 60): void {
  const cut = (cell: string) => (cell.length > maxCell ? `${cell.slice(0, maxCell - 1)}…` : cell);
  const cells = [headers, ...rows].map((row) => row.map((cell) => cut(cell.replace(/\s+/g, " "))));
  const widths = headers.map((_, column) => Math.max(...cells.map((row) => row[column]?.length ?? 0)));
  for (const row of cells) {
    process.stdout.write(`${row.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join("  ").trimEnd()}\n`);
  }
}

export function formatMessage(entry: Message): string {
  return `${entry.severity}: ${entry.reason} [${entry.ruleId}]`;
}

export function orDash(value: string | null | undefined): string {
  return value === null || value === undefined || value === "" ? "—" : value;
}
