import { useEffect, useState } from "react"
import { api, errorText, pos } from "../lib/api"
import { useBranchClock } from "../lib/branch-clock"
import { money } from "../lib/format"
import type { TicketSummary } from "../lib/types"
import { Modal } from "./modal"

type Props = { locationId: string; registers: Record<string, string>; onResume: (id: string) => void; onClose: () => void }

/** The branch's parked sales, newest first; Enter resumes the chosen one on this register. */
export function ParkedDialog({ locationId, registers, onResume, onClose }: Props) {
  const clock = useBranchClock()
  const [tickets, setTickets] = useState<TicketSummary[] | null>(null)
  const [active, setActive] = useState(0)
  const [error, setError] = useState<string | null>(null)

  useEffect(() => {
    api<{ tickets: TicketSummary[] }>(pos(`/tickets?location_id=${locationId}&status=parked`))
      .then(({ tickets }) => setTickets(tickets))
      .catch((e) => setError(errorText(e)))
  }, [locationId])

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!tickets?.length) return
      if (e.key === "ArrowDown") setActive((a) => Math.min(a + 1, tickets.length - 1))
      else if (e.key === "ArrowUp") setActive((a) => Math.max(a - 1, 0))
      else if (e.key === "Enter") resume(tickets[active].id)
      else return
      e.preventDefault()
    }
    window.addEventListener("keydown", onKey)
    return () => window.removeEventListener("keydown", onKey)
  })

  const resume = (id: string) => {
    onResume(id)
    onClose()
  }

  return (
    <Modal title="Parked sales" onClose={onClose} testId="parked-dialog">
      {tickets === null && !error && <div className="muted">Loading…</div>}
      {tickets?.length === 0 && <div className="muted">No parked sales at this branch.</div>}
      {!!tickets?.length && (
        <div className="list" role="listbox" aria-label="Parked sales">
          {tickets.map((t, i) => (
            <button key={t.id} className={i === active ? "active" : ""} onClick={() => resume(t.id)} role="option" aria-selected={i === active}>
              <span>
                <b>
                  {t.total ? money(Number(t.total)) : ""} · {t.first_item ?? "no items"}
                </b>
                <br />
                <span className="muted">
                  {t.customer_name ?? "Walk-in"} · {t.items} item{t.items === 1 ? "" : "s"} parked at {clock.format(t.updated_at, "time")} on{" "}
                  {registers[t.register_id] ?? "another register"}
                </span>
              </span>
              {i === active && <kbd className="k">Enter</kbd>}
            </button>
          ))}
        </div>
      )}
      {error && <div className="error-text">{error}</div>}
    </Modal>
  )
}
