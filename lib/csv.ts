// CSV for spreadsheets (Excel, LibreOffice): UTF-8 with a byte-order mark, CRLF, every cell
// quoted. A cell that a spreadsheet would read as a formula (=, +, -, @, or a leading tab or
// carriage return) is prefixed with a quote, so exported text can never run as a formula.

export const CSV_BOM = "\uFEFF";

export function csvCell(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '""';
  let text = String(value);
  // a negative number (-4 or, formatted, "-4,19" / "-12,5 %") cannot run as a formula: left as is
  const negativeNumber = typeof value === "number" || /^-[\d.,]+(\s?%)?$/.test(text);
  if (/^[=+\-@\t\r]/.test(text) && !negativeNumber) text = `'${text}`;
  return `"${text.replaceAll('"', '""')}"`;
}

export function csvLine(values: readonly (string | number | null | undefined)[]): string {
  return `${values.map(csvCell).join(",")}\r\n`;
}
