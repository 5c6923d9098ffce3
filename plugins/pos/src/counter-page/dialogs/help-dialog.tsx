import { Kbd } from "@medusajs/ui"
import type { ScreenZone } from "../../counter/define"
import { LINE_KEYS, PAY_KEYS, SHORTCUTS } from "../lib/shortcuts"
import { Modal } from "./modal"

export function HelpDialog({ screens, onClose }: { screens: ScreenZone[]; onClose: () => void }) {
  const rows = [...SHORTCUTS, ...screens, ...LINE_KEYS, ...PAY_KEYS, { key: "Enter", label: "Scan what was typed; in a window, confirm" }]
  return (
    <Modal title="Keyboard shortcuts" onClose={onClose}>
      <p className="muted">A scanner works anywhere: no field needs the focus. Type a code and press Enter to do the same.</p>
      <div className="list">
        {rows.map((r) => (
          <button key={r.key} tabIndex={-1}>
            <span>{r.label}</span>
            <Kbd>{r.key}</Kbd>
          </button>
        ))}
      </div>
    </Modal>
  )
}
