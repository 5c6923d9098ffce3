import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowData, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { authorizeOverrideStep, OverrideApproval } from "../steps/authorize-override"
import { openTicketStep, OpenTicketInput } from "../steps/open-ticket"
import { resolveVariantStep } from "../steps/resolve-variant"
import { addTicketLineStep, LinePatch, LinePriceOverride, overrideLinePricesStep, removeTicketLineStep, updateTicketLineStep } from "../steps/ticket-lines"
import { TicketPatch, updateTicketStep } from "../steps/update-ticket"

/** Any change to a ticket: the customer display of its register follows it (see src/display). */
export const POS_TICKET_CHANGED = "kassa.pos.ticket_changed"

const ticketChanged = (id: WorkflowData<string> | string) =>
  emitEventStep({ eventName: POS_TICKET_CHANGED, data: { id } }).config({ name: "kassa-pos-emit-ticket-changed" })

/** Who is asking, as the route found it: their staff record and whether they may override. */
type Caller = { staff_member_id: string; may_override: boolean; stock_location_id: string }

export const openTicketWorkflow = createWorkflow("kassa-pos-open-ticket", (input: WorkflowData<OpenTicketInput>) => {
  const ticket = openTicketStep(input)
  ticketChanged(ticket.id)
  return new WorkflowResponse(ticket)
})

export const addTicketLineWorkflow = createWorkflow(
  "kassa-pos-add-ticket-line",
  (input: WorkflowData<{ ticket_id: string; variant_id?: string; code?: string; quantity: number }>) => {
    const line = resolveVariantStep(input)
    const added = addTicketLineStep({ ticket_id: input.ticket_id, line })
    ticketChanged(input.ticket_id)
    return new WorkflowResponse(added)
  }
)

/** A discount or a whole-sale discount needs the override policy, like a changed price. */
const needsOverride = (patch: { discount_type?: unknown; override_price?: unknown }) =>
  patch.discount_type != null || patch.override_price != null

const overrideCheck = ({ input }: { input: { patch: { discount_type?: unknown; override_price?: unknown }; approval?: OverrideApproval; caller: Caller } }) => ({
  needed: needsOverride(input.patch),
  caller_staff_id: input.caller.staff_member_id,
  caller_may: input.caller.may_override,
  approval: input.approval,
  stock_location_id: input.caller.stock_location_id,
})

export const updateTicketLineWorkflow = createWorkflow(
  "kassa-pos-update-ticket-line",
  (input: WorkflowData<{ ticket_id: string; line_id: string; patch: LinePatch; approval?: OverrideApproval; caller: Caller }>) => {
    const authInput = transform({ input }, overrideCheck)
    const approvedBy = authorizeOverrideStep(authInput)
    const patch = transform({ input, approvedBy }, ({ input, approvedBy }) =>
      input.patch.override_price != null ? { ...input.patch, override_by: approvedBy } : input.patch
    )
    const updated = updateTicketLineStep({ ticket_id: input.ticket_id, line_id: input.line_id, patch })
    ticketChanged(input.ticket_id)
    return new WorkflowResponse(updated)
  }
)

export const removeTicketLineWorkflow = createWorkflow(
  "kassa-pos-remove-ticket-line",
  (input: WorkflowData<{ ticket_id: string; line_id: string }>) => {
    const removed = removeTicketLineStep(input)
    ticketChanged(input.ticket_id)
    return new WorkflowResponse(removed)
  }
)

export const updateTicketWorkflow = createWorkflow(
  "kassa-pos-update-ticket",
  (input: WorkflowData<{ ticket_id: string; patch: TicketPatch; approval?: OverrideApproval; caller: Caller }>) => {
    const authInput = transform({ input }, overrideCheck)
    authorizeOverrideStep(authInput)
    const updated = updateTicketStep({ id: input.ticket_id, patch: input.patch })
    ticketChanged(input.ticket_id)
    return new WorkflowResponse(updated)
  }
)

/**
 * Lines' prices set or cleared by another plugin's rule, which authorised it itself (a gift at
 * zero, say): `override_by` says who. Run as a step of that plugin's workflow, undone with it.
 */
export const overrideLinePricesWorkflow = createWorkflow(
  "kassa-pos-override-line-prices",
  (input: WorkflowData<{ ticket_id: string; lines: LinePriceOverride[] }>) => {
    const changed = overrideLinePricesStep(input)
    ticketChanged(input.ticket_id)
    return new WorkflowResponse(changed)
  }
)
