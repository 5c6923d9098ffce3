/**
 * Sign-in throttling, counted per (account, source address) and per source address: a stranger
 * who mistypes the owner's password five times locks the owner out only from the stranger's own
 * address, while the owner still signs in from the counter.
 */
export type AttemptLimit = { limit: number; window_minutes: number; lock_minutes: number }

/** One account from one address: five wrong passwords in 15 minutes lock that pair for 15 minutes. */
export const SIGN_IN_PER_ACCOUNT_AND_SOURCE: AttemptLimit = { limit: 5, window_minutes: 15, lock_minutes: 15 }

/**
 * One address, any accounts: twenty failures in 15 minutes throttle the address for 15 minutes,
 * so nobody tries five passwords on every account in turn. A shop behind one NAT address shares
 * this budget; twenty mistypes in a quarter of an hour is far above what staff make.
 */
export const SIGN_IN_PER_SOURCE: AttemptLimit = { limit: 20, window_minutes: 15, lock_minutes: 15 }

/** Kept for the staff screen: failures in a row from any address, reset by a sign-in. */
export const MAX_FAILED_LOGINS = SIGN_IN_PER_ACCOUNT_AND_SOURCE.limit

/** PIN lockout at the counter, shorter: a manager may simply have mistyped. */
export const MAX_FAILED_PINS = 5
export const PIN_LOCK_MINUTES = 5

/** A session with no request for this long no longer counts as "signed in now". */
export const ACTIVE_SESSION_MINUTES = 30
