import type { TenderInput } from "./types"

const STORE = "kassa.pos.checkout"

// crypto.randomUUID needs a secure context; a counter on the shop's LAN may be plain http.
const randomHex = (bytes: number) => Array.from(crypto.getRandomValues(new Uint8Array(bytes)), (b) => b.toString(16).padStart(2, "0")).join("")

/**
 * The Idempotency-Key of a ticket's payment. The same tenders reuse the key, also after a
 * reload, so a retry after a lost answer returns the sale instead of taking it twice; other
 * tenders (the cashier changed them after a refusal) get a new one.
 */
export function checkoutKey(ticketId: string, tenders: TenderInput[]) {
  const body = JSON.stringify(tenders)
  const saved = JSON.parse(localStorage.getItem(STORE) ?? "null") as { ticket_id: string; body: string; key: string } | null
  if (saved?.ticket_id === ticketId && saved.body === body) return saved.key
  const key = `pos-${ticketId}-${randomHex(12)}`
  localStorage.setItem(STORE, JSON.stringify({ ticket_id: ticketId, body, key }))
  return key
}
