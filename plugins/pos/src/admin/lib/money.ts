/** "₱1,299.50" from the API's exact decimal string (Intl formats a decimal string as is). */
export const formatMoney = (amount: string, currency: string) =>
  new Intl.NumberFormat(undefined, { style: "currency", currency: currency.toUpperCase() }).format(amount as unknown as number)
