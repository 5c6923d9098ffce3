import { useMe } from "./queries"

/** The server's rule (core's access.ts): `*` grants everything, `resource:*` every operation on it. */
const grants = (policies: string[], policy: string) =>
  policies.includes("*") || policies.includes(policy) || policies.includes(`${policy.split(":")[0]}:*`)

/**
 * What the signed-in staff may do with claims: undefined until /admin/kassa/me has answered, so
 * nothing flashes a refusal while it loads. Branches are those they work at with warranty on.
 */
export function useWarrantyAccess() {
  const { data: me, error } = useMe()
  const may = (policy: string) => (me ? grants(me.policies, policy) : error ? false : undefined)
  return {
    canRead: may("warranty:read"),
    canCreate: may("warranty:create"),
    canUpdate: may("warranty:update"),
    canOverride: may("warranty:override"),
    canConfigure: may("warranty:configure"),
    branches: (me?.branches ?? []).filter((b) => b.plugins.warranty !== false),
  }
}
