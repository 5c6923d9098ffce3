import { defineKassaPlugin } from "@kassa/core/kit"

/**
 * Installment sales. It brings the Credit Officer role; escalated applications (above every
 * officer's limit) end with a manager; whoever sells may use the calculator.
 */
export const installmentsPlugin = defineKassaPlugin({
  id: "installments",
  name: "Installments",
  description: "Sell on installments: terms, schedules, credit-officer approval, collections and reminders.",
  defaultEnabled: true,
  policies: {
    "installment:calculate": "Use the installment calculator",
    "installment:read": "See installment plans, schedules and payments",
    "installment:approve": "Approve or reject installment applications (within one's approval limit)",
    "installment:approve_any": "Approve applications above any approval limit (escalations)",
    "installment:collect": "Record installment payments",
    "installment:configure": "Set a branch's installment terms",
  },
  adminPages: [
    { path: "/installments", label: "Installments", policy: "installment:read" },
    { path: "/installments/officers", label: "Approval limits", policy: "staff:manage" },
    { path: "/installments/calculator", label: "Installment calculator", policy: "installment:calculate" },
  ],
  // A credit officer starts at the applications waiting for a decision.
  adminHome: { path: "/installments?status=pending_approval", policy: "installment:approve", rank: 10 },
  roles: {
    "Credit Officer": {
      description: "Approves installment plans within their limit and records collections",
      policies: ["installment:approve", "installment:collect", "installment:read", "installment:calculate", "order:read", "customer:write"],
    },
    Manager: { policies: ["installment:calculate", "installment:read", "installment:collect", "installment:approve", "installment:approve_any"] },
    "Sales Agent": { policies: ["installment:calculate"] },
    Cashier: { policies: ["installment:calculate"] },
  },
  events: {
    "kassa.installments.plan_decided": "A credit officer approved or rejected an installment plan",
    "kassa.installments.payment_recorded": "An installment payment was recorded",
    "kassa.installments.plan_overdue": "Installments of a plan fell overdue (once per installment, on the day)",
  },
})
