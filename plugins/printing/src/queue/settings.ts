/**
 * The queue's timings, read when used so a test (or an operator) can set them in the
 * environment: KASSA_PRINT_TIMEOUT_MS (connect and write, 5 s), KASSA_PRINT_RETRY_MS (the first
 * retry's wait, doubled each time up to a minute, 2 s), KASSA_PRINT_MAX_ATTEMPTS (5).
 */
const setting = (name: string, fallback: number, min: number) => Math.max(Number(process.env[name]) || fallback, min)

export const printTimeoutMs = () => setting("KASSA_PRINT_TIMEOUT_MS", 5_000, 100)
export const maxPrintAttempts = () => Math.round(setting("KASSA_PRINT_MAX_ATTEMPTS", 5, 1))

/** The wait after the `attempts`-th failure: 2 s, 4 s, 8 s… at most 60 s. */
export const retryDelaySeconds = (attempts: number) => Math.min(setting("KASSA_PRINT_RETRY_MS", 2_000, 10) * 2 ** Math.max(attempts - 1, 0), 60_000) / 1000

/** How long a worker holds a job it is sending: past the timeout, so a live worker never loses one. */
export const leaseSeconds = () => Math.ceil(printTimeoutMs() / 1000) + 25
