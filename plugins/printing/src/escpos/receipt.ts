import { receiptTextLines, type ReceiptData } from "@kassa/pos/kit"
import { cutIfAble, escPos, kickDrawer, printLines, type Encoder, type PrinterOutput } from "./encoder"
import { giftReceiptLines } from "./gift-receipt"
import { printLogo, type Logo } from "./logo"

export type ReceiptPrint = PrinterOutput & {
  /** Open the cash drawer after the cut (a sale that took cash, on a printer with a drawer). */
  kick: boolean
  /** A line above the receipt, e.g. "REPRINT": a copy must not pass for the original. */
  banner?: string
  /** The store's logo, printed as a raster image at the top; none when the store has not set one. */
  logo?: Logo | null
  /** The gift receipt: lines and quantities, no prices. */
  gift?: boolean
}

/** A sale's receipt as ESC/POS bytes: the thermal layout at the roll's width, then the cut. */
export function receiptBytes(data: ReceiptData, print: ReceiptPrint): Uint8Array {
  const { columns, kick, banner, logo } = print
  const lines = print.gift ? giftReceiptLines(data, columns) : receiptTextLines(data, { columns })
  const encoder = escPos(columns, [banner ?? "", ...lines.map((l) => l.text)].join("\n"), print.codePage)
  if (logo) printLogo(encoder, logo)
  if (banner) encoder.align("center").bold(true).line(banner).bold(false).align("left")
  printLines(encoder, lines)
  receiptNumberBarcode(encoder, data.receipt_number)
  for (const code of data.codes ?? []) codeBarcode(encoder, code, columns)
  cutIfAble(encoder, print)
  if (kick) kickDrawer(encoder)
  return encoder.encode()
}

/** The receipt number as CODE128 at the foot (GS k 73): a return or reprint scans it instead of typing it. */
const receiptNumberBarcode = (encoder: Encoder, receiptNumber: string) =>
  encoder.align("center").barcode(receiptNumber, "code128", { height: 60, width: 2, text: "none" }).align("left")

/**
 * A plugin's code (a gift card's) under the receipt number: its label and value, then its CODE128
 * with bars one dot wide where two would not fit the roll (12 dots a column; a CODE128 character
 * takes 11 modules, plus start, check and stop).
 */
function codeBarcode(encoder: Encoder, code: { label: string; value: string }, columns: number) {
  const width = (code.value.length + 3) * 11 * 2 + 2 <= columns * 12 ? 2 : 1
  encoder.align("center").line(`${code.label} ${code.value}`).barcode(code.value, "code128", { height: 60, width, text: "none" }).align("left")
}
