import { useEffect, useState } from "react"
import { api, errorText, pos } from "../lib/api"
import { money } from "../lib/format"
import type { Variant } from "../lib/types"
import { Modal } from "./modal"

type Props = { locationId: string; initial: string; onPick: (variantId: string) => void; onClose: () => void }

/** Find an item by name, SKU or part of a code; ↑ ↓ and Enter put it on the sale. */
export function SearchDialog({ locationId, initial, onPick, onClose }: Props) {
  const [q, setQ] = useState(initial)
  const [found, setFound] = useState<Variant[]>([])
  const [active, setActive] = useState(0)
  const [error, setError] = useState<string | null>(null)

  useEffect(() => {
    if (q.trim().length < 2) return setFound([])
    const timer = setTimeout(() => {
      api<{ variants: Variant[] }>(pos(`/scan?location_id=${locationId}&q=${encodeURIComponent(q.trim())}&limit=12`))
        .then(({ variants }) => {
          setFound(variants)
          setActive(0)
          setError(null)
        })
        .catch((e) => setError(errorText(e)))
    }, 150)
    return () => clearTimeout(timer)
  }, [q, locationId])

  const pick = (v: Variant | undefined) => {
    if (!v) return
    onPick(v.id)
    onClose()
  }

  const onKey = (e: React.KeyboardEvent) => {
    if (e.key === "ArrowDown") setActive((a) => Math.min(a + 1, found.length - 1))
    else if (e.key === "ArrowUp") setActive((a) => Math.max(a - 1, 0))
    else if (e.key === "Enter") {
      e.preventDefault()
      pick(found[active])
    } else return
    e.preventDefault()
  }

  return (
    <Modal title="Find an item" onClose={onClose} wide testId="search-dialog">
      <input className="big-input" style={{ fontSize: 20, textAlign: "left" }} aria-label="Search items" placeholder="Name, brand, SKU…" value={q} onChange={(e) => setQ(e.target.value)} onKeyDown={onKey} autoFocus />
      <div className="list" role="listbox" aria-label="Items found">
        {found.map((v, i) => (
          <button key={v.id} className={i === active ? "active" : ""} onClick={() => pick(v)} role="option" aria-selected={i === active}>
            <span>
              <b>{v.product.title}</b> <span className="muted">{v.title}</span>
              <br />
              <span className="muted">
                {v.sku} · {v.available == null ? "not stock-tracked" : v.available > 0 ? `${v.available} in stock` : "sold out here"}
              </span>
            </span>
            <span className="num" style={{ fontWeight: 700 }}>
              {v.price ? money(v.price.amount) : "no price"}
            </span>
          </button>
        ))}
      </div>
      {q.trim().length >= 2 && !found.length && !error && <div className="muted">Nothing found for “{q.trim()}”.</div>}
      {error && <div className="error-text">{error}</div>}
    </Modal>
  )
}
