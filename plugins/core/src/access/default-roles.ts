/**
 * The roles a new Kassa install starts with, after the reference's staff: an owner may edit
 * them (and add others) at any time. Branch scope is the staff member's, not the role's.
 */
export const DEFAULT_ROLES: { name: string; description: string; policies: string[] }[] = [
  { name: "Owner", description: "Everything, at every branch", policies: ["*"] },
  {
    name: "Manager",
    description: "Runs their branches: sales, stock, staff, reports and the audit log",
    policies: [
      // settings:read: adding staff picks from admin users and roles.
      "branch:manage", "staff:manage", "settings:read", "product:write", "price:write", "cost:read", "inventory:write", "customer:write",
      "order:read", "order:write", "promotion:write", "report:read", "audit:read",
      "pos:sell", "pos:override_price", "pos:void", "pos:refund", "pos:manage_drawers", "sales:read_own", "sales:read_all",
      // Escalated installment applications (above every credit officer's limit) end with a manager.
      "installment:calculate", "installment:read", "installment:collect", "installment:approve", "installment:approve_any",
      "warranty:read", "warranty:create", "warranty:update", "warranty:override", "warranty:configure",
    ],
  },
  {
    name: "Sales Agent",
    description: "Sells, sees their own sales, files warranty claims, uses the installment calculator",
    policies: ["pos:sell", "sales:read_own", "customer:write", "warranty:read", "warranty:create", "installment:calculate"],
  },
  {
    name: "Technician",
    description: "Works on warranty claims: repairs, replacements and defective stock",
    policies: ["warranty:read", "warranty:update"],
  },
  {
    name: "Credit Officer",
    description: "Approves installment plans within their limit and records collections",
    policies: ["installment:approve", "installment:collect", "installment:read", "installment:calculate", "order:read", "customer:write"],
  },
  { name: "Cashier", description: "Sells at the counter (installments too); no price overrides", policies: ["pos:sell", "sales:read_own", "customer:write", "installment:calculate"] },
]

type RoleStore = {
  listStaffRoles: (filters: object, config: { select: string[] }) => Promise<{ name: string }[]>
  createStaffRoles: (data: { name: string; description: string; policies: string[]; is_system: boolean }[]) => Promise<unknown>
}

/** Creates the default roles that do not exist yet (by name); edited ones are left as they are. */
export async function ensureDefaultRoles(staff: RoleStore) {
  const existing = new Set((await staff.listStaffRoles({}, { select: ["name"] })).map((r) => r.name))
  const missing = DEFAULT_ROLES.filter((r) => !existing.has(r.name))
  if (missing.length) await staff.createStaffRoles(missing.map((r) => ({ ...r, is_system: true })))
}
