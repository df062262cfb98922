import { join } from 'node:path';
import { BUNDLE_DIR, buildBundles } from './bundle/build-bundle.js';
import { packageRoot } from './package-root.js';

/** Rebuilds the committed single-file bundles (bundle/) that the GitHub Action and the pre-commit hook run. */
const root = packageRoot();
const written = await buildBundles(root, join(root, BUNDLE_DIR));
console.log(`Wrote ${written.map((name) => `${BUNDLE_DIR}/${name}`).join(', ')}`);
