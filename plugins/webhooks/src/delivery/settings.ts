/**
 * The queue's timings, read when used so a test (or an operator) can set them in the
 * environment: KASSA_WEBHOOK_TIMEOUT_MS (a receiver's answer, 10 s), KASSA_WEBHOOK_RETRY_MS (the
 * first retry's wait, doubled each time up to an hour, 30 s). Deliveries are tried for 24 hours.
 */
const setting = (name: string, fallback: number, min: number) => Math.max(Number(process.env[name]) || fallback, min)

export const WINDOW_SECONDS = 24 * 60 * 60

export const timeoutMs = () => setting("KASSA_WEBHOOK_TIMEOUT_MS", 10_000, 100)

/** The wait after the `attempts`-th failure: 30 s, 1 min, 2 min… at most an hour. */
export const retryDelaySeconds = (attempts: number) => Math.min(setting("KASSA_WEBHOOK_RETRY_MS", 30_000, 10) * 2 ** Math.max(attempts - 1, 0), 3_600_000) / 1000

/** How long a worker holds a delivery it is sending: past the timeout, so a live worker never loses one. */
export const leaseSeconds = () => Math.ceil(timeoutMs() / 1000) + 20
