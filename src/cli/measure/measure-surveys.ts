import { applyOperations } from "../../edit/apply-operations";
import type { Operation } from "../../edit/operation-schema";
import { jsonFormat } from "../../io/formats/json";
import { fromSurveyCsv, type SurveyQuestion } from "../../io/surveys/from-survey-csv";
import { summarizeSurvey } from "../../measure/summarize-survey";
import { surveysToOperations } from "../../measure/surveys-to-operations";
import { findScale } from "../../model/built-in-scales";
import type { JourneyMap } from "../../model/journey-map";
import { parseAsOf } from "../as-of";
import { type CliContext, CommandFailed, UsageError } from "../context";
import { formatsFor, outputFormat } from "../formats";
import { displayName, formatIssues, readText } from "../input";
import { writeOutput } from "../output";

/** Reads a file (or standard input for `-`); a missing or unreadable one is one line naming it, exit 1. */
export async function readOrFail(file: string, ctx: CliContext): Promise<string> {
  const read = await readText(file, ctx);
  if (read.ok) return read.text;
  ctx.stderr(formatIssues(displayName(file), [read.issue]));
  throw new CommandFailed(file);
}

async function questionsOf(file: unknown, ctx: CliContext): Promise<Record<string, SurveyQuestion> | undefined> {
  if (file === undefined) return undefined;
  const text = await readOrFail(String(file), ctx);
  try {
    return JSON.parse(text) as Record<string, SurveyQuestion>;
  } catch (error) {
    throw new UsageError(
      `invalid --questions: ${String(file)} is not a JSON object of column → { touchpointId | stageId, scaleId } (${error instanceof Error ? error.message : String(error)})`,
    );
  }
}

/**
 * `journeykit measure <map> --surveys answers.csv`: survey answers (the long format, or a
 * Qualtrics export with `--questions`) read into histograms, printed with their summaries,
 * or with `--apply --as-of` added to the map with the measured emotions.
 */
export async function measureSurveys(map: JourneyMap, values: Record<string, unknown>, ctx: CliContext): Promise<void> {
  const file = String(values.surveys);
  const questions = await questionsOf(values.questions, ctx);
  const text = await readOrFail(file, ctx);
  const personaColumn = typeof values["persona-column"] === "string" ? values["persona-column"] : undefined;
  const read = fromSurveyCsv(text, { map, ...(questions ? { questions } : {}), ...(personaColumn ? { personaColumn } : {}) });
  if (!read.success) {
    ctx.stderr(formatIssues(file, read.error.issues));
    throw new CommandFailed(file);
  }
  const output = typeof values.output === "string" ? values.output : undefined;
  if (!values.apply) {
    const summaries = read.data.map((survey) => {
      const scale = findScale(map, survey.scaleId);
      return { survey, summary: scale ? summarizeSurvey(survey, scale) : null };
    });
    await writeOutput(output, `${JSON.stringify(summaries, null, 2)}\n`, ctx, { report: "surveys json" });
    return;
  }
  const asOf = parseAsOf(values["as-of"]);
  if (asOf === undefined) throw new UsageError("--apply needs --as-of YYYY-MM-DD: the date the surveys are recorded for");
  const setEmotion = values["set-emotion"] === "always" ? "always" : "when-unset";
  const added = applyOperations(
    map,
    read.data.map((survey) => ({ type: "addSurvey", survey }) as Operation),
  );
  const measured = added.ok ? applyOperations(added.map, surveysToOperations(added.map, { asOf, setEmotion })) : added;
  if (!measured.ok) {
    ctx.stderr(`journeykit: the surveys could not be recorded: ${measured.issue.message}\n`);
    throw new CommandFailed("apply");
  }
  const to = outputFormat(output, undefined, "-o", formatsFor("map", "write"), jsonFormat);
  await writeOutput(output, await to.write!(measured.map, {}), ctx, { report: to.name });
}
