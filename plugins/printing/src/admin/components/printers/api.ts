import { toast } from "@medusajs/ui"
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { apiUrl, sdk } from "../../lib/sdk"

const base = "/admin/kassa/printing"

export const PRINT_TASKS = ["receipt", "invoice", "gift_receipt", "return_slip", "z_report", "preorder_slip", "installment_slip", "barcode_label", "claim_slip"] as const
export const PRINTER_ROLES = ["receipt", "kitchen", "label", "report"] as const
export const PRINTER_KINDS = { network: "Network printer (ESC/POS)", browser: "The counter's browser", pdf: "PDF (kept in the print history)" } as const
/** The encoder's code pages (escpos/code-pages.ts), for a printer whose firmware lacks CP437/CP858. */
export const CODE_PAGES = [
  "cp437", "cp850", "cp852", "cp857", "cp858", "cp860", "cp863", "cp865", "cp866", "windows1250", "windows1251", "windows1252",
  "windows1253", "windows1254", "windows1257", "windows1258", "iso8859-15", "epson/katakana", "thai11", "thai42", "tcvn3",
] as const
export const JOB_STATUSES = ["pending", "printing", "done", "failed"] as const

export type Printer = {
  id: string
  name: string
  stock_location_id: string
  register_id: string | null
  kind: keyof typeof PRINTER_KINDS
  host: string | null
  port: number
  paper_width: 58 | 80
  code_page: string | null
  has_cutter: boolean
  role: (typeof PRINTER_ROLES)[number]
  cash_drawer: boolean
  is_active: boolean
  last_success_at: string | null
  last_error: string | null
  last_error_at: string | null
}
export type PrinterInput = Pick<Printer, "name" | "register_id" | "kind" | "host" | "port" | "paper_width" | "code_page" | "has_cutter" | "role" | "cash_drawer" | "is_active">

export type PrintRoute = { id: string; stock_location_id: string; task: (typeof PRINT_TASKS)[number]; register_id: string | null; role_id: string | null; printer_id: string }

export type PrintJob = {
  id: string
  printer_id: string
  stock_location_id: string
  kind: "receipt" | "reprint" | "test" | "label" | "return_slip" | "gift_receipt" | "invoice" | "z_report" | "claim_slip" | "installment_slip" | "preorder_slip"
  format: "escpos" | "pdf"
  order_id: string | null
  receipt_number: string | null
  status: (typeof JOB_STATUSES)[number]
  attempts: number
  max_attempts: number
  last_error: string | null
  printed_at: string | null
  created_at: string
}
/** What the print history can print again for a sale. */
export type SaleDocument = "receipt" | "gift_receipt" | "invoice"
export type JobFilters = { location_id?: string; printer_id?: string; status?: string }

/** Every key starts with "kassa", as the other plugins' admin keys do. */
const keys = {
  printers: (locationId?: string) => ["kassa", "printing", "printers", locationId ?? "all"],
  routes: (locationId: string) => ["kassa", "printing", "routing", locationId],
  jobs: ["kassa", "printing", "jobs"],
  branch: (locationId: string) => ["kassa", "printing", "branch", locationId],
  roles: ["kassa", "printing", "roles"],
  locations: ["kassa", "printing", "locations"],
}

const clean = (f: Record<string, unknown>) => Object.fromEntries(Object.entries(f).filter(([, v]) => v !== undefined && v !== ""))
const failed = (e: unknown) => toast.error(e instanceof Error ? e.message : String(e))

export const usePrinters = (locationId?: string) =>
  useQuery({
    queryKey: keys.printers(locationId),
    queryFn: () => sdk.client.fetch<{ printers: Printer[] }>(`${base}/printers`, { query: clean({ location_id: locationId, limit: 200 }) }),
    select: (d) => d.printers,
  })

export const useRoutes = (locationId: string) =>
  useQuery({
    queryKey: keys.routes(locationId),
    queryFn: () => sdk.client.fetch<{ print_routes: PrintRoute[] }>(`${base}/routing`, { query: { location_id: locationId, limit: 500 } }),
    select: (d) => d.print_routes,
  })

export const useJobs = (filters: JobFilters, limit = 50) =>
  useQuery({
    queryKey: [...keys.jobs, filters, limit],
    queryFn: () => sdk.client.fetch<{ print_jobs: PrintJob[]; count: number }>(`${base}/jobs`, { query: clean({ ...filters, limit }) }),
    refetchInterval: 5_000,
    retry: false,
  })

/** The branch's registers (core's branch record). */
export const useRegisters = (locationId: string) =>
  useQuery({
    queryKey: keys.branch(locationId),
    queryFn: () => sdk.client.fetch<{ branch: { registers: { id: string; code: string; name: string }[] } }>(`/admin/kassa/branches/${locationId}`),
    select: (d) => d.branch.registers,
    retry: false,
  })

/** Kassa's roles; empty for staff who may not read settings (routes then show role ids). */
export const useRoles = () =>
  useQuery({
    queryKey: keys.roles,
    queryFn: () => sdk.client.fetch<{ roles: { id: string; name: string }[] }>("/admin/kassa/roles").catch(() => ({ roles: [] })),
    select: (d) => d.roles,
    staleTime: 5 * 60 * 1000,
  })

export const useLocations = () =>
  useQuery({
    queryKey: keys.locations,
    queryFn: () => sdk.client.fetch<{ stock_locations: { id: string; name: string }[] }>("/admin/stock-locations", { query: { fields: "id,name", limit: 100 } }),
    select: (d) => d.stock_locations,
    staleTime: 5 * 60 * 1000,
  })

/** Calls that change printers, routes or the queue; each refreshes what it changed and toasts its error. */
export function usePrintingActions(locationId?: string) {
  const client = useQueryClient()
  const refresh = () => client.invalidateQueries({ queryKey: ["kassa", "printing"] })
  const useCall = <I,>(fn: (input: I) => Promise<unknown>, done?: string) =>
    useMutation({
      mutationFn: fn,
      onSuccess: () => {
        if (done) toast.success(done)
        void refresh()
      },
      onError: failed,
    })
  return {
    addPrinter: useCall((p: PrinterInput) => sdk.client.fetch(`${base}/printers`, { method: "POST", body: { ...p, location_id: locationId } }), "Printer added"),
    updatePrinter: useCall(({ id, ...p }: Partial<PrinterInput> & { id: string }) => sdk.client.fetch(`${base}/printers/${id}`, { method: "POST", body: p }), "Printer saved"),
    removePrinter: useCall((id: string) => sdk.client.fetch(`${base}/printers/${id}`, { method: "DELETE" }), "Printer removed"),
    testPage: useCall((id: string) => sdk.client.fetch(`${base}/printers/${id}/test-page`, { method: "POST" }), "Test page queued"),
    setRoute: useCall((r: Omit<PrintRoute, "id" | "stock_location_id">) => sdk.client.fetch(`${base}/routing`, { method: "POST", body: { ...r, location_id: locationId } }), "Route saved"),
    removeRoute: useCall((id: string) => sdk.client.fetch(`${base}/routing/${id}`, { method: "DELETE" }), "Route removed"),
    reprint: useCall(
      ({ orderId, document }: { orderId: string; document: SaleDocument }) =>
        sdk.client.fetch<{ print_job: PrintJob | null; print_in_browser?: boolean }>(`${base}/sales/${orderId}/print`, { method: "POST", body: { document } }).then((r) => {
          toast.success(r.print_job ? `${taskLabel(document)} ${r.print_job.status === "done" ? "kept as a PDF" : "queued"}` : `${taskLabel(document)}: routed to the counter's browser`)
          return r
        })
    ),
  }
}

type Me = { policies: string[]; branches: { stock_location_id: string; plugins: Record<string, boolean> }[] }

/**
 * Whether the signed-in staff member holds `policy` at a branch where printing is on (core's GET
 * me; its key is the one the other plugins' admin use, so they share one answer): hides what the
 * server would refuse.
 */
export function useCanAt(policy: string, locationId: string) {
  const { data: me } = useQuery({ queryKey: ["kassa", "me"], queryFn: () => sdk.client.fetch<Me>("/admin/kassa/me"), staleTime: 60 * 1000 })
  if (!me) return false
  const granted = me.policies.includes("*") || me.policies.includes(policy) || me.policies.includes(`${policy.split(":")[0]}:*`)
  return granted && me.branches.some((b) => b.stock_location_id === locationId && b.plugins.printing !== false)
}

export const taskLabel = (task: string) => task.charAt(0).toUpperCase() + task.slice(1).replace(/_/g, " ")
export const when = (at: string | null) => (at ? new Date(at).toLocaleString() : "–")

/** A PDF printer's document: a link the browser follows itself, the session cookie with it. */
export const jobPdfUrl = (job: PrintJob) => apiUrl(`${base}/jobs/${job.id}/document`)
