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
})
