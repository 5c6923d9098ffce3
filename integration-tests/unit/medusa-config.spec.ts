type Module = { resolve: string; options?: { providers?: { resolve: string; options: Record<string, string> }[] } }

/** medusa-config.ts reads the environment once: each case loads it afresh with its own. */
function loadConfig(env: Record<string, string | undefined>) {
  const saved = { ...process.env }
  Object.assign(process.env, env)
  for (const [k, v] of Object.entries(env)) if (v === undefined) delete process.env[k]
  try {
    let config: { projectConfig: Record<string, unknown>; modules: Record<string, Module> } | undefined
    jest.isolateModules(() => {
      config = require("../../medusa-config")
    })
    return config!
  } finally {
    process.env = saved
  }
}

describe("medusa-config", () => {
  it("keeps Medusa's secure session cookies unless plain http is asked for explicitly", () => {
    expect(loadConfig({ KASSA_INSECURE_COOKIES: undefined }).projectConfig.cookieOptions).toBeUndefined()
    expect(loadConfig({ KASSA_INSECURE_COOKIES: "true" }).projectConfig.cookieOptions).toEqual({ secure: false, sameSite: "lax" })
  })

  it("uses Medusa's Redis modules only with REDIS_URL", () => {
    const infra = (env: Record<string, string | undefined>) => {
      const { modules } = loadConfig(env)
      return [modules.event_bus, modules.cache, modules.workflows].map((m) => m.resolve).concat(
        (modules.locking.options?.providers ?? []).map((p) => p.resolve)
      )
    }
    expect(infra({ REDIS_URL: undefined })).toEqual([
      "@medusajs/medusa/event-bus-local",
      "@medusajs/medusa/cache-inmemory",
      "@medusajs/medusa/workflow-engine-inmemory",
    ])
    expect(infra({ REDIS_URL: "redis://127.0.0.1:6379" })).toEqual([
      "@medusajs/medusa/event-bus-redis",
      "@medusajs/medusa/cache-redis",
      "@medusajs/medusa/workflow-engine-redis",
      "@medusajs/medusa/locking-redis",
    ])
  })

  it("serves uploads at the public address on the configured port", () => {
    const { modules } = loadConfig({ PORT: "9300", KASSA_PUBLIC_URL: undefined })
    expect(modules.file.options?.providers?.[0].options.backend_url).toBe("http://localhost:9300/static")
  })
})
