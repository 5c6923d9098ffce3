import { defineWidgetConfig } from "@medusajs/admin-sdk"
import { Alert } from "@medusajs/ui"
import { useEffect } from "react"
import { useHref, useLocation, useNavigate, useNavigationType } from "react-router-dom"
import { hiddenEntriesCss, pageOf } from "../lib/admin-pages"
import { useMe } from "../lib/queries"

/**
 * The admin as each role sees it, from /admin/kassa/me. The topbar is the one widget zone on
 * every page, so this is where Kassa can act on the dashboard as a whole:
 * - the sidebar hides the pages the user cannot open;
 * - the dashboard's landing (it sends everyone to the order list, by a replace, after sign-in
 *   and from "/") goes to the user's own home instead: a cashier to the counter, a credit
 *   officer to the applications waiting;
 * - staff whose role requires a second factor they have not enrolled stay on their profile, where
 *   Medusa's MFA enrolment is, with the server's words for why;
 * - a refused page goes to core's access page, which says what is missing in words. Medusa's
 *   error boundary cannot: it shows a fixed text per status (none for 403) and, in a development
 *   build, the raw error with its stack. A route cannot replace a built-in one either (the
 *   dashboard's routes come first), so redirecting is the way in.
 * It renders nothing visible; the server refuses these pages whatever the admin shows.
 */
const AdminAccess = () => {
  const { data: me, isPending } = useMe()
  const { pathname } = useLocation()
  const navigationType = useNavigationType()
  const navigate = useNavigate()
  const base = useHref("/").replace(/\/$/, "")
  const admin = me?.admin

  const landed = pathname === "/orders" && navigationType === "REPLACE"
  const page = admin ? pageOf(admin.pages, pathname) : undefined
  const refused = page && !page.allowed ? `/access?page=${encodeURIComponent(page.path)}` : null
  const enrol = me?.enrolment_needed
  const target = !admin
    ? null
    : enrol
      ? pathname.startsWith(admin.home) ? null : admin.home
      : landed && admin.home !== "/orders" ? admin.home : refused

  useEffect(() => {
    if (target) navigate(target, { replace: true })
  }, [target, navigate])

  // Until /me answers, and while leaving a page, the page stays blank: a refused page's error
  // (the order list's 403 on landing) must not flash first.
  const blank = isPending || !!target
  const css = [blank ? "main { visibility: hidden; }" : "", admin ? hiddenEntriesCss(admin.pages, base) : ""].filter(Boolean).join("\n")
  return (
    <>
      {css && <style>{css}</style>}
      {enrol && (
        <Alert variant="warning" data-testid="enrolment-needed">
          {enrol}
        </Alert>
      )}
    </>
  )
}

export const config = defineWidgetConfig({ zone: "topbar", id: "kassa:admin-access" })

export default AdminAccess
