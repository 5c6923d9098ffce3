import { useLocations, useMe } from "./queries"

/** The server's rule: `*` grants everything, `resource:*` every operation on it. */
export const grants = (policies: string[], policy: string) =>
  policies.includes("*") || policies.includes(policy) || policies.includes(`${policy.split(":")[0]}:*`)

/**
 * What the signed-in staff member may do, to hide what the server would refuse with 403: a
 * policy, at a branch they work at where store credit is switched on.
 */
export function useAccess() {
  const { data: me } = useMe()
  const worksAt = (locationId: string) => !!me?.branches.some((b) => b.stock_location_id === locationId && b.plugins["store-credit"] !== false)
  const can = (policy: string) => !!me && grants(me.policies, policy)
  return { me, can, worksAt, canAt: (policy: string, locationId: string) => can(policy) && worksAt(locationId) }
}

/**
 * The branches a list may be filtered by: any for a staff member of every branch, else their own
 * (the server checks too), and every stock location's name for the rows.
 */
export function useBranchChoices() {
  const { me, worksAt } = useAccess()
  const locations = useLocations()
  const branches = (locations.data ?? []).filter((l) => me?.staff?.all_branches !== false || worksAt(l.id))
  const branchName = (id: string) => locations.data?.find((l) => l.id === id)?.name ?? id
  return { branches, branchName }
}
