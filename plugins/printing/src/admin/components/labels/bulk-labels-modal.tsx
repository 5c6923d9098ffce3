import {
  Button,
  createDataTableColumnHelper,
  createDataTableCommandHelper,
  DataTable,
  FocusModal,
  Heading,
  Text,
  useDataTable,
  type DataTablePaginationState,
  type DataTableRowSelectionState,
} from "@medusajs/ui"
import { useMemo, useState } from "react"
import { useProductPage, type ListedProduct } from "../../lib/labels-queries"
import { LabelsPerVariant } from "./labels-per-variant"
import { LabelsPrintBar } from "./labels-print-bar"

// The labels route takes at most 100 products a request.
const MAX_PRODUCTS = 100
const PAGE = 20

const column = createDataTableColumnHelper<ListedProduct>()
const columns = [
  column.select(),
  column.accessor("title", { header: "Product" }),
  column.accessor("status", { header: "Status" }),
  column.display({ id: "variants", header: "Variants", cell: ({ row }) => row.original.variants.length }),
]
const command = createDataTableCommandHelper()

/**
 * The bulk action Medusa's product list cannot take: the products listed the same way (search,
 * pages), ticked across pages, then "Print labels" (L) — a label per variant, as many of each as
 * asked, at a branch's prices, as a PDF or to a label printer.
 */
export function BulkLabelsModal({ open, onOpenChange }: { open: boolean; onOpenChange: (open: boolean) => void }) {
  const [search, setSearch] = useState("")
  const [pagination, setPagination] = useState<DataTablePaginationState>({ pageIndex: 0, pageSize: PAGE })
  const [selection, setSelection] = useState<DataTableRowSelectionState>({})
  // The ticked products as they were listed, kept as they are ticked (a product may be off this page).
  const [ticked, setTicked] = useState<Record<string, ListedProduct>>({})
  const [printing, setPrinting] = useState<string[] | null>(null)
  const [perVariant, setPerVariant] = useState(1)
  const page = useProductPage(search, pagination.pageSize, pagination.pageIndex * pagination.pageSize)
  const products = page.data?.products ?? []

  const commands = useMemo(
    () => [command.command({ label: "Print labels", shortcut: "l", action: (ticked) => setPrinting(Object.keys(ticked).filter((id) => ticked[id])) })],
    []
  )
  const table = useDataTable({
    columns,
    data: products,
    getRowId: (p) => p.id,
    rowCount: page.data?.count ?? 0,
    isLoading: page.isLoading,
    search: { state: search, onSearchChange: setSearch },
    pagination: { state: pagination, onPaginationChange: setPagination },
    commands,
    rowSelection: {
      state: selection,
      onRowSelectionChange: (next) => {
        setSelection(next)
        setTicked((known) => ({ ...known, ...Object.fromEntries(products.filter((p) => next[p.id]).map((p) => [p.id, p])) }))
      },
    },
  })

  const tooMany = (printing?.length ?? 0) > MAX_PRODUCTS
  const labels = (printing ?? []).reduce((n, id) => n + (ticked[id]?.variants.length ?? 0), 0) * perVariant

  return (
    <FocusModal open={open} onOpenChange={onOpenChange}>
      <FocusModal.Content>
        <FocusModal.Header>
          <FocusModal.Title asChild>
            <Heading>Print labels for products</Heading>
          </FocusModal.Title>
        </FocusModal.Header>
        <FocusModal.Body className="flex flex-col overflow-hidden">
          {printing ? (
            <div className="flex flex-col gap-y-4 px-6 py-4" data-testid="bulk-labels-print">
              <Text size="small">
                {printing.length} product{printing.length === 1 ? "" : "s"}: a 55 × 25 mm label for each of their variants.
              </Text>
              <Text size="small" className="text-ui-fg-subtle">
                {printing.map((id) => ticked[id]?.title ?? id).join(" · ")}
              </Text>
              {tooMany ? (
                <Text size="small" className="text-ui-fg-error">
                  At most {MAX_PRODUCTS} products at a time: go back and untick {printing.length - MAX_PRODUCTS}.
                </Text>
              ) : (
                <>
                  <LabelsPerVariant id="bulk-labels-per-variant" value={perVariant} onChange={setPerVariant} />
                  <LabelsPrintBar request={{ product_ids: printing, quantity: perVariant }} count={labels} />
                </>
              )}
              <div>
                <Button size="small" variant="secondary" onClick={() => setPrinting(null)}>
                  Back to the products
                </Button>
              </div>
            </div>
          ) : (
            <DataTable instance={table}>
              <DataTable.Toolbar className="flex items-center justify-between gap-x-2 px-6 py-4">
                <Text size="small" className="text-ui-fg-subtle">
                  Tick the products, on any page, then Print labels (L).
                </Text>
                <DataTable.Search placeholder="Search products" />
              </DataTable.Toolbar>
              <DataTable.Table />
              <DataTable.Pagination />
              <DataTable.CommandBar selectedLabel={(n) => `${n} selected`} />
            </DataTable>
          )}
        </FocusModal.Body>
      </FocusModal.Content>
    </FocusModal>
  )
}
