import { toBuffer, toSVG } from "bwip-js"

// Code 128 encodes any ASCII receipt number compactly; scanners at returns read it back.
const CODE128 = { bcid: "code128", height: 10 } as const

/** Bars only, as paths: the number is printed beside it as (escaped) text by the layout. */
export const barcodeSvg = (receiptNumber: string) => toSVG({ ...CODE128, text: receiptNumber, scale: 2 })

export const barcodePng = (receiptNumber: string) => toBuffer({ ...CODE128, text: receiptNumber, scale: 3 })
