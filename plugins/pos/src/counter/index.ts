/**
 * @kassa/pos/counter: what a plugin's counter extension imports (its src/counter/, React with
 * @medusajs/ui). The counter page's build bundles every extension of the plugins in
 * medusa-config.ts with one copy of React; see define.ts for the zones.
 */
export { defineCounterExtension } from "./define"
export type {
  CounterContext,
  CounterExtension,
  CustomerPanelProps,
  LineActionProps,
  SaleCompleteProps,
  ScreenProps,
  ScreenZone,
  TenderChoice,
  TenderEntry,
  TenderFormProps,
  TenderZone,
} from "./define"
export { ApiError } from "./api"
// A manager's name and PIN for what the cashier may not do alone (a plugin's policy too).
export { ApprovalFields, type Approval } from "./approval-fields"
export type { CounterApi } from "./api"
export { branchTime, customerName, money, parseAmount, sameBranchDay, type TimeStyle } from "./format"
export type { CounterBranch, Customer, Discount, Sale, TenderInput, Ticket, TicketLine } from "./types"
