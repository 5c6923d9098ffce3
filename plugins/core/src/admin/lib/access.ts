import { useMe } from "./queries"
import type { Staff } from "./types"

/** The server's rule (access/access.ts): `*` grants everything, `resource:*` every operation on it. */
export const grants = (policies: string[], policy: string) =>
  policies.includes("*") || policies.includes(policy) || policies.includes(`${policy.split(":")[0]}:*`)

/**
 * What the signed-in staff member may do, to hide buttons the server would refuse with 403.
 * Until /admin/kassa/me has answered, nothing is allowed.
 */
export function useAccess() {
  const { data: me } = useMe()
  const staff = me?.staff
  const can = (policy: string) => !!me && grants(me.policies, policy)
  const worksAt = (locationId: string) => !!staff && (staff.all_branches || staff.branch_ids.includes(locationId))
  return {
    me,
    can,
    allBranches: !!staff?.all_branches,
    canAt: (policy: string, locationId: string) => can(policy) && worksAt(locationId),
    /** The server's checkStaffInReach: a manager edits only staff who work nowhere else. */
    reaches: (other: Staff) =>
      !!staff && (staff.all_branches || (!other.all_branches && other.branch_ids.every(worksAt))),
  }
}
