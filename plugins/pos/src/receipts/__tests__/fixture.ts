import type { ReceiptData } from "../types"

/**
 * A Manila sale with VAT-inclusive prices: a phone with a line discount and a serial number, two
 * chargers, a screen protector, a whole-sale promotion, paid by card and cash with change.
 * The numbers add up: 12,939.00 − 700.00 = 12,239.00 = 10,927.68 VATable + 1,311.32 VAT.
 */
export const receipt: ReceiptData = {
  receipt_number: "MEGA-R1-000123",
  order_id: "order_01JNPQ2T8Z",
  // 06:30 UTC is 2:30 PM in Manila (UTC+8).
  issued_at: "2025-03-05T06:30:00.000Z",
  currency_code: "php",
  branch: {
    name: "Kassa Mobile & Gadgets — Megamall",
    code: "MEGA",
    address: "Lower Ground Floor, SM Megamall\nEDSA cor. Doña Julia Vargas Ave., Mandaluyong City",
    phone: "+63 2 8123 4567",
    tax_id: "009-123-456-00000",
    timezone: "Asia/Manila",
    header: "Open daily 10 AM to 9 PM",
    footer: "This serves as your Sales Invoice.\nPOS accreditation no. FP012025-123-0000001-00000",
  },
  register: { code: "R1", name: "Counter 1" },
  cashier: { name: "Maria Santos" },
  sales_agent: { name: "Jun Reyes" },
  customer: { name: "Juan dela Cruz", phone: "0917 123 4567", email: "juan@example.com" },
  lines: [
    {
      title: 'Samsung Galaxy A15 <script>alert("x")</script>',
      variant_title: "128GB / Black",
      sku: "SM-A155F-BLK",
      quantity: 1,
      unit_price: "9990.00",
      discounts: [{ label: "Line discount", amount: "500.00" }],
      total: "9490.00",
      serial_numbers: ["R58W30ABCDE"],
    },
    {
      title: "USB-C Charger 25W",
      variant_title: null,
      sku: "EP-TA800",
      quantity: 2,
      unit_price: "1299.50",
      discounts: [],
      total: "2599.00",
      serial_numbers: [],
    },
    {
      title: "Tempered glass screen protector",
      variant_title: "Galaxy A15",
      sku: null,
      quantity: 1,
      unit_price: "350.00",
      discounts: [],
      total: "350.00",
      serial_numbers: [],
    },
  ],
  discounts: [{ label: "Payday promo ₱200 off", amount: "200.00" }],
  subtotal: "12939.00",
  discount_total: "700.00",
  taxes: [{ label: "VAT", rate: 12, taxable: "10927.68", amount: "1311.32" }],
  tax_inclusive: true,
  total: "12239.00",
  tenders: [
    { method: "card", label: "Card", amount: "10000.00", reference: "Visa 4242 auth 123456", tendered: null, change: null },
    { method: "cash", label: "Cash", amount: "2239.00", reference: null, tendered: "2500.00", change: "261.00" },
  ],
  change: "261.00",
  warranty_terms: "Items carry the manufacturer's warranty; keep this receipt for claims.",
}
