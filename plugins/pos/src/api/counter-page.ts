import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import express from "express"
import fs from "node:fs"
import path from "node:path"

/** Where the plugin's build put the counter page (vite.counter-page.config.mts). */
const PAGE_DIR = path.resolve(__dirname, "..", "..", "counter-page")
const INDEX = path.join(PAGE_DIR, "index.html")

// Vite names the files under assets/ by their content hash: they may be kept for good.
const files = express.static(PAGE_DIR, {
  index: false,
  setHeaders: (res, file) => {
    if (path.relative(PAGE_DIR, file).startsWith(`assets${path.sep}`)) res.setHeader("cache-control", "public, max-age=31536000, immutable")
  },
})

/**
 * Serves the counter page under /pos (mounted without a method, so Express strips the prefix):
 * its built files as they are, and its HTML for every client-side route (/pos, /pos/display).
 * A missing file (a path with an extension) is a 404, never the HTML.
 */
export function serveCounterPage() {
  return (req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) => {
    if (req.method !== "GET" && req.method !== "HEAD") return next()
    files(req, res, () => {
      if (path.extname(req.path)) return res.status(404).type("text/plain").send(`Not found: /pos${req.path}`)
      if (!fs.existsSync(INDEX)) {
        return res.status(503).type("text/plain").send("The counter page is not built: run `npm run build` in plugins/pos")
      }
      // The HTML names the hashed assets of the current build: never keep an old copy.
      res.setHeader("cache-control", "no-cache")
      res.sendFile(INDEX)
    })
  }
}
