import { useState, type Dispatch, type SetStateAction } from "react"
import { api, ApiError, errorText, pos } from "../lib/api"
import { beep } from "../lib/beep"
import { money } from "../lib/format"
import type { Variant } from "../lib/types"

export type NewItem = { variant: Variant; quantity: number }

export const newItemsTotal = (items: NewItem[]) => items.reduce((n, i) => n + (i.variant.price?.amount ?? 0) * i.quantity, 0)

type Props = { locationId: string; items: NewItem[]; setItems: Dispatch<SetStateAction<NewItem[]>> }

/** What the customer takes instead: scanned (or typed) codes, the same code again is one more. */
export function ExchangeItems({ locationId, items, setItems }: Props) {
  const [code, setCode] = useState("")
  const [error, setError] = useState<string | null>(null)

  const add = async () => {
    const text = code.trim()
    if (!text) return
    setCode("")
    setError(null)
    try {
      const { variants } = await api<{ variants: Variant[] }>(pos(`/scan?location_id=${locationId}&code=${encodeURIComponent(text)}`))
      const v = variants[0]
      setItems((list) => (list.some((i) => i.variant.id === v.id) ? list.map((i) => (i.variant.id === v.id ? { ...i, quantity: i.quantity + 1 } : i)) : [...list, { variant: v, quantity: 1 }]))
    } catch (e) {
      beep()
      setError(e instanceof ApiError && e.status === 404 ? `Unknown code ${text}: scan the new item's barcode` : errorText(e))
    }
  }

  const setQuantity = (id: string, quantity: number) =>
    setItems((list) => (quantity > 0 ? list.map((i) => (i.variant.id === id ? { ...i, quantity } : i)) : list.filter((i) => i.variant.id !== id)))

  return (
    <div className="ops-box">
      <span className="field-label">Items the customer takes instead</span>
      <input
        className="big-input text"
        aria-label="New item code"
        placeholder="Scan the new item"
        value={code}
        onChange={(e) => setCode(e.target.value)}
        onKeyDown={(e) => {
          if (e.key !== "Enter") return
          e.preventDefault()
          void add()
        }}
        autoFocus
      />
      {error && <div className="error-text">{error}</div>}
      {items.map((i) => (
        <div className="tender" key={i.variant.id} data-testid="new-item">
          <span>
            <b>{i.variant.product.title}</b> <span className="muted">{i.variant.sku}</span>
          </span>
          <span className="qty">
            <button type="button" aria-label="One less" onClick={() => setQuantity(i.variant.id, i.quantity - 1)}>
              −
            </button>
            <span className="num">{i.quantity}</span>
            <button type="button" aria-label="One more" onClick={() => setQuantity(i.variant.id, i.quantity + 1)}>
              +
            </button>
            <b className="num" style={{ minWidth: 110, textAlign: "right" }}>
              {i.variant.price ? money(i.variant.price.amount * i.quantity) : "no price"}
            </b>
          </span>
        </div>
      ))}
    </div>
  )
}
