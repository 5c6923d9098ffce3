/** A drawer session was closed and its Z report issued. */
export const POS_DRAWER_CLOSED = "kassa.pos.drawer_closed"

/** What kassa.pos.drawer_closed carries: the session, and the staff member who closed it. */
export type PosDrawerClosedData = { session_id: string; closed_by: string }
