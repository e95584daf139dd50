import { analyzeJourneyMap, createHistory, createRenderer, type Finding, type History, type Operation } from "journeykit";
import coffeeShop from "../../coffee-shop.json";
import saasOnboarding from "../../saas-onboarding.json";
import { byId } from "./dom";
import { drawMap } from "./draw-map";
import { type ExportKind, exportMap } from "./exports";
import { mark, showFindings } from "./findings";
import { showIssues } from "./issues";
import { fillOptions, readOptions } from "./options";
import { findEntity, showPanel } from "./panel";
import { locateIssue, readSource, type SourceIssue } from "./source";

const EXAMPLES: Record<string, unknown> = { "coffee-shop": coffeeShop, "saas-onboarding": saasOnboarding };

const source = byId<HTMLTextAreaElement>("source");
const mapHost = byId("map");
const issuesHost = byId("issues");
/** Keeps what it drew between edits: an edit redraws only the cells it changed. */
const renderer = createRenderer();

/** The playground's state: the editing session, the selection and the highlighted finding. */
const state: { history?: History; selected?: string; finding?: Finding; findings: Finding[]; error?: string } = { findings: [] };

function apply(op: Operation): void {
  const result = state.history?.apply(op);
  state.error = result && !result.ok ? result.issue.message : undefined;
  if (result && !result.ok) drawPanel();
}

function drawPanel(): void {
  if (state.history) showPanel(byId("panel"), state.history.current, state.selected, apply, state.error);
}

function drawFindings(): void {
  showFindings(byId("findings"), state.findings, state.finding?.id, (finding) => {
    state.finding = state.finding?.id === finding.id ? undefined : finding;
    drawFindings();
    mark(mapHost, state.finding?.subjectIds ?? [], "jk-highlight");
  });
}

/** Draws the map, the marks, the panel and the findings for the current state. */
function draw(): void {
  const map = state.history?.current;
  byId<HTMLButtonElement>("undo").disabled = !state.history?.canUndo();
  byId<HTMLButtonElement>("redo").disabled = !state.history?.canRedo();
  if (!map) return;
  // The SVG journeykit renders (whole, or the groups of it that changed) is the only markup
  // the playground inserts: every user string in it is escaped.
  mapHost.dataset.patched = String(drawMap(mapHost, renderer, map, readOptions()));
  if (state.finding && !state.findings.some((finding) => finding.id === state.finding?.id)) state.finding = undefined;
  mark(mapHost, state.selected ? [state.selected] : [], "jk-selected");
  mark(mapHost, state.finding?.subjectIds ?? [], "jk-highlight");
  drawPanel();
  drawFindings();
}

function onChange(): void {
  const map = state.history?.current;
  if (!map) return;
  if (state.selected && !findEntity(map, state.selected)) state.selected = undefined;
  state.findings = analyzeJourneyMap(map).findings;
  draw();
}

function selectIssue(issue: SourceIssue): void {
  const range = locateIssue(source.value, issue);
  if (!range) return;
  source.focus();
  source.setSelectionRange(range[0], range[1]);
}

/** Reads the source text; on success starts a new editing session on the map. */
function load(fileName?: string): void {
  const result = readSource(source.value, fileName);
  byId("format").textContent = result.format ? `read as ${result.format}` : "";
  showIssues(issuesHost, result.ok ? [] : result.issues, selectIssue);
  if (!result.ok) return;
  state.history = createHistory(result.map);
  state.history.subscribe(onChange);
  Object.assign(state, { selected: undefined, finding: undefined, error: undefined });
  fillOptions(result.map);
  onChange();
}

function undoOrRedo(redo: boolean): void {
  const result = redo ? state.history?.redo() : state.history?.undo();
  if (result && !result.ok) state.error = result.issue.message;
}

function wire(): void {
  byId("open-example").addEventListener("click", () => {
    source.value = `${JSON.stringify(EXAMPLES[byId<HTMLSelectElement>("example").value], null, 2)}\n`;
    load();
  });
  byId("load").addEventListener("click", () => load());
  source.addEventListener("paste", () => setTimeout(() => load(), 0));
  source.addEventListener("dragover", (event) => {
    event.preventDefault();
    source.classList.add("dragging");
  });
  source.addEventListener("dragleave", () => source.classList.remove("dragging"));
  source.addEventListener("drop", async (event) => {
    event.preventDefault();
    source.classList.remove("dragging");
    const file = event.dataTransfer?.files[0];
    if (!file) return;
    source.value = await file.text();
    load(file.name);
  });
  byId("options").addEventListener("change", draw);
  byId("undo").addEventListener("click", () => undoOrRedo(false));
  byId("redo").addEventListener("click", () => undoOrRedo(true));
  mapHost.addEventListener("click", (event) => {
    const target = (event.target as Element).closest("[data-id]");
    state.selected = target?.getAttribute("data-id") ?? undefined;
    state.error = undefined;
    mark(mapHost, state.selected ? [state.selected] : [], "jk-selected");
    drawPanel();
  });
  document.addEventListener("keydown", (event) => {
    if (!(event.ctrlKey || event.metaKey) || event.target === source) return;
    const key = event.key.toLowerCase();
    if (key !== "z" && key !== "y") return;
    event.preventDefault();
    undoOrRedo(key === "y" || event.shiftKey);
  });
  for (const button of Array.from(document.querySelectorAll<HTMLButtonElement>("[data-export]"))) {
    button.addEventListener("click", () => {
      const map = state.history?.current;
      if (map)
        exportMap(map, button.dataset.export as ExportKind, readOptions()).catch((error: unknown) =>
          showIssues(issuesHost, [{ code: "custom", path: [], message: String(error) }], selectIssue),
        );
    });
  }
  draw();
}

wire();
