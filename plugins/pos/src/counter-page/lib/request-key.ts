const STORE = "kassa.pos.request-keys"
// Enough for the requests a counter may retry; older ones are forgotten.
const KEEP = 20

// crypto.randomUUID needs a secure context; a counter on the shop's LAN may be plain http.
const randomHex = (bytes: number) => Array.from(crypto.getRandomValues(new Uint8Array(bytes)), (b) => b.toString(16).padStart(2, "0")).join("")

type Saved = { purpose: string; body: string; key: string }[]

/**
 * The Idempotency-Key of a request that moves money or stock (`purpose`: "checkout:<ticket>",
 * "void:<order>", …). The same body reuses the key, also after a reload, so a retry after a
 * lost answer (or a crash the server recovered from) gets the first answer instead of doing it
 * twice; another body (the cashier changed it after a refusal) gets a new key. A manager's
 * `approval` is left out: it is not what the request does, and a PIN is never stored here.
 */
export function requestKey(purpose: string, body: Record<string, unknown>) {
  const { approval: _approval, ...what } = body
  const text = JSON.stringify(what)
  const saved = (JSON.parse(localStorage.getItem(STORE) ?? "[]") as Saved).filter((s) => s.purpose !== purpose || s.body === text)
  const known = saved.find((s) => s.purpose === purpose)
  if (known) return known.key
  const key = `pos-${purpose.replace(/[^\w-]/g, "-")}-${randomHex(12)}`
  localStorage.setItem(STORE, JSON.stringify([{ purpose, body: text, key }, ...saved].slice(0, KEEP)))
  return key
}

/** Forgets the key once its request has its answer: the same body later is a new request (a second unit returned). */
export function settleRequestKey(purpose: string) {
  const saved = JSON.parse(localStorage.getItem(STORE) ?? "[]") as Saved
  localStorage.setItem(STORE, JSON.stringify(saved.filter((s) => s.purpose !== purpose)))
}
