export * from "./workflows/register-sold-serials"
