import { ApiError, type CounterApi } from "../../counter/api"
import { connectionBack, connectionLost } from "./connection"

export { ApiError }

type Options = { method?: "GET" | "POST" | "DELETE"; body?: unknown; headers?: Record<string, string> }

/**
 * The counter's own sign-in: a bearer token kept in this browser's localStorage (so a second
 * window, the customer display, shares it), never Medusa's cookie session, which the admin uses
 * on the same origin: signing in here leaves the admin's session alone, and the reverse. Requests
 * go without cookies (`credentials: "omit"`): Medusa prefers a session cookie over the bearer
 * token, so an admin signed in in the same browser would otherwise act at the counter.
 */
const TOKEN = "kassa.pos.token"

const authorization = (): Record<string, string> => {
  const token = localStorage.getItem(TOKEN)
  return token ? { authorization: `Bearer ${token}` } : {}
}

/** A request to the Kassa server as the counter's signed-in staff member. */
async function send(path: string, { method = "GET", body, headers = {} }: Options = {}): Promise<Response> {
  let res: Response
  const sentAt = performance.now()
  try {
    res = await fetch(path, {
      method,
      credentials: "omit",
      headers: { ...(body === undefined ? {} : { "content-type": "application/json" }), ...authorization(), ...headers },
      body: body === undefined ? undefined : JSON.stringify(body),
    })
  } catch {
    connectionLost()
    throw new ApiError(0, "No connection to the Kassa server")
  }
  connectionBack(sentAt)
  if (!res.ok) {
    const data = (await res.json().catch(() => ({}))) as { message?: string }
    throw new ApiError(res.status, data.message ?? `${res.status} ${res.statusText}`)
  }
  return res
}

export async function api<T>(path: string, options: Options = {}): Promise<T> {
  return (await (await send(path, options)).json()) as T
}

/** A printable document (receipt, report) for an iframe's srcdoc: an iframe's own request would carry no token. */
export const documentHtml = async (path: string) => (await send(path)).text()

/** The response itself, for a stream the caller reads (the customer display's events). */
export const stream = (path: string, signal: AbortSignal) => fetch(path, { credentials: "omit", headers: { accept: "text/event-stream", ...authorization() }, signal })

export const pos = (path: string) => `/admin/kassa/pos${path}`

const kassa = (path: string, query: Record<string, string | number | undefined> = {}) => {
  const params = new URLSearchParams(Object.entries(query).flatMap(([k, v]) => (v === undefined ? [] : [[k, String(v)]])))
  return `/admin/kassa/${path.replace(/^\/+/, "")}${params.size ? `?${params}` : ""}`
}

/** The client extensions get: Kassa's routes only, with the counter's sign-in and connection watch. */
export const counterApi: CounterApi = {
  get: (path, query) => api(kassa(path, query)),
  post: (path, body) => api(kassa(path), { method: "POST", body: body ?? {} }),
  delete: (path) => api(kassa(path), { method: "DELETE" }),
}

export const errorText = (e: unknown) => (e instanceof Error ? e.message : String(e))

/** A second factor Medusa asks for after the password: the challenge, and the token that opens only its answer. */
export type MfaChallenge = { id: string; methods: string[]; token: string }

type SignInAnswer = { token: string; mfa_required?: boolean; mfa_challenge?: { id: string; methods: string[] } }

/**
 * E-mail and password for a token of the counter's own (the customer display's stream uses it
 * too). A staff member with a second factor gets a challenge instead: nothing is kept until
 * `answerChallenge` turns it into a token.
 */
export async function signIn(email: string, password: string): Promise<MfaChallenge | null> {
  const answer = await api<SignInAnswer>("/auth/user/emailpass", { method: "POST", body: { email, password } })
  if (answer.mfa_required && answer.mfa_challenge) return { ...answer.mfa_challenge, token: answer.token }
  localStorage.setItem(TOKEN, answer.token)
  return null
}

/** The authenticator's code (`totp`) or a recovery code (`recovery_code`) for Medusa's challenge; the token it gives is kept. */
export async function answerChallenge(challenge: MfaChallenge, method: "totp" | "recovery_code", code: string) {
  const { token } = await api<{ token: string }>(`/auth/mfa/challenges/${encodeURIComponent(challenge.id)}/verify`, {
    method: "POST",
    body: { method, code },
    headers: { authorization: `Bearer ${challenge.token}` },
  })
  localStorage.setItem(TOKEN, token)
}

/** The token is forgotten; the server records the sign-out (a bearer token has no session to end). */
export async function signOut() {
  if (localStorage.getItem(TOKEN)) await api("/admin/kassa/me/sign-out", { method: "POST" }).catch(() => undefined)
  localStorage.removeItem(TOKEN)
}

/** A token that no longer opens anything (expired): forgotten without asking the server. */
export const forgetSignIn = () => localStorage.removeItem(TOKEN)

/** Another cashier's token (a PIN switch): the old cashier is signed out, the new one's token kept. */
export async function takeOverSession(token: string) {
  await signOut()
  localStorage.setItem(TOKEN, token)
}
