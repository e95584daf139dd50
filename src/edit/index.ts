export { type AppliedEdit, applyOperation, type EditResult, type RefusedEdit } from "./apply-operation";
export { applyOperations, type RefusedTransaction, type TransactionResult } from "./apply-operations";
export { createHistory, type CreateHistoryOptions, type History, type HistoryResult } from "./history";
export { applyPatches, type Patch } from "./immer";
export {
  type AddOperation,
  type EntityChanges,
  type EntityInput,
  type MapChanges,
  type MoveStageOperation,
  type MoveTouchpointOperation,
  type Operation,
  type OperationError,
  type OperationType,
  operationSchema,
  type RemoveOperation,
  type SafeParseOperationResult,
  safeParseOperation,
  type UpdateMapOperation,
  type UpdateOperation,
} from "./operation-schema";
export type { ApplyOperationOptions, ApplyOperationsOptions } from "./plan";
