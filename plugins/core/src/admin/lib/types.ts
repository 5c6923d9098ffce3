/** What Kassa's admin API (/admin/kassa/…) returns, as the admin pages read it. */

export type Register = { id: string; name: string; code: string; is_active: boolean }

export type BranchDetails = {
  code: string
  address: string | null
  phone: string | null
  tax_id: string | null
  receipt_header: string | null
  receipt_footer: string | null
  timezone: string
  closed_at: string | null
  closed_by: string | null
  close_reason: string | null
}

export type PluginSwitch = { plugin: string; enabled: boolean }

/** A stock location with Kassa's details; `details` is null until it is set up as a branch. */
export type Branch = {
  stock_location_id: string
  name: string
  address: { city?: string | null } | null
  sales_channels: { id: string; name: string }[]
  details: BranchDetails | null
  registers: Register[]
  plugin_switches: PluginSwitch[]
}

export type KassaPlugin = {
  id: string
  name: string
  description: string
  default_enabled: boolean
  always_on: boolean
  /** `resource:operation` → what it allows. */
  policies: Record<string, string>
}

export type Role = { id: string; name: string; description: string | null; policies: string[]; is_system: boolean; requires_second_factor: boolean }

export type Staff = {
  id: string
  user_id: string
  user: { email: string; first_name: string | null; last_name: string | null }
  role_ids: string[]
  branch_ids: string[]
  all_branches: boolean
  phone: string | null
  hire_date: string | null
  avatar_url: string | null
  is_active: boolean
  /** Archived: deactivated by a manager with a reason (restoring reactivates). */
  archived_at: string | null
  archive_reason: string | null
  commission_rate: number | string | null
  has_pin: boolean
  failed_login_count: number
  locked_until: string | null
  last_login_at: string | null
  last_logout_at: string | null
  last_seen_at: string | null
}

/** One of the plugins' admin pages (a dashboard path) and whether the caller may open it. */
export type AdminPage = { path: string; label: string; policy: string; policy_description: string; allowed: boolean }

export type Me = {
  staff: Staff | null
  roles: Pick<Role, "id" | "name" | "policies">[]
  policies: string[]
  branches: Branch[]
  /** Absent for a user without a staff record (the server refuses them everything). */
  admin?: { home: string; pages: AdminPage[] }
  /** The roles that require a second factor, and whether this staff member has one. */
  second_factor?: { required_by: string[]; enrolled: boolean }
  /** Set while a role requires a second factor not enrolled yet: all the server lets them do is enrol. */
  enrolment_needed?: string | null
}
