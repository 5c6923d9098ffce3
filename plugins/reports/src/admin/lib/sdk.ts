import Medusa from "@medusajs/js-sdk"

// The admin is served by the Medusa server itself, so "/" reaches it with the session cookie.
const baseUrl = import.meta.env.VITE_BACKEND_URL || "/"

export const sdk = new Medusa({ baseUrl, auth: { type: "session" } })

/** The API's origin and path prefix, for links the browser follows itself (exports). */
export const apiUrl = (path: string) => `${baseUrl.replace(/\/$/, "")}${path}`
