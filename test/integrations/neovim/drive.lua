-- Drives headless Neovim as a user would, for test/integrations/neovim-lsp.test.ts: with the
-- Dockerfile open (init.lua has attached dflint's server), it waits for the diagnostics, asks
-- for the code actions at the DL3020 diagnostic, applies the one titled $DFLINT_NVIM_FIX and
-- waits for the diagnostics of the edited buffer. It writes what it saw as JSON to
-- $DFLINT_NVIM_REPORT and quits, whatever happens (an error is reported, never left to hang
-- the editor).
local report_path = assert(vim.env.DFLINT_NVIM_REPORT, 'DFLINT_NVIM_REPORT is not set')
local timeout = tonumber(vim.env.DFLINT_NVIM_TIMEOUT or '10000')
local fix_title = assert(vim.env.DFLINT_NVIM_FIX, 'DFLINT_NVIM_FIX is not set')
local buf = vim.api.nvim_get_current_buf()
local report = { steps = {} }

-- Every publication the server sends, as sent (the raw LSP diagnostics keep codeDescription
-- and the UTF-16 range; vim.diagnostic.get() has Neovim's 0-based byte columns).
local publications = {}
local publish = vim.lsp.handlers['textDocument/publishDiagnostics']
vim.lsp.handlers['textDocument/publishDiagnostics'] = function(err, result, ctx, config)
  table.insert(publications, result)
  return publish(err, result, ctx, config)
end

-- Records a step done, or stops the run at the first that failed.
local function step(name, ok)
  if not ok then
    error('failed: ' .. name .. ' (each wait lasts at most ' .. timeout .. ' ms)')
  end
  table.insert(report.steps, name)
end

local function dflint_client()
  return vim.lsp.get_active_clients({ name = 'dflint' })[1]
end

local function find(diagnostics, code)
  for _, diagnostic in ipairs(diagnostics) do
    if diagnostic.code == code then
      return diagnostic
    end
  end
end

local function lines()
  return vim.api.nvim_buf_get_lines(buf, 0, -1, false)
end

local function run()
  step('server attached', vim.wait(timeout, function()
    local client = dflint_client()
    return client ~= nil and client.initialized and vim.lsp.buf_is_attached(buf, client.id)
  end, 10))
  local client = dflint_client()

  step('diagnostics published', vim.wait(timeout, function()
    return find(vim.diagnostic.get(buf), 'DL3020') ~= nil
  end, 10))
  report.diagnostics = vim.diagnostic.get(buf)
  report.published = publications[#publications]

  local add = find(report.published.diagnostics, 'DL3020')
  local params = {
    textDocument = vim.lsp.util.make_text_document_params(buf),
    range = add.range,
    context = { diagnostics = { add } },
  }
  local response = client.request_sync('textDocument/codeAction', params, timeout, buf)
  step('code actions answered', response ~= nil and response.err == nil)
  report.actions = response.result

  local fix
  for _, action in ipairs(report.actions) do
    if action.title == fix_title then
      fix = action
    end
  end
  step('quick fix offered', fix ~= nil)
  if not fix.edit and not fix.command then
    local resolved = client.request_sync('codeAction/resolve', fix, timeout, buf)
    step('code action resolved', resolved ~= nil and resolved.err == nil)
    fix = resolved.result
  end

  local published = #publications
  if fix.edit then
    vim.lsp.util.apply_workspace_edit(fix.edit, client.offset_encoding)
  end
  if fix.command then
    local executed = client.request_sync('workspace/executeCommand', fix.command, timeout, buf)
    step('command executed', executed ~= nil and executed.err == nil)
  end
  report.lines_after_fix = lines()

  -- The diagnostics follow the edit: the server re-lints and publishes again without DL3020.
  step('diagnostics re-published', vim.wait(timeout, function()
    return #publications > published and find(vim.diagnostic.get(buf), 'DL3020') == nil
  end, 10))
  report.diagnostics_after_fix = vim.diagnostic.get(buf)
end

local ok, message = xpcall(run, debug.traceback)
if not ok then
  report.error = message
end
local file = assert(io.open(report_path, 'w'))
file:write(vim.fn.json_encode(report))
file:close()
vim.cmd('qall!')
