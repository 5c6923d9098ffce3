import { defineKassaPlugin } from "./define-plugin"

/** The core plugin's own declaration: the policies of branches, staff and Medusa's admin. */
export const corePlugin = defineKassaPlugin({
  id: "core",
  name: "Kassa core",
  description: "Branches, registers, staff, roles and the access rules for Medusa's admin.",
  defaultEnabled: true,
  alwaysOn: true,
  policies: {
    "branch:manage": "Edit branches, their registers and which plugins they use",
    "staff:manage": "Add, edit and deactivate staff; manage admin users and invites",
    "role:manage": "Edit roles and the policies they grant",
    "product:write": "Create, edit and delete products, variants, categories and collections",
    "price:write": "Change prices and price lists",
    "cost:read": "See cost prices and margins",
    "inventory:write": "Change stock levels and reservations at a branch",
    "customer:write": "Create, edit and delete customers and customer groups",
    "order:read": "See orders",
    "order:write": "Edit, cancel, return, exchange and fulfil orders",
    "promotion:write": "Create and edit promotions and campaigns",
    "settings:manage": "Store settings, regions, taxes, sales channels, shipping and API keys",
    "settings:read": "See admin users, invites, API keys and roles",
    "report:read": "See reports and dashboards",
    "sales:read_own": "See one's own sales",
    "sales:read_all": "See every sale at one's branches",
  },
})
