export type Me = {
  policies: string[]
  /** The caller's branches with each plugin's switch there. */
  branches: { stock_location_id: string; plugins: Record<string, boolean> }[]
}

export type Branch = { id: string; name: string }

export type LabelPrinter = { id: string; name: string; role: string; kind: "network" | "browser" | "pdf"; is_active: boolean; paper_width: number }

/** A variant as the search shows it and the list keeps it. */
export type PickedVariant = {
  id: string
  product_title: string
  title: string
  barcode: string | null
  sku: string | null
}

export type SearchProduct = {
  id: string
  title: string
  subtitle: string | null
  thumbnail: string | null
  variants: { id: string; title: string; barcode: string | null; sku: string | null }[]
}

/** One line of the print list: a variant and how many labels. */
export type LabelLine = PickedVariant & { quantity: number }

export type LabelLayout = "55x25"
