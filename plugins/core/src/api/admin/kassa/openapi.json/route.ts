import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { buildOpenApiDocument, type OpenApiDocument } from "../../../../openapi/document"

// Built at the first request: the routes and validators are fixed once the server has loaded them.
let built: Promise<OpenApiDocument> | undefined

/** The OpenAPI 3.1 document of every Kassa route the server loads, from its validators (any staff member or API key with access). */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  built ??= buildOpenApiDocument(req.scope).catch((e) => {
    built = undefined
    throw e
  })
  res.json(await built)
}
