import { useQuery } from "@tanstack/react-query"
import { sdk } from "./sdk"
import type { Branch, KassaPlugin, Me, Role, Staff } from "./types"

/** Query keys: every Kassa query starts with "kassa", so a write can refresh what it touched. */
export const kassaKeys = {
  me: ["kassa", "me"],
  plugins: ["kassa", "plugins"],
  branches: ["kassa", "branches"],
  branch: (locationId: string) => ["kassa", "branches", locationId],
  staff: ["kassa", "staff"],
  activeStaff: ["kassa", "staff", "active"],
  roles: ["kassa", "roles"],
  users: ["kassa", "users"],
  sessions: ["kassa", "me", "sessions"],
}

const get = <T>(path: string, query?: Record<string, unknown>) => () => sdk.client.fetch<T>(path, { query })

export const useMe = () =>
  useQuery({ queryKey: kassaKeys.me, queryFn: get<Me>("/admin/kassa/me"), staleTime: 60 * 1000 })

export const usePlugins = () =>
  useQuery({
    queryKey: kassaKeys.plugins,
    queryFn: get<{ plugins: KassaPlugin[] }>("/admin/kassa/plugins"),
    select: (d) => d.plugins,
    staleTime: Infinity,
  })

export const useBranches = () =>
  useQuery({
    queryKey: kassaKeys.branches,
    queryFn: get<{ branches: Branch[]; count: number }>("/admin/kassa/branches"),
    select: (d) => d.branches,
  })

export const useBranch = (locationId: string) =>
  useQuery({
    queryKey: kassaKeys.branch(locationId),
    queryFn: get<{ branch: Branch }>(`/admin/kassa/branches/${locationId}`),
    select: (d) => d.branch,
    retry: false,
  })

export const useStaff = () =>
  useQuery({ queryKey: kassaKeys.staff, queryFn: get<{ staff: Staff[] }>("/admin/kassa/staff"), select: (d) => d.staff })

export const useActiveStaff = () =>
  useQuery({
    queryKey: kassaKeys.activeStaff,
    queryFn: get<{ staff: Staff[]; count: number; window_minutes: number }>("/admin/kassa/staff/active"),
    refetchInterval: 60 * 1000,
  })

export const useRoles = () =>
  useQuery({ queryKey: kassaKeys.roles, queryFn: get<{ roles: Role[] }>("/admin/kassa/roles"), select: (d) => d.roles })

export type AdminUserRow = { id: string; email: string; first_name: string | null; last_name: string | null }

/** Medusa's admin users, for "add staff from an existing user". */
export const useUsers = (enabled: boolean) =>
  useQuery({
    queryKey: kassaKeys.users,
    queryFn: get<{ users: AdminUserRow[] }>("/admin/users", { fields: "id,email,first_name,last_name", limit: 1000 }),
    select: (d) => d.users,
    enabled,
  })

export type OwnSession = { id: string; started_at: string; ip: string | null; user_agent: string | null; expires_at: string | null; current: boolean }

export const useOwnSessions = (enabled: boolean) =>
  useQuery({
    queryKey: kassaKeys.sessions,
    queryFn: get<{ sessions: OwnSession[] }>("/admin/kassa/me/sessions"),
    select: (d) => d.sessions,
    enabled,
  })
