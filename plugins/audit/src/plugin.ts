import { defineKassaPlugin } from "@kassa/core/kit"

/** The audit log is always on: switching it off per branch would defeat it. */
export const auditPlugin = defineKassaPlugin({
  id: "audit",
  name: "Audit log",
  description: "Who changed what, when, from what to what, in a log the database will not let anyone rewrite.",
  defaultEnabled: true,
  alwaysOn: true,
  policies: {
    "audit:read": "Read, search and export the audit log and verify its chain",
  },
  adminPages: [{ path: "/audit", label: "Audit log", policy: "audit:read" }],
  roles: { Manager: { policies: ["audit:read"] } },
})
