/** A refused request with the server's own message (Medusa's `{ message }`); status 0: no connection. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string
  ) {
    super(message)
  }
}

type Query = Record<string, string | number | undefined>

/**
 * The counter's client for Kassa's admin API, given to every extension. Paths are relative to
 * `/admin/kassa/` (`"installments/terms/sloc_1"`): an extension reaches only Kassa's routes, with
 * the counter's session, and the counter may later answer from its offline copy instead.
 */
export type CounterApi = {
  get<T>(path: string, query?: Query): Promise<T>
  post<T>(path: string, body?: unknown): Promise<T>
  delete<T>(path: string): Promise<T>
}
