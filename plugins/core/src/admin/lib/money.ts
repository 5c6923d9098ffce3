export const formatMoney = (amount: number | string | null | undefined, currency: string) =>
  amount === null || amount === undefined || amount === ""
    ? "–"
    : new Intl.NumberFormat(undefined, { style: "currency", currency: currency.toUpperCase() }).format(Number(amount))
