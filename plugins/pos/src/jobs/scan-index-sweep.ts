import type { MedusaContainer } from "@medusajs/framework/types"
import { sweepScanIndex } from "../scan/scan-index"

/** Where the next sweep starts (in variant id order); "" is the start of the catalogue. */
let after = ""

/**
 * Re-reads a slice of the catalogue into the scan index every minute (src/scan/scan-index.ts):
 * an existing catalogue is indexed this way, and whatever a lost event left stale is mended
 * within one pass over the catalogue.
 */
export default async function scanIndexSweepJob(container: MedusaContainer) {
  after = (await sweepScanIndex(container, after)).next
}

export const config = { name: "kassa-pos-scan-index-sweep", schedule: "* * * * *" }
