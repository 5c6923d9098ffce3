import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"

// Kassa's mark: a receipt with a "K". The admin sets its own (empty) icon; the counter page and
// its display have none, so browsers ask for /favicon.ico, which was a 404 in every console.
const ICON = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32">
<rect x="4" y="2" width="24" height="28" rx="4" fill="#1f2937"/>
<path d="M11 8v16M11 16l9-8M13.5 14l7 10" stroke="#fbbf24" stroke-width="3" stroke-linecap="round" stroke-linejoin="round" fill="none"/>
</svg>`

/** GET /favicon.ico: an SVG icon (browsers take it by its content type), cached for a day. */
export function serveFavicon(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  if (req.method !== "GET" && req.method !== "HEAD") return next()
  res.setHeader("cache-control", "public, max-age=86400")
  res.type("image/svg+xml").send(ICON)
}
