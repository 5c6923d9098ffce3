import { ApiError, type Customer, customerName, money, parseAmount, type ScreenProps } from "@kassa/pos/counter"
import { type FormEvent, useState } from "react"
import "./preorders.css"

type Variant = { id: string; title: string; product: { title: string }; price: { amount: number } | null; available: number | null }
type Taken = { number: string; total: string; paid: string; balance: string; status: string }

const problemOf = (e: unknown) => (e instanceof ApiError ? e.message : "The pre-order could not be taken: try again")

/**
 * A pre-order or layaway at the counter (a screen of its own, Alt+O), typed top to bottom and
 * taken with Enter: the customer by mobile number, the item by its code (a scan types it), the
 * quantity, the expected date, the deposit and its tender. The server checks everything again
 * (the minimum deposit, the item not in stock for a pre-order) and answers the slip's number.
 */
export function PreorderScreen({ api, branch, register_id }: ScreenProps) {
  const [kind, setKind] = useState<"preorder" | "layaway">("preorder")
  const [phone, setPhone] = useState("")
  const [code, setCode] = useState("")
  const [quantity, setQuantity] = useState("1")
  const [expected, setExpected] = useState("")
  const [deposit, setDeposit] = useState("")
  const [tender, setTender] = useState("cash")
  const [customer, setCustomer] = useState<Customer | null>(null)
  const [variant, setVariant] = useState<Variant | null>(null)
  const [taken, setTaken] = useState<Taken | null>(null)
  const [problem, setProblem] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)

  const submit = async (e: FormEvent) => {
    e.preventDefault()
    if (busy) return
    setProblem(null)
    setBusy(true)
    try {
      const { customers } = await api.get<{ customers: Customer[] }>("pos/customers", { q: phone.trim() })
      if (customers.length !== 1) throw new ApiError(400, customers.length ? "More than one customer has that number: type it in full" : "No customer has that mobile number: add them first (F3)")
      setCustomer(customers[0])
      const { variants } = await api.get<{ variants: Variant[] }>("pos/scan", { location_id: branch.stock_location_id, code: code.trim() })
      if (variants.length !== 1) throw new ApiError(400, variants.length ? `The code ${code} matches ${variants.length} items` : `No item has the code ${code}`)
      setVariant(variants[0])
      const amount = parseAmount(deposit)
      if (!(amount > 0)) throw new ApiError(400, "Type the deposit")
      const { preorder } = await api.post<{ preorder: Taken }>("preorders", {
        kind,
        location_id: branch.stock_location_id,
        customer_id: customers[0].id,
        variant_id: variants[0].id,
        quantity: Number(quantity),
        ...(expected ? { expected_at: expected } : {}),
        deposit: { tender, amount },
        // A cash deposit goes into this register's drawer.
        register_id,
      })
      setTaken(preorder)
    } catch (err) {
      setProblem(problemOf(err))
    } finally {
      setBusy(false)
    }
  }

  if (taken) {
    return (
      <div className="preorder-taken" data-testid="preorder-taken">
        <div className="number">{taken.number}</div>
        <div>
          {customer ? customerName(customer) : ""} · {variant ? `${quantity} × ${variant.product.title}` : ""}
        </div>
        <div>
          Paid {money(taken.paid)} of {money(taken.total)} · balance due <strong>{money(taken.balance)}</strong>
        </div>
        <div className="muted">{taken.status === "ready" ? "The units are reserved for the customer." : "The customer is e-mailed when the stock arrives."} Esc closes.</div>
      </div>
    )
  }
  return (
    <form className="preorder-form" onSubmit={submit} data-testid="preorder-form">
      <label className="wide">
        <span className="field-label">Kind</span>
        <select className="field" aria-label="Kind" value={kind} onChange={(e) => setKind(e.target.value as "preorder" | "layaway")} data-autofocus autoFocus>
          <option value="preorder">Pre-order (not in stock)</option>
          <option value="layaway">Layaway (in stock, kept)</option>
        </select>
      </label>
      <label>
        <span className="field-label">Customer's mobile number</span>
        <input className="field" aria-label="Customer's mobile number" inputMode="tel" value={phone} onChange={(e) => setPhone(e.target.value)} />
      </label>
      <label>
        <span className="field-label">Item code (scan or type)</span>
        <input className="field" aria-label="Item code" value={code} onChange={(e) => setCode(e.target.value)} />
      </label>
      <label>
        <span className="field-label">Quantity</span>
        <input className="field num" aria-label="Quantity" inputMode="numeric" value={quantity} onChange={(e) => setQuantity(e.target.value)} />
      </label>
      <label>
        <span className="field-label">Expected (YYYY-MM-DD, a pre-order)</span>
        <input className="field" aria-label="Expected date" value={expected} onChange={(e) => setExpected(e.target.value)} placeholder="2027-01-15" />
      </label>
      <label>
        <span className="field-label">Deposit</span>
        <input className="field num" aria-label="Deposit" inputMode="decimal" value={deposit} onChange={(e) => setDeposit(e.target.value)} />
      </label>
      <label>
        <span className="field-label">Paid in</span>
        <select className="field" aria-label="Paid in" value={tender} onChange={(e) => setTender(e.target.value)}>
          <option value="cash">Cash</option>
          <option value="card">Card</option>
        </select>
      </label>
      {problem && (
        <div className="error-text problem" role="alert">
          {problem}
        </div>
      )}
      <button type="submit" className="preorder-submit" disabled={busy}>
        {busy ? "Taking…" : "Take it (Enter)"}
      </button>
    </form>
  )
}
