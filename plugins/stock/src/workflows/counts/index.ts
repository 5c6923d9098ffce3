export { approveCountWorkflow, cancelCountWorkflow, recordCountedWorkflow, startCountWorkflow } from "./workflows/counts"
