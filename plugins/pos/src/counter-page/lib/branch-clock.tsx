import { createContext, useContext, type ReactNode } from "react"
import { branchTime, sameBranchDay, type TimeStyle } from "../../counter/format"

const BranchZone = createContext<string | null>(null)

/** The branch's time zone for every time shown below it (the counter screen provides it). */
export function BranchClock({ timeZone, children }: { timeZone: string; children: ReactNode }) {
  return <BranchZone.Provider value={timeZone}>{children}</BranchZone.Provider>
}

/** Formats times in the branch's zone; outside the counter there is no branch, so no clock either. */
export function useBranchClock() {
  const timeZone = useContext(BranchZone)
  if (!timeZone) throw new Error("useBranchClock outside the counter: the branch's time zone is not known here")
  return {
    timeZone,
    format: (when: string | Date, style?: TimeStyle) => branchTime(when, timeZone, style),
    isToday: (when: string | Date) => sameBranchDay(when, new Date(), timeZone),
  }
}
