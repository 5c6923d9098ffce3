import { PNG } from "pngjs"
import { claimSlipPdf, type ClaimSlip } from "../claim-slip-pdf"

const slip: ClaimSlip = {
  claim_id: "wcl_01TEST",
  branch: { name: "Manila Branch", address: "1147 Rizal Avenue", phone: "+63 2 8711 4820" },
  filed_at: "2026-12-07T03:00:00.000Z",
  timezone: "Asia/Manila",
  status: "pending",
  type: "repair",
  customer: "Maria Santos",
  product_title: "Apple AirPods 4",
  serial_number: "SN-0001",
  order_number: "MNL-202612-000001",
  sold_at: "2026-11-20T03:00:00.000Z",
  window: "30 days",
  issue: "Left earbud silent",
  override: null,
}

const images = (pdf: Buffer) => pdf.toString("latin1").match(/\/Subtype \/Image/g)?.length ?? 0

describe("claim slip PDF", () => {
  it("prints the branch's logo at the top when it has one", async () => {
    const image = new PNG({ width: 300, height: 60, colorType: 2 })
    image.data.fill(0)
    const logo = PNG.sync.write(image, { colorType: 2 })
    expect(images(await claimSlipPdf(slip))).toBe(0)
    expect(images(await claimSlipPdf(slip, logo))).toBe(1)
  })
})
