import type { JourneyMapIssue } from "../../validate/issue";
import type { FromSurveyCsvOptions, Rows, SurveyQuestion } from "./from-survey-csv";
import { type SurveyTally, type Target, answerValue, cellIssue, resolveName, resolvePersona, unknownScale } from "./survey-tally";

/** Qualtrics' third header row holds `{"ImportId":"QID1"}` cells. */
const IMPORT_ID = /^\s*\{\s*"ImportId"/;

/** Checks one entry of `questions` and resolves it into a target; throws for a bad entry. */
function questionTarget(column: string, question: SurveyQuestion, tally: SurveyTally, options: FromSurveyCsvOptions): Target {
  const name = `questions[${JSON.stringify(column)}]`;
  if (typeof question !== "object" || question === null) throw new TypeError(`invalid ${name}: expected { touchpointId | stageId, scaleId }`);
  if ((question.touchpointId === undefined) === (question.stageId === undefined)) throw new TypeError(`invalid ${name}: give touchpointId or stageId, not both and not neither`);
  if (!tally.scale(question.scaleId)) throw new RangeError(`invalid ${name}.scaleId: ${unknownScale(String(question.scaleId), options.map).text}`);
  const touchpoint = question.touchpointId !== undefined;
  const resolved = resolveName(
    String(touchpoint ? question.touchpointId : question.stageId),
    touchpoint ? options.map?.touchpoints : options.map?.stages,
    touchpoint ? "touchpoint" : "stage",
  );
  if ("problem" in resolved) throw new RangeError(`invalid ${name}.${touchpoint ? "touchpointId" : "stageId"}: ${resolved.problem}`);
  return { [touchpoint ? "touchpointId" : "stageId"]: resolved.id, scaleId: question.scaleId };
}

/**
 * A Qualtrics export: column names, a row of question texts, usually a row of import ids,
 * then one row per respondent. Reads the columns `questions` names into their targets,
 * split by the persona `personaColumn` names where given.
 */
export function readQualtrics(rows: Rows, tally: SurveyTally, options: FromSurveyCsvOptions, naCodes: ReadonlySet<string>, issues: JourneyMapIssue[]): void {
  const questions = options.questions;
  if (typeof questions !== "object" || questions === null || Object.keys(questions).length === 0) {
    throw new TypeError("invalid questions: a Qualtrics export needs { column: { touchpointId | stageId, scaleId } }");
  }
  const [header = [], texts = []] = rows;
  const names = header.map((name) => name.trim());
  const columns: { index: number; target: Target }[] = [];
  for (const [column, question] of Object.entries(questions)) {
    const target = questionTarget(column, question, tally, options);
    const index = names.indexOf(column);
    if (index < 0) issues.push(cellIssue("invalid_type", 1, names.length + 1, column, "the export has no such column"));
    const text = texts[index]?.trim();
    columns.push({ index, target: text ? { ...target, question: text } : target });
  }
  const personaIndex = options.personaColumn === undefined ? -1 : names.indexOf(options.personaColumn);
  if (options.personaColumn !== undefined && personaIndex < 0) issues.push(cellIssue("invalid_type", 1, names.length + 1, options.personaColumn, "the export has no such column"));
  if (issues.length > 0) return;
  const first = rows[2]?.some((cell) => IMPORT_ID.test(cell)) ? 3 : 2;
  for (let r = first; r < rows.length; r++) {
    const row = rows[r]!;
    const line = r + 1;
    let personaId: string | undefined;
    const who = personaIndex < 0 ? "" : (row[personaIndex] ?? "").trim();
    if (who !== "" && !naCodes.has(who.toLowerCase())) {
      const persona = resolvePersona(who, options);
      if ("problem" in persona) {
        issues.push(cellIssue("invalid_value", line, personaIndex + 1, options.personaColumn!, persona.problem));
        continue;
      }
      personaId = persona.id;
    }
    for (const { index, target } of columns) {
      const scale = tally.scale(target.scaleId)!;
      const cell = row[index] ?? "";
      const value = answerValue(cell, scale, naCodes);
      if (value === null) continue;
      if (value === undefined) {
        issues.push(
          cellIssue(
            "invalid_value",
            line,
            index + 1,
            names[index]!,
            `${JSON.stringify(cell)} is neither a point nor a label of the scale ${JSON.stringify(scale.id)} (${scale.min}…${scale.max}), nor an N/A code`,
          ),
        );
        continue;
      }
      tally.add(personaId ? { ...target, personaId } : target, scale, value);
    }
  }
}
