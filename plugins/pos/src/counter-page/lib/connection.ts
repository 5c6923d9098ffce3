import { useSyncExternalStore } from "react"

/**
 * Whether the server answers. Any failed request marks it lost; while lost, /health is tried
 * every few seconds, and the first answer (or any successful request) marks it back.
 */
let online = true
const subscribers = new Set<() => void>()
let probe: ReturnType<typeof setInterval> | null = null

function set(value: boolean) {
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
export const connectionBack = () => set(true)

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
