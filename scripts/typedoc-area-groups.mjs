// @ts-check
/**
 * A TypeDoc plugin: puts every export of journeykit in the group of the layer it is
 * defined in (src/model → Model, src/validate → Validation, …), so that the API docs
 * list the exports by area. An explicit `@group` tag on an export wins. It also leaves
 * links to folders (the README's `examples/`) as they are written, since TypeDoc can
 * copy only files.
 */
import { statSync } from "node:fs";
import { Comment, CommentTag, Converter, ReflectionKind, TypeScript as ts } from "typedoc";

/** The group of each folder under src/. */
const AREAS = {
  model: "Model",
  validate: "Validation",
  edit: "Editing",
  measure: "Measurement",
  analysis: "Analysis",
  layout: "Layout",
  render: "Rendering",
  io: "Interop",
};

/**
 * Returns the group of a declaration file's path, or undefined outside src/.
 * @param {string} fileName
 */
function areaOf(fileName) {
  const match = /[/\\]src[/\\]([^/\\]+)[/\\]/.exec(fileName);
  return match ? AREAS[/** @type {keyof typeof AREAS} */ (match[1])] : undefined;
}

/**
 * Returns the group of the src/ file that re-exports a dependency's `name` (immer's `Patch`).
 * @param {import("typedoc").Context} context
 * @param {string} name
 */
function reexportArea(context, name) {
  for (const program of context.programs) {
    for (const file of program.getSourceFiles()) {
      const area = areaOf(file.fileName);
      const names = file.statements.flatMap((statement) =>
        ts.isExportDeclaration(statement) && statement.exportClause && ts.isNamedExports(statement.exportClause)
          ? statement.exportClause.elements.map((element) => element.name.text)
          : [],
      );
      if (area !== undefined && names.includes(name)) return area;
    }
  }
  return undefined;
}

/** @param {import("typedoc").Application} app */
export function load(app) {
  app.converter.on(Converter.EVENT_CREATE_DECLARATION, (context, reflection) => {
    if (!reflection.parent?.kindOf(ReflectionKind.SomeModule | ReflectionKind.Project)) return;
    const symbol = context.getSymbolFromReflection(reflection);
    const fileName = symbol?.getDeclarations()?.[0]?.getSourceFile().fileName;
    const area = (fileName === undefined ? undefined : areaOf(fileName)) ?? reexportArea(context, reflection.name);
    if (area === undefined) return;
    reflection.comment ??= new Comment();
    if (reflection.comment.getTag("@group")) return;
    reflection.comment.blockTags.push(new CommentTag("@group", [{ kind: "text", text: area }]));
  });
  app.converter.on(Converter.EVENT_RESOLVE_END, (context) => {
    const files = /** @type {{ mediaToPath?: Map<number, string> }} */ (/** @type {unknown} */ (context.project.files));
    if (!(files.mediaToPath instanceof Map)) return;
    const folders = [...files.mediaToPath].filter(([, path]) => statSync(path, { throwIfNoEntry: false })?.isDirectory());
    for (const [id] of folders) files.mediaToPath.delete(id);
    const ids = new Set(folders.map(([id]) => id));
    const readme = context.project.readme ?? [];
    context.project.readme = readme.map((part) => (part.kind === "relative-link" && part.target !== undefined && ids.has(part.target) ? { kind: "text", text: part.text } : part));
  });
}
