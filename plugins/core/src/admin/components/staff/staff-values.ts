import { fromDay, toDay } from "../../lib/format"
import type { Role, Staff } from "../../lib/types"
import type { NewStaffBody, StaffDetailsBody } from "./staff-writes"

/** The staff form's state: text inputs hold strings until the body is built. */
export type StaffValues = {
  source: "existing" | "new"
  user_id: string
  email: string
  password: string
  first_name: string
  last_name: string
  pin: string
  roles: string[]
  all_branches: boolean
  branch_ids: string[]
  phone: string
  hire_date: Date | null
  avatar_url: string | null
  commission_rate: string
}

export type SetStaffValue = <K extends keyof StaffValues>(key: K, value: StaffValues[K]) => void

const text = (n: number | string | null | undefined) => (n === null || n === undefined ? "" : String(n))
const numberOrNull = (s: string) => (s.trim() === "" ? null : Number(s))

export function initialValues(staff: Staff | undefined, roles: Role[]): StaffValues {
  return {
    source: "new",
    user_id: "",
    email: "",
    password: "",
    first_name: "",
    last_name: "",
    pin: "",
    roles: staff ? roles.filter((r) => staff.role_ids.includes(r.id)).map((r) => r.name) : [],
    all_branches: staff?.all_branches ?? false,
    branch_ids: staff?.branch_ids ?? [],
    phone: staff?.phone ?? "",
    hire_date: fromDay(staff?.hire_date ?? null),
    avatar_url: staff?.avatar_url ?? null,
    commission_rate: text(staff?.commission_rate),
  }
}

export function detailsBody(v: StaffValues): StaffDetailsBody {
  return {
    roles: v.roles,
    all_branches: v.all_branches,
    branch_ids: v.all_branches ? [] : v.branch_ids,
    phone: v.phone.trim() || null,
    hire_date: v.hire_date ? toDay(v.hire_date) : null,
    avatar_url: v.avatar_url,
    commission_rate: numberOrNull(v.commission_rate),
  }
}

export function newStaffBody(v: StaffValues): NewStaffBody {
  const who =
    v.source === "existing"
      ? { user_id: v.user_id }
      : {
          login: {
            email: v.email.trim(),
            password: v.password,
            first_name: v.first_name.trim() || undefined,
            last_name: v.last_name.trim() || undefined,
          },
        }
  return { ...detailsBody(v), ...who, ...(v.pin ? { pin: v.pin } : {}) }
}
