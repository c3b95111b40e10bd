"""Admin operations shared by the admin API and the CLI: each one transaction, audited within it."""
