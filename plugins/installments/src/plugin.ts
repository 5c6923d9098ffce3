import { defineKassaPlugin } from "@kassa/core/kit"

/** Installment sales: policies granted by the default Manager, Sales Agent and Credit Officer roles. */
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
})
