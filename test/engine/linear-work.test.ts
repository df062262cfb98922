import { describe, expect, it } from 'vitest';
import { allRules } from '../../src/rule-set.js';
import { lintModel, parseDockerfile } from '../../src/lint.js';
import type { Instruction, Model } from '../../src/model/types.js';

/*
 * No rule may do work proportional to the instructions before (or after) the one it checks
 * (issue 11): linting must take time linear in the length of a file. Rather than timing, which
 * flakes on a shared machine, this counts how many times the rules read an instruction out of a
 * stage's list or the file's list, on a file and on one four times its length. Linear work reads
 * about four times as many; one rule re-scanning its stage per instruction makes it sixteen.
 */

/** One stage's body, cycled through: each line one instruction, mixing what the rules look at. */
const BODY: ReadonlyArray<(i: number) => string> = [
  (i) => `RUN apt-get update && apt-get install -y curl=7.88.${i}`,
  () => 'RUN apt-get update',
  (i) => `RUN apt-get install -y --no-install-recommends git=1:2.${i} && rm -rf /var/lib/apt/lists/*`,
  () => `RUN echo 'APT::Install-Recommends "false";' > /etc/apt/apt.conf.d/99norecommends`,
  (i) => `WORKDIR /app/dir${i}`,
  (i) => `WORKDIR sub${i}`,
  (i) => `ENV VERSION=1.${i} PATH=/opt/bin:$PATH`,
  (i) => `COPY src${i}/ ./src${i}/`,
  (i) => `COPY archive${i}.tar.gz /tmp/`,
  (i) => `RUN tar -xzf /tmp/archive${i}.tar.gz -C /opt`,
  () => 'COPY package.json package-lock.json ./',
  () => 'RUN npm ci',
  (i) => `RUN pip install --no-cache-dir requests==2.${i}.0`,
  (i) => `RUN apk add bash=5.${i}-r0`,
  (i) => `RUN yum install -y make-${i} && yum clean all`,
  (i) => `USER user${i % 5}`,
  (i) => `RUN cd /app/dir${i} && make`,
];

/** A Dockerfile of four stages of `perStage` instructions each, some built on or copying from earlier ones. */
function dockerfile(perStage: number): string {
  const lines: string[] = [];
  for (let s = 0; s < 4; s++) {
    lines.push(s === 2 ? `FROM stage1 AS stage${s}` : `FROM debian:12 AS stage${s}`);
    if (s > 0) lines.push(`COPY --from=stage${s - 1} /app /app`);
    for (let i = 0; i < perStage; i++) lines.push(BODY[i % BODY.length]!(i));
  }
  lines.push('CMD ["/app/run"]');
  return `${lines.join('\n')}\n`;
}

/** Replaces a list of instructions by one that counts every element read (for-of, `some`, `slice`...). */
function counted(list: readonly Instruction[], reads: { count: number }): readonly Instruction[] {
  return new Proxy(list, {
    get(target, key, receiver) {
      if (typeof key === 'string' && /^\d+$/.test(key)) reads.count++;
      return Reflect.get(target, key, receiver) as unknown;
    },
  });
}

/** Instruction reads by all rules (every one enabled) while linting a file of four stages of `perStage` instructions. */
async function instructionReads(perStage: number): Promise<number> {
  const model: Model = await parseDockerfile(dockerfile(perStage));
  const reads = { count: 0 };
  // The model is read-only to rules; the test swaps its lists for counting ones in place.
  for (const stage of model.stages) {
    (stage as { instructions: readonly Instruction[] }).instructions = counted(stage.instructions, reads);
  }
  (model as { instructions: readonly Instruction[] }).instructions = counted(model.instructions, reads);
  const rules = Object.fromEntries(allRules().map((rule) => [rule.code, 'warning' as const]));
  lintModel(model, { rules });
  return reads.count;
}

describe('work per instruction', () => {
  it('stays the same as files grow: four times the instructions, about four times the reads', async () => {
    const small = await instructionReads(250);
    const large = await instructionReads(1000);
    expect(small).toBeGreaterThan(0);
    // Linear gives 4 (plus a little for the fixed stages); a quadratic rule pushes it towards 16.
    expect(large / small).toBeLessThan(5);
  }, 60_000);
});
