import { testRule } from '../../test/support/rule-tester.js';
import rule from './copy-manifests-before-install.js';

const node = 'FROM node:22\nWORKDIR /app\n';
const python = 'FROM python:3.12\nWORKDIR /app\n';

testRule(rule, {
  valid: [
    { name: 'manifests copied and installed first', code: `${node}COPY package*.json ./\nRUN npm ci\nCOPY . .\nRUN npm run build` },
    { name: 'lock file named explicitly', code: `${node}COPY package.json package-lock.json ./\nRUN npm ci\nCOPY . .` },
    { name: 'no install after the copy', code: `${node}COPY . .\nRUN npm run build` },
    { name: 'global tool install', code: `${node}COPY . .\nRUN npm install -g typescript` },
    { name: 'named package install', code: `${node}COPY . .\nRUN npm install left-pad` },
    { name: 'pip installs a tool', code: `${python}COPY . .\nRUN pip install poetry` },
    { name: 'pip installs the project itself', code: `${python}COPY . .\nRUN pip install .` },
    { name: 'editable project install', code: `${python}COPY requirements.txt .\nRUN pip install -r requirements.txt\nCOPY . .\nRUN pip install -e .` },
    { name: 'poetry root install after a dependency install', code: `${python}COPY pyproject.toml poetry.lock ./\nRUN poetry install --no-root\nCOPY . .\nRUN poetry install --only-root` },
    { name: 'COPY --from is not the context', code: `${node}COPY --from=deps /app/node_modules ./node_modules\nCOPY --from=src /src .\nRUN npm ci` },
    {
      name: 'bind-mounted manifests before the copy',
      code: `${node}RUN --mount=type=bind,source=package.json,target=package.json --mount=type=bind,source=package-lock.json,target=package-lock.json npm ci\nCOPY . .`,
    },
    { name: 'install in another stage', code: `FROM node:22 AS deps\nWORKDIR /app\nCOPY package*.json ./\nRUN npm ci\nFROM node:22\nWORKDIR /app\nCOPY --from=deps /app/node_modules ./node_modules\nCOPY . .\nRUN npm run build` },
    { name: 'copy of a single file', code: `${node}COPY server.js .\nRUN npm ci` },
    { name: 'yarn version check', code: `${node}COPY . .\nRUN yarn --version` },
    { name: 'yarn runs a script', code: `${node}COPY package.json yarn.lock ./\nRUN yarn install --frozen-lockfile\nCOPY . .\nRUN yarn build` },
    { name: 'folder copied after the manifests (workspaces need it)', code: `${node}COPY package.json yarn.lock ./\nCOPY packages/ packages/\nRUN yarn install` },
    { name: 'folder copied elsewhere', code: `${node}COPY config/ /etc/app/\nRUN npm ci` },
    { name: 'folder of requirement files', code: `${python}COPY requirements/ requirements/\nRUN pip install -r requirements/production.txt\nCOPY . .` },
    { name: 'install in a clone elsewhere', code: `FROM node:22\nCOPY . /src\nRUN git clone https://example.com/tool.git /opt/tool && cd /opt/tool && npm ci` },
    { name: 'go manifests first', code: 'FROM golang:1.23\nWORKDIR /src\nCOPY go.mod go.sum ./\nRUN go mod download\nCOPY . .\nRUN go build -o /app .' },
    { name: 'dotnet project files first', code: 'FROM mcr.microsoft.com/dotnet/sdk:8.0\nWORKDIR /src\nCOPY ["App/App.csproj", "App/"]\nRUN dotnet restore "App/App.csproj"\nCOPY . .\nRUN dotnet publish -c Release' },
    {
      name: 'cargo-chef cooks the dependencies first',
      code: 'FROM rust:1.80 AS builder\nWORKDIR /app\nCOPY --from=planner /app/recipe.json recipe.json\nRUN cargo chef cook --release --recipe-path recipe.json\nCOPY . .\nRUN cargo build --release',
    },
    { name: 'cargo dependencies built with a stub first', code: 'FROM rust:1.80\nWORKDIR /app\nCOPY Cargo.toml Cargo.lock ./\nRUN mkdir src && echo "fn main() {}" > src/main.rs && cargo build --release\nCOPY src ./src\nRUN cargo build --release' },
    { name: 'maven pom first', code: 'FROM maven:3.9\nWORKDIR /app\nCOPY pom.xml .\nRUN mvn -B dependency:go-offline\nCOPY src ./src\nRUN mvn -B package' },
    { name: 'requirements exported in the same RUN', code: `${python}COPY . .\nRUN poetry export -f requirements.txt -o requirements.txt && pip install -r requirements.txt` },
    { name: 'pipx is not pip', code: `${python}COPY . .\nRUN pipx install -r requirements.txt && python3 -m pipx install -r requirements.txt` },
    { name: 'requirements written by appending', code: `${python}COPY . .\nRUN echo flask >> requirements.txt && pip install -r requirements.txt` },
    { name: 'requirements written by a redirect', code: `${python}COPY . .\nRUN pipenv requirements > requirements.txt && pip install -r requirements.txt` },
    { name: 'unknown variable source', code: `${node}ARG SRC\nCOPY \${SRC} .\nRUN npm ci` },
    { name: 'PowerShell runs no POSIX commands', code: 'FROM mcr.microsoft.com/windows/servercore:ltsc2022\nSHELL ["powershell", "-Command"]\nCOPY . /app\nRUN npm ci' },
    { name: 'ONBUILD copy is not this build', code: `${node}ONBUILD COPY . .\nRUN npm ci` },
  ],
  invalid: [
    {
      code: `${node}COPY . .\nRUN npm ci\nRUN npm run build`,
      errors: [{
        line: 3, column: 6, endLine: 3, endColumn: 7,
        message: 'Copy `package.json` and `package-lock.json` and run `npm ci` (line 4) before `COPY . .`, so the dependency layer stays cached when other files change',
      }],
    },
    {
      name: 'manifests copied, but installed after the whole context',
      code: `${node}COPY package*.json ./\nCOPY . .\nRUN npm ci`,
      errors: [{ line: 4, column: 6, message: 'Run `npm ci` (line 5) before `COPY . .`, so the dependency layer stays cached when other files change' }],
    },
    {
      name: 'pip requirements',
      code: `${python}COPY . /app\nRUN pip install --no-cache-dir -r requirements.txt`,
      errors: [{ line: 3, column: 6, message: /^Copy `requirements\.txt` and run `pip install -r requirements\.txt` \(line 4\) before `COPY \. \/app`/ }],
    },
    {
      name: 'python -m pip',
      code: `${python}COPY . .\nRUN python -m pip install -r requirements/base.txt`,
      errors: [{ line: 3, column: 6, message: /`requirements\/base\.txt`/ }],
    },
    {
      name: 'pip run through sudo, by version and by path',
      code: `${python}COPY . .\nRUN sudo -H pip3.12 install -r requirements.txt\nFROM python:3.12\nCOPY src/ .\nRUN /opt/venv/bin/python3 -u -m pip install -r requirements.txt`,
      errors: [{ line: 3, column: 6, message: /run `pip install -r requirements\.txt` \(line 4\)/ }, { line: 6, column: 6, message: /\(line 7\)/ }],
    },
    {
      name: 'uv pip reads pip\'s requirements files',
      code: `${python}COPY . .\nRUN uv pip install --system -r requirements.txt`,
      errors: [{ line: 3, column: 6, message: /^Copy `requirements\.txt` and run `pip install -r requirements\.txt` \(line 4\)/ }],
    },
    {
      name: 'only the first install per copy',
      code: `${python}COPY . .\nRUN pip install poetry && poetry install\nRUN pip install -r requirements.txt`,
      errors: [{ line: 3, column: 6, message: /^Copy `pyproject\.toml` and `poetry\.lock` and run `poetry install` \(line 4\)/ }],
    },
    {
      name: 'install on a continuation line',
      code: `${node}COPY . .\nRUN apt-get update && \\\n    yarn`,
      errors: [{ line: 3, column: 6, message: /run `yarn` \(line 5\)/ }],
    },
    {
      name: 'heredoc RUN',
      code: `${node}COPY . .\nRUN <<EOF\nset -e\npnpm install --frozen-lockfile\nEOF`,
      errors: [{ line: 3, column: 6, message: /`package\.json` and `pnpm-lock\.yaml` and run `pnpm install` \(line 6\)/ }],
    },
    {
      name: 'ADD of the context',
      code: 'FROM ruby:3.3\nADD . /app\nWORKDIR /app\nRUN bundle install',
      errors: [{ line: 2, column: 5, message: /^Copy `Gemfile` and `Gemfile\.lock` and run `bundle install` \(line 4\) before `ADD \. \/app`/ }],
    },
    {
      name: 'folder holding the project',
      code: 'FROM node:22\nCOPY app /app\nWORKDIR /app\nRUN npm install',
      errors: [{ line: 2, column: 6, endColumn: 9 }],
    },
    {
      name: 'folder contents into the working directory',
      code: 'FROM golang:1.23\nWORKDIR /src\nCOPY service/ .\nRUN go mod download',
      errors: [{ line: 3, column: 6, endColumn: 14, message: /`go\.mod` and `go\.sum`/ }],
    },
    {
      name: 'cd into the copied folder',
      code: 'FROM node:22\nCOPY . /opt/app\nRUN cd /opt/app && npm ci --omit=dev',
      errors: [{ line: 2, column: 6 }],
    },
    {
      name: 'npm --prefix',
      code: 'FROM node:22\nWORKDIR /app\nCOPY . .\nRUN npm ci --prefix frontend',
      errors: [{ line: 3, column: 6 }],
    },
    {
      name: 'base image working directory is unknown',
      code: 'FROM node:22\nCOPY . /app/\nRUN npm install',
      errors: [{ line: 2, column: 6 }],
    },
    {
      name: 'cache mount does not keep the layer',
      code: `${node}COPY . .\nRUN --mount=type=cache,target=/root/.npm npm ci`,
      errors: [{ line: 3, column: 6 }],
    },
    {
      name: 'bind-mounted manifests after the copy',
      code: `${node}COPY . .\nRUN --mount=type=bind,source=package.json,target=package.json npm ci`,
      errors: [{ line: 3, column: 6, message: /^Run `npm ci` \(line 4\) before `COPY \. \.`/ }],
    },
    {
      name: 'each broad copy once',
      code: 'FROM node:22 AS a\nWORKDIR /app\nCOPY . .\nRUN npm ci\nFROM python:3.12 AS b\nWORKDIR /app\nCOPY . .\nRUN pip install -r requirements.txt',
      errors: [{ line: 3, column: 6 }, { line: 7, column: 6 }],
    },
    {
      name: 'exec-form COPY',
      code: `${node}COPY [".", "."]\nRUN npm ci`,
      errors: [{ line: 3, column: 7, endColumn: 10 }],
    },
    {
      name: 'flags before the source',
      code: `${node}COPY --chown=node:node . .\nRUN npm ci`,
      errors: [{ line: 3, column: 24, endColumn: 25 }],
    },
    {
      name: 'cargo build after the context',
      code: 'FROM rust:1.80\nWORKDIR /app\nCOPY . .\nRUN cargo build --release',
      errors: [{ line: 3, column: 6, message: /`Cargo\.toml` and `Cargo\.lock` and run `cargo build`/ }],
    },
    {
      name: 'composer, maven, gradle, dotnet, uv, pipenv',
      code: [
        'FROM php:8 AS php\nWORKDIR /app\nCOPY . .\nRUN composer install --no-dev',
        'FROM maven:3.9 AS maven\nWORKDIR /app\nCOPY . .\nRUN ./mvnw dependency:go-offline',
        'FROM gradle:8 AS gradle\nWORKDIR /app\nCOPY . .\nRUN gradle dependencies',
        'FROM mcr.microsoft.com/dotnet/sdk:8.0 AS dotnet\nWORKDIR /src\nCOPY . .\nRUN dotnet restore',
        'FROM python:3.12 AS uv\nWORKDIR /app\nCOPY . .\nRUN uv sync --frozen',
        'FROM python:3.12 AS pipenv\nWORKDIR /app\nCOPY . .\nRUN pipenv install --deploy --system',
      ].join('\n'),
      errors: [
        { line: 3, column: 6, message: /`composer\.json` and `composer\.lock` and run `composer install`/ },
        { line: 7, column: 6, message: /`pom\.xml` and run `mvnw dependency:go-offline`/ },
        { line: 11, column: 6, message: /`build\.gradle\*` and `settings\.gradle\*` and run `gradle dependencies`/ },
        { line: 15, column: 6, message: /`\*\.csproj` and run `dotnet restore`/ },
        { line: 19, column: 6, message: /`pyproject\.toml` and `uv\.lock` and run `uv sync`/ },
        { line: 23, column: 6, message: /`Pipfile` and `Pipfile\.lock` and run `pipenv install`/ },
      ],
    },
  ],
});
