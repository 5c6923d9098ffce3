import { boundaryViolations, extraExports, sourceFiles, specifiers, violation } from "../helpers/import-boundaries"

// Builds an import line at run time, so that this file's own samples are not imports of its own.
const line = (keyword: string, spec: string) => `${keyword}"${spec}"`

describe("one door between plugins", () => {
  it("no file imports another plugin's internals: plugins, app, tests and benches use kits", () => {
    expect(sourceFiles().length).toBeGreaterThan(100)
    expect(boundaryViolations()).toEqual([])
  })

  it("no plugin's package.json opens more than its kits, its admin and what Medusa resolves", () => {
    expect(extraExports()).toEqual([])
  })

  it("reads every way a file reaches another, and skips comments", () => {
    const text = [
      line("import { a } from ", "@kassa/pos/workflows"),
      line("export * from ", "./b"),
      line("import ", "./side-effect"),
      line("const c = await import(", "../c") + ")",
      line("const d = require(", "@kassa/core/modules/staff") + ")",
      line("jest.mock(", "@kassa/installments/tender/tender-id") + ")",
      "// " + line("import { e } from ", "@kassa/pos/cache/config-cache"),
      "/* " + line("import { f } from ", "@kassa/pos/scan/scan-index") + " */",
    ].join("\n")
    expect(specifiers(text)).toEqual([
      "@kassa/pos/workflows",
      "./b",
      "./side-effect",
      "../c",
      "@kassa/core/modules/staff",
      "@kassa/installments/tender/tender-id",
    ])
  })

  it("refuses internals, a plugin by its bare name, a plugin it may not name, and relative paths across plugins", () => {
    expect(violation("bench/pos/profile.ts", "@kassa/pos/cache/config-cache")).toMatch(/internals/)
    expect(violation("integration-tests/http/x.spec.ts", "@kassa/core/workflows")).toMatch(/internals/)
    expect(violation("plugins/warranty/src/x.ts", "@kassa/core/modules/staff")).toMatch(/internals/)
    expect(violation("src/scripts/x.ts", "@kassa/pos")).toMatch(/only medusa-config/)
    expect(violation("plugins/core/src/x.ts", "@kassa/pos/kit")).toMatch(/may not name/)
    expect(violation("plugins/pos/src/x.ts", "@kassa/installments/kit")).toMatch(/may not name/)
    expect(violation("plugins/warranty/src/x.ts", "@kassa/installments/kit")).toMatch(/may not name/)
    expect(violation("plugins/pos/src/a/x.ts", "../../../installments/src/kit")).toMatch(/leaves plugin pos/)
    expect(violation("integration-tests/http/x.spec.ts", "../../plugins/pos/src/scan/scan-index")).toMatch(/reaches into plugins\/pos/)
    expect(violation("plugins/pos/src/x.ts", "../../../src/scripts/seed")).toMatch(/leaves plugin pos/)
  })

  it("lets through kits, counter and admin entries, a plugin's own files and packages outside Kassa", () => {
    expect(violation("plugins/installments/src/x.ts", "@kassa/pos/kit")).toBeNull()
    expect(violation("plugins/installments/src/counter/x.tsx", "@kassa/pos/counter")).toBeNull()
    expect(violation("bench/pos/profile.ts", "@kassa/pos/kit")).toBeNull()
    expect(violation("plugins/pos/src/a/b.ts", "../c/d")).toBeNull()
    expect(violation("integration-tests/http/x.spec.ts", "../helpers/admin")).toBeNull()
    expect(violation("plugins/pos/src/x.ts", "@medusajs/framework/utils")).toBeNull()
  })
})
