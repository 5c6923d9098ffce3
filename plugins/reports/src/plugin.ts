import { defineKassaPlugin } from "@kassa/core/kit"

/**
 * Reports: what the business did, for the branches a manager runs. Owners and managers read the
 * dashboard and reports; an agent reads only their own sales (core's `sales:read_own`).
 */
export const reportsPlugin = defineKassaPlugin({
  id: "reports",
  name: "Reports",
  description: "The manager's dashboard, sales and financial reports, and their exports.",
  defaultEnabled: true,
  policies: {
    "reports:read": "See the dashboard and reports of one's branches, and export them",
  },
  adminPages: [{ path: "/dashboard", label: "Dashboard", policy: "reports:read" }],
  roles: {
    Manager: { policies: ["reports:read"] },
  },
})
