import { cutIfAble, escPos, type PrinterOutput } from "./encoder"
import { printLogo, type Logo } from "./logo"

/** POS's plain-text slips (refund and exchange receipts) are laid out 42 characters wide. */
const SLIP_COLUMNS = 42

/**
 * A POS text slip as ESC/POS: its lines as laid out, then the cut. An 80 mm roll holds 48
 * characters of font A, so the 42 fit; a 58 mm roll holds 32 of font A but 42 of font B, so a
 * slip on it is printed in font B rather than wrapped. No cut on a printer without a cutter.
 * `logo`: the branch's logo above a slip the customer takes (a refund slip, a claim slip).
 */
export function slipBytes(lines: string[], output: PrinterOutput, logo: Logo | null = null): Uint8Array {
  const encoder = escPos(SLIP_COLUMNS, lines.join("\n"), output.codePage)
  if (logo) printLogo(encoder, logo)
  if (output.columns < SLIP_COLUMNS) encoder.font("B")
  for (const line of lines) encoder.line(line)
  return cutIfAble(encoder, output).encode()
}
