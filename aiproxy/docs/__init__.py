"""Documents a privacy team publishes, rendered from the policy alone so they match enforcement."""
