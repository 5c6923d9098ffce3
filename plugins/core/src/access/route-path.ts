import type { MedusaRequest } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"

/** The 400 for a path segment whose percent-encoding does not decode. */
export const malformed = (segment: string) =>
  new MedusaError(MedusaError.Types.INVALID_DATA, `Malformed percent-encoding in the URL path: ${segment}`)

function decodeSegment(segment: string) {
  try {
    // A "/" spelled %2F stays inside its segment, as Express keeps it inside one parameter.
    return decodeURIComponent(segment).replaceAll("/", "%2F")
  } catch {
    throw malformed(segment)
  }
}

/**
 * The path of a request as every access rule compares it: percent-encoding decoded (as Express
 * decodes the parameters a handler reads), empty segments dropped (doubled and trailing
 * slashes). Letter case is kept for the ids in it; rules ignore it through `routeMatch`, as
 * Express's router does. Throws a 400 for malformed percent-encoding.
 */
export function routePathOf(req: MedusaRequest) {
  // From the mount point's view, as Express itself parses the URL (absolute-form targets too).
  const segments = `${req.baseUrl}${req.path}`.split("/").filter(Boolean)
  return `/${segments.map(decodeSegment).join("/")}`
}

/** Rules name the method of a route; HEAD runs a GET route's handler. */
export const routeMethodOf = (req: MedusaRequest) => (req.method === "HEAD" ? "GET" : req.method)

const insensitive = new WeakMap<RegExp, RegExp>()

/** Matches a canonical path against a rule's pattern without regard to letter case, as Express routes. */
export function routeMatch(path: string, pattern: RegExp) {
  let compiled = insensitive.get(pattern)
  if (!compiled) {
    compiled = pattern.flags.includes("i") ? pattern : new RegExp(pattern.source, `${pattern.flags}i`)
    insensitive.set(pattern, compiled)
  }
  return path.match(compiled)
}
