import { MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { checkLogoFile, STORE_LOGO_KEY } from "../../../branding/logo"
import { BRANCH_MODULE } from "../../../modules/branch"
import type BranchModuleService from "../../../modules/branch/service"

/** `stock_location_id`: that branch's own logo; none: the store's. `file_id` null removes it. */
export type SetLogoInput = { stock_location_id?: string; file_id: string | null }

type Previous = { stock_location_id?: string; file_id: string | null }

async function save(container: Parameters<typeof checkLogoFile>[0], { stock_location_id, file_id }: Previous): Promise<Previous> {
  if (stock_location_id) {
    const branches = container.resolve<BranchModuleService>(BRANCH_MODULE)
    const [branch] = await branches.listBranches({ stock_location_id }, { select: ["id", "logo_file_id"] })
    if (!branch) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Stock location ${stock_location_id} is not a Kassa branch`)
    await branches.updateBranches({ id: branch.id, logo_file_id: file_id })
    return { stock_location_id, file_id: branch.logo_file_id ?? null }
  }
  const stores = container.resolve(Modules.STORE)
  const [store] = await stores.listStores({}, { select: ["id", "metadata"], take: 1 })
  const metadata = { ...(store.metadata ?? {}) }
  const before = typeof metadata[STORE_LOGO_KEY] === "string" ? (metadata[STORE_LOGO_KEY] as string) : null
  // Medusa deletes a metadata key given as "".
  await stores.updateStores(store.id, { metadata: { ...metadata, [STORE_LOGO_KEY]: file_id ?? "" } })
  return { file_id: before }
}

/**
 * Checks the file (a PNG or JPEG of 2 MB at most, by its bytes) and makes it the store's or the
 * branch's logo; undone, the previous logo is back. The file itself stays (old receipts' history).
 */
export const setLogoStep = createStep(
  "kassa-set-logo",
  async (input: SetLogoInput, { container }) => {
    if (input.file_id) await checkLogoFile(container, input.file_id)
    const previous = await save(container, input)
    return new StepResponse(input.file_id, previous)
  },
  async (previous, { container }) => {
    if (previous) await save(container, previous)
  }
)
