export { issueStoreCreditWorkflow, type IssueStoreCreditInput } from "./workflows/issue-store-credit"
export { reverseStoreCreditWorkflow, type ReverseStoreCreditInput } from "./workflows/reverse-store-credit"
