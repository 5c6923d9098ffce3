export * from "./workflows/create-staff"
export * from "./workflows/update-staff"
export * from "./workflows/own-profile"
