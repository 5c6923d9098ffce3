import type { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { BRANCH_MODULE } from "../modules/branch"
import type BranchModuleService from "../modules/branch/service"

/** Where the store's own logo is kept: its Medusa store's metadata (one per install). */
export const STORE_LOGO_KEY = "kassa_logo_file_id"
export const MAX_LOGO_BYTES = 2 * 1024 * 1024

export type LogoKind = "png" | "jpeg"
export type Logo = { file_id: string; url: string; scope: "branch" | "store" }

/** What the bytes are, by their signature (not the name or the type the browser claimed). */
export function logoKind(bytes: Buffer): LogoKind | null {
  if (bytes.length > 8 && bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) return "png"
  if (bytes.length > 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return "jpeg"
  return null
}

/** Refuses (400) a file that is not a PNG or JPEG image, or is over 2 MB. */
export async function checkLogoFile(container: MedusaContainer, fileId: string): Promise<void> {
  const bytes = await logoBytes(container, fileId).catch(() => {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `File ${fileId} was not found: upload the logo first`)
  })
  if (bytes.length > MAX_LOGO_BYTES) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `The logo is ${(bytes.length / 1024 / 1024).toFixed(1)} MB: it must be 2 MB or less`)
  }
  if (!logoKind(bytes)) throw new MedusaError(MedusaError.Types.INVALID_DATA, "The logo is not an image: upload a PNG or JPEG file")
}

// A file's bytes never change under its id: receipts read a logo from here after the first time.
const bytesById = new Map<string, Promise<Buffer>>()
const MAX_CACHED = 32

/** A logo file's bytes (for PDFs and printers), kept in memory by file id. */
export function logoBytes(container: MedusaContainer, fileId: string): Promise<Buffer> {
  const cached = bytesById.get(fileId)
  if (cached) return cached
  if (bytesById.size >= MAX_CACHED) bytesById.delete(bytesById.keys().next().value!)
  const read = container.resolve(Modules.FILE).getAsBuffer(fileId) as Promise<Buffer>
  bytesById.set(fileId, read)
  read.catch(() => bytesById.delete(fileId))
  return read
}

/** The store's logo file id, if it has one. */
export async function storeLogoId(container: MedusaContainer): Promise<string | null> {
  const [store] = await container.resolve(Modules.STORE).listStores({}, { select: ["id", "metadata"], take: 1 })
  const id = store?.metadata?.[STORE_LOGO_KEY]
  return typeof id === "string" && id ? id : null
}

/** The logo printed for a branch: its own, else the store's, else none. */
export async function logoFor(container: MedusaContainer, stockLocationId: string | null): Promise<Logo | null> {
  const [branch] = stockLocationId
    ? await container.resolve<BranchModuleService>(BRANCH_MODULE).listBranches({ stock_location_id: stockLocationId }, { select: ["logo_file_id"], take: 1 })
    : []
  const own = branch?.logo_file_id ?? null
  const fileId = own ?? (await storeLogoId(container))
  if (!fileId) return null
  const file = await container
    .resolve(Modules.FILE)
    .retrieveFile(fileId)
    .catch(() => null)
  return file ? { file_id: fileId, url: file.url, scope: own ? "branch" : "store" } : null
}
