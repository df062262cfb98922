-- dflint's language server for Dockerfiles in Neovim 0.7 (Debian 12's), which has
-- vim.lsp.start_client but not yet vim.lsp.start. docs/editors.md shows this file as is, and
-- test/integrations/neovim-lsp.test.ts runs it, so keep both in step.
local client_id
vim.api.nvim_create_autocmd('FileType', {
  pattern = 'dockerfile',
  callback = function(args)
    -- One server for every Dockerfile; a new one if it has exited.
    if not (client_id and vim.lsp.get_client_by_id(client_id)) then
      client_id = vim.lsp.start_client({
        name = 'dflint',
        cmd = { 'dflint', '--lsp' },
        root_dir = vim.fn.getcwd(),
      })
    end
    vim.lsp.buf_attach_client(args.buf, client_id)
  end,
})
