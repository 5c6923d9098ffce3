import { createWorkflow, transform, WorkflowData, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { authorizeOverrideStep, OverrideApproval } from "../steps/authorize-override"
import { openTicketStep, OpenTicketInput } from "../steps/open-ticket"
import { resolveVariantStep } from "../steps/resolve-variant"
import { addTicketLineStep, LinePatch, removeTicketLineStep, updateTicketLineStep } from "../steps/ticket-lines"
import { TicketPatch, updateTicketStep } from "../steps/update-ticket"

/** Who is asking, as the route found it: their staff record and whether they may override. */
type Caller = { staff_member_id: string; may_override: boolean; stock_location_id: string }

export const openTicketWorkflow = createWorkflow("kassa-pos-open-ticket", (input: WorkflowData<OpenTicketInput>) => {
  return new WorkflowResponse(openTicketStep(input))
})

export const addTicketLineWorkflow = createWorkflow(
  "kassa-pos-add-ticket-line",
  (input: WorkflowData<{ ticket_id: string; variant_id?: string; code?: string; quantity: number }>) => {
    const line = resolveVariantStep(input)
    return new WorkflowResponse(addTicketLineStep({ ticket_id: input.ticket_id, line }))
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
    return new WorkflowResponse(updateTicketLineStep({ ticket_id: input.ticket_id, line_id: input.line_id, patch }))
  }
)

export const removeTicketLineWorkflow = createWorkflow(
  "kassa-pos-remove-ticket-line",
  (input: WorkflowData<{ ticket_id: string; line_id: string }>) => new WorkflowResponse(removeTicketLineStep(input))
)

export const updateTicketWorkflow = createWorkflow(
  "kassa-pos-update-ticket",
  (input: WorkflowData<{ ticket_id: string; patch: TicketPatch; approval?: OverrideApproval; caller: Caller }>) => {
    const authInput = transform({ input }, overrideCheck)
    authorizeOverrideStep(authInput)
    return new WorkflowResponse(updateTicketStep({ id: input.ticket_id, patch: input.patch }))
  }
)
