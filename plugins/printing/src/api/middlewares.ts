import { fromBody, fromQuery, validateAndTransformBody, validateAndTransformQuery } from "@kassa/core/kit"
import { defineMiddlewares } from "@medusajs/framework/http"
import { printingPlugin } from "../plugin"
import { SaveBarcodeSettingsSchema } from "./admin/kassa/printing/barcode-settings/validators"
import { PrintLabelsSchema } from "./admin/kassa/printing/labels/validators"
import {
  CreatePrinterSchema,
  ListPrintersSchema,
  ListPrintJobsSchema,
  ListPrintRoutesSchema,
  PrintReceiptSchema,
  SaleDocumentSchema,
  SalePrinterSchema,
  SetPrintRouteSchema,
  UpdatePrinterSchema,
} from "./admin/kassa/printing/validators"
import { printerBranch, printJobBranch, printRouteBranch, saleBranch } from "./branch-of"

const base = "/admin/kassa/printing"
const atPrinter = (policy: "printer:read" | "printer:configure") => printingPlugin.guard(policy, { branch: printerBranch, branchRequired: true })

export default defineMiddlewares({
  routes: [
    { matcher: `${base}/printers`, methods: ["GET"], middlewares: [printingPlugin.guard("printer:read", { branch: fromQuery("location_id") }), validateAndTransformQuery(ListPrintersSchema, {})] },
    {
      matcher: `${base}/printers`,
      methods: ["POST"],
      middlewares: [printingPlugin.guard("printer:configure", { branch: fromBody("location_id"), branchRequired: true }), validateAndTransformBody(CreatePrinterSchema)],
    },
    { matcher: `${base}/printers/:id`, methods: ["GET"], middlewares: [atPrinter("printer:read")] },
    { matcher: `${base}/printers/:id`, methods: ["POST"], middlewares: [atPrinter("printer:configure"), validateAndTransformBody(UpdatePrinterSchema)] },
    { matcher: `${base}/printers/:id`, methods: ["DELETE"], middlewares: [atPrinter("printer:configure")] },
    { matcher: `${base}/printers/:id/test-page`, methods: ["POST"], middlewares: [atPrinter("printer:configure")] },
    { matcher: `${base}/jobs`, methods: ["GET"], middlewares: [printingPlugin.guard("printer:read", { branch: fromQuery("location_id") }), validateAndTransformQuery(ListPrintJobsSchema, {})] },
    {
      matcher: `${base}/sales/:order_id/print`,
      methods: ["POST"],
      middlewares: [printingPlugin.guard("printer:print", { branch: saleBranch, branchRequired: true }), validateAndTransformBody(PrintReceiptSchema)],
    },
    { matcher: `${base}/jobs/:id/document`, methods: ["GET"], middlewares: [printingPlugin.guard("printer:read", { branch: printJobBranch, branchRequired: true })] },
    {
      matcher: `${base}/sales/:order_id/document`,
      methods: ["GET"],
      middlewares: [printingPlugin.guard("printer:print", { branch: saleBranch, branchRequired: true }), validateAndTransformQuery(SaleDocumentSchema, {})],
    },
    {
      matcher: `${base}/sales/:order_id/printer`,
      methods: ["GET"],
      middlewares: [printingPlugin.guard("printer:read", { branch: saleBranch, branchRequired: true }), validateAndTransformQuery(SalePrinterSchema, {})],
    },
    // The routing table: which printer prints which task, per branch, register and role.
    { matcher: `${base}/routing`, methods: ["GET"], middlewares: [printingPlugin.guard("printer:read", { branch: fromQuery("location_id") }), validateAndTransformQuery(ListPrintRoutesSchema, {})] },
    {
      matcher: `${base}/routing`,
      methods: ["POST"],
      middlewares: [printingPlugin.guard("printer:configure", { branch: fromBody("location_id"), branchRequired: true }), validateAndTransformBody(SetPrintRouteSchema)],
    },
    { matcher: `${base}/routing/:id`, methods: ["DELETE"], middlewares: [printingPlugin.guard("printer:configure", { branch: printRouteBranch, branchRequired: true })] },
    // Barcodes and labels: the numbering is store-wide (Manager); labels print at a branch.
    { matcher: `${base}/barcode-settings`, methods: ["GET"], middlewares: [printingPlugin.guard("barcode:configure")] },
    { matcher: `${base}/barcode-settings`, methods: ["POST"], middlewares: [printingPlugin.guard("barcode:configure"), validateAndTransformBody(SaveBarcodeSettingsSchema)] },
    {
      matcher: `${base}/labels`,
      methods: ["POST"],
      middlewares: [printingPlugin.guard("printer:print", { branch: fromBody("location_id"), branchRequired: true }), validateAndTransformBody(PrintLabelsSchema)],
    },
  ],
})
