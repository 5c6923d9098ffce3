/** Growth from `before` to `now` in percent with one decimal (the server's rule); null when there was nothing before. */
export const growth = (now: number, before: number) => (before ? Math.round(((now - before) * 1000) / before) / 10 : null)
