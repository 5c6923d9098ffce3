import { useCallback, useEffect, useRef, useState } from "react"
import { api, errorText, pos } from "../lib/api"
import { customerName as fullName } from "../lib/format"
import type { Customer } from "../lib/types"
import { Modal } from "./modal"

const digits = (s: string) => s.replace(/\D/g, "")
const small = { fontSize: 16, height: 44, textAlign: "left" } as const
/** The server's phone match (customers route): the last ten digits, any format. */
const isPhoneOf = (c: Customer, typed: string) => digits(typed).length >= 7 && !!c.phone && digits(c.phone).endsWith(digits(typed).slice(-10))

type Props = { current: Customer | null; onPick: (c: Customer | null) => Promise<unknown>; onClose: () => void }

/** Customer by phone (any format) or name; a new one in place with name and phone ("More" for the rest of the profile). */
export function CustomerDialog({ current, onPick, onClose }: Props) {
  const [q, setQ] = useState("")
  const [found, setFound] = useState<Customer[]>([])
  const [active, setActive] = useState(0)
  const [creating, setCreating] = useState(false)
  const [draft, setDraft] = useState({ first_name: "", last_name: "", email: "", gender: "", birthday: "", marketing_consent: false, note: "" })
  // Name and phone are all a sale needs; "More" opens the rest of the profile.
  const [more, setMore] = useState(false)
  const [error, setError] = useState<string | null>(null)

  // What `found` answers: Enter before the lookup answered must not take "nothing found" for it.
  const [answered, setAnswered] = useState("")
  const lookup = useCallback(async (text: string) => {
    const { customers } = await api<{ customers: Customer[] }>(pos(`/customers?q=${encodeURIComponent(text)}`))
    return customers
  }, [])
  const show = (text: string, customers: Customer[]) => {
    setFound(customers)
    setAnswered(text)
    setActive(0)
  }

  useEffect(() => {
    const text = q.trim()
    if (text.length < 3) return show(text, [])
    let gone = false
    const timer = setTimeout(() => {
      lookup(text)
        .then((customers) => !gone && show(text, customers))
        .catch((e) => !gone && setError(errorText(e)))
    }, 200)
    return () => {
      gone = true
      clearTimeout(timer)
    }
  }, [q, lookup])

  const pick = async (c: Customer | null) => {
    try {
      await onPick(c)
      onClose()
    } catch (e) {
      setError(errorText(e))
    }
  }

  const create = async () => {
    try {
      const body = {
        first_name: draft.first_name.trim(),
        phone: q.trim(),
        ...(draft.last_name.trim() ? { last_name: draft.last_name.trim() } : {}),
        ...(more && draft.email.trim() ? { email: draft.email.trim() } : {}),
        ...(more && draft.gender ? { gender: draft.gender } : {}),
        ...(more && draft.birthday ? { birthday: draft.birthday } : {}),
        ...(more && draft.marketing_consent ? { marketing_consent: true } : {}),
        ...(more && draft.note.trim() ? { note: draft.note.trim() } : {}),
      }
      const { customer } = await api<{ customer: Customer }>(pos("/customers"), { method: "POST", body })
      await pick(customer)
    } catch (e) {
      setError(errorText(e))
    }
  }

  /** Enter: the customer the typed text finds (looked up now if the search has not answered), else a new one with this phone. */
  const choosing = useRef(false)
  const choose = async () => {
    if (choosing.current) return
    choosing.current = true
    try {
      const text = q.trim()
      let list = found
      let at = active
      if (answered !== text) {
        list = text.length >= 3 ? await lookup(text) : []
        show(text, list)
        at = 0
      }
      if (list[at]) await pick(list[at])
      else if (text.length >= 7) setCreating(true)
    } catch (e) {
      setError(errorText(e))
    } finally {
      choosing.current = false
    }
  }

  const onKey = (e: React.KeyboardEvent) => {
    if (creating) return
    if (e.key === "ArrowDown") setActive((a) => Math.min(a + 1, found.length - 1))
    else if (e.key === "ArrowUp") setActive((a) => Math.max(a - 1, 0))
    else if (e.key === "Enter") {
      e.preventDefault()
      void choose()
    }
  }

  // A phone already on file is that customer: never offered to be added again.
  const onFile = answered === q.trim() && found.some((c) => isPhoneOf(c, answered))

  return (
    <Modal
      title="Customer"
      onClose={onClose}
      footer={
        <>
          {current && (
            <button className="act" style={{ padding: "0 16px" }} onClick={() => void pick(null)}>
              Walk-in (remove {fullName(current)})
            </button>
          )}
          <span style={{ flex: 1 }} />
          {creating ? (
            <button className="pay" style={{ height: 48, padding: "0 24px", fontSize: 17 }} onClick={() => void create()}>
              Add customer <kbd className="k">Enter</kbd>
            </button>
          ) : (
            <button className="act" style={{ padding: "0 16px" }} onClick={() => setCreating(true)} disabled={q.trim().length < 7 || answered !== q.trim() || onFile}>
              New customer with this phone
            </button>
          )}
        </>
      }
    >
      <input className="big-input" style={{ fontSize: 20, textAlign: "left" }} aria-label="Phone or name" placeholder="Mobile number or name" value={q} onChange={(e) => setQ(e.target.value)} onKeyDown={onKey} autoFocus />
      {creating ? (
        <form
          onSubmit={(e) => {
            e.preventDefault()
            void create()
          }}
          style={{ display: "flex", flexDirection: "column", gap: 10 }}
        >
          <div className="row">
            <label>
              <span className="field-label">First name</span>
              <input className="big-input" style={{ fontSize: 16, height: 44, textAlign: "left" }} aria-label="First name" value={draft.first_name} onChange={(e) => setDraft({ ...draft, first_name: e.target.value })} autoFocus />
            </label>
            <label>
              <span className="field-label">Last name</span>
              <input className="big-input" style={{ fontSize: 16, height: 44, textAlign: "left" }} aria-label="Last name" value={draft.last_name} onChange={(e) => setDraft({ ...draft, last_name: e.target.value })} />
            </label>
          </div>
          <button type="button" className="act" style={{ alignSelf: "flex-start", padding: "0 14px" }} aria-expanded={more} onClick={() => setMore(!more)}>
            {more ? "Less" : "More"}: e-mail, gender, birthday, consent, note
          </button>
          {more && (
            <>
              <label>
                <span className="field-label">E-mail (optional, for receipts)</span>
                <input className="big-input" style={small} type="email" aria-label="E-mail" value={draft.email} onChange={(e) => setDraft({ ...draft, email: e.target.value })} />
              </label>
              <div className="row">
                <label>
                  <span className="field-label">Gender</span>
                  <select className="big-input" style={small} aria-label="Gender" value={draft.gender} onChange={(e) => setDraft({ ...draft, gender: e.target.value })}>
                    <option value="">Not given</option>
                    <option value="female">Female</option>
                    <option value="male">Male</option>
                    <option value="other">Other</option>
                    <option value="prefer_not_to_say">Prefer not to say</option>
                  </select>
                </label>
                <label>
                  <span className="field-label">Birthday</span>
                  <input className="big-input" style={small} type="date" aria-label="Birthday" max={new Date().toISOString().slice(0, 10)} value={draft.birthday} onChange={(e) => setDraft({ ...draft, birthday: e.target.value })} />
                </label>
              </div>
              <label style={{ display: "flex", alignItems: "center", gap: 8 }}>
                <input type="checkbox" aria-label="Agrees to receive offers" checked={draft.marketing_consent} onChange={(e) => setDraft({ ...draft, marketing_consent: e.target.checked })} />
                <span>Agrees to receive offers (SMS, e-mail)</span>
              </label>
              <label>
                <span className="field-label">Note</span>
                <input className="big-input" style={small} aria-label="Note" maxLength={1000} value={draft.note} onChange={(e) => setDraft({ ...draft, note: e.target.value })} />
              </label>
            </>
          )}
          <button type="submit" hidden />
        </form>
      ) : (
        found.length > 0 && (
          <div className="list">
            {found.map((c, i) => (
              <button key={c.id} className={i === active ? "active" : ""} onClick={() => void pick(c)}>
                <span>
                  <b>{fullName(c)}</b>
                  {c.frequent && <span className="badge-frequent">Frequent</span>}
                  <br />
                  <span className="muted">{c.email}</span>
                </span>
                <span className="num">{c.phone}</span>
              </button>
            ))}
          </div>
        )
      )}
      {!creating && q.trim().length >= 3 && answered === q.trim() && !found.length && <div className="muted">No customer found. Enter adds one with this phone.</div>}
      {error && <div className="error-text">{error}</div>}
    </Modal>
  )
}
