import { useSyncExternalStore } from "react"

/**
 * Whether the server answers. Any failed request marks it lost; while lost, /health is tried
 * every few seconds, and the first answer (or any request sent since that succeeds) marks it back.
 */
let online = true
// When the connection was last lost (performance.now()): an answer to a request sent before then
// says nothing of now. Without it, a request in flight as the network went away could answer
// after the "offline" event and mark the connection back while it is down.
let lostAt = -Infinity
const subscribers = new Set<() => void>()
let probe: ReturnType<typeof setInterval> | null = null

function set(value: boolean) {
  if (!value) lostAt = performance.now()
  if (online === value) return
  online = value
  subscribers.forEach((fn) => fn())
  if (!value && !probe) {
    probe = setInterval(() => {
      fetch("/health", { cache: "no-store" }).then((r) => r.ok && connectionBack(), () => undefined)
    }, 3000)
  }
  if (value && probe) {
    clearInterval(probe)
    probe = null
  }
}

export const connectionLost = () => set(false)
/** A request sent at `sentAt` (performance.now()) was answered: the server is back, if it was sent after the loss. */
export const connectionBack = (sentAt = performance.now()) => {
  if (sentAt > lostAt) set(true)
}

window.addEventListener("offline", connectionLost)
window.addEventListener("online", () => fetch("/health", { cache: "no-store" }).then((r) => r.ok && connectionBack(), connectionLost))

export function useOnline() {
  return useSyncExternalStore(
    (fn) => {
      subscribers.add(fn)
      return () => subscribers.delete(fn)
    },
    () => online
  )
}
