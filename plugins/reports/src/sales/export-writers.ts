import { centavosDecimal } from "@kassa/core/kit"
import ExcelJS from "exceljs"
import { once } from "node:events"
import type { Writable } from "node:stream"
import type { ExportLine } from "./sales-export"

const COLUMNS: { header: string; key: keyof ExportLine; money?: boolean; width: number }[] = [
  { header: "Date", key: "local_at", width: 20 },
  { header: "Receipt", key: "receipt", width: 22 },
  { header: "Branch", key: "branch", width: 8 },
  { header: "Product", key: "product", width: 36 },
  { header: "Variant", key: "variant", width: 18 },
  { header: "Units sold", key: "sold", width: 10 },
  { header: "Units kept", key: "kept", width: 10 },
  { header: "Revenue", key: "revenue", money: true, width: 14 },
  { header: "Net of tax", key: "net_revenue", money: true, width: 14 },
  { header: "Discount", key: "discount", money: true, width: 12 },
  { header: "Cost", key: "cost", money: true, width: 12 },
]

const csvCell = (v: string) => (/[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v)

/** CSV, a row at a time, waiting for the client when the socket's buffer is full. Money as decimals (123.45). */
export async function writeCsv(out: Writable, pages: AsyncIterable<ExportLine[]>) {
  const write = async (line: string) => {
    if (!out.write(line)) await once(out, "drain")
  }
  await write(COLUMNS.map((c) => c.header).join(",") + "\r\n")
  for await (const page of pages) {
    for (const l of page) {
      await write(COLUMNS.map((c) => (c.money ? (l[c.key] === null ? "" : centavosDecimal(l[c.key] as number)) : csvCell(String(l[c.key])))).join(",") + "\r\n")
    }
  }
  out.end()
}

/**
 * Excel through exceljs's streaming writer: each row is committed (written out and let go) as it
 * comes, so memory holds one page. Dates are date cells in the branch's local time, money number
 * cells in the major unit with two decimals.
 */
export async function writeXlsx(out: Writable, pages: AsyncIterable<ExportLine[]>) {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false })
  const sheet = workbook.addWorksheet("Sales")
  sheet.columns = COLUMNS.map((c) => ({
    header: c.header,
    key: c.key,
    width: c.width,
    style: c.money ? { numFmt: "#,##0.00" } : c.key === "local_at" ? { numFmt: "yyyy-mm-dd hh:mm" } : {},
  }))
  for await (const page of pages) {
    for (const l of page) {
      const row: Record<string, unknown> = { ...l, local_at: new Date(`${l.local_at}Z`) }
      for (const c of COLUMNS) if (c.money) row[c.key] = l[c.key] === null ? null : (l[c.key] as number) / 100
      sheet.addRow(row).commit()
    }
    // exceljs writes on without waiting for the socket: wait here, a page at a time, for a slow client.
    if (out.writableNeedDrain) await once(out, "drain")
  }
  sheet.commit()
  await workbook.commit()
}
