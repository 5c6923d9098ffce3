/** The shapes the counter reads from Kassa's API (plugins/core and plugins/pos routes). */
import type { CounterBranch, Sale, Ticket } from "../../counter/types"

export type { Customer, Discount, Sale, TenderInput, Ticket, TicketLine } from "../../counter/types"

export type Me = {
  staff: {
    id: string
    has_pin: boolean
    user: { email: string; first_name: string | null; last_name: string | null }
  } | null
  policies: string[]
  branches: {
    stock_location_id: string
    name: string
    details: { code: string } | null
    plugins: Record<string, boolean>
  }[]
  /** Why this staff member can do nothing yet: a role requires a second factor they have not set up. */
  enrolment_needed?: string | null
}

export type Register = { id: string; name: string; code: string }

/** A tender the branch takes (GET counter): `refundable` ones can also pay a return back. */
export type TenderOption = { id: string; label: string; holds_goods?: boolean; refundable?: boolean }

export type Counter = {
  branch: CounterBranch
  registers: Register[]
  tenders: TenderOption[]
}

export type TicketSummary = {
  id: string
  status: string
  register_id: string
  customer_id: string | null
  items: number
  updated_at: string
  /** Parked tickets only: what tells them apart in the list. */
  total?: string
  first_item?: string | null
  customer_name?: string | null
}

/** A branch's seller who may earn a sale's commission (GET agents). */
export type Agent = { staff_id: string; name: string }

export type Variant = {
  id: string
  title: string
  sku: string | null
  barcode: string | null
  product: { id: string; title: string; thumbnail: string | null }
  price: { amount: number } | null
  /** Units that can be sold now at the branch; null when stock is not tracked. */
  available: number | null
}

/** What the customer display receives on every change (src/display/display-state.ts). */
export type DisplayState = { ticket: Ticket | null; sale: Sale | null }
