// The counter page (/pos) and the customer display (/pos/display): a React app served by the
// Medusa server itself (src/api/counter-page.ts), built into the plugin's output after
// `medusa plugin:build` (package.json `build`, scripts/lib/build.js).
import react from "@vitejs/plugin-react"
import path from "node:path"
import { fileURLToPath } from "node:url"
import { defineConfig } from "vite"

const here = path.dirname(fileURLToPath(import.meta.url))

export default defineConfig({
  root: path.join(here, "src/counter-page"),
  base: "/pos/",
  plugins: [react()],
  build: { outDir: path.join(here, ".medusa/server/counter-page"), emptyOutDir: true, chunkSizeWarningLimit: 1500 },
})
