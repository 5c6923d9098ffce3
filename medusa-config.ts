import { defineConfig, loadEnv, Modules } from "@medusajs/framework/utils"
import path from "node:path"

loadEnv(process.env.NODE_ENV || "development", process.cwd())

const env = process.env
const redisUrl = env.REDIS_URL
const publicUrl = env.KASSA_PUBLIC_URL || `http://localhost:${env.PORT || 9000}`
const origins = env.KASSA_CORS || `http://localhost:${env.PORT || 9000},http://localhost:5173`

/** Vite takes aliases as a list or an object; ours are added to whichever the admin build has. */
type ViteAlias = { find: string | RegExp; replacement: string }
const toAliasList = (alias: unknown): ViteAlias[] =>
  !alias ? [] : Array.isArray(alias) ? alias : Object.entries(alias as Record<string, string>).map(([find, replacement]) => ({ find, replacement }))

// With REDIS_URL several server and worker processes share events, workflow state, locks and
// cache through Redis; without it Medusa's in-process modules serve a single process.
const redisModules = redisUrl
  ? [
      { key: Modules.EVENT_BUS, resolve: "@medusajs/medusa/event-bus-redis", options: { redisUrl } },
      { key: Modules.CACHE, resolve: "@medusajs/medusa/cache-redis", options: { redisUrl } },
      {
        key: Modules.WORKFLOW_ENGINE,
        resolve: "@medusajs/medusa/workflow-engine-redis",
        options: { redis: { redisUrl } },
      },
      {
        key: Modules.LOCKING,
        resolve: "@medusajs/medusa/locking",
        options: {
          providers: [
            { resolve: "@medusajs/medusa/locking-redis", id: "locking-redis", is_default: true, options: { redisUrl } },
          ],
        },
      },
    ]
  : []

// Receipts go out by e-mail through SMTP when SMTP_HOST is set; the admin's notification feed
// (Medusa's local provider, replaced when this module is configured) stays either way.
const notificationProviders = [
  { resolve: "@medusajs/medusa/notification-local", id: "local", options: { name: "Local Notification Provider", channels: ["feed"] } },
  ...(env.SMTP_HOST
    ? [
        {
          resolve: "@kassa/pos/providers/notification-nodemailer",
          id: "smtp",
          options: {
            channels: ["email"],
            host: env.SMTP_HOST,
            port: Number(env.SMTP_PORT || 587),
            secure: env.SMTP_SECURE === "true",
            user: env.SMTP_USER,
            pass: env.SMTP_PASS,
            from: env.SMTP_FROM || "Kassa <receipts@example.com>",
            ignore_tls: env.SMTP_IGNORE_TLS === "true",
          },
        },
      ]
    : []),
]

// The suite signs in thousands of staff: at Medusa's scrypt cost (logN 15, ~200 ms a hash on
// two cores) hashing was a tenth of its time. Only under NODE_ENV=test does the e-mail/password
// provider hash cheaper; everywhere else Medusa's own auth module and default stand.
const testAuth =
  env.NODE_ENV === "test"
    ? [
        {
          key: Modules.AUTH,
          resolve: "@medusajs/medusa/auth",
          options: {
            mfa: { encryption_key: env.AUTH_MFA_ENCRYPTION_KEY },
            providers: [{ resolve: "@medusajs/medusa/auth-emailpass", id: "emailpass", options: { hashConfig: { logN: 10, r: 8, p: 1 } } }],
          },
        },
      ]
    : []

module.exports = defineConfig({
  projectConfig: {
    databaseUrl: env.DATABASE_URL,
    redisUrl,
    workerMode: (env.MEDUSA_WORKER_MODE as "shared" | "worker" | "server") || "shared",
    http: {
      storeCors: env.STORE_CORS || origins,
      adminCors: env.ADMIN_CORS || origins,
      authCors: env.AUTH_CORS || origins,
      jwtSecret: env.JWT_SECRET || "supersecret",
      cookieSecret: env.COOKIE_SECRET || "supersecret",
    },
    // Production sets Secure cookies, which a browser never sends back over plain http: the
    // admin login would loop. KASSA_INSECURE_COOKIES=true is the explicit opt-out for a local
    // http start (npm start sets it); leave it unset behind https.
    ...(env.KASSA_INSECURE_COOKIES === "true" ? { cookieOptions: { secure: false, sameSite: "lax" as const } } : {}),
  },
  admin: {
    disable: env.KASSA_ADMIN_DISABLED === "true",
    backendUrl: env.MEDUSA_BACKEND_URL || "/",
    // The dashboard's country flags come from a CDN; src/admin/country-flag.tsx serves them from the build.
    vite: (config) => ({
      ...config,
      resolve: {
        ...config.resolve,
        alias: [
          ...toAliasList(config.resolve?.alias),
          { find: /^react-country-flag$/, replacement: path.join(__dirname, "src", "admin", "country-flag.tsx") },
        ],
      },
    }),
  },
  plugins: [
    // Audit first: its request middleware (who is behind each query, refusals recorded) must wrap
    // the others', core's staff check included; plugins' middlewares run in this order.
    { resolve: "@kassa/audit", options: {} },
    { resolve: "@kassa/core", options: {} },
    { resolve: "@kassa/pos", options: {} },
    { resolve: "@kassa/installments", options: {} },
    { resolve: "@kassa/warranty", options: {} },
    { resolve: "@kassa/printing", options: {} },
    { resolve: "@kassa/store-credit", options: {} },
    { resolve: "@kassa/preorders", options: {} },
    { resolve: "@kassa/loyalty", options: {} },
    { resolve: "@kassa/stock", options: {} },
    { resolve: "@kassa/webhooks", options: {} },
    { resolve: "@kassa/reports", options: {} },
  ],
  modules: [
    ...redisModules,
    ...testAuth,
    // Uploaded files (profile pictures, product images) are served at /static; scripts/kassa.js
    // links that folder into KASSA_DATA_DIR so rebuilds keep them.
    {
      key: Modules.FILE,
      resolve: "@medusajs/medusa/file",
      options: {
        providers: [{ resolve: "@medusajs/medusa/file-local", id: "local", options: { backend_url: `${publicUrl}/static` } }],
      },
    },
    // Medusa's system provider stays; Kassa's counter provider records what was paid at the till.
    {
      key: Modules.PAYMENT,
      resolve: "@medusajs/medusa/payment",
      options: { providers: [{ resolve: "@kassa/pos/providers/payment-counter", id: "counter" }] },
    },
    {
      key: Modules.NOTIFICATION,
      resolve: "@medusajs/medusa/notification",
      options: { providers: [...notificationProviders] },
    },
  ],
})
