import type { ComponentType } from "react"
import type { CounterApi } from "./api"
import type { CounterBranch, Customer, Sale, TenderInput, Ticket, TicketLine } from "./types"

/** What every zone's component receives: the counter's API client and where it sells. */
export type CounterContext = { api: CounterApi; branch: CounterBranch }

/** A tender the form has made, as the payment dialog adds it; `amount` is what it pays of the sale. */
export type TenderEntry = TenderInput & {
  label: string
  amount: number
  /** Told to the cashier in the sale-complete dialog (e.g. whether the goods may leave). */
  note?: string
}

/** What the form offers at this moment: a tender, or what still stops it (shown on Enter). */
export type TenderChoice = { tender: TenderEntry; problem: null } | { tender: null; problem: string }

export type TenderFormProps = CounterContext & {
  ticket: Ticket
  customer: Customer | null
  /** What the sale's other tenders still leave to pay. */
  remaining: number
  onChange: (choice: TenderChoice) => void
}

/** The form of one of the plugin's tenders (its id as `GET counter` lists it) in the payment dialog. */
export type TenderZone = {
  tender: string
  Form: ComponentType<TenderFormProps>
  /** The dialog widens for a form with two columns. */
  wide?: boolean
  /** At most one such tender per sale: its tab goes once it is added. */
  once?: boolean
}

export type CustomerPanelProps = CounterContext & { customer: Customer; ticket: Ticket | null }

/** `onDone`: the action is done; the counter reads the ticket again (the action may have changed it) and closes the window. */
export type LineActionProps = CounterContext & { ticket: Ticket; line: TicketLine; onDone: () => void }

export type SaleCompleteProps = CounterContext & { sale: Sale }

/** `register_id`: the register the counter runs at (whose drawer takes cash the screen handles). */
export type ScreenProps = CounterContext & { register_id: string; onClose: () => void }

/** A screen of its own, opened from the shortcut bar or by its key. */
export type ScreenZone = {
  id: string
  label: string
  /** As the counter names keys: "Alt+I", "Shift+F10", "F10". Taken keys are refused at start-up. */
  key: string
  Screen: ComponentType<ScreenProps>
}

/**
 * What a plugin adds to the counter (its `src/counter/index.ts`, exported as
 * `@kassa/<plugin>/counter`). Each part shows only at branches where `plugin` (the id of its
 * defineKassaPlugin) is switched on.
 */
export type CounterExtension = {
  plugin: string
  /** Forms of the plugin's tenders in the payment dialog. */
  tenders?: TenderZone[]
  /** Beside the customer on the counter screen, once the sale has one. */
  customerPanels?: ComponentType<CustomerPanelProps>[]
  /** In the window of a ticket line (F6). */
  lineActions?: ComponentType<LineActionProps>[]
  /** Sections of the sale-complete dialog. */
  saleComplete?: ComponentType<SaleCompleteProps>[]
  /** Screens reachable from the shortcut bar. */
  screens?: ScreenZone[]
}

/** Declares a plugin's counter extension; the counter page's build collects it from medusa-config.ts. */
export const defineCounterExtension = (extension: CounterExtension) => extension
