"""What operators see: Prometheus metrics and content-free JSON logs, fed by exchange records."""
