import type { AdminPage } from "./types"

const within = (pathname: string, path: string) => pathname === path || pathname.startsWith(`${path}/`)

/** The declared page a dashboard path belongs to: the most specific one (/staff/roles over /staff). */
export const pageOf = (pages: AdminPage[], pathname: string) =>
  pages.filter((p) => within(pathname, p.path)).sort((a, b) => b.path.length - a.path.length)[0]

/**
 * CSS that hides the sidebar entries of refused pages. The dashboard offers no way to hide a
 * built-in entry for a user (its sidebar customisation is a preference each user edits), so
 * this targets its markup, the same in the main and the settings sidebar: an entry's link sits
 * in a tooltip's `div.w-full`, whose parent is the entry (a div, or an li when nested). The base
 * path (/app) is the dashboard's. A change to either breaks the first-day admin test, not the
 * server, which refuses these pages on its own.
 */
export function hiddenEntriesCss(pages: AdminPage[], base: string) {
  const links = pages.filter((p) => !p.allowed).flatMap((p) => [`a[href="${base}${p.path}"]`, `a[href^="${base}${p.path}?"]`])
  if (!links.length) return ""
  return `${links.map((a) => `:is(div, li):has(> div.w-full > ${a})`).join(",\n")} { display: none !important; }`
}
