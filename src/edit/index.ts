export { type AppliedEdit, applyOperation, type EditResult, type RefusedEdit } from "./apply-operation";
export { applyOperations, type RefusedTransaction, type TransactionResult } from "./apply-operations";
export { createHistory, type History, type HistoryOptions, type StepResult } from "./history";
export { applyPatches, type Patch } from "./immer";
export {
  type AddOperation,
  type EntityChanges,
  type EntityInput,
  type MoveStageOperation,
  type MoveTouchpointOperation,
  type Operation,
  type OperationType,
  operationSchema,
  type RemoveOperation,
  type SafeParseOperationResult,
  safeParseOperation,
  type UpdateMapOperation,
  type UpdateOperation,
} from "./operation-schema";
export type { ApplyOptions } from "./plan";
