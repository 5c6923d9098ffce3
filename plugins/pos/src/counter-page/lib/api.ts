import { ApiError, type CounterApi } from "../../counter/api"
import { connectionBack, connectionLost } from "./connection"

export { ApiError }

type Options = { method?: "GET" | "POST" | "DELETE"; body?: unknown; headers?: Record<string, string> }

/** Same-origin calls with the session cookie: the counter signs in like the admin does. */
export async function api<T>(path: string, { method = "GET", body, headers = {} }: Options = {}): Promise<T> {
  let res: Response
  try {
    res = await fetch(path, {
      method,
      credentials: "same-origin",
      headers: { ...(body === undefined ? {} : { "content-type": "application/json" }), ...headers },
      body: body === undefined ? undefined : JSON.stringify(body),
    })
  } catch {
    connectionLost()
    throw new ApiError(0, "No connection to the Kassa server")
  }
  connectionBack()
  if (!res.ok) {
    const data = (await res.json().catch(() => ({}))) as { message?: string }
    throw new ApiError(res.status, data.message ?? `${res.status} ${res.statusText}`)
  }
  return (await res.json()) as T
}

export const pos = (path: string) => `/admin/kassa/pos${path}`

const kassa = (path: string, query: Record<string, string | number | undefined> = {}) => {
  const params = new URLSearchParams(Object.entries(query).flatMap(([k, v]) => (v === undefined ? [] : [[k, String(v)]])))
  return `/admin/kassa/${path.replace(/^\/+/, "")}${params.size ? `?${params}` : ""}`
}

/** The client extensions get: Kassa's routes only, through the same session and connection watch. */
export const counterApi: CounterApi = {
  get: (path, query) => api(kassa(path, query)),
  post: (path, body) => api(kassa(path), { method: "POST", body: body ?? {} }),
  delete: (path) => api(kassa(path), { method: "DELETE" }),
}

export const errorText = (e: unknown) => (e instanceof Error ? e.message : String(e))

/** E-mail and password, then a session cookie (also what the customer display's stream uses). */
export async function signIn(email: string, password: string) {
  const { token } = await api<{ token: string }>("/auth/user/emailpass", { method: "POST", body: { email, password } })
  await api("/auth/session", { method: "POST", headers: { authorization: `Bearer ${token}` } })
}

export const signOut = () => api("/auth/session", { method: "DELETE" }).catch(() => undefined)

/** Another cashier's token (a PIN switch): the old session ends, the new one takes the cookie. */
export async function takeOverSession(token: string) {
  await signOut()
  await api("/auth/session", { method: "POST", headers: { authorization: `Bearer ${token}` } })
}
