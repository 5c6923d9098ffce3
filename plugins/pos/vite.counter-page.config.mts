// The counter page (/pos) and the customer display (/pos/display): a React app served by the
// Medusa server itself (src/api/counter-page.ts), built into the plugin's output after
// `medusa plugin:build` (scripts/lib/build.js), with the counter extensions of the plugins the
// app lists in medusa-config (counter-extensions.mts).
import react from "@vitejs/plugin-react"
import path from "node:path"
import { fileURLToPath } from "node:url"
import { defineConfig } from "vite"
import { counterExtensions } from "./counter-extensions.mts"

const here = path.dirname(fileURLToPath(import.meta.url))

export default defineConfig({
  root: path.join(here, "src/counter-page"),
  base: "/pos/",
  plugins: [react(), counterExtensions(here)],
  // One React and one @medusajs/ui for the page and every extension, wherever each plugin sits.
  resolve: { dedupe: ["react", "react-dom", "@medusajs/ui"] },
  build: { outDir: path.join(here, ".medusa/server/counter-page"), emptyOutDir: true, chunkSizeWarningLimit: 1500 },
})
