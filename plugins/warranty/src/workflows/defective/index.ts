export * from "./workflows/book-damaged-return"
export * from "./workflows/log-shelf-unit"
export * from "./workflows/set-disposal"
