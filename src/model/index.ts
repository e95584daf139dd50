export { ChannelSchema, CHANNEL_KINDS, type Channel } from "./channel";
export { createId, createSequentialIdGenerator, type IdGenerator } from "./create-id";
export { createJourneyMap, type CreateJourneyMapOptions, type StageSpec } from "./create-journey-map";
export { DEFAULT_STAGES, type DefaultStage } from "./default-stages";
export { COLLECTIONS, COLLECTION_NAMES, type CollectionName, type EntityKind, type EntityOf } from "./entities";
export { EvidenceSchema, EVIDENCE_KINDS, type Evidence } from "./evidence";
export {
  JourneyMapSchema,
  MetadataSchema,
  MAP_STATES,
  SCHEMA_VERSION,
  type JourneyMap,
  type JourneyMapInput,
  type JourneyMapMetadata,
  type JourneyMapState,
} from "./journey-map";
export { LaneSchema, type Lane } from "./lane";
export { MetricSchema, METRIC_KINDS, type Metric } from "./metric";
export { OpportunitySchema, OPPORTUNITY_STATUSES, type Opportunity } from "./opportunity";
export { PainPointSchema, type PainPoint } from "./pain-point";
export { GoalSchema, PersonaSchema, type Goal, type Persona, type PersonaAttribute } from "./persona";
export {
  AttributeSchema,
  EmotionSchema,
  ExtensionsSchema,
  HttpUrlSchema,
  IdSchema,
  IsoDateSchema,
  ScoreSchema,
  ShareSchema,
} from "./primitives";
export { REFERENCE_FIELDS, type ReferenceField } from "./references";
export {
  MAX_SCALE_POINTS,
  resolveScaleBoxes,
  SCALE_KINDS,
  ScaleSchema,
  scalePointCount,
  scalePoints,
  type Scale,
  type ScaleInput,
} from "./scale";
export { StageSchema, type Stage } from "./stage";
export { SurveySchema, type Survey, type SurveyInput } from "./survey";
export { SERVICE_LAYERS, ServiceStepSchema, StepDependencySchema, type ServiceLayer, type ServiceStep, type ServiceStepInput, type StepDependency } from "./service-step";
export { TeamSchema, type Team } from "./team";
export {
  eventGlobProblem,
  LaneNoteSchema,
  NextStepSchema,
  ObserveRuleSchema,
  PersonaEmotionSchema,
  TouchpointSchema,
  urlPatternProblem,
  type LaneNote,
  type NextStep,
  type ObserveRule,
  type PersonaEmotion,
  type Touchpoint,
} from "./touchpoint";
export { FLOW_EDGE_KINDS, flowGraph, journeyOrder, usesFlowFields, type FlowEdge, type FlowEdgeKind, type FlowGraph } from "./flow-graph";
