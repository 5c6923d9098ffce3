import { defineKassaPlugin } from "@kassa/core/kit"

/** Warranty claims: sales agents file them, managers and technicians move them on. */
export const warrantyPlugin = defineKassaPlugin({
  id: "warranty",
  name: "Warranty",
  description: "Warranty claims by serial number or receipt, replacements and defective stock.",
  defaultEnabled: true,
  policies: {
    "warranty:create": "File warranty claims",
    "warranty:update": "Move warranty claims through their states, replace units, manage defective stock",
    "warranty:read": "See warranty claims and defective stock",
    "warranty:configure": "Set warranty policies of products and categories",
    "warranty:override": "File a claim outside its repair or replacement window",
  },
  adminPages: [
    { path: "/warranty", label: "Warranty", policy: "warranty:read" },
    { path: "/warranty/defective", label: "Defective stock", policy: "warranty:read" },
  ],
  // A technician starts at the claims to work on.
  adminHome: { path: "/warranty", policy: "warranty:update", rank: 20 },
  roles: {
    Technician: { description: "Works on warranty claims: repairs, replacements and defective stock", policies: ["warranty:read", "warranty:update"] },
    Manager: { policies: ["warranty:read", "warranty:create", "warranty:update", "warranty:override", "warranty:configure"] },
    "Sales Agent": { policies: ["warranty:read", "warranty:create"] },
  },
  events: {
    "kassa.warranty.claim_status_changed": "A warranty claim was filed or moved to another status",
  },
})
