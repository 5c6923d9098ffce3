import Medusa from "@medusajs/js-sdk"

// Same-origin session auth: the admin is served by the Medusa server itself.
export const sdk = new Medusa({
  baseUrl: import.meta.env.VITE_BACKEND_URL || "/",
  auth: { type: "session" },
})
