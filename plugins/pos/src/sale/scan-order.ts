/**
 * A sale's order items in the order their ticket lines were scanned (each item names its line in
 * `metadata.kassa_line_id`): the order module returns them in no set order, and a receipt reads
 * like the counter's cart. Items without a known line keep their order, after the rest.
 */
export function inScanOrder<T extends { metadata: { kassa_line_id?: string } | null }>(items: T[], lineIds: string[]): T[] {
  const rank = new Map(lineIds.map((id, index) => [id, index]))
  const position = (item: T) => rank.get(item.metadata?.kassa_line_id ?? "") ?? lineIds.length
  return [...items].sort((a, b) => position(a) - position(b))
}
