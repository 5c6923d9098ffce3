import type { Encoder } from "./encoder"

/** A decoded image: RGBA pixels, 4 bytes each, row by row. */
export type Logo = { data: Uint8Array; width: number; height: number }

/** A logo taller than this (in dots, ~3 cm at 203 DPI) is scaled down: a receipt's head, not a poster. */
const MAX_HEIGHT = 240

/**
 * The logo centred at the top of a document as a raster image (GS v 0): at its own size, scaled
 * down to the roll's print width (and a sane height) when larger; dithered to black and white.
 */
export function printLogo(encoder: Encoder, logo: Logo) {
  const scale = Math.min(1, encoder.printableWidth / logo.width, MAX_HEIGHT / logo.height)
  const width = Math.max(8, Math.round(logo.width * scale))
  const height = Math.max(1, Math.round(logo.height * scale))
  return encoder.align("center").image(logo, width, height, "atkinson").align("left")
}
