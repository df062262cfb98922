/*
 * The one place stage references are resolved, with BuildKit's precedence:
 * - names are compared case-insensitively (BuildKit lowercases every alias);
 * - a name maps to the last stage defined with it (BuildKit's table of names keeps the last);
 * - `FROM <name>` sees only the stages defined before it: a stage name defined earlier wins over
 *   an image of that name, and a name defined only later is an image;
 * - `COPY --from=<ref>` and `RUN --mount=from=<ref>` see every stage of the file, and a number is a
 *   stage index, never a name.
 * A reference naming no stage is an image (or a named build context).
 */

/** What a resolver needs of a stage: its alias (undefined when none). */
export interface NamedStage {
  readonly name: string | undefined;
}

/** Stage names as BuildKit compares them: it lowercases every alias. */
export function stageKey(name: string): string {
  return name.toLowerCase();
}

/** The last of `stages` whose alias is `name`. */
function lastNamed<S extends NamedStage>(stages: readonly S[], name: string, end: number): S | undefined {
  const key = stageKey(name);
  for (let i = end - 1; i >= 0; i--) {
    const alias = stages[i]!.name;
    if (alias !== undefined && stageKey(alias) === key) return stages[i];
  }
  return undefined;
}

/** The stage a `FROM <image>` at stage index `at` builds on (`image` with variables substituted), if it names one. */
export function resolveBaseStage<S extends NamedStage>(stages: readonly S[], image: string, at: number): S | undefined {
  return lastNamed(stages, image, Math.min(at, stages.length));
}

/** The stage a `--from=<reference>` names (by index or alias), if any. */
export function resolveFromStage<S extends NamedStage>(stages: readonly S[], reference: string): S | undefined {
  if (/^\d+$/.test(reference)) return stages[Number(reference)];
  return lastNamed(stages, reference, stages.length);
}
