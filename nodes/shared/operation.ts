import type { IDataObject, INodeExecutionData } from 'n8n-workflow';

/** What an operation may return for one input item. */
export type OperationOutput = IDataObject | IDataObject[] | INodeExecutionData[];
