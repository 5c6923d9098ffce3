import { BarcodeFormat, BinaryBitmap, DecodeHintType, HybridBinarizer, MultiFormatReader, RGBLuminanceSource } from "@zxing/library"
import { PNG } from "pngjs"

/** What a scanner reads from a PNG: zxing on its grey levels (EAN-13, UPC-A or Code 128). Throws when nothing decodes. */
export function decodeBarcodePng(png: Buffer) {
  const { width, height, data } = PNG.sync.read(png)
  const grey = new Uint8ClampedArray(width * height)
  for (let i = 0; i < grey.length; i++) grey[i] = (data[i * 4] + data[i * 4 + 1] + data[i * 4 + 2]) / 3
  const bitmap = new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(grey, width, height)))
  const hints = new Map([[DecodeHintType.POSSIBLE_FORMATS, [BarcodeFormat.EAN_13, BarcodeFormat.UPC_A, BarcodeFormat.CODE_128]]])
  return new MultiFormatReader().decode(bitmap, hints).getText()
}
