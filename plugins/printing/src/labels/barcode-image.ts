import { isValidGtin } from "@kassa/core/kit"
import { toBuffer } from "bwip-js"
import { BAR_HEIGHT_MM, LABEL_DPI, MODULE_PX } from "./layout"

/** EAN-13 for a valid 13-digit GTIN, UPC-A for 12; anything else (an SKU-like code) as Code 128. */
export const symbologyOf = (code: string) => (isValidGtin(code) && code.length === 13 ? "ean13" : isValidGtin(code) && code.length === 12 ? "upca" : "code128")

/**
 * The label's barcode as a PNG, bars only (the digits are set as text by the layout): MODULE_PX
 * pixels a module, meant to be drawn at LABEL_DPI. bwip-js measures heights in millimetres at
 * 72 DPI times the scale, hence the correction; the quiet zones (11 and 7 modules for EAN-13,
 * padded to 11 both sides) are part of the image, so the layout cannot crowd them.
 */
export function labelBarcodePng(code: string): Promise<Buffer> {
  return toBuffer({
    bcid: symbologyOf(code),
    text: code,
    scale: MODULE_PX,
    height: (BAR_HEIGHT_MM * LABEL_DPI) / (72 * MODULE_PX),
    paddingwidth: 11,
    paddingheight: 1,
    backgroundcolor: "FFFFFF",
  })
}
