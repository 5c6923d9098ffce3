import { useEffect, useMemo, useRef, useState } from "react"
import type { ScreenZone } from "../../counter/define"
import { AgentDialog } from "../dialogs/agent-dialog"
import { CustomerDialog } from "../dialogs/customer-dialog"
import { DiscountDialog } from "../dialogs/discount-dialog"
import { HelpDialog } from "../dialogs/help-dialog"
import { LineDialog } from "../dialogs/line-dialog"
import { Modal } from "../dialogs/modal"
import { ParkedDialog } from "../dialogs/parked-dialog"
import { PayDialog } from "../dialogs/pay-dialog"
import { ReceiptDialog } from "../dialogs/receipt-dialog"
import { SearchDialog } from "../dialogs/search-dialog"
import { zonesFor } from "../extensions"
import { api, counterApi, errorText, pos } from "../lib/api"
import { rememberCustomer, rememberedCustomer } from "../lib/customers"
import { useCounterKeys, type Action } from "../lib/shortcuts"
import { BranchClock } from "../lib/branch-clock"
import type { Agent, Counter, Customer, Me, Sale } from "../lib/types"
import { useIdleLock } from "../lib/use-idle-lock"
import { DrawerDialog } from "../ops/drawer-dialog"
import { ApprovedRequestsNotice } from "../ops/return-requests"
import { ReturnsDialog } from "../ops/returns-dialog"
import { Cart } from "./cart"
import type { Place } from "./choose-register"
import { LockScreen } from "./lock-screen"
import { ShortcutBar } from "./shortcut-bar"
import { OfflineBanner, TopBar } from "./top-bar"
import { TotalsPanel } from "./totals-panel"
import { useSale } from "./use-sale"

type Dialog =
  | { kind: "help" | "customer" | "agent" | "discount" | "parked" | "pay" | "returns" | "drawer" }
  | { kind: "search"; q: string }
  | { kind: "line"; id: string; serialsFirst: boolean }
  | { kind: "receipt"; sale: Sale; email: string | null }
  | { kind: "screen"; screen: ScreenZone }

type Props = { me: Me; place: Place; onRegister: () => void; onSignOut: () => void }

// Typed words (not a code) that match no code are looked up by name instead.
const looksLikeWords = (text: string) => /[a-z]/i.test(text) && /\s|^[a-z]+$/i.test(text)

/** The counter: scan, cart, totals and every action of a sale, by keyboard first. */
export function CounterScreen({ me, place, onRegister, onSignOut }: Props) {
  const [counter, setCounter] = useState<Counter | null>(null)
  const [loadError, setLoadError] = useState<string | null>(null)
  const sale = useSale(place)
  const { ticket, selected } = sale
  // What was typed with no field focused (a scanner's code): a ref, as a scanner's keys come
  // faster than renders, and state to show it in the scan field.
  const typed = useRef("")
  const [buffer, setShown] = useState("")
  const setBuffer = (text: string) => {
    typed.current = text
    setShown(text)
  }
  const [dialog, setDialog] = useState<Dialog | null>(null)
  const [customer, setCustomer] = useState<Customer | null>(null)
  const [agents, setAgents] = useState<Agent[] | null>(null)
  const { locked, lock, unlock } = useIdleLock()
  const mayOverride = me.policies.some((p) => p === "*" || p === "pos:*" || p === "pos:override_price")
  // Extensions show only where their plugin is switched on for this branch.
  const switches = me.branches.find((b) => b.stock_location_id === place.locationId)?.plugins
  const zones = useMemo(() => zonesFor(switches ?? {}), [switches])

  useEffect(() => {
    api<Counter>(pos(`/counter?location_id=${place.locationId}`))
      .then(setCounter)
      .catch((e) => setLoadError(errorText(e)))
  }, [place.locationId])

  useEffect(() => {
    api<{ agents: Agent[] }>(pos(`/agents?location_id=${place.locationId}`))
      .then(({ agents }) => setAgents(agents))
      .catch(() => setAgents([]))
  }, [place.locationId])

  useEffect(() => {
    if (ticket?.customer_id !== customer?.id) setCustomer(rememberedCustomer(ticket?.customer_id ?? null))
  }, [ticket?.customer_id, customer?.id])

  const registerNames = useMemo(() => Object.fromEntries((counter?.registers ?? []).map((r) => [r.id, r.name])), [counter])

  const submit = async (text: string) => {
    const code = text.trim()
    setBuffer("")
    if (!code) return
    const needsSerials = await sale.scan(code, (unknown) =>
      looksLikeWords(unknown)
        ? setDialog({ kind: "search", q: unknown })
        : sale.say("error", `Unknown code ${unknown}: no product has it. Scan again or find the item with F2.`)
    )
    if (needsSerials) setDialog({ kind: "line", id: needsSerials, serialsFirst: true })
  }

  const pick = async (variantId: string) => {
    try {
      const needsSerials = await sale.addVariant(variantId)
      if (needsSerials) setDialog({ kind: "line", id: needsSerials, serialsFirst: true })
    } catch (e) {
      sale.say("error", errorText(e))
    }
  }

  const openPay = () => {
    if (!ticket?.lines.length) return
    const missing = ticket.lines.find((l) => l.requires_serial && l.serial_numbers.length < l.quantity)
    if (missing) {
      sale.say("error", `${missing.title} needs its serial numbers before payment`)
      return setDialog({ kind: "line", id: missing.id, serialsFirst: true })
    }
    setDialog({ kind: "pay" })
  }

  const act = (action: Action) => {
    const line = selected ?? ticket?.lines[ticket.lines.length - 1]?.id
    // A notice is about what was just done: the next thing the cashier does takes it away.
    if (action !== "help" && action !== "display" && action !== "lock") sale.setNotice(null)
    switch (action) {
      case "help":
        return setDialog({ kind: "help" })
      case "search":
        return setDialog({ kind: "search", q: buffer })
      case "customer":
      case "agent":
        return setDialog({ kind: action })
      case "discount":
        return ticket?.lines.length && setDialog({ kind: "discount" })
      case "line":
        return line && setDialog({ kind: "line", id: line, serialsFirst: false })
      case "park":
        return void sale.park()
      case "parked":
        return setDialog({ kind: "parked" })
      case "pay":
        return openPay()
      case "returns":
      case "drawer":
        return setDialog({ kind: action })
      case "display":
        return void window.open(`/pos/display?register=${place.registerId}`, "kassa-display", "popup")
      case "lock":
        return lock()
    }
  }

  const moveSelection = (step: 1 | -1) => {
    const lines = ticket?.lines ?? []
    if (!lines.length) return
    const at = lines.findIndex((l) => l.id === selected)
    const next = at < 0 ? lines.length - 1 : Math.min(Math.max(at + step, 0), lines.length - 1)
    sale.setSelected(lines[next].id)
  }

  const onKey = (key: string) => {
    const line = ticket?.lines.find((l) => l.id === selected)
    const text = typed.current
    // "+" and "-" may be part of a code; only alone do they change the quantity.
    if (text && key.length === 1) return setBuffer(text + key)
    switch (key) {
      case "Enter":
        return void submit(text)
      case "Backspace":
        return setBuffer(text.slice(0, -1))
      case "Escape":
        setBuffer("")
        return sale.setNotice(null)
      case "ArrowUp":
        return moveSelection(-1)
      case "ArrowDown":
        return moveSelection(1)
      case "+":
        return line && void sale.updateLine(line.id, { quantity: line.quantity + 1 }).catch(() => undefined)
      case "-":
        return line && line.quantity > 1 && void sale.updateLine(line.id, { quantity: line.quantity - 1 }).catch(() => undefined)
      case "Delete":
        return line && void sale.removeLine(line.id).catch(() => undefined)
      default:
        if (key.length === 1) setBuffer(text + key)
    }
  }

  const openScreen = (screen: ScreenZone) => setDialog({ kind: "screen", screen })
  useCounterKeys({ onAction: act, screens: zones.screens, onScreen: openScreen, onKey, blocked: !!dialog || locked || !counter })

  if (loadError) {
    return (
      <div className="center">
        <div className="card">
          <h1>This counter cannot open</h1>
          <div className="error-text">{loadError}</div>
          <button className="act" onClick={onRegister}>
            Choose another register
          </button>
        </div>
      </div>
    )
  }
  if (!counter) return <div className="center" />

  const dialogLine = dialog?.kind === "line" ? ticket?.lines.find((l) => l.id === dialog.id) : undefined
  const close = () => setDialog(null)
  const ctx = { api: counterApi, branch: counter.branch }

  return (
    <BranchClock timeZone={counter.branch.timezone}>
      <div className="screen">
        <TopBar me={me} counter={counter} registerId={place.registerId} onDisplay={() => act("display")} onLock={lock} onRegister={onRegister} onSignOut={onSignOut} />
        <OfflineBanner />
        <main className="work">
          <section className="sale">
            <div className="scanbar">
              <div className="field">
                <span className="icon">⌕</span>
                <input
                  aria-label="Scan or type a code"
                  placeholder="Scan, or type a code or name + Enter"
                  value={buffer}
                  onChange={(e) => setBuffer(e.target.value)}
                  onKeyDown={(e) => {
                    if (e.key === "Enter") {
                      e.preventDefault()
                      void submit(buffer)
                    }
                  }}
                />
                {!buffer && <span className="hint">no need to click here first</span>}
              </div>
            </div>
            {dialog?.kind !== "returns" && <ApprovedRequestsNotice locationId={place.locationId} onOpen={() => act("returns")} />}
            {sale.notice && (
              <div className={`notice ${sale.notice.tone}`} role="alert" data-testid="notice">
                <span>{sale.notice.text}</span>
                <button className="act" style={{ height: 26, padding: "0 8px" }} onClick={() => sale.setNotice(null)}>
                  Esc
                </button>
              </div>
            )}
            <Cart
              ticket={ticket}
              loading={sale.loading}
              pending={sale.pending}
              selected={selected}
              onSelect={sale.setSelected}
              onOpen={(id) => setDialog({ kind: "line", id, serialsFirst: false })}
              onQuantity={(id, quantity) => void sale.updateLine(id, { quantity }).catch(() => undefined)}
            />
          </section>
          <TotalsPanel
            {...ctx}
            ticket={ticket}
            customer={customer}
            agent={agents?.find((a) => a.staff_id === ticket?.sales_agent_id)?.name ?? (ticket?.sales_agent_id ? "Agent on file" : null)}
            panels={zones.customerPanels}
            onCustomer={() => act("customer")}
            onAgent={() => act("agent")}
            onPay={openPay}
            onPark={() => act("park")}
            onParked={() => act("parked")}
            onDiscount={() => act("discount")}
            onSearch={() => act("search")}
          />
        </main>
        <ShortcutBar onAction={act} screens={zones.screens} onScreen={openScreen} />

        {dialog?.kind === "help" && <HelpDialog screens={zones.screens} onClose={close} />}
        {dialog?.kind === "screen" && (
          <Modal title={dialog.screen.label} onClose={close} wide testId={`screen-${dialog.screen.id}`}>
            <dialog.screen.Screen {...ctx} register_id={place.registerId} onClose={close} />
          </Modal>
        )}
        {dialog?.kind === "returns" && <ReturnsDialog me={me} place={place} tenders={counter.tenders} onClose={close} />}
        {dialog?.kind === "drawer" && <DrawerDialog me={me} place={place} onClose={close} />}
        {dialog?.kind === "search" && <SearchDialog locationId={place.locationId} initial={dialog.q} onPick={(id) => void pick(id)} onClose={close} />}
        {dialog?.kind === "customer" && (
          <CustomerDialog
            current={customer}
            onPick={async (c) => {
              if (c) rememberCustomer(c)
              // Before the first item the customer opens the sale; a walk-in needs none.
              if (c || ticket) await sale.attach({ customer_id: c?.id ?? null })
              setCustomer(c)
            }}
            onClose={close}
          />
        )}
        {dialog?.kind === "agent" && (
          <AgentDialog
            agents={agents}
            current={ticket?.sales_agent_id ?? null}
            onPick={(id) => {
              // No agent for a sale not yet open changes nothing; an agent opens it.
              if (id || ticket) void sale.attach({ sales_agent_id: id }).catch(() => undefined)
            }}
            onClose={close}
          />
        )}
        {dialog?.kind === "discount" && ticket && <DiscountDialog ticket={ticket} mayOverride={mayOverride} onSave={sale.updateTicket} onClose={close} />}
        {dialogLine && ticket && dialog?.kind === "line" && (
          <LineDialog
            {...ctx}
            key={dialogLine.id}
            ticket={ticket}
            line={dialogLine}
            actions={zones.lineActions}
            locationId={place.locationId}
            mayOverride={mayOverride}
            serialsFirst={dialog.serialsFirst}
            onSave={(body) => sale.updateLine(dialogLine.id, body)}
            onRemove={() => {
              void sale.removeLine(dialogLine.id).catch(() => undefined)
              close()
            }}
            onActionDone={() => {
              void sale.reload().catch((e) => sale.say("error", errorText(e)))
              close()
            }}
            onClose={close}
          />
        )}
        {dialog?.kind === "parked" && <ParkedDialog locationId={place.locationId} registers={registerNames} onResume={(id) => void sale.resume(id).catch((e) => sale.say("error", errorText(e)))} onClose={close} />}
        {dialog?.kind === "pay" && ticket && (
          <PayDialog
            {...ctx}
            ticket={ticket}
            customer={customer}
            tenders={counter.tenders}
            forms={zones.tenders}
            onPaid={(paid) => {
              setDialog({ kind: "receipt", sale: paid, email: customer?.email ?? null })
              sale.clear()
            }}
            onClose={close}
          />
        )}
        {dialog?.kind === "receipt" && (
          <ReceiptDialog
            {...ctx}
            sale={dialog.sale}
            sections={zones.saleComplete}
            customerEmail={dialog.email}
            onNewSale={() => {
              setCustomer(null)
              close()
            }}
          />
        )}
        {locked && me.staff && <LockScreen staff={me.staff} locationId={place.locationId} onUnlock={unlock} onSwitch={onSignOut} />}
      </div>
    </BranchClock>
  )
}
