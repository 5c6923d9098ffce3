import { ApiError } from "../lib/api"
import type { Me } from "../lib/types"

/** Whether the signed-in staff member holds `policy` themselves ("*" and "resource:*" grant it too). */
export const may = (me: Me, policy: string) => me.policies.some((p) => p === "*" || p === policy || p === `${policy.split(":")[0]}:*`)

/**
 * The server's answer when a return over the branch's limits or a void needs a manager:
 * "… needs pos:refund, or a manager's PIN (approval)". The counter then asks for the PIN.
 */
export const askedForManager = (e: unknown) => e instanceof ApiError && e.status === 403 && e.message.includes("a manager's PIN (approval)")
