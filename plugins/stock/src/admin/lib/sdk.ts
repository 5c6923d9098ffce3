import Medusa from "@medusajs/js-sdk"

// The admin is served by the Medusa server itself, so "/" reaches it with the session cookie.
const baseUrl = import.meta.env.VITE_BACKEND_URL || "/"

export const sdk = new Medusa({ baseUrl, auth: { type: "session" } })
