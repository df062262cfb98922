import { testRule } from '../../test/support/rule-tester.js';
import rule from './require-pip-version-pin.js';

testRule(rule, {
  valid: [
    'FROM python:3.12\nRUN pip install requests==2.32.3',
    'FROM python:3.12\nRUN pip install "requests>=2.32,<3" "django~=5.0" "flask!=2.0.0" "x===1.0"',
    'FROM python:3.12\nRUN pip install -r requirements.txt',
    'FROM python:3.12\nRUN pip install --requirement=requirements.txt flask',
    'FROM python:3.12\nRUN pip install -c constraints.txt flask',
    'FROM python:3.12\nRUN pip install .',
    'FROM python:3.12\nRUN pip install -e .',
    'FROM python:3.12\nRUN pip install ./dist/app-1.0-py3-none-any.whl /tmp/src.tar.gz',
    { name: 'a wheel with extras', code: 'FROM python:3.12\nRUN pip install "tritonclient-2.35.0-py3-none-manylinux1_x86_64.whl[all]"' },
    'FROM python:3.12\nRUN pip install git+https://github.com/org/repo.git@v1.2.0',
    'FROM python:3.12\nRUN pip install -i https://pypi.example.com/simple --trusted-host pypi.example.com flask==3.0.3',
    'FROM python:3.12\nRUN pip install --index-url https://pypi.example.com/simple --target /opt/libs flask==3.0.3',
    'FROM python:3.12\nRUN pip uninstall -y flask',
    'FROM python:3.12\nRUN pip download flask',
    'FROM python:3.12\nRUN echo pip install flask',
    { name: 'ARG version', code: 'FROM python:3.12\nARG FLASK_VERSION=3.0.3\nRUN pip install flask==${FLASK_VERSION}' },
    { name: 'ARG without default is not judged', code: 'FROM python:3.12\nARG PKGS\nRUN pip install $PKGS' },
    { name: 'exec form', code: 'FROM python:3.12\nRUN ["pip", "install", "flask==3.0.3"]' },
    { name: 'pipx is another tool', code: 'FROM python:3.12\nRUN pipx install poetry' },
    { name: 'PowerShell', code: 'FROM mcr.microsoft.com/windows/servercore:ltsc2022\nSHELL ["pwsh", "-Command"]\nRUN pip install flask' },
  ],
  invalid: [
    {
      code: 'FROM python:3.12\nRUN pip install flask',
      errors: [{ line: 2, column: 17, endLine: 2, endColumn: 22, message: 'Pin the version of `flask`: `pip install flask==<version>`' }],
    },
    { name: 'an editable project besides an unpinned package', code: 'FROM python:3.12\nRUN pip install -e . flask', errors: [{ line: 2, column: 22, message: 'Pin the version of `flask`: `pip install flask==<version>`' }] },
    { name: 'upgrade of pip itself', code: 'FROM python:3.12\nRUN pip install --upgrade pip setuptools==75.1.0', errors: [{ line: 2, column: 27, endColumn: 30, message: 'Pin the version of `pip`: `pip install pip==<version>`' }] },
    { name: 'extras without version', code: 'FROM python:3.12\nRUN pip install "uvicorn[standard]"', errors: [{ line: 2, column: 17, message: 'Pin the version of `uvicorn[standard]`: `pip install uvicorn[standard]==<version>`' }] },
    { name: 'index URL value is no package', code: 'FROM python:3.12\nRUN pip install -i https://pypi.example.com/simple flask', errors: [{ line: 2, column: 52, message: 'Pin the version of `flask`: `pip install flask==<version>`' }] },
    { name: 'git URL without a ref', code: 'FROM python:3.12\nRUN pip install git+ssh://git@github.com/org/repo.git', errors: [{ line: 2, column: 17, message: 'Pin the version of `git+ssh://git@github.com/org/repo.git`: `pip install git+ssh://git@github.com/org/repo.git==<version>`' }] },
    { name: 'python -m pip', code: 'FROM python:3.12\nRUN python3 -m pip install --no-cache-dir flask', errors: [{ line: 2, column: 43, message: 'Pin the version of `flask`: `pip install flask==<version>`' }] },
    { name: 'pip by path', code: 'FROM python:3.12\nRUN /venv/bin/pip install flask', errors: [{ line: 2, column: 27, message: 'Pin the version of `flask`: `pip install flask==<version>`' }] },
    {
      name: 'ENV value expanded',
      code: 'FROM python:3.12\nENV TOOLS="black==24.8.0 ruff"\nRUN pip install $TOOLS',
      errors: [{
        line: 3, column: 17, endColumn: 23,
        message: 'Pin the version of `ruff`: `pip install ruff==<version>`',
        related: [{ line: 3, column: 17, endColumn: 23, message: '`ruff` (from `$TOOLS`) has no pinned version' }],
      }],
    },
    {
      name: 'one finding per pip command, naming its unpinned packages (paraphrased from a notebook image)',
      code: 'FROM python:3.12\nRUN pip install --no-cache-dir \\\n        jupyterlab==4.2.5 \\\n        ipywidgets \\\n        matplotlib \\\n        pandas \\\n        seaborn \\\n        scikit-learn',
      errors: [{
        line: 4, column: 9, endColumn: 19,
        message: 'Pin the versions of `ipywidgets`, `matplotlib`, `pandas` and 2 more: `pip install ipywidgets==<version>`',
        related: ['ipywidgets', 'matplotlib', 'pandas', 'seaborn', 'scikit-learn']
          .map((name, i) => ({ line: 4 + i, column: 9, message: `\`${name}\` has no pinned version` })),
      }],
    },
    { name: 'exec form', code: 'FROM python:3.12\nRUN ["pip", "install", "flask"]', errors: [{ line: 2, column: 24, endColumn: 31, message: 'Pin the version of `flask`: `pip install flask==<version>`' }] },
    { name: 'heredoc', code: 'FROM python:3.12\nRUN <<EOF\npip install flask\nEOF', errors: [{ line: 3, column: 13, message: 'Pin the version of `flask`: `pip install flask==<version>`' }] },
    { name: 'ONBUILD', code: 'FROM python:3.12\nONBUILD RUN pip install flask', errors: [{ line: 2, column: 25, message: 'Pin the version of `flask`: `pip install flask==<version>`' }] },
  ],
});
