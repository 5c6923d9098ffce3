import type { Place } from "../counter/choose-register"
import { api, pos } from "../lib/api"
import type { DrawerSession, DrawerView } from "./types"

/** The register's open drawer session, if any (the drawer gate opened it before the first sale). */
export async function openDrawerOf({ locationId, registerId }: Place) {
  const { drawer_sessions } = await api<{ drawer_sessions: DrawerSession[] }>(
    pos(`/drawer-sessions?location_id=${locationId}&register_id=${registerId}&status=open&limit=1`)
  )
  return drawer_sessions[0] ?? null
}

export const drawerView = (sessionId: string) => api<DrawerView>(pos(`/drawer-sessions/${sessionId}`))

/** The 80 mm X (open) or Z (closed) report, as the browser prints it. */
export const reportHtml = (sessionId: string) => pos(`/drawer-sessions/${sessionId}/report?format=html`)
