/** Failed calls over the whole run: 409s apart (out of stock, which large stock should never give). */
export const tally = { errors: 0, conflicts: 0, samples: [] as string[] }

export class HttpError extends Error {
  constructor(readonly status: number, message: string) {
    super(message)
  }
}

type Json = Record<string, any>

/**
 * Plain fetch against the running server. Every call is timed under a label (what the report's
 * per-call breakdown shows) and any non-2xx is tallied and thrown, so a failed step ends that
 * sale and the run goes on.
 */
export class Api {
  readonly timings = new Map<string, number[]>()

  constructor(readonly base: string, private headers: Record<string, string> = {}) {}

  with(headers: Record<string, string>) {
    return new Api(this.base, { ...this.headers, ...headers })
  }

  /** Timings recorded since the last call, cleared: one phase's breakdown. */
  take() {
    const out = new Map(this.timings)
    this.timings.clear()
    return out
  }

  async call(label: string, method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<{ ms: number; json: Json }> {
    const started = process.hrtime.bigint()
    let status = 0
    let text = ""
    try {
      const res = await fetch(this.base + path, {
        method,
        headers: { ...this.headers, ...headers, ...(body === undefined ? {} : { "content-type": "application/json" }) },
        body: body === undefined ? undefined : JSON.stringify(body),
      })
      status = res.status
      text = await res.text()
    } catch (e) {
      text = (e as Error).message
    }
    const ms = Number(process.hrtime.bigint() - started) / 1e6
    if (status < 200 || status >= 300) {
      if (status === 409) tally.conflicts++
      else tally.errors++
      if (tally.samples.length < 5) tally.samples.push(`${label}: ${status || "network"} ${text.slice(0, 300)}`)
      throw new HttpError(status, `${method} ${path}: ${status} ${text.slice(0, 300)}`)
    }
    const list = this.timings.get(label) ?? []
    list.push(ms)
    this.timings.set(label, list)
    return { ms, json: text ? JSON.parse(text) : {} }
  }
}

/** A staff token from Medusa's email/password provider. */
export async function signIn(api: Api, email: string, password: string) {
  const { json } = await api.call("sign in", "POST", "/auth/user/emailpass", { email, password })
  return api.with({ authorization: `Bearer ${json.token}` })
}
