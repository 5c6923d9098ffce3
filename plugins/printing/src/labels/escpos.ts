import { escPos, type Encoder, type PrinterOutput } from "../escpos/encoder"
import { symbologyOf } from "./barcode-image"
import type { Label } from "./label-data"

type LabelEncoder = Encoder & {
  barcode(value: string, symbology: string, options: { height: number; width: number; text: boolean }): LabelEncoder
  newline(lines?: number): LabelEncoder
}

/**
 * Labels for an ESC/POS label or receipt printer: brand, name, options and price as text, then
 * the printer's own barcode command (GS k) with the digits under the bars, and a cut between
 * labels (on a printer without a cutter, a feed to tear it off). The printer draws the bars at its
 * own resolution, so no image is sent.
 * (Label printers that speak only TSPL or ZPL are not served yet.)
 */
export function labelBytes(labels: Label[], output: PrinterOutput): Uint8Array {
  const { columns } = output
  const encoder = escPos(columns, undefined, output.codePage) as LabelEncoder
  for (const label of labels) {
    encoder.align("left")
    if (label.brand) encoder.line(label.brand.toUpperCase().slice(0, columns))
    encoder.bold(true).line(label.title.slice(0, columns)).bold(false)
    const price = label.price ?? ""
    const options = label.options.slice(0, Math.max(0, columns - price.length - 1))
    if (options || price) encoder.line(options + " ".repeat(Math.max(1, columns - options.length - price.length)) + price)
    encoder.align("center")
    encoder.barcode(label.code, symbologyOf(label.code), { height: 80, width: 3, text: true }).newline()
    if (output.cutter) encoder.cut()
    else encoder.newline(4)
  }
  return encoder.encode()
}
