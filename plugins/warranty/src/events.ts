/** Emitted when a claim is filed and at every change of its status: `{ id, from, to }`. */
export const WARRANTY_CLAIM_STATUS_CHANGED = "kassa.warranty.claim_status_changed"

export type ClaimStatusChanged = { id: string; from: string | null; to: string }
