export { cancelTransferWorkflow, dispatchTransferWorkflow, receiveTransferWorkflow, requestTransferWorkflow } from "./workflows/transfers"
