import { useEffect, useRef } from "react"

/**
 * A printed document (receipt, report) shown in an iframe and printed from it, so the browser
 * prints the 80 mm page and not the counter. P prints, as on the sale's receipt.
 */
export function usePrintFrame() {
  const frame = useRef<HTMLIFrameElement>(null)
  const print = () => frame.current?.contentWindow?.print()
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const typing = e.target instanceof HTMLInputElement || e.target instanceof HTMLTextAreaElement
      if (!typing && !e.altKey && !e.ctrlKey && (e.key === "p" || e.key === "P")) {
        e.preventDefault()
        print()
      }
    }
    window.addEventListener("keydown", onKey)
    return () => window.removeEventListener("keydown", onKey)
  }, [])
  return { frame, print }
}
