"""Pure privacy steps: minimization, token budgets, detection, redaction and restoration."""
