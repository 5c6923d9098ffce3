import jpeg from "jpeg-js"
import { PNG } from "pngjs"
import type { Logo } from "../escpos/logo"

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47])
const JPEG_SIGNATURE = Buffer.from([0xff, 0xd8, 0xff])
/** Larger than any logo needs (it is scaled to at most 576 dots): refused before it is decoded. */
const MAX_PIXELS = 4096 * 4096

/** A PNG or JPEG file as RGBA pixels; anything else (or a broken file) is an error saying so. */
export function decodeLogo(file: Buffer): Logo {
  if (file.subarray(0, 4).equals(PNG_SIGNATURE)) {
    const png = PNG.sync.read(file)
    return { data: png.data, width: png.width, height: png.height }
  }
  if (file.subarray(0, 3).equals(JPEG_SIGNATURE)) {
    const image = jpeg.decode(file, { useTArray: true, formatAsRGBA: true, maxResolutionInMP: MAX_PIXELS / 1_000_000 })
    return { data: image.data, width: image.width, height: image.height }
  }
  throw new Error("The logo must be a PNG or JPEG image")
}
