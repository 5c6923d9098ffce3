/** Sign-in lockout: after this many failed sign-ins in a row, the account waits. */
export const MAX_FAILED_LOGINS = 5
export const LOGIN_LOCK_MINUTES = 15

/** PIN lockout at the counter, shorter: a manager may simply have mistyped. */
export const MAX_FAILED_PINS = 5
export const PIN_LOCK_MINUTES = 5

/** A session with no request for this long no longer counts as "signed in now". */
export const ACTIVE_SESSION_MINUTES = 30
