import { useMe } from "./queries"

/** The server's rule (core's access.ts): `*` grants everything, `resource:*` every operation on it. */
const grants = (policies: string[], policy: string) =>
  policies.includes("*") || policies.includes(policy) || policies.includes(`${policy.split(":")[0]}:*`)

/** What the signed-in staff member may do at a branch, to hide what the server would refuse. */
export function useAccess() {
  const { data: me } = useMe()
  const worksAt = (locationId: string) => !!me?.staff && (me.staff.all_branches || me.staff.branch_ids.includes(locationId))
  return { me, canAt: (policy: string, locationId: string) => !!me && grants(me.policies, policy) && worksAt(locationId) }
}
