/**
 * A branch's time zone when none is given: a new branch gets it, and so does the calendar of a
 * sale made outside any branch (a web order). The one default every plugin uses.
 */
export const DEFAULT_TIMEZONE = "Asia/Manila"
/** The country of a branch whose stock location has no address yet (Kassa starts in the Philippines). */
export const DEFAULT_COUNTRY = "ph"
