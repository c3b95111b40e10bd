# aiproxy image: slim Python, non-root, offline detection model and tokenizer baked in.
FROM python:3.11-slim AS build
WORKDIR /src
COPY pyproject.toml README.md ./
COPY aiproxy ./aiproxy
RUN pip install --no-cache-dir --prefix=/install .

FROM python:3.11-slim
RUN useradd --create-home --uid 10001 aiproxy
COPY --from=build /install /usr/local
COPY policies /etc/aiproxy/policies
USER aiproxy
WORKDIR /home/aiproxy
ENV AIPROXY_POLICY=/etc/aiproxy/policies/default.yaml \
    AIPROXY_DATA_DIR=/home/aiproxy/data \
    PYTHONUNBUFFERED=1
EXPOSE 8080
HEALTHCHECK --interval=15s --timeout=3s --start-period=60s --retries=3 \
  CMD python -c "import urllib.request,sys; sys.exit(0 if urllib.request.urlopen('http://127.0.0.1:8080/healthz', timeout=2).status == 200 else 1)"
CMD ["aiproxy", "serve", "--host", "0.0.0.0", "--port", "8080"]
