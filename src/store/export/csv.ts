/** RFC 4180 CSV: fields with commas, quotes or line breaks are quoted, quotes doubled; lines end in CRLF. */

export function csvField(value: unknown): string {
  const s = value == null ? '' : String(value);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function csvLine(values: readonly unknown[]): string {
  return `${values.map(csvField).join(',')}\r\n`;
}
