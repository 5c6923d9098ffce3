import { forgetPluginSwitches } from "@kassa/core/kit"
import { forgetConfigCache } from "@kassa/pos/kit"
import type { MedusaContainer } from "@medusajs/framework/types"
import { seedDemoData } from "../../src/scripts/demo/seed-demo"
import { TEST_PASSWORD } from "./admin"
import { sharedDemoData } from "./test-runner"

/**
 * The demo data once per spec file instead of once per test (it takes ~11 s): seeded in
 * beforeAll, which Medusa's test runner runs before it snapshots the database; each test then
 * starts from that snapshot. Restored rows keep their ids, so what this process keeps by id
 * (plugin switches, the POS's setup reads) is dropped before each test. Call it inside the
 * runner's testSuite, before the spec's own beforeEach. Under `npm test` the first file to seed
 * it shares its database as it is then, and later files start from a copy (helpers/test-runner.ts).
 */
export function seedDemoDataOnce(getContainer: () => MedusaContainer, staffPassword = TEST_PASSWORD) {
  const shared = staffPassword === TEST_PASSWORD ? sharedDemoData() : null
  beforeAll(async () => {
    if (shared?.seeded()) return
    await seedDemoData(getContainer(), { staffPassword })
    await shared?.share()
  })
  beforeEach(() => {
    forgetPluginSwitches()
    forgetConfigCache()
  })
}
