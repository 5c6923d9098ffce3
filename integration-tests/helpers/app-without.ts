/**
 * A copy of the Kassa app with one plugin taken out, as a retailer would take it out: its line
 * in medusa-config.ts and its dependency in package.json gone, and no longer installed
 * (node_modules/@kassa lacks it). The copy shares everything else with the project through links.
 */
import fs from "node:fs"
import path from "node:path"
import { root } from "./kassa-process"

/** The app's medusa-config.ts without the plugin's entry; fails when there is no such entry. */
export function configWithout(config: string, pkg: string): string {
  const entry = new RegExp(`^\\s*\\{ resolve: "${pkg.replace("/", "\\/")}", options: \\{\\} \\},\\n`, "m")
  if (!entry.test(config)) throw new Error(`medusa-config.ts has no plugin entry for ${pkg}`)
  return config.replace(entry, "")
}

/** Builds the copy in `dir` and returns it: config and package.json edited, the rest linked. */
export function appWithout(pkg: string, dir: string): string {
  fs.mkdirSync(dir, { recursive: true })
  const manifest = JSON.parse(fs.readFileSync(path.join(root, "package.json"), "utf8"))
  if (!manifest.dependencies[pkg]) throw new Error(`package.json does not depend on ${pkg}`)
  delete manifest.dependencies[pkg]
  fs.writeFileSync(path.join(dir, "package.json"), JSON.stringify(manifest, null, 2))
  fs.writeFileSync(path.join(dir, "medusa-config.ts"), configWithout(fs.readFileSync(path.join(root, "medusa-config.ts"), "utf8"), pkg))
  fs.copyFileSync(path.join(root, "tsconfig.json"), path.join(dir, "tsconfig.json"))
  // Copied, not linked: `medusa build` compiles src/ into the copy, and the scripts find the
  // app's root from their own (real) location.
  fs.cpSync(path.join(root, "src"), path.join(dir, "src"), { recursive: true })
  fs.cpSync(path.join(root, "scripts"), path.join(dir, "scripts"), { recursive: true })

  const name = pkg.split("/")[1]
  // plugins/ without the removed one: the start-up builds (already built: skipped) the rest.
  fs.mkdirSync(path.join(dir, "plugins"))
  for (const plugin of fs.readdirSync(path.join(root, "plugins"))) {
    if (plugin !== name) fs.symlinkSync(path.join(root, "plugins", plugin), path.join(dir, "plugins", plugin))
  }
  // node_modules as after `npm install` without it: every package but the removed plugin.
  const modules = path.join(dir, "node_modules")
  fs.mkdirSync(path.join(modules, "@kassa"), { recursive: true })
  for (const entry of fs.readdirSync(path.join(root, "node_modules"))) {
    if (entry !== "@kassa") fs.symlinkSync(path.join(root, "node_modules", entry), path.join(modules, entry))
  }
  for (const plugin of fs.readdirSync(path.join(root, "node_modules", "@kassa"))) {
    if (plugin !== name) fs.symlinkSync(fs.realpathSync(path.join(root, "node_modules", "@kassa", plugin)), path.join(modules, "@kassa", plugin))
  }
  return dir
}
