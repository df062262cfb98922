import { test } from 'vitest';
import { initShellParser } from '../src/model/shell/parser.js';
import { buildModel } from '../src/model/build.js';
test('smoke', async () => {
  await initShellParser();
  const text = process.env.DF!.replace(/⏎/g, '\n');
  const m = buildModel(text);
  for (const i of m.instructions) {
    console.log(i.kind, i.form, 'args', i.args.map(a => a.value).join(' '), 'shell?', !!i.shell, i.shell?.text);
    if (i.shell) for (const c of i.shell.commands) console.log('   cmd', c.name, c.args.map(a => `${a.value}@${a.range.start.line}:${a.range.start.character}-${a.range.end.line}:${a.range.end.character}`).join(' '), c.connector, c.inPipeline, c.conditional);
  }
  for (const s of m.stages) console.log('stage', s.index, s.name, JSON.stringify({...s.image, range: undefined}), s.parent?.index, s.dependencies.map(d=>d.reference+':'+d.stage?.index));
  console.log(m.problems.map(p => p.kind + ' ' + p.message + ' ' + JSON.stringify(p.range)));
});
