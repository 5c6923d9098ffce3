import { connectionBack, connectionLost } from "./connection"

/** A refused request with the server's own message (Medusa's `{ message }`). */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string
  ) {
    super(message)
  }
}

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
