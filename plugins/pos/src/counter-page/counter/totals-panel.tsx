import type { CounterContext } from "../../counter/define"
import type { Zones } from "../extensions"
import { customerName, money } from "../lib/format"
import type { Customer, Ticket } from "../lib/types"
import { CustomerReceipts } from "./customer-receipts"

type Props = CounterContext & {
  ticket: Ticket | null
  customer: Customer | null
  /** The sales agent's name, when the sale has one. */
  agent: string | null
  /** Extensions' panels beside the customer (those on at this branch). */
  panels: Zones["customerPanels"]
  onCustomer: () => void
  onAgent: () => void
  onPay: () => void
  onPark: () => void
  onParked: () => void
  onDiscount: () => void
  onSearch: () => void
}

/** The right side: who buys (and what extensions show about them), what it comes to (large), and the sale's actions. */
export function TotalsPanel({ ticket, customer, agent, panels, api, branch, onCustomer, onAgent, onPay, onPark, onParked, onDiscount, onSearch }: Props) {
  const t = ticket?.totals
  const hasLines = !!ticket?.lines.length
  return (
    <aside className="panel">
      <div className="customer" onClick={onCustomer} role="button" aria-label="Customer">
        <div>
          <div className="name">
            {customer ? customerName(customer) : ticket?.customer_id ? "Customer on file" : "Walk-in customer"}
            {customer?.frequent && <span className="badge-frequent" data-testid="frequent-badge">Frequent</span>}
          </div>
          <div className="sub">{customer?.phone ?? "Add by mobile number"}</div>
        </div>
        <kbd className="k">F3</kbd>
      </div>
      {customer && panels.map(({ key, Component }) => <Component key={key} api={api} branch={branch} customer={customer} ticket={ticket} />)}
      {customer && <CustomerReceipts customerId={customer.id} locationId={branch.stock_location_id} />}
      <div className="agent" onClick={onAgent} role="button" aria-label="Sales agent" data-testid="agent">
        <span>
          <span className="sub">Sales agent: </span>
          {agent ?? <span className="sub">none, the cashier's sale</span>}
        </span>
        <kbd className="k">Alt+A</kbd>
      </div>
      <div className="sums num">
        <span>Subtotal before VAT</span>
        <span className="v">{money(t?.subtotal)}</span>
        {Number(t?.discount_total ?? 0) > 0 && (
          <>
            <span>Discounts{ticket?.promo_codes.length ? ` (${ticket.promo_codes.join(", ")})` : ""}</span>
            <span className="v disc">−{money(t?.discount_total)}</span>
          </>
        )}
        <span>VAT included</span>
        <span className="v">{money(t?.tax_total)}</span>
      </div>
      <div className="grand">
        <div className="label">Total</div>
        <div className="amount num" data-testid="total">
          {money(t?.total)}
        </div>
        <div className="items">
          {t?.items ?? 0} item{t?.items === 1 ? "" : "s"}
        </div>
      </div>
      <div className="spacer" />
      <div className="actions">
        <button className="act" onClick={onSearch}>
          Find item <kbd className="k">F2</kbd>
        </button>
        <button className="act" onClick={onDiscount} disabled={!hasLines}>
          Discount <kbd className="k">F4</kbd>
        </button>
        <button className="act" onClick={onPark} disabled={!hasLines}>
          Park <kbd className="k">F8</kbd>
        </button>
        <button className="act" onClick={onParked}>
          Parked <kbd className="k">⇧F8</kbd>
        </button>
      </div>
      <button className="pay" onClick={onPay} disabled={!hasLines}>
        Pay {hasLines ? money(t?.total) : ""} <kbd className="k">F9</kbd>
      </button>
    </aside>
  )
}
