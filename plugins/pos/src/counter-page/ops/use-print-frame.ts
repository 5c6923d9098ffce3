import { useEffect, useRef } from "react"
import { useBranchClock } from "../lib/branch-clock"

/**
 * A printed document (receipt, report) shown in an iframe and printed from it, so the browser
 * prints the 80 mm page and not the counter. P prints, as on the sale's receipt. A slip's
 * "Printed" line (paper only, see text-document.ts) gets the moment of printing, in the branch's zone.
 */
export function usePrintFrame() {
  const frame = useRef<HTMLIFrameElement>(null)
  const clock = useBranchClock()
  const print = () => {
    const win = frame.current?.contentWindow
    const stamp = win?.document.querySelector<HTMLElement>("[data-printed-at]")
    if (stamp) {
      const time = clock.format(new Date())
      stamp.textContent = `${"Printed".padEnd(Number(stamp.dataset.columns) - time.length)}${time}`
    }
    win?.print()
  }
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
