import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { currentTicketOf, displayState } from "../../../../../../../display/display-state"
import { watchRegister } from "../../../../../../../display/listeners"

const HEARTBEAT_MS = 20000

/**
 * The customer display's feed: a server-sent event stream with the register's current ticket,
 * then the ticket again after every change (see src/display). Each message is the whole state,
 * so a display that reconnects or misses one is right again at the next.
 */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const registerId = req.params.register_id
  res.writeHead(200, {
    "content-type": "text/event-stream",
    "cache-control": "no-cache, no-transform",
    connection: "keep-alive",
    "x-accel-buffering": "no",
  })

  // One state at a time, in order; changes that arrive meanwhile collapse into the next send.
  let sending: Promise<void> = Promise.resolve()
  let next: { id: string | null } | null = null
  const send = (ticketId: string | null) => {
    const queued = next !== null
    next = { id: ticketId }
    if (queued) return
    sending = sending.then(async () => {
      const { id } = next!
      next = null
      const state = id ? await displayState(req.scope, id).catch(() => null) : { ticket: null, sale: null }
      if (state && !res.writableEnded) res.write(`data: ${JSON.stringify(state)}\n\n`)
    })
  }

  const heartbeat = setInterval(() => res.write(": ping\n\n"), HEARTBEAT_MS)
  let stop: (() => Promise<void>) | null = null
  let closed = false
  req.on("close", () => {
    closed = true
    clearInterval(heartbeat)
    void stop?.()
  })
  try {
    stop = await watchRegister(req.scope, registerId, { onTicket: send, onLost: () => res.end() })
  } catch {
    // No connection to listen on: end the stream, the display tries again.
    clearInterval(heartbeat)
    return res.end()
  }
  if (closed) return void stop()
  send(await currentTicketOf(req.scope, registerId))
}
