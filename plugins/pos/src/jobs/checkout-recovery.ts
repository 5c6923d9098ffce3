import type { Logger, MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { POS_MODULE } from "../modules/pos"
import type PosModuleService from "../modules/pos/service"
import { recoverPosCheckoutWorkflow } from "../workflows/checkout"

/**
 * Every minute, undoes the checkouts that began and did not finish and that no instance is
 * running any more (their lease expired): after a crash, on the next start, and on a running
 * cluster for an instance that died. One failing is logged and tried again next time.
 */
export default async function checkoutRecoveryJob(container: MedusaContainer) {
  const logger = container.resolve<Logger>(ContainerRegistrationKeys.LOGGER)
  for (const id of await container.resolve<PosModuleService>(POS_MODULE).expiredCheckouts(100)) {
    await recoverPosCheckoutWorkflow(container)
      .run({ input: { id } })
      .then(({ result }) => result && logger.info(`POS: undid the interrupted checkout ${id}`))
      .catch((e: Error) => logger.warn(`POS: could not undo the interrupted checkout ${id} (${e.message}); trying again next minute`))
  }
}

export const config = { name: "kassa-pos-checkout-recovery", schedule: "* * * * *" }
