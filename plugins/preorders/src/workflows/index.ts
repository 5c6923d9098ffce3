export * from "./preorders/workflows"
