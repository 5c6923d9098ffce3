export { customerName, money, parseAmount } from "../../counter/format"

export const staffName = (user: { first_name: string | null; last_name: string | null; email: string }) =>
  [user.first_name, user.last_name].filter(Boolean).join(" ") || user.email
