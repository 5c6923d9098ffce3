export * from "./workflows/create-staff"
export * from "./workflows/update-staff"
