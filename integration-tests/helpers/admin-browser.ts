/**
 * Medusa's admin dashboard for a browser test on the HTTP test runner's server, which runs with
 * the admin switched off (@medusajs/test-utils disables it). A small front server serves the
 * dashboard's production build at /app the way `medusa start` does (admin-bundler's `serve`,
 * built first if stale, as `npm start` builds it) and passes every other request (/admin, /auth,
 * /static, /pos…) to the test server, so the dashboard talks to it as to its own origin.
 *
 * Start it before the runner boots and point KASSA_PUBLIC_URL at it (`adminFront`): uploaded
 * files' URLs (a logo on a receipt) then load in the browser through it.
 */
import { serve } from "@medusajs/admin-bundler"
import express from "express"
import http from "node:http"
import type { AddressInfo } from "node:net"
import path from "node:path"
import type { Page } from "playwright-core"
import { TEST_PASSWORD } from "./admin"

const { buildApp, root } = require("../../scripts/lib/build.js") as { buildApp: (o: { log: (s: string) => void }) => Promise<void>; root: string }

export type AdminFront = { base: string; setBackend(url: string): void; close(): Promise<void> }

export async function adminFront(): Promise<AdminFront> {
  let backend = ""
  const app = express()
  // The router is made once the build exists (first request), so the front can listen before
  // the test server boots and its URL be the files' public URL.
  let admin: Promise<express.Router> | null = null
  app.use("/app", (req, res, next) => {
    admin ??= buildApp({ log: () => undefined }).then(() => serve({ outDir: path.join(root, ".medusa", "server", "public", "admin") }) as Promise<express.Router>)
    admin.then((router) => router(req, res, next), next)
  })
  app.use((req, res) => {
    const target = new URL(req.originalUrl, backend)
    // The browser sees one origin; the test server gets the request as its own.
    const { origin: _origin, referer: _referer, host: _host, ...headers } = req.headers
    const upstream = http.request(target, { method: req.method, headers: { ...headers, host: target.host } }, (answer) => {
      res.writeHead(answer.statusCode ?? 502, answer.headers)
      answer.pipe(res)
    })
    upstream.on("error", (e) => {
      res.statusCode = 502
      res.end(`The test server did not answer: ${e.message}`)
    })
    req.pipe(upstream)
  })
  const server = http.createServer(app)
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve))
  return {
    base: `http://localhost:${(server.address() as AddressInfo).port}`,
    setBackend: (url: string) => (backend = url),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}

/** Builds the dashboard now if stale (about 30 s, up to minutes on a busy machine), so the first page load does not wait on it. */
export const buildAdmin = () => buildApp({ log: () => undefined })

/** Signs in to the dashboard at `base` as a staff user created by staffHeaders (the tests' password). */
export async function signInToAdmin(page: Page, base: string, email: string) {
  await page.goto(`${base}/app/login`)
  await page.fill("input[name=email]", email)
  await page.fill("input[name=password]", TEST_PASSWORD)
  await page.click("button[type=submit]")
  await page.waitForURL((url) => !url.pathname.includes("login"), { timeout: 60000 })
}
