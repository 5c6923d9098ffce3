import "./ops.css"
import { useCallback, useState } from "react"
import type { Place } from "../counter/choose-register"
import type { Me, TenderOption } from "../lib/types"
import { FindSale } from "./find-sale"
import { ReturnDone } from "./return-done"
import { ReturnForm } from "./return-form"
import { ApprovedRequests, RequestSent } from "./return-requests"
import type { CounterReturn, FoundSale, ReturnRequest } from "./types"
import { VoidSaleDialog } from "./void-sale-dialog"

type Step =
  | { kind: "find" }
  | { kind: "sale" | "void"; sale: FoundSale }
  | { kind: "done"; record: CounterReturn; change: number | null }
  | { kind: "requested"; request: ReturnRequest }

type Props = { me: Me; place: Place; tenders: TenderOption[]; onClose: () => void }

/**
 * A customer back at the counter: find the sale, then a return, an exchange or (today) a void; a
 * return or exchange over the limits without a manager at hand goes for approval, and approved ones are completed here.
 */
export function ReturnsDialog({ me, place, tenders, onClose }: Props) {
  const [step, setStep] = useState<Step>({ kind: "find" })
  const find = useCallback(() => setStep({ kind: "find" }), [])
  const open = useCallback((sale: FoundSale) => setStep({ kind: "sale", sale }), [])

  switch (step.kind) {
    case "find":
      return (
        <FindSale locationId={place.locationId} onFound={open} onClose={onClose}>
          <ApprovedRequests locationId={place.locationId} registerId={place.registerId} tenders={tenders} onCompleted={(record, change) => setStep({ kind: "done", record, change })} />
        </FindSale>
      )
    case "sale":
      return (
        <ReturnForm
          place={place}
          tenders={tenders}
          sale={step.sale}
          onDone={(record, change) => setStep({ kind: "done", record, change })}
          onRequested={(request) => setStep({ kind: "requested", request })}
          onVoid={() => setStep({ kind: "void", sale: step.sale })}
          onBack={find}
        />
      )
    case "void":
      return <VoidSaleDialog me={me} sale={step.sale} onBack={() => open(step.sale)} onDone={onClose} />
    case "requested":
      return <RequestSent request={step.request} onDone={onClose} />
    case "done":
      return <ReturnDone record={step.record} change={step.change} onDone={onClose} />
  }
}
