import { money, parseAmount, type TenderChoice, type TenderFormProps } from "@kassa/pos/counter"
import { useEffect, useMemo, useState } from "react"
import type { CreditDetails } from "../credit/schema"
import { INSTALLMENT_TENDER } from "../tender/tender-id"
import { calculate, calculatorProblem, creditOnFile, readTerms } from "./api"
import { CreditFields, creditProblem, emptyCredit } from "./credit-fields"
import { QuotePreview, TermPicker } from "./quote-preview"
import type { Calculation, InstallmentTerms } from "./types"

/** The tender's `data`, as the server's application reader takes it (kit.ts InstallmentTenderData). */
type TenderData = { term_months: number; credit?: CreditDetails }

const no = (problem: string): TenderChoice => ({ tender: null, problem })
const HELD = "Goods held for approval: the sale is paid, but the goods stay at the store until a credit officer approves the installment plan. Do not hand them over yet."

/**
 * The Installment tender's form in the payment dialog: the down payment (taken afterwards in
 * cash or card, as the sale's other tenders), the branch's terms with the calculator's figures,
 * and the customer's credit details when none are on file. The tender's amount is what is financed.
 */
export function InstallmentForm({ api, ticket, customer, remaining, onChange }: TenderFormProps) {
  const total = Number(ticket.totals.total)
  const location = ticket.stock_location_id
  const customerId = ticket.customer_id
  const [terms, setTerms] = useState<InstallmentTerms | null>(null)
  // undefined: still asking; null: nothing on file, so the form shows.
  const [onFile, setOnFile] = useState<CreditDetails | null | undefined>(undefined)
  const [loadError, setLoadError] = useState<string | null>(null)
  const [calc, setCalc] = useState<Calculation | null>(null)
  const [quoteError, setQuoteError] = useState<string | null>(null)
  const [down, setDown] = useState("")
  const [term, setTerm] = useState<number | null>(null)
  const [credit, setCredit] = useState(() => emptyCredit(customer?.phone ?? null))

  useEffect(() => {
    if (!customerId) return
    Promise.all([readTerms(api, location).catch((e) => Promise.reject(new Error(calculatorProblem(e)))), creditOnFile(api, customerId)])
      .then(([t, c]) => {
        setTerms(t)
        setOnFile(c)
      })
      .catch((e) => setLoadError(calculatorProblem(e)))
  }, [api, location, customerId])

  // The calculator for every term at this down payment (first: at the branch's minimum).
  useEffect(() => {
    if (!customerId) return
    const amount = down.trim() ? parseAmount(down) : undefined
    if (Number.isNaN(amount)) return setQuoteError("Enter the down payment in pesos")
    let gone = false
    const timer = setTimeout(() => {
      calculate(api, location, total, amount)
        .then((c) => {
          if (gone) return
          setCalc(c)
          setQuoteError(null)
          // The first of the branch's terms is chosen until the cashier picks another, so Enter alone can go on.
          setTerm((t) => (c.quotes.some((q) => q.term_months === t) ? t : (c.quotes[0]?.term_months ?? null)))
          if (amount === undefined) setDown(c.minimum_down_payment)
        })
        .catch((e) => !gone && setQuoteError(calculatorProblem(e)))
    }, amount === undefined ? 0 : 300)
    return () => {
      gone = true
      clearTimeout(timer)
    }
  }, [api, location, total, down, customerId])

  const quote = calc?.quotes.find((q) => q.term_months === term)
  const autoMax = terms?.auto_approve_max == null ? null : Number(terms.auto_approve_max)
  const approvedAtOnce = autoMax !== null && !!quote && Number(quote.amount_financed) <= autoMax
  const choice = useMemo<TenderChoice>(() => {
    if (!customerId) return no("An installment sale needs the customer: press Esc, then F3 to attach them")
    if (loadError || quoteError) return no((loadError ?? quoteError)!)
    if (!terms || !calc || onFile === undefined) return no("Reading the branch's installment terms…")
    if (!quote) return no("Choose the term")
    // The figures shown must be those of the down payment typed, not of the one before.
    if (Number(quote.down_payment) !== parseAmount(down)) return no("Working out the plan…")
    const financed = Number(quote.amount_financed)
    if (financed > remaining) return no(`The other tenders already pay ${money(total - remaining)}: make the down payment at least that`)
    if (!onFile && creditProblem(credit)) return no(creditProblem(credit)!)
    const data: TenderData = { term_months: quote.term_months }
    if (!onFile) data.credit = { ...credit, province: credit.province.trim() || undefined }
    const note = approvedAtOnce ? `Installment plan approved at once (within the branch's ${money(autoMax)} limit): hand the goods over.` : HELD
    return { tender: { method: INSTALLMENT_TENDER, label: `Installment · ${quote.term_months} months`, amount: financed, data, note }, problem: null }
  }, [customerId, loadError, quoteError, terms, calc, onFile, quote, down, remaining, total, credit, approvedAtOnce, autoMax])

  useEffect(() => onChange(choice), [choice, onChange])

  if (!customerId || loadError) {
    return (
      <div className="notice error" data-testid="installment-problem">
        {choice.problem}
      </div>
    )
  }
  return (
    <div className="installment">
      <div className="plan">
        <label>
          <span className="field-label">Down payment, taken next in cash or card{calc ? ` (at least ${money(calc.minimum_down_payment)})` : ""}</span>
          <input className="big-input num" aria-label="Down payment" inputMode="decimal" value={down} onChange={(e) => setDown(e.target.value)} data-autofocus autoFocus />
        </label>
        {calc && <TermPicker quotes={calc.quotes} term={term} onTerm={setTerm} />}
        {quoteError ? <div className="error-text">{quoteError}</div> : calc && quote && <QuotePreview calc={calc} quote={quote} />}
      </div>
      <div className="applicant">
        {onFile === null && <CreditFields value={credit} onChange={setCredit} />}
        {onFile && (
          <div className="notice info">
            Credit details on file: {onFile.id_type} ····{onFile.id_number.slice(-4)}, {onFile.city}
          </div>
        )}
        <div className="muted">
          {approvedAtOnce
            ? `Within the branch's automatic approval (${money(autoMax)}): the plan is approved at once and the goods go home today.`
            : "The goods stay at the store until a credit officer approves the plan."}
        </div>
      </div>
    </div>
  )
}
