import type { Finding } from "journeykit";
import { el } from "./dom";

/** Lists `findings` in `host`; a click on one calls `toggle` with it, and `active` says which is pressed. */
export function showFindings(host: HTMLElement, findings: readonly Finding[], active: string | undefined, toggle: (finding: Finding) => void): void {
  host.replaceChildren(
    ...findings.map((finding) => {
      const button = el("button", {
        type: "button",
        class: "finding",
        "data-finding": finding.id,
        "data-subjects": finding.subjectIds.join(" "),
        "aria-pressed": String(finding.id === active),
      });
      button.append(el("span", { class: "code" }, `${finding.severity} · ${finding.code}`), " ", finding.message);
      button.addEventListener("click", () => toggle(finding));
      const item = el("li", { class: `sev-${finding.severity}` });
      item.append(button);
      return item;
    }),
  );
  if (findings.length === 0) host.append(el("li", { class: "muted" }, "No findings."));
}

/** Marks the map's elements whose `data-id` is in `ids` with `className`, and only those. */
export function mark(svgHost: HTMLElement, ids: readonly string[], className: string): void {
  for (const node of Array.from(svgHost.querySelectorAll(`.${className}`))) node.classList.remove(className);
  for (const id of ids) for (const node of Array.from(svgHost.querySelectorAll(`[data-id="${CSS.escape(id)}"]`))) node.classList.add(className);
}
