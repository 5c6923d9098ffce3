import { useEffect, useState } from "react"

const LOCKED = "kassa.pos.locked"
const MINUTES = "kassa.pos.idle_minutes"

/** Minutes without a key, click or touch before the counter locks (chosen on the register screen). */
export const idleMinutes = () => Number(localStorage.getItem(MINUTES) ?? 5)
export const setIdleMinutes = (m: number) => localStorage.setItem(MINUTES, String(m))

/** Locks after the idle time; a reload stays locked until the PIN (or password) is given. */
export function useIdleLock() {
  const [locked, setLocked] = useState(() => localStorage.getItem(LOCKED) === "1")
  const lock = () => {
    localStorage.setItem(LOCKED, "1")
    setLocked(true)
  }
  const unlock = () => {
    localStorage.removeItem(LOCKED)
    setLocked(false)
  }
  useEffect(() => {
    const ms = idleMinutes() * 60000
    if (locked || !(ms > 0)) return
    let timer = setTimeout(lock, ms)
    const activity = () => {
      clearTimeout(timer)
      timer = setTimeout(lock, ms)
    }
    const events = ["keydown", "pointerdown", "touchstart"] as const
    events.forEach((e) => window.addEventListener(e, activity, true))
    return () => {
      clearTimeout(timer)
      events.forEach((e) => window.removeEventListener(e, activity, true))
    }
  }, [locked])
  return { locked, lock, unlock }
}
