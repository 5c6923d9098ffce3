import { slipCenter, slipRow, slipRule, slipWrap } from "@kassa/core/kit"
import { STATUS_LABELS } from "../modules/warranty/lifecycle"
import type { ClaimSlip } from "./claim-slip-pdf"

// A receipt printer's code page has neither the peso sign nor typographic dashes and dots.
const plain = (text: string) => text.replace(/₱\s?/g, "PHP ").replace(/[—–]/g, "-").replace(/·/g, "/")

const when = (iso: string, timeZone: string) =>
  new Intl.DateTimeFormat("en-PH", { timeZone, dateStyle: "medium", timeStyle: "short" }).format(new Date(iso)).replace(/[\u00a0\u202f]/g, " ")

/** A value too long for its row continues on the lines below, right-aligned under it. */
const rows = (label: string, value: string) => {
  const room = 42 - 12
  const [first, ...rest] = slipWrap(plain(value), room)
  return [slipRow(label, first ?? "-"), ...rest.map((line) => line.padStart(42))]
}

/** The claim slip as a receipt printer prints it: the A5 slip's facts at 42 columns. */
export function claimSlipLines(slip: ClaimSlip): string[] {
  return [
    ...slipWrap(plain(slip.branch.name)).map(slipCenter),
    ...(slip.branch.address ? slipWrap(plain(slip.branch.address)).map(slipCenter) : []),
    ...(slip.branch.phone ? [slipCenter(`Tel. ${slip.branch.phone}`)] : []),
    slipRule,
    slipCenter("WARRANTY CLAIM SLIP"),
    slipRule,
    ...rows("Claim no.", slip.claim_id),
    ...rows("Filed", when(slip.filed_at, slip.timezone)),
    ...rows("Status", STATUS_LABELS[slip.status]),
    ...rows("Type", slip.type === "replacement" ? "Replacement" : "Repair"),
    ...rows("Customer", slip.customer),
    ...rows("Product", slip.product_title),
    ...rows("Serial no.", slip.serial_number),
    ...rows("Order", slip.order_number),
    ...rows("Sold", when(slip.sold_at, slip.timezone)),
    ...rows("Window", slip.window),
    ...(slip.override ? rows("Override", slip.override) : []),
    slipRule,
    "Reported fault",
    ...slipWrap(plain(slip.issue)),
    slipRule,
    "",
    "Received by: ____________________________",
    "",
    "Customer:    ____________________________",
    "",
    slipCenter("Present this slip to collect your unit."),
  ]
}
