import * as core from '@actions/core';
import { runAction } from './run.js';

/** The GitHub Action's entry (bundled into bundle/action.mjs, which action.yml runs). */
try {
  await runAction();
} catch (error) {
  core.setFailed(`dflint: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
}
