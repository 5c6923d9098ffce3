/**
 * What Kassa uses of @point-of-sale/receipt-printer-encoder. The package declares its types as an
 * ES module, which this CommonJS build may not import by type without import attributes (that
 * Jest's transform does not parse); Node loads the package's CommonJS build with require.
 */
export type Encoder = {
  initialize(): Encoder
  codepage(codepage: "auto" | string): Encoder
  align(value: "left" | "center" | "right"): Encoder
  bold(value?: boolean): Encoder
  font(value: "A" | "B"): Encoder
  line(value: string): Encoder
  barcode(value: string, symbology: "code128", options: { height: number; width: number; text: "none" | "below" }): Encoder
  image(input: { data: Uint8ClampedArray | Uint8Array; width: number; height: number }, width: number, height: number, algorithm: "threshold" | "atkinson", threshold?: number): Encoder
  cut(value?: "full" | "partial"): Encoder
  pulse(device?: number, on?: number, off?: number): Encoder
  encode(): Uint8Array
  /** The print area's width in dots (font A's columns × 12, a multiple of 8). */
  readonly printableWidth: number
}
type EncoderOptions = { language: "esc-pos"; columns: number; feedBeforeCut?: number; imageMode?: "raster" | "column" }

// eslint-disable-next-line @typescript-eslint/no-require-imports
const ReceiptPrinterEncoder: new (options: EncoderOptions) => Encoder = require("@point-of-sale/receipt-printer-encoder")

/**
 * The code page for a document's `text`: CP437 (the printers' default) for plain ASCII, CP858
 * (Epson's page 19: all of Latin-1, "×", "ñ", "é") when that covers it, else "auto" (the encoder
 * switches pages as it goes, character by character). Searching per character costs ~65 ms a
 * receipt measured here, paid between the sale and the printer; one page fits nearly every receipt.
 */
function codepageFor(text: string | undefined) {
  if (text === undefined) return "auto"
  if (/^[\x20-\x7e\n]*$/.test(text)) return "cp437"
  if (/^[\x20-\x7e\n\xa0-\xff]*$/.test(text)) return "cp858"
  return "auto"
}

/** What a document needs to know of its printer. */
export type PrinterOutput = {
  /** Characters a line of font A holds (32 on 58 mm, 48 on 80 mm). */
  columns: number
  /** The printer's own code page; null: the one that fits the document. */
  codePage: string | null
  /** False: no cut command (the paper is torn off). */
  cutter: boolean
}

/**
 * ESC/POS for a roll `columns` characters wide, starting with ESC @, on the printer's code page,
 * else on the one that fits the document's `text` (all of it, when known). Images as raster
 * (GS v 0), which every ESC/POS printer of the last twenty years reads.
 */
export const escPos = (columns: number, text?: string, codePage?: string | null): Encoder =>
  new ReceiptPrinterEncoder({ language: "esc-pos", columns, feedBeforeCut: 4, imageMode: "raster" }).initialize().codepage(codePage ?? codepageFor(text))

/** The cut at a document's end, when the printer has a cutter. */
export const cutIfAble = (encoder: Encoder, output: { cutter: boolean }) => (output.cutter ? encoder.cut() : encoder)

/**
 * ESC p 0 25 250: a 50 ms pulse on the drawer port's pin 2, then 500 ms off, the pulse cash
 * drawers on a receipt printer's RJ-11 port expect (the encoder takes milliseconds, sends halves).
 */
export const kickDrawer = (encoder: Encoder) => encoder.pulse(0, 50, 500)
export const DRAWER_KICK = [0x1b, 0x70, 0x00, 25, 250]

/** Each line as given, bold where `strong`: the layout (columns, alignment) is already in the text. */
export function printLines(encoder: Encoder, lines: { text: string; strong?: boolean }[]) {
  for (const { text, strong } of lines) {
    if (strong) encoder.bold(true).line(text).bold(false)
    else encoder.line(text)
  }
  return encoder
}
