/**
 * What a route does, in words: its row of the plugin README's routes table
 * (`| \`GET /admin/kassa/x\`, \`POST /admin/kassa/x\` | what |`), else the JSDoc above the
 * handler in its built route file.
 */
export function readmeSummaries(readme: string): Map<string, string> {
  const out = new Map<string, string>()
  for (const line of readme.split("\n")) {
    if (!/^\|.*\|\s*$/.test(line)) continue
    // Cells split on unescaped pipes: | route(s) | [policy |] what |
    const cells = line.trim().slice(1, -1).split(/(?<!\\)\|/).map((c) => c.trim().replace(/\\\|/g, "|"))
    if (cells.length < 2) continue
    const what = cells[cells.length - 1]
    const policy = cells.slice(1, -1).join(", ")
    for (const m of cells[0].matchAll(/`(GET|POST|PUT|PATCH|DELETE) (\/[^`\s?]+)[^`]*`/g)) {
      const key = routeKey(m[1], m[2])
      if (!out.has(key)) out.set(key, policy ? `${what} (${policy})` : what)
    }
  }
  return out
}

/** One key for a method and path, whatever its parameters are called. */
export const routeKey = (method: string, path: string) => `${method} ${path.replace(/:[^/]+/g, ":").toLowerCase()}`

/** The JSDoc comment right above `const GET =` / `function GET(` in a compiled route file. */
export function jsdocSummary(source: string, method: string): string | undefined {
  const m = source.match(new RegExp(`/\\*\\*((?:(?!\\*/)[\\s\\S])*)\\*/\\s*(?:const|async function|function)\\s+${method}\\b`))
  return m?.[1].replace(/^\s*\* ?/gm, "").replace(/\s+/g, " ").trim() || undefined
}
