import { useEffect, useRef, useState } from "react"
import type { CounterApi } from "./api"

export type Approval = { staff_id: string; pin: string }

type Approver = { staff_id: string; name: string }

/**
 * A manager's approval at the counter, for what the cashier may not do alone: pick who is
 * approving (those who hold `policy` at this branch and have a PIN) and let them type their PIN.
 * `names`: the fields' accessible names, where a window holds two approvals (a line's own and a
 * plugin's action).
 */
export function ApprovalFields({
  api,
  value,
  onChange,
  locationId,
  policy,
  names = { approver: "Approved by", pin: "Manager's PIN" },
}: {
  api: CounterApi
  value: Approval
  onChange: (a: Approval) => void
  locationId: string
  policy: string
  names?: { approver: string; pin: string }
}) {
  const [approvers, setApprovers] = useState<Approver[] | null>(null)
  // The list may answer after the PIN was typed: pick the only approver into what is there now,
  // not into the value this effect started with (that wiped a PIN typed in the meantime).
  const latest = useRef(value)
  latest.current = value
  useEffect(() => {
    api
      .get<{ staff: Approver[] }>("pos/pin-staff", { location_id: locationId, policy })
      .then(({ staff }) => {
        setApprovers(staff)
        if (!latest.current.staff_id && staff.length === 1) onChange({ ...latest.current, staff_id: staff[0].staff_id })
      })
      .catch(() => setApprovers([]))
    // Once per branch and policy: the list does not change while the window is open.
  }, [locationId, policy])

  return (
    <div className="row" style={{ background: "var(--bg-subtle)", padding: 12, borderRadius: 10 }}>
      <label>
        <span className="field-label">Approved by</span>
        <select
          className="big-input"
          style={{ fontSize: 16, height: 44, textAlign: "left" }}
          aria-label={names.approver}
          value={value.staff_id}
          onChange={(e) => onChange({ ...value, staff_id: e.target.value })}
        >
          <option value="">{approvers === null ? "Loading…" : approvers.length ? "Choose a manager" : "Nobody here can approve this"}</option>
          {(approvers ?? []).map((a) => (
            <option key={a.staff_id} value={a.staff_id}>
              {a.name}
            </option>
          ))}
        </select>
      </label>
      <label>
        <span className="field-label">Their PIN</span>
        <input
          className="big-input"
          style={{ fontSize: 16, height: 44 }}
          type="password"
          inputMode="numeric"
          aria-label={names.pin}
          maxLength={6}
          value={value.pin}
          onChange={(e) => onChange({ ...value, pin: e.target.value.replace(/\D/g, "") })}
        />
      </label>
    </div>
  )
}
