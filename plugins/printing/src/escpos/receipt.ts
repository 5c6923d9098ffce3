import { receiptTextLines, type ReceiptData } from "@kassa/pos/kit"
import { escPos, kickDrawer, printLines } from "./encoder"

export type ReceiptPrint = {
  columns: number
  /** Open the cash drawer after the cut (a sale that took cash, on a printer with a drawer). */
  kick: boolean
  /** A line above the receipt, e.g. "REPRINT": a copy must not pass for the original. */
  banner?: string
}

/** A sale's receipt as ESC/POS bytes: the thermal layout at the roll's width, then the cut. */
export function receiptBytes(data: ReceiptData, { columns, kick, banner }: ReceiptPrint): Uint8Array {
  const lines = receiptTextLines(data, { columns })
  const encoder = escPos(columns, [banner ?? "", ...lines.map((l) => l.text)].join("\n"))
  if (banner) encoder.align("center").bold(true).line(banner).bold(false).align("left")
  printLines(encoder, lines)
  // The receipt number as CODE128 at the foot (GS k 73): a return or reprint scans it instead of typing it.
  encoder.align("center").barcode(data.receipt_number, "code128", { height: 60, width: 2, text: "none" }).align("left")
  encoder.cut()
  if (kick) kickDrawer(encoder)
  return encoder.encode()
}
