const peso = new Intl.NumberFormat("en-PH", { style: "currency", currency: "PHP" })

/** Money as the API sends it (a decimal string) or a number, in pesos. */
export const money = (value: string | number | null | undefined) => peso.format(Number(value ?? 0))

/** Two-decimal number from what a cashier typed ("1,500" or "1500.5"); NaN when it is not one. */
export const parseAmount = (text: string) => (text.trim() ? Math.round(Number(text.replace(/[,₱\s]/g, "")) * 100) / 100 : NaN)

export const customerName = (c: { id: string; first_name: string | null; last_name: string | null; phone: string | null; email: string | null }) =>
  [c.first_name, c.last_name].filter(Boolean).join(" ") || c.phone || c.email || c.id
