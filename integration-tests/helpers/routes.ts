import { ApiLoader } from "@medusajs/framework/http"

export type LoadedRoute = { method: string; path: string }

/**
 * Records every route handler the app registers with Express (Medusa's and each plugin's), through
 * Medusa's own tracing hook. Call it at the top of a spec: the runner boots the app afterwards.
 */
export function recordLoadedRoutes(): LoadedRoute[] {
  const loaded: LoadedRoute[] = []
  const previous = ApiLoader.traceRoute
  ApiLoader.traceRoute = (handler, route) => {
    loaded.push({ method: route.method.toUpperCase(), path: route.route })
    return previous ? previous(handler, route) : handler
  }
  return loaded
}

const percentEncoded = (c: string) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`
const encodeFirstLetter = (text: string) => text.replace(/[a-z]/i, percentEncoded)

/**
 * A route pattern with its parameters filled, and other spellings of it: letter case, trailing and
 * doubled slashes, percent-encoded letters. Express sends some of them to the same handler (case,
 * one trailing slash, encoded letters in a parameter, which it decodes) and none elsewhere.
 */
export function spellingsOf(pattern: string, fill: (param: string) => string) {
  const segments = pattern
    .split("/")
    .filter(Boolean)
    .map((s) => (s.startsWith(":") ? { param: true, text: fill(s.slice(1)) } : { param: false, text: s }))
  const spell = (literal: (text: string, i: number) => string, param: (text: string) => string = (t) => t) =>
    `/${segments.map((s, i) => (s.param ? param(s.text) : literal(s.text, i))).join("/")}`
  const canonical = spell((t) => t)
  const last = segments.length - 1
  // Few spellings, each combining several changes: every request costs the guard's database reads.
  const variants = [
    `${spell((t) => t.toUpperCase(), encodeFirstLetter)}/`,
    spell((t) => t[0].toUpperCase() + t.slice(1)),
    spell((t, i) => (i === last ? encodeFirstLetter(t.toUpperCase()) : t)),
    canonical.replace(/\/([^/]*)$/, "//$1"),
  ]
  return { canonical, variants: [...new Set(variants)].filter((v) => v !== canonical) }
}
