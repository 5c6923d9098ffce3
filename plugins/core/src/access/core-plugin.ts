import { defineKassaPlugin } from "./define-plugin"

const CORE_POLICIES = {
  "branch:manage": "Edit branches, their registers and which plugins they use",
  "staff:manage": "Add, edit and deactivate staff; manage admin users and invites",
  "role:manage": "Edit roles and the policies they grant",
  "product:write": "Create, edit and delete products, variants, categories and collections",
  "price:write": "Change prices and price lists",
  "cost:read": "See cost prices and margins",
  "inventory:write": "Change stock levels and reservations at a branch",
  "customer:write": "Create, edit and delete customers and customer groups",
  "customer:merge": "Find duplicate customers and merge one into another",
  "customer:archive": "Archive customers (kept with their orders, hidden from lists) and restore them",
  "order:read": "See orders",
  "order:write": "Edit, cancel, return, exchange and fulfil orders",
  "order:archive": "Archive completed or canceled orders (hidden from the order list, kept in reports) and restore them",
  "promotion:write": "Create and edit promotions and campaigns",
  "settings:manage": "Store settings, regions, taxes, sales channels, shipping and API keys",
  "settings:read": "See admin users, invites, API keys and roles",
  "report:read": "See reports and dashboards",
  "sales:read_own": "See one's own sales",
  "sales:read_all": "See every sale at one's branches",
}

/** Core's policies, which any plugin may also give a default role (a role it brings, say). */
export type CorePolicy = keyof typeof CORE_POLICIES

/**
 * The core plugin's own declaration: the policies of branches, staff and Medusa's admin, and
 * the default roles every install starts with; other plugins add their policies to these
 * roles, or bring roles of their own, in their own declarations.
 */
export const corePlugin = defineKassaPlugin({
  id: "core",
  name: "Kassa core",
  description: "Branches, registers, staff, roles and the access rules for Medusa's admin.",
  defaultEnabled: true,
  alwaysOn: true,
  policies: CORE_POLICIES,
  // Medusa's own pages that its guard refuses without a policy (medusa-admin-rules.ts), and core's.
  adminPages: [
    { path: "/orders", label: "Orders", policy: "order:read" },
    { path: "/settings/users", label: "Users", policy: "settings:read" },
    { path: "/settings/publishable-api-keys", label: "Publishable API keys", policy: "settings:read" },
    { path: "/settings/secret-api-keys", label: "Secret API keys", policy: "settings:read" },
    { path: "/settings/workflows", label: "Workflows", policy: "settings:read" },
    { path: "/branches", label: "Branches", policy: "branch:manage" },
    { path: "/staff", label: "Staff", policy: "staff:manage" },
    { path: "/staff/roles", label: "Roles", policy: "settings:read" },
    { path: "/customer-duplicates", label: "Duplicate customers", policy: "customer:merge" },
    { path: "/customer-archive", label: "Archived customers", policy: "customer:archive" },
    { path: "/order-archive", label: "Archived orders", policy: "order:archive" },
    // Markup pricing: rules and the price changes cost changes call for (changes need price:write).
    { path: "/pricing", label: "Pricing", policy: "cost:read" },
  ],
  roles: {
    Owner: { description: "Everything, at every branch", policies: ["*"] },
    Manager: {
      description: "Runs their branches: sales, stock, staff and reports",
      // settings:read: adding staff picks from admin users and roles.
      policies: [
        "branch:manage", "staff:manage", "settings:read", "product:write", "price:write", "cost:read", "inventory:write", "customer:write",
        "customer:merge", "customer:archive", "order:read", "order:write", "order:archive", "promotion:write", "report:read", "sales:read_own", "sales:read_all",
      ],
    },
    "Sales Agent": { description: "Sells and sees their own sales", policies: ["sales:read_own", "customer:write"] },
    Cashier: { description: "Sells at the counter; no price overrides", policies: ["sales:read_own", "customer:write"] },
  },
  events: {
    "kassa.customers.merged": "Duplicate customers were merged into one (the one kept and those merged into it)",
  },
})
