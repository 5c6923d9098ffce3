import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { watchBranch } from "../../../../../../display/listeners"
import type { ReturnRequestFeedType } from "../validators"

const HEARTBEAT_MS = 20000

/**
 * The counter's feed of its branch's return requests, as the customer display's (a server-sent
 * event stream): a message each time a request there is approved, rejected or completed, so the
 * counter reads its Approved requests again at once. A message says only what changed: the
 * counter reads the list through the list route, with its own permissions.
 */
export const GET = async (req: AuthenticatedMedusaRequest<unknown, ReturnRequestFeedType>, res: MedusaResponse) => {
  res.writeHead(200, {
    "content-type": "text/event-stream",
    "cache-control": "no-cache, no-transform",
    connection: "keep-alive",
    "x-accel-buffering": "no",
  })
  const heartbeat = setInterval(() => res.write(": ping\n\n"), HEARTBEAT_MS)
  let stop: (() => Promise<void>) | null = null
  let closed = false
  req.on("close", () => {
    closed = true
    clearInterval(heartbeat)
    void stop?.()
  })
  try {
    stop = await watchBranch(req.scope, req.validatedQuery.location_id, {
      onChange: (topic) => !res.writableEnded && res.write(`data: ${JSON.stringify({ topic })}\n\n`),
      onLost: () => res.end(),
    })
  } catch {
    // No connection to listen on: end the stream, the counter tries again.
    clearInterval(heartbeat)
    return res.end()
  }
  if (closed) return void stop()
  // Connected: the counter reads the list now, then at each change.
  res.write(`data: ${JSON.stringify({ topic: "return_requests" })}\n\n`)
}
