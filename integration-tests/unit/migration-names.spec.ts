import fs from "node:fs"
import path from "node:path"

/**
 * Medusa records every module's migrations by class name in one `mikro_orm_migrations` table:
 * a migration named like another module's is taken as already run, and its tables never appear.
 */
describe("module migrations", () => {
  it("have names no other module uses", () => {
    const plugins = path.join(__dirname, "../../plugins")
    const seen = new Map<string, string>()
    const clashes: string[] = []
    for (const plugin of fs.readdirSync(plugins)) {
      const modules = path.join(plugins, plugin, "src", "modules")
      if (!fs.existsSync(modules)) continue
      for (const module of fs.readdirSync(modules)) {
        const dir = path.join(modules, module, "migrations")
        if (!fs.existsSync(dir)) continue
        for (const file of fs.readdirSync(dir).filter((f) => /^Migration\d+\.ts$/.test(f))) {
          const where = `${plugin}/${module}`
          const name = file.replace(/\.ts$/, "")
          if (seen.has(name)) clashes.push(`${name}: ${seen.get(name)} and ${where}`)
          else seen.set(name, where)
        }
      }
    }
    expect(seen.size).toBeGreaterThan(5)
    expect(clashes).toEqual([])
  })
})
