import { money, parseAmount, type TenderChoice, type TenderFormProps } from "@kassa/pos/counter"
import { useEffect, useMemo, useState } from "react"
import { GIFT_CARD_TENDER } from "../gift-cards/tender-id"
import { giftCardByCode, type GiftCardBalance } from "./api"

const no = (problem: string): TenderChoice => ({ tender: null, problem })

/**
 * The Gift card tender in the payment dialog: the card's code (scanned off the card or typed),
 * what it has left once the counter has looked it up, and the amount to take from it (all it
 * covers by default; the rest in any other tender).
 */
export function GiftCardForm({ api, remaining, onChange }: TenderFormProps) {
  const [code, setCode] = useState("")
  // undefined: nothing looked up yet; null: looking.
  const [card, setCard] = useState<GiftCardBalance | null | undefined>(undefined)
  const [error, setError] = useState<string | null>(null)
  const [amount, setAmount] = useState("")

  useEffect(() => {
    setCard(undefined)
    setError(null)
    if (code.replace(/[\s-]/g, "").length < 17) return
    let gone = false
    setCard(null)
    // A scanner types the whole code at once; a person pauses: look it up once they stop.
    const timer = setTimeout(() => {
      giftCardByCode(api, code)
        .then((c) => {
          if (gone) return
          setCard(c)
          setAmount(Math.min(Number(c.balance), remaining).toFixed(2))
        })
        .catch((e) => !gone && setError(e instanceof Error ? e.message : String(e)))
    }, 150)
    return () => {
      gone = true
      clearTimeout(timer)
    }
  }, [api, code, remaining])

  const balance = Number(card?.balance ?? 0)
  const choice = useMemo<TenderChoice>(() => {
    if (!code.trim()) return no("Scan or type the gift card's code")
    if (error) return no(error)
    if (card === undefined) return no("The code is 17 characters: check it")
    if (card === null) return no("Looking up the card…")
    if (card.status === "spent") return no("This gift card has nothing left")
    if (card.status === "expired") return no(`This gift card expired on ${card.expires_at!.slice(0, 10)}`)
    if (card.status !== "active") return no(`This gift card is ${card.status}${card.disabled_reason ? `: ${card.disabled_reason}` : ""}`)
    const value = parseAmount(amount)
    if (Number.isNaN(value) || value <= 0) return no("Enter the amount to take from the card")
    if (value > balance) return no(`The card has ${money(balance)} left`)
    if (value > remaining) return no(`Only ${money(remaining)} is left to pay`)
    return { tender: { method: GIFT_CARD_TENDER, label: "Gift card", amount: value, data: { code }, note: `Gift card ${card.code} left: ${money(balance - value)}` }, problem: null }
  }, [code, error, card, balance, amount, remaining])

  useEffect(() => onChange(choice), [choice, onChange])

  return (
    <>
      <label>
        <span className="field-label">Gift card code</span>
        <input className="big-input text" aria-label="Gift card code" autoComplete="off" spellCheck={false} value={code} onChange={(e) => setCode(e.target.value)} data-autofocus autoFocus />
      </label>
      {card && card.status === "active" ? (
        <label>
          <span className="field-label">
            Card {card.code}: {money(card.balance)} left{card.expires_at ? `, valid until ${card.expires_at.slice(0, 10)}` : ""}
          </span>
          <input className="big-input num" aria-label="Gift card amount to apply" inputMode="decimal" value={amount} onChange={(e) => setAmount(e.target.value)} />
        </label>
      ) : (
        code.trim() && <div className="notice" data-testid="gift-card-problem">{choice.problem}</div>
      )}
    </>
  )
}
