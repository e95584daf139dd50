export { BUILT_IN_SCALE_IDS, BUILT_IN_SCALES, type BuiltInScaleId, findScale } from "../model/built-in-scales";
export { fromEmotion, type ScaleLike, toEmotion } from "./scales";
export { type Interval, summarizeSurvey, type SurveySummary } from "./summarize-survey";
export { surveysToOperations, type SurveysToOperationsOptions } from "./surveys-to-operations";
