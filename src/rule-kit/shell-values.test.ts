import { beforeAll, describe, expect, it } from 'vitest';
import { buildModel } from '../model/build.js';
import { initShellParser } from '../model/shell/parser.js';
import { wordValues } from './shell-values.js';

beforeAll(() => initShellParser());

/** The values of the last argument of the RUN's last `yum` command. */
function valuesOf(dockerfile: string): string[] | undefined {
  const model = buildModel(`FROM x\n${dockerfile}`);
  const run = model.instructions.filter((i) => i.kind === 'RUN').at(-1)!;
  const command = run.shell!.commands.filter((c) => c.basename === 'yum').at(-1)!;
  return wordValues(model, run, command.args.at(-1)!, command.order);
}

describe('wordValues', () => {
  it.each([
    ['RUN yum install httpd', ['httpd']],
    ['RUN yum install "httpd"', ['httpd']],
    ['ARG V=2.4\nRUN yum install httpd-$V', ['httpd-2.4']],
    ['ARG V=2.4\nRUN yum install "httpd-${V}"', ['httpd-2.4']],
    ['ENV PKGS="a b  c"\nRUN yum install $PKGS', ['a', 'b', 'c']],
    ['ENV PKGS="a b"\nRUN yum install "$PKGS"', ['a b']],
    ['RUN PKGS="a b" && yum install $PKGS', ['a', 'b']],
    ['RUN PKGS="a" && PKGS="$PKGS b" && yum install $PKGS', ['a', 'b']],
    ['RUN export PKGS="a b"; yum install $PKGS', ['a', 'b']],
    ['ENV PKGS=a\nRUN PKGS="$PKGS b" && yum install $PKGS', ['a', 'b']],
    ['RUN yum install $PKGS && PKGS=late', undefined],
    ['RUN PKGS=late && true && yum install \'$PKGS\'', ['$PKGS']],
    ['RUN yum install x\\ y', ['x y']],
    ['ARG PKGS\nRUN yum install $PKGS', undefined],
    ['RUN yum install $PKGS', undefined],
    ['RUN yum install $(cat list)', undefined],
    ['RUN yum install `cat list`', undefined],
    ['ARG V=1\nRUN yum install ${V:-2}', undefined],
    ['RUN (PKGS=a) && yum install $PKGS', undefined],
    ['RUN [ -n "$X" ] || PKGS=a; yum install $PKGS', undefined],
    ['RUN for p in a b; do yum install $p; done', undefined],
    ['RUN PKGS= && yum install x$PKGS', ['x']],
  ])('%j', (dockerfile, expected) => {
    expect(valuesOf(dockerfile)).toEqual(expected);
  });

  it('stops on a variable defined through itself', () => {
    expect(valuesOf('RUN A="$B" && B="$A" && A="$B" && yum install $A')).toBeUndefined();
  });
});
