import { useMe } from "./queries"

/** The server's rule (core's access.ts): `*` grants everything, `resource:*` every operation on it. */
const grants = (policies: string[], policy: string) =>
  policies.includes("*") || policies.includes(policy) || policies.includes(`${policy.split(":")[0]}:*`)

/**
 * Whether the signed-in staff may read the log: undefined until /admin/kassa/me has answered,
 * so nothing flashes a refusal while it loads. Staff of some branches filter by those only.
 */
export function useAuditAccess() {
  const { data: me, error } = useMe()
  const staff = me?.staff ?? null
  return {
    canRead: me ? grants(me.policies, "audit:read") : error ? false : undefined,
    worksAt: (locationId: string) => !!staff && (staff.all_branches || staff.branch_ids.includes(locationId)),
  }
}
