import { useEffect, useState } from "react"
import type { Agent } from "../lib/types"
import { Modal } from "./modal"

type Props = { agents: Agent[] | null; current: string | null; onPick: (staffId: string | null) => void; onClose: () => void }

/**
 * The sales agent who earns the sale's commission: one of the branch's sellers, or none (then
 * the cashier who opened the sale earns it). ↑ ↓ choose, Enter takes.
 */
export function AgentDialog({ agents, current, onPick, onClose }: Props) {
  const options: { id: string | null; name: string }[] = [{ id: null, name: "No agent (the cashier's sale)" }, ...(agents ?? []).map((a) => ({ id: a.staff_id, name: a.name }))]
  const [active, setActive] = useState(() => Math.max(options.findIndex((o) => o.id === current), 0))

  const pick = (id: string | null) => {
    onPick(id)
    onClose()
  }

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === "ArrowDown") setActive((a) => Math.min(a + 1, options.length - 1))
      else if (e.key === "ArrowUp") setActive((a) => Math.max(a - 1, 0))
      else if (e.key === "Enter") pick(options[active].id)
      else return
      e.preventDefault()
    }
    window.addEventListener("keydown", onKey)
    return () => window.removeEventListener("keydown", onKey)
  })

  return (
    <Modal title="Sales agent" onClose={onClose} testId="agent-dialog">
      <p className="muted">Who earns this sale's commission.</p>
      {agents === null ? (
        <div className="muted">Loading…</div>
      ) : (
        <div className="list" role="listbox" aria-label="Sales agents">
          {options.map((o, i) => (
            <button key={o.id ?? "none"} className={i === active ? "active" : ""} onClick={() => pick(o.id)} role="option" aria-selected={i === active} tabIndex={-1}>
              <span>
                <b>{o.name}</b>
                {o.id === current && <span className="muted"> · now</span>}
              </span>
              {i === active && <kbd className="k">Enter</kbd>}
            </button>
          ))}
        </div>
      )}
    </Modal>
  )
}
