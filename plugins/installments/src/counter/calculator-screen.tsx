import { money, parseAmount, type ScreenProps } from "@kassa/pos/counter"
import { useEffect, useState } from "react"
import { calculate, calculatorProblem } from "./api"
import { QuotePreview, TermPicker } from "./quote-preview"
import type { Calculation } from "./types"

/**
 * The installment calculator at the counter (a screen of its own, Alt+I): what a price costs a
 * month on each of the branch's terms, for a customer asking before they buy.
 */
export function CalculatorScreen({ api, branch }: ScreenProps) {
  const [price, setPrice] = useState("")
  const [down, setDown] = useState("")
  const [calc, setCalc] = useState<Calculation | null>(null)
  const [term, setTerm] = useState<number | null>(null)
  const [error, setError] = useState<string | null>(null)

  useEffect(() => {
    const amount = parseAmount(price)
    const downPayment = down.trim() ? parseAmount(down) : undefined
    if (!(amount > 0) || Number.isNaN(downPayment)) return setCalc(null)
    let gone = false
    const timer = setTimeout(() => {
      calculate(api, branch.stock_location_id, amount, downPayment)
        .then((c) => {
          if (gone) return
          setCalc(c)
          setError(null)
          setTerm((t) => (c.quotes.some((q) => q.term_months === t) ? t : (c.quotes[0]?.term_months ?? null)))
        })
        .catch((e) => !gone && setError(calculatorProblem(e)))
    }, 300)
    return () => {
      gone = true
      clearTimeout(timer)
    }
  }, [api, branch.stock_location_id, price, down])

  const quote = calc?.quotes.find((q) => q.term_months === term)
  return (
    <div className="installment" data-testid="installment-calculator">
      <div className="plan">
        <label>
          <span className="field-label">Price</span>
          <input className="big-input num" aria-label="Price" inputMode="decimal" value={price} onChange={(e) => setPrice(e.target.value)} data-autofocus autoFocus />
        </label>
        <label>
          <span className="field-label">Down payment{calc ? ` (at least ${money(calc.minimum_down_payment)})` : " (empty: the branch's minimum)"}</span>
          <input className="big-input num" aria-label="Down payment" inputMode="decimal" value={down} onChange={(e) => setDown(e.target.value)} />
        </label>
      </div>
      <div className="plan">
        {error && <div className="error-text">{error}</div>}
        {!error && !calc && <div className="muted">Type a price to see the branch's terms.</div>}
        {calc && <TermPicker quotes={calc.quotes} term={term} onTerm={setTerm} />}
        {calc && quote && <QuotePreview calc={calc} quote={quote} />}
      </div>
    </div>
  )
}
