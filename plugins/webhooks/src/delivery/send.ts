import type { ClaimedDelivery } from "../modules/webhooks/service"
import { signatureHeader } from "./signature"

/**
 * POSTs a delivery's body to its subscription's URL. A 2xx answer is delivered; anything else
 * (another status, no answer within the timeout, a refused connection) is an error the queue
 * retries. Redirects are not followed: a receiver that moved is a subscription to correct.
 */
export async function sendDelivery(delivery: ClaimedDelivery, timeoutMs: number): Promise<{ status_code: number | null; error: string | null }> {
  try {
    const res = await fetch(delivery.url, {
      method: "POST",
      redirect: "manual",
      signal: AbortSignal.timeout(timeoutMs),
      headers: {
        "content-type": "application/json",
        "user-agent": "Kassa-Webhooks/1",
        "x-kassa-event": delivery.event_name,
        "x-kassa-event-id": delivery.event_id,
        "x-kassa-delivery": delivery.id,
        "x-kassa-attempt": String(delivery.attempts),
        "x-kassa-signature": signatureHeader(delivery.secret, delivery.body),
      },
      body: delivery.body,
    })
    await res.arrayBuffer().catch(() => undefined)
    return res.ok ? { status_code: res.status, error: null } : { status_code: res.status, error: `The receiver answered ${res.status}` }
  } catch (e) {
    const error = e as Error & { cause?: { code?: string; message?: string } }
    const why = error.name === "TimeoutError" ? `No answer within ${timeoutMs} ms` : error.cause?.code ?? error.cause?.message ?? error.message
    return { status_code: null, error: why }
  }
}
