import { ApprovalFields as Fields, type Approval } from "../../counter/approval-fields"
import { counterApi } from "../lib/api"

export type { Approval }
export type ApprovalPolicy = "pos:override_price" | "pos:void" | "pos:refund"

/** The counter's own approvals (a price, a void, a return): the extensions' fields with the counter's client. */
export const ApprovalFields = (props: { value: Approval; onChange: (a: Approval) => void; locationId: string; policy: ApprovalPolicy }) => <Fields api={counterApi} {...props} />

/** The approval to send: none when the cashier may do it alone or left it empty. */
export const approvalBody = (mayOverride: boolean, a: Approval) => (!mayOverride && a.staff_id && a.pin ? { approval: a } : {})
