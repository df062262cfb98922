import { defineRule } from '../../src/engine/define-rule.js';
import { insertArgumentAfter } from '../../src/rule-kit/fixes.js';
import { pipCacheDeletedAfter, pipCacheDirs, pipCacheDisabled, pipCacheMounted, pipInstalls } from '../../src/rule-kit/pip.js';
import { mayReachImage, SHIPPED_STAGES_DOC } from '../../src/rule-kit/shipping.js';

export default defineRule({
  code: 'DL3042',
  name: 'require-pip-no-cache-dir',
  aliases: [],
  severity: 'warning',
  category: 'performance',
  fixable: 'safe',
  onbuild: true,
  docs: {
    summary: 'Use `pip install --no-cache-dir`',
    why:
      'pip keeps every package it downloads and every wheel it builds in its cache ' +
      '(~/.cache/pip). In an image build that cache is never used again, yet it is saved in the ' +
      'layer and can double the size of the installed packages. `--no-cache-dir` (or ' +
      '`ENV PIP_NO_CACHE_DIR=1`) turns it off; a BuildKit cache mount on the cache folder keeps it ' +
      'out of the image while still speeding up rebuilds.\n\n' + SHIPPED_STAGES_DOC,
    bad: 'FROM python:3.12-slim\nRUN pip install requests==2.32.3',
    good: 'FROM python:3.12-slim\nRUN pip install --no-cache-dir requests==2.32.3',
    fixed: 'FROM python:3.12-slim\nRUN pip install --no-cache-dir requests==2.32.3',
    fixSafety:
      'The fix inserts `--no-cache-dir` after `install`. It is safe: pip installs the same packages ' +
      'and only skips writing its cache.',
    references: [
      'https://pip.pypa.io/en/stable/topics/caching/',
      'https://docs.docker.com/build/cache/optimize/#use-cache-mounts',
    ],
    differences:
      'hadolint accepts `PIP_NO_CACHE_DIR` only with a truthy value (`1`, `true`, `on`, `yes`); pip ' +
      'turns its cache off for any boolean value, `0`, `off` and `false` included (a documented ' +
      'backward-compatibility quirk), so dflint accepts those too, and also from `ARG` (build ' +
      'arguments are in the environment of RUN). hadolint accepts `PIP_NO_CACHE_DIR=1` anywhere in ' +
      'the RUN text; dflint needs it exported before pip or set on the pip command. dflint also ' +
      'accepts the cache being deleted later in the same RUN (`rm -rf /root/.cache/pip`, ' +
      '`pip cache purge`), a cache mount on the folder pip really uses (`--cache-dir`, ' +
      '`PIP_CACHE_DIR`) and the `--no-cache` abbreviation pip understands. A cache mount counts when ' +
      'its target is the cache folder or a parent of it (any `<home>/.cache`), not any path ' +
      'containing `.cache/pip`. Like hadolint it does not check `pipx`, `pipenv` or `uv pip`; unlike ' +
      'hadolint it recognises pip by its file name, so `/opt/venv/bin/pip install` and ' +
      '`/usr/bin/python3 -m pip install` are checked, as is pip run through `sudo` or `xargs`. RUNs ' +
      'under a PowerShell or cmd `SHELL` are not checked (hadolint reads them as POSIX shell). ' +
      'hadolint checks every stage; dflint only the stages whose pip cache can reach the final ' +
      'image (see above), so a builder stage whose wheels or virtual environment alone are copied ' +
      'out (`COPY --from=build /opt/venv /opt/venv`) is not reported.',
  },
  create(context) {
    const { model } = context;
    return {
      RUN(run) {
        for (const pip of pipInstalls(run)) {
          if (pipCacheDisabled(model, run, pip)) continue;
          const cacheDirs = pipCacheDirs(model, run, pip);
          if (!mayReachImage(model, run, cacheDirs)) continue;
          if (pipCacheMounted(run, cacheDirs) || pipCacheDeletedAfter(model, run, pip, cacheDirs)) continue;
          const word = pip.subcommand!;
          context.report({
            range: word.range,
            message: 'Use `pip install --no-cache-dir` so pip\'s download cache is not kept in the image',
            fix: {
              description: 'Insert `--no-cache-dir` after `install`',
              safety: 'safe',
              edits: [insertArgumentAfter(run, word, '--no-cache-dir')],
            },
          });
        }
      },
    };
  },
});
