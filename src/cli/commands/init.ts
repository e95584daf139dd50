import coffeeShop from "../../../examples/coffee-shop.json";
import saasOnboarding from "../../../examples/saas-onboarding.json";
import { createJourneyMap } from "../../model/create-journey-map";
import { suggestNearest } from "../../validate/suggest";
import type { Command } from "../command";
import { CommandFailed, UsageError } from "../context";
import { writeOutput } from "../output";

const TEMPLATES: Record<string, (title: string | undefined) => unknown> = {
  "coffee-shop": (title) => ({ ...coffeeShop, ...(title ? { title } : {}) }),
  "saas-onboarding": (title) => ({ ...saasOnboarding, ...(title ? { title } : {}) }),
  blank: (title) => createJourneyMap({ title: title ?? "New journey", id: "map-new" }),
};

/** `journeykit init [file]`: starts a map from a template. */
export const initCommand: Command = {
  name: "init",
  summary: "Start a new journey map from a template.",
  usage: "journeykit init [file|-] [--template coffee-shop|saas-onboarding|blank] [--title text] [--force]",
  options: { template: { type: "string", short: "t" }, title: { type: "string" }, force: { type: "boolean" } },
  help: `
Options:
  -t, --template <name> coffee-shop, saas-onboarding or blank (default: blank, the five classic stages)
  --title <text>        the map's title
  --force               overwrite an existing file

Examples:
  journeykit init journey.json
  journeykit init onboarding.json --template saas-onboarding --title "Our onboarding"`,
  async run({ values, positionals }, ctx) {
    const [file = "journey.json", ...extra] = positionals;
    if (extra.length) throw new UsageError("init takes one file");
    const name = (values.template as string | undefined) ?? "blank";
    const template = Object.hasOwn(TEMPLATES, name) ? TEMPLATES[name] : undefined;
    if (!template) {
      const suggestion = suggestNearest(name, Object.keys(TEMPLATES));
      throw new UsageError(`unknown --template "${name}" (expected ${Object.keys(TEMPLATES).join(", ")})${suggestion ? `; did you mean "${suggestion}"?` : ""}`);
    }
    const title = values.title as string | undefined;
    if (title !== undefined && title.trim() === "") throw new UsageError("--title needs some text (the map's title cannot be empty)");
    if (file !== "-" && ctx.exists(file) && !values.force) {
      ctx.stderr(`${file} already exists; use --force to overwrite it\n`);
      throw new CommandFailed(file);
    }
    await writeOutput(file, `${JSON.stringify(template(title), null, 2)}\n`, ctx);
    if (file !== "-") ctx.stdout(`wrote ${file} (template ${name})\n`);
    return 0;
  },
};
