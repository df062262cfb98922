import { defineRule } from '../../src/engine/define-rule.js';
import { expand, type KnownValue } from '../../src/model/expand.js';
import { isValidImageReference } from '../../src/model/image-reference-syntax.js';
import type { Model } from '../../src/model/types.js';
import { fromVariables } from '../../src/rule-kit/from-references.js';

/**
 * The predefined ARGs as a linux/amd64 build sets them: BuildKit checks the defaults with the
 * platform of the build, and those values make a valid name wherever another platform's would.
 */
const PREDEFINED_VALUES: Readonly<Record<string, string>> = {
  BUILDPLATFORM: 'linux/amd64', BUILDOS: 'linux', BUILDOSVERSION: '', BUILDARCH: 'amd64', BUILDVARIANT: '',
  TARGETPLATFORM: 'linux/amd64', TARGETOS: 'linux', TARGETOSVERSION: '', TARGETARCH: 'amd64', TARGETVARIANT: '',
  TARGETSTAGE: 'default',
};

/**
 * The global ARGs with their defaults only, as if no build arg were given: an ARG without default
 * is empty. Built once per file, in order, each default expanded with the ARGs before it.
 */
function globalDefaults(model: Model): Map<string, string> {
  const values = new Map(Object.entries(PREDEFINED_VALUES));
  for (const arg of model.globalArgs) {
    for (const property of arg.properties) {
      if (property.rawValue === null) {
        if (!values.has(property.name)) values.set(property.name, '');
        continue;
      }
      values.set(property.name, expandWith(values, property.rawValue, model.escapeChar));
    }
  }
  return values;
}

/** Expands `text` with `values`, a name without value being empty, as BuildKit's lexer makes it. */
function expandWith(values: ReadonlyMap<string, string>, text: string, escapeChar: string): string {
  const lookup = (name: string): KnownValue => ({ value: values.get(name) ?? '', unresolved: [] });
  return expand(text, lookup, escapeChar).value;
}

export default defineRule({
  code: 'DF2004',
  name: 'no-invalid-default-arg-in-from',
  aliases: ['InvalidDefaultArgInFrom'],
  severity: 'warning',
  category: 'correctness',
  fixable: false,
  docs: {
    summary: 'Give the global ARGs a FROM uses defaults that make a valid image name',
    why:
      'A build without `--build-arg` uses the defaults of the global ARGs. When they leave the image ' +
      'name empty or invalid (`ARG TAG` without default, then `FROM busybox:${TAG}` gives `busybox:`), ' +
      'a plain `docker build` fails, and tools that read the Dockerfile cannot tell which image it ' +
      'builds on.',
    bad: 'ARG TAG\nFROM busybox:${TAG}',
    good: 'ARG TAG=1.37\nFROM busybox:${TAG}',
    references: ['https://docs.docker.com/reference/build-checks/invalid-default-arg-in-from/'],
    differences:
      'BuildKit reports on the whole FROM line; dflint on the image. BuildKit also reports an image ' +
      'made empty by a variable that is not declared at all; dflint leaves that to DF2003 ' +
      '(no-undefined-arg-in-from, BuildKit\'s UndefinedArgInFrom), which reports the same line. Build ' +
      'args given to dflint do not change this rule, as they do not change BuildKit\'s check.',
  },
  create(context) {
    const { model } = context;
    let defaults: Map<string, string> | undefined;
    return {
      'stage:exit'(stage) {
        const image = stage.from.args[0];
        if (!image || !image.hasVariables) return;
        const names = fromVariables(model, stage).map((v) => v.name);
        // An undeclared variable is DF2003's finding.
        if (names.some((name) => model.variables.lookup(name, stage.from) === undefined)) return;
        defaults ??= globalDefaults(model);
        const value = expandWith(defaults, image.raw, model.escapeChar);
        // A `${` left means a substitution BuildKit cannot read: the build fails before this check.
        if (isValidImageReference(value) || value.includes('${')) return;
        context.report({
          range: stage.image.range,
          message: `With the defaults of the global ARGs, the image \`${image.raw}\` is ${value === '' ? 'empty' : `\`${value}\`, not a valid image name`}: give the ARG a default that names an image`,
        });
      },
    };
  },
});
