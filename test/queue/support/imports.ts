/** The end-to-end suite's helpers the queue-mode suite uses as they are. */
export { ExecutionWatch, outputOf, outputsOf, summarise } from '../../e2e/support/executions';
export { nextAnsweredCall } from '../../e2e/support/sandbox';
export { eventually } from '../../e2e/support/wait';
