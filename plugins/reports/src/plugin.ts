import { defineKassaPlugin } from "@kassa/core/kit"

/**
 * Reports: what the business did, for the branches a manager runs. Owners and managers read the
 * dashboard and reports. An agent's own sales are core's `sales:read_own` (core declares it and
 * gives it to Managers, Sales Agents and Cashiers).
 */
export const reportsPlugin = defineKassaPlugin({
  id: "reports",
  name: "Reports",
  description: "The manager's dashboard, sales and financial reports, and their exports.",
  defaultEnabled: true,
  policies: {
    "reports:read": "See the dashboard and reports of one's branches, and export them",
  },
  adminPages: [
    { path: "/dashboard", label: "Dashboard", policy: "reports:read" },
    { path: "/sales-report", label: "Sales report", policy: "reports:read" },
  ],
  roles: {
    Manager: { policies: ["reports:read"] },
  },
})
