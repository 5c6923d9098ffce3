import { BarcodeFormat, BinaryBitmap, DecodeHintType, HybridBinarizer, MultiFormatReader, RGBLuminanceSource } from "@zxing/library"
import { PNG } from "pngjs"
import { inflateSync } from "node:zlib"

const HINTS = new Map([[DecodeHintType.POSSIBLE_FORMATS, [BarcodeFormat.EAN_13, BarcodeFormat.UPC_A, BarcodeFormat.CODE_128]]])

/** What a scanner reads from grey levels (EAN-13, UPC-A or Code 128). Throws when nothing decodes. */
export function decodeBarcode(grey: Uint8ClampedArray, width: number, height: number) {
  const bitmap = new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(grey, width, height)))
  return new MultiFormatReader().decode(bitmap, HINTS).getText()
}

const greyOf = (data: Uint8Array, pixels: number, channels: number) => {
  const grey = new Uint8ClampedArray(pixels)
  for (let i = 0; i < pixels; i++) grey[i] = channels === 1 ? data[i] : (data[i * channels] + data[i * channels + 1] + data[i * channels + 2]) / 3
  return grey
}

/** The barcode in a PNG, as a scanner reads it. */
export function decodeBarcodePng(png: Buffer) {
  const { width, height, data } = PNG.sync.read(png)
  return decodeBarcode(greyOf(data, width * height, 4), width, height)
}

/**
 * The colour images a PDF embeds (pdfkit's way: an XObject with raw pixels, FlateDecode, no
 * predictor; an alpha channel goes to a separate /SMask image, left out here), as grey levels.
 */
export function pdfImages(pdf: Buffer) {
  const text = pdf.toString("latin1")
  const images: { width: number; height: number; grey: Uint8ClampedArray }[] = []
  for (const m of text.matchAll(/<<([^<>]*\/Subtype \/Image[^<>]*)>>\s*stream\r?\n/g)) {
    const dict = m[1]
    const num = (key: string) => Number(new RegExp(`/${key} (\\d+)`).exec(dict)?.[1])
    if (!/\/ColorSpace \/DeviceRGB/.test(dict) || !/\/Filter \/FlateDecode/.test(dict) || /\/DecodeParms/.test(dict)) continue
    const start = m.index! + m[0].length
    const pixels = inflateSync(pdf.subarray(start, start + num("Length")))
    images.push({ width: num("Width"), height: num("Height"), grey: greyOf(pixels, num("Width") * num("Height"), 3) })
  }
  return images
}

/** Pages in a PDF (page objects, not the page tree). */
export const pdfPageCount = (pdf: Buffer) => (pdf.toString("latin1").match(/\/Type \/Page\b(?!s)/g) ?? []).length
