/**
 * The shelf label: 55 × 25 mm, the common roll size of desktop label printers, at 300 DPI (their
 * usual head). A millimetre is 72 / 25.4 PDF points; the barcode image is drawn at 300 pixels an
 * inch so that one module is exactly 4 of the printer's dots (0.339 mm, 103 % of EAN-13's nominal
 * 0.33 mm), which any handheld scanner reads.
 */
export const MM = 72 / 25.4
export const LABEL_MM = { width: 55, height: 25 } as const
export const LABEL_DPI = 300
/** Pixels per bar module in the barcode image (at LABEL_DPI: 0.339 mm). */
export const MODULE_PX = 4
/** Bar height in mm, shortened from EAN-13's 22.85 mm to fit the label; scanners read on width. */
export const BAR_HEIGHT_MM = 9.5

export const LABEL_LAYOUTS = ["55x25"] as const
export type LabelLayout = (typeof LABEL_LAYOUTS)[number]
