import { moduleIntegrationTestRunner } from "@medusajs/test-utils"
import path from "node:path"
import { COST_MODULE } from ".."
import { VariantCost } from "../models/variant-cost"
import CostModuleService from "../service"

jest.setTimeout(60000)

moduleIntegrationTestRunner<CostModuleService>({
  moduleName: COST_MODULE,
  moduleModels: [VariantCost],
  resolve: path.join(__dirname, ".."),
  testSuite: ({ service }) => {
    it("stores a cost with a vcost_ id and keeps the amount exact", async () => {
      const [cost] = await service.createVariantCosts([{ variant_id: "variant_1", currency_code: "php", amount: 27492.14 }])
      expect(cost.id).toMatch(/^vcost_/)
      const [read] = await service.listVariantCosts({ variant_id: "variant_1" })
      expect(read.amount).toBe(27492.14)
      expect(read.raw_amount).toEqual(expect.objectContaining({ value: "27492.14" }))
    })

    it("keeps one cost per variant", async () => {
      await service.createVariantCosts([{ variant_id: "variant_2", currency_code: "php", amount: 10 }])
      await expect(
        service.createVariantCosts([{ variant_id: "variant_2", currency_code: "php", amount: 11 }])
      ).rejects.toThrow(/already exists/)
    })

    it("allows a new cost once the old one is deleted", async () => {
      const [old] = await service.createVariantCosts([{ variant_id: "variant_3", currency_code: "php", amount: 5 }])
      await service.softDeleteVariantCosts([old.id])
      const [fresh] = await service.createVariantCosts([{ variant_id: "variant_3", currency_code: "php", amount: 6 }])
      expect(fresh.amount).toBe(6)
    })
  },
})
