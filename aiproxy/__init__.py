"""aiproxy: an inference-only privacy proxy between product services and LLM providers."""

__version__ = "0.1.0"
