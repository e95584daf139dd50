import { formatPath } from "journeykit";
import { el } from "./dom";
import type { SourceIssue } from "./source";

/** Lists `issues` in `host`, each a button calling `select` with it. */
export function showIssues(host: HTMLElement, issues: readonly SourceIssue[], select: (issue: SourceIssue) => void): void {
  host.replaceChildren(
    ...issues.map((issue) => {
      const button = el("button", { type: "button", class: "issue" });
      const where = issue.line === undefined ? formatPath(issue.path) || "(document)" : `line ${issue.line}, column ${issue.column ?? 1}`;
      button.append(el("span", { class: "path" }, where), el("span", { class: "code" }, issue.code), " ", issue.message);
      button.addEventListener("click", () => select(issue));
      const item = el("li");
      item.append(button);
      return item;
    }),
  );
  if (issues.length === 0) host.append(el("li", { class: "muted" }, "No issues."));
}
