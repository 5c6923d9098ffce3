import { stream } from "./api"

const RETRY_MS = 2000

/**
 * Follows a server-sent event stream with the counter's token, which EventSource cannot send:
 * each `data:` message goes to `onMessage`; after a break it connects again, as EventSource
 * would. Returns the function that stops it.
 */
export function followEvents(path: string, { onMessage, onConnected }: { onMessage: (data: string) => void; onConnected: (connected: boolean) => void }) {
  const abort = new AbortController()
  const run = async () => {
    while (!abort.signal.aborted) {
      try {
        const res = await stream(path, abort.signal)
        if (!res.ok || !res.body) throw new Error(`${res.status}`)
        onConnected(true)
        const reader = res.body.pipeThrough(new TextDecoderStream()).getReader()
        let buffer = ""
        for (;;) {
          const { value, done } = await reader.read()
          if (done) break
          buffer += value
          const events = buffer.split("\n\n")
          buffer = events.pop() ?? ""
          for (const event of events) {
            const data = event
              .split("\n")
              .filter((line) => line.startsWith("data:"))
              .map((line) => line.slice(5).replace(/^ /, ""))
            if (data.length) onMessage(data.join("\n"))
          }
        }
      } catch {
        // A refused or broken stream: shown as disconnected, then tried again.
      }
      if (abort.signal.aborted) return
      onConnected(false)
      await new Promise((resolve) => setTimeout(resolve, RETRY_MS))
    }
  }
  void run()
  return () => abort.abort()
}
