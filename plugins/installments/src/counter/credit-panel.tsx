import { type CustomerPanelProps } from "@kassa/pos/counter"
import { Badge, Text } from "@medusajs/ui"
import { useEffect, useState } from "react"
import type { CreditDetails } from "../credit/schema"
import { creditOnFile } from "./api"

/** Beside the customer: whether the credit desk has their details, before an installment sale. */
export function CreditPanel({ api, customer }: CustomerPanelProps) {
  // undefined: still asking (or not allowed to ask: then the panel stays empty).
  const [onFile, setOnFile] = useState<CreditDetails | null | undefined>(undefined)
  useEffect(() => {
    let gone = false
    setOnFile(undefined)
    creditOnFile(api, customer.id)
      .then((c) => !gone && setOnFile(c))
      .catch(() => undefined)
    return () => {
      gone = true
    }
  }, [api, customer.id])
  if (onFile === undefined) return null
  return (
    <div className="credit-panel" data-testid="credit-panel">
      <Text size="small" weight="plus">
        Installments
      </Text>
      {onFile ? (
        <Badge size="2xsmall" color="green">
          Credit details on file: {onFile.id_type} ····{onFile.id_number.slice(-4)}
        </Badge>
      ) : (
        <Badge size="2xsmall" color="grey">
          No credit details on file
        </Badge>
      )}
    </div>
  )
}
