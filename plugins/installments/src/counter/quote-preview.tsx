import { money } from "@kassa/pos/counter"
import type { Calculation, InstallmentQuote } from "./types"

const day = new Intl.DateTimeFormat("en-PH", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" })
const dueDate = (iso: string) => day.format(new Date(`${iso}T00:00:00Z`))

type PickerProps = { quotes: InstallmentQuote[]; term: number | null; onTerm: (months: number) => void }

/** The branch's terms with what each costs a month; ← → move between them, like radio buttons. */
export function TermPicker({ quotes, term, onTerm }: PickerProps) {
  const at = quotes.findIndex((q) => q.term_months === term)
  const move = (e: React.KeyboardEvent) => {
    const step = e.key === "ArrowRight" || e.key === "ArrowDown" ? 1 : e.key === "ArrowLeft" || e.key === "ArrowUp" ? -1 : 0
    if (!step) return
    e.preventDefault()
    const next = quotes[Math.min(Math.max(at + step, 0), quotes.length - 1)]
    onTerm(next.term_months)
    e.currentTarget.querySelector<HTMLElement>(`[data-months="${next.term_months}"]`)?.focus()
  }
  return (
    <div className="terms" role="radiogroup" aria-label="Term" onKeyDown={move}>
      {quotes.map((q, i) => (
        <button
          key={q.term_months}
          type="button"
          role="radio"
          aria-checked={q.term_months === term}
          data-months={q.term_months}
          tabIndex={q.term_months === term || (at < 0 && i === 0) ? 0 : -1}
          className={q.term_months === term ? "term on" : "term"}
          onClick={() => onTerm(q.term_months)}
        >
          <b>{q.term_months} months</b>
          <span className="num">{money(q.monthly_due)}/mo</span>
        </button>
      ))}
    </div>
  )
}

type PreviewProps = { calc: Calculation; quote: InstallmentQuote }

/** What the customer signs up for on the chosen term, and when the first payments fall due. */
export function QuotePreview({ calc, quote }: PreviewProps) {
  const rate = `${quote.interest_rate}%${calc.interest_method === "flat_monthly" ? " a month" : " add-on"}`
  return (
    <div className="quote num" data-testid="installment-quote">
      <span>Down payment, now</span>
      <b>{money(quote.down_payment)}</b>
      <span>Amount financed</span>
      <b>{money(quote.amount_financed)}</b>
      <span>Interest ({rate})</span>
      <span>{money(quote.interest_total)}</span>
      <span>Processing fee (1st installment)</span>
      <span>{money(quote.processing_fee)}</span>
      <span>Monthly due</span>
      <b className="monthly">{money(quote.monthly_due)}</b>
      <span>Total cost</span>
      <b>{money(quote.total_cost)}</b>
      <div className="dues">
        <span>First due dates</span>
        {quote.schedule.slice(0, 3).map((i) => (
          <span key={i.sequence}>
            {dueDate(i.due_date)}
            <b>{money(i.total)}</b>
          </span>
        ))}
      </div>
    </div>
  )
}
