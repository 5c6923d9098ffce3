// Browser tests drive Debian's Chromium through playwright-core (no browser download works on
// these machines). Found on PATH or at CHROMIUM_PATH; as root with apt-get, installed on demand.
const fs = require("node:fs")
const { execFileSync } = require("node:child_process")

const which = (name) => {
  try {
    return execFileSync("which", [name]).toString().trim()
  } catch {
    return null
  }
}

async function ensureChromium({ log = console.log } = {}) {
  const found = process.env.CHROMIUM_PATH || which("chromium") || which("chromium-browser")
  if (found && fs.existsSync(found)) return found
  if (process.getuid?.() === 0 && which("apt-get")) {
    log("Installing Debian's chromium for the browser tests (apt-get)…")
    execFileSync("apt-get", ["update", "-qq"], { stdio: "inherit" })
    execFileSync("apt-get", ["install", "-y", "-qq", "chromium"], {
      stdio: "inherit",
      env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" },
    })
    return which("chromium")
  }
  throw new Error("The browser tests need Chromium: install it (Debian: apt-get install -y chromium) or set CHROMIUM_PATH")
}

module.exports = { ensureChromium }
