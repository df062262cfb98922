FROM python:3.12-slim
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt
RUN pip install --no-cache-dir \
        gunicorn==23.0.0 \
        "uvicorn[standard]" \
#       ^^^^^^^^^^^^^^^^^^^ DL3013 Pin the version of `uvicorn[standard]`: `pip install uvicorn[standard]==<version>`
    && python -m pip install --no-cache-dir git+https://github.com/org/tool.git@v1.2.0
ONBUILD RUN pip install --no-cache-dir httpx
#                                      ^^^^^ DL3013 Pin the version of `httpx`: `pip install httpx==<version>`
